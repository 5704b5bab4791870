import type { PersonInterview, PersonRecord } from '../../api/contract';
import { interviewTime, STATUS_LABELS } from '../interviews/format';
import { ZoneTimes } from '../interviews/ZoneTimes';
import { href } from '../router';
import { isOpen } from './Applications';

type RowStatus = keyof typeof STATUS_LABELS | 'under-way';

function statusOf(i: PersonInterview): RowStatus {
  if (i.cancelledAt) return 'cancelled';
  if (i.debriefedAt) return 'debriefed';
  if (i.debriefDue) return 'debrief-due';
  // Started and not ended: neither coming nor waiting for its debrief yet.
  return i.upcoming ? 'upcoming' : 'under-way';
}

const label = (status: RowStatus) => (status === 'under-way' ? 'Under way' : STATUS_LABELS[status]);

function InterviewRow({ interview: i, person }: { interview: PersonInterview; person: PersonRecord }) {
  const status = statusOf(i);
  return (
    <li className={`record-row interview-${status}`}>
      <div className="record-row-head">
        <a className="record-row-title" href={href('interviews', i.id)}>
          Round {i.round} · {i.positionTitle} at {i.companyName}
        </a>
        <span className={`tag tag-${status}`}>{label(status)}</span>
      </div>
      <p className="record-row-line small">
        <time dateTime={i.startsAt}>{interviewTime(i, new Date())}</time>
        {i.interviewers.length > 0 && (
          <span className="muted"> · with {i.interviewers.map((p) => p.name).join(', ')}</span>
        )}
      </p>
      {/* Their clock too, when it differs, for the coming ones: what to say when confirming the time. */}
      {i.upcoming && <ZoneTimes startsAt={i.startsAt} timezone={i.timezone} parties={[person]} />}
      {status === 'debrief-due' && (
        <a className="button button-primary record-row-action" href={href('interviews', i.id, { debrief: '1' })}>
          Record the debrief
        </a>
      )}
      {status === 'upcoming' && (
        <a className="button record-row-action" href={href('interviews', i.id)}>
          Prep {i.prep.done}/{i.prep.total}
        </a>
      )}
    </li>
  );
}

/** The candidate's interviews: the coming ones soonest first, then those past, latest first. */
export function PersonInterviews({ person }: { person: PersonRecord }) {
  const coming = person.interviews.filter((i) => i.upcoming);
  const past = person.interviews.filter((i) => !i.upcoming);
  const inPipeline = person.applications.some(isOpen);
  return (
    <section className="panel person-interviews" aria-labelledby="interviews-title">
      <h2 id="interviews-title">Interviews</h2>
      {person.interviews.length === 0 && (
        <p className="muted">
          {inPipeline
            ? 'No interviews yet. Use Schedule interview above, and prep starts with it.'
            : 'No interviews yet. Add them to a position first, then schedule their interview.'}
        </p>
      )}
      {coming.length > 0 && (
        <>
          <h3 className="interviews-group">Coming up</h3>
          <ul className="record-list">
            {coming.map((i) => (
              <InterviewRow key={i.id} interview={i} person={person} />
            ))}
          </ul>
        </>
      )}
      {past.length > 0 && (
        <>
          <h3 className="interviews-group">Past</h3>
          <ul className="record-list">
            {past.map((i) => (
              <InterviewRow key={i.id} interview={i} person={person} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
