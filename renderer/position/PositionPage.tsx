import {
  CLOSE_REASON_LABELS,
  OPEN_STAGES,
  STAGE_LABELS,
  type PositionCandidate,
  type PositionInterview,
  type PositionRecord,
} from '../../api/contract';
import { LoadError, PageHeader } from '../components/ui';
import { interviewTime, STATUS_LABELS } from '../interviews/format';
import { href } from '../router';
import { formatSalary, POSITION_STATUS_LABELS } from '../screens/PositionsScreen';
import { Shortlists } from '../submittals/Shortlists';
import { useRpc } from '../useRpc';
import '../styles/records.css';

/** A position's page: its pipeline by stage, its interviews and its details. Editing is secondary. */
export function PositionPage({ id }: { id: string }) {
  const record = useRpc('positions.get', { id });
  if (record.status === 'error') return <LoadError message={record.error} onRetry={record.reload} />;
  if (!record.data) return <p className="screen muted">Loading…</p>;
  const position = record.data;
  return (
    <div className="screen record-page">
      <p className="breadcrumb">
        <a href={href('positions')}>Positions</a> ·{' '}
        <a href={href('companies', position.companyId)}>{position.companyName}</a>
      </p>
      <PageHeader
        title={position.title}
        subtitle={
          <span className="record-facts">
            <span className={`status status-${position.status}`}>{POSITION_STATUS_LABELS[position.status]}</span>
            <span>at {position.companyName}</span>
            {position.location && <span>{position.location}</span>}
          </span>
        }
        actions={
          <>
            <a className="button" href={href('positions', id, { edit: '1' })}>
              Edit position
            </a>
            <a className="button button-primary" href={href('pipeline', null, { position: id })}>
              Open in the pipeline
            </a>
          </>
        }
      />
      <Pipeline position={position} />
      <Shortlists position={position} onChange={record.reload} />
      <div className="record-grid">
        <Interviews interviews={position.interviews} />
        <Details position={position} />
      </div>
    </div>
  );
}

const STAGE_ORDER = [...OPEN_STAGES, 'closed' as const];

function Pipeline({ position }: { position: PositionRecord }) {
  const { applications } = position;
  const open = applications.filter((a) => a.stage !== 'closed').length;
  return (
    <section className="panel record-pipeline" aria-labelledby="pipeline-title">
      <h2 id="pipeline-title">
        Pipeline{' '}
        <span className="muted small">{applications.length === 0 ? '' : `${open} open of ${applications.length}`}</span>
      </h2>
      {applications.length === 0 ? (
        <div className="record-empty">
          <p>No candidates yet. Add candidates to this position from the pipeline, then move them on stage by stage.</p>
          <a className="button" href={href('pipeline', null, { position: position.id })}>
            Add a candidate in the pipeline
          </a>
        </div>
      ) : (
        <div className="stage-columns">
          {STAGE_ORDER.map((stage) => (
            <StageGroup key={stage} stage={stage} candidates={applications.filter((a) => a.stage === stage)} />
          ))}
        </div>
      )}
    </section>
  );
}

function StageGroup({ stage, candidates }: { stage: PositionCandidate['stage']; candidates: PositionCandidate[] }) {
  const titleId = `stage-${stage}`;
  return (
    <section className={`stage-group${candidates.length === 0 ? ' stage-none' : ''}`} aria-labelledby={titleId}>
      <h3 id={titleId}>
        {STAGE_LABELS[stage]} <span className="stage-total">{candidates.length}</span>
      </h3>
      {candidates.length === 0 ? (
        <p className="muted small">No one</p>
      ) : (
        <ul>
          {candidates.map((a) => (
            <li key={a.id}>
              <a href={href('people', a.candidateId)}>{a.candidateName}</a>
              {a.closedReason && <span className="muted small"> · {CLOSE_REASON_LABELS[a.closedReason]}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

type RowStatus = keyof typeof STATUS_LABELS | 'under-way';

function statusOf(i: PositionInterview): RowStatus {
  if (i.cancelledAt) return 'cancelled';
  if (i.debriefedAt) return 'debriefed';
  if (i.debriefDue) return 'debrief-due';
  // Started and not ended: neither coming nor waiting for its debrief yet.
  return i.upcoming ? 'upcoming' : 'under-way';
}

function Interviews({ interviews }: { interviews: PositionInterview[] }) {
  return (
    <section className="panel" aria-labelledby="interviews-title">
      <h2 id="interviews-title">Interviews</h2>
      {interviews.length === 0 ? (
        <p className="record-empty">
          No interviews yet. Schedule one from a candidate’s page once they are in this position’s pipeline.
        </p>
      ) : (
        <ul className="interview-list">
          {interviews.map((i) => {
            const status = statusOf(i);
            return (
              <li key={i.id} className="interview-row">
                <div>
                  <a href={href('interviews', i.id)}>
                    {i.candidateName} · round {i.round}
                  </a>
                  <div className="small">
                    <time dateTime={i.startsAt}>{interviewTime(i, new Date())}</time>
                  </div>
                </div>
                <span className={`tag tag-${status}`}>
                  {status === 'under-way' ? 'Under way' : STATUS_LABELS[status]}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function Details({ position: p }: { position: PositionRecord }) {
  const salary = formatSalary(p);
  return (
    <section className="panel" aria-labelledby="details-title">
      <h2 id="details-title">Details</h2>
      <dl className="facts">
        <dt>Company</dt>
        <dd>
          <a href={href('companies', p.companyId)}>{p.companyName}</a>
        </dd>
        <dt>Status</dt>
        <dd>{POSITION_STATUS_LABELS[p.status]}</dd>
        <dt>Salary</dt>
        <dd>{salary || <span className="muted">Not given</span>}</dd>
        <dt>Location</dt>
        <dd>{p.location ?? <span className="muted">Not given</span>}</dd>
        <dt>Time zone</dt>
        <dd>{p.timezone ?? <span className="muted">The client’s</span>}</dd>
        <dt>Hiring managers</dt>
        <dd>
          {p.hiringManagers.length === 0 ? (
            <span className="muted">None named. Edit the position to name them.</span>
          ) : (
            p.hiringManagers.map((m, i) => (
              <span key={m.id}>
                {i > 0 && ', '}
                <a href={href('people', m.id)}>{m.name}</a>
                {m.title && <span className="muted"> ({m.title})</span>}
              </span>
            ))
          )}
        </dd>
      </dl>
      <h3 className="details-notes-title">Job description</h3>
      {p.description.trim() ? (
        <p className="details-notes">{p.description}</p>
      ) : (
        <p className="muted">
          No description yet. Edit the position to paste it: candidates read it in their prep packet.
        </p>
      )}
    </section>
  );
}
