import { OPEN_STAGES, STAGE_LABELS, type CompanyContact, type CompanyPosition } from '../../api/contract';
import { LoadError, PageHeader } from '../components/ui';
import { outsideLink, shortAddress } from '../person/webAddress';
import { href } from '../router';
import { POSITION_STATUS_LABELS } from '../screens/PositionsScreen';
import { useRpc } from '../useRpc';
import '../styles/records.css';

/** A client's page: its positions with their pipelines counted by stage, and the people there. Editing is secondary. */
export function CompanyPage({ id }: { id: string }) {
  const record = useRpc('companies.get', { id });
  if (record.status === 'error') return <LoadError message={record.error} onRetry={record.reload} />;
  if (!record.data) return <p className="screen muted">Loading…</p>;
  const company = record.data;
  const facts = [
    // Linked only when the desktop app can open it (https); shown as read either way.
    company.website &&
      (outsideLink(company.website) ? (
        <a key="site" href={company.website} target="_blank" rel="noopener noreferrer">
          {shortAddress(company.website)}
        </a>
      ) : (
        <span key="site">{shortAddress(company.website)}</span>
      )),
    company.timezone && <span key="zone">Interviews in {company.timezone}</span>,
  ].filter(Boolean);
  return (
    <div className="screen record-page">
      <p className="breadcrumb">
        <a href={href('companies')}>Companies</a>
      </p>
      <PageHeader
        title={company.name}
        subtitle={facts.length > 0 ? <span className="record-facts">{facts}</span> : undefined}
        actions={
          <>
            <a className="button" href={href('companies', id, { edit: '1' })}>
              Edit company
            </a>
            <a className="button button-primary" href={href('positions', 'new', { company: id })}>
              New position
            </a>
          </>
        }
      />
      {company.notes && (
        <section className="panel record-notes" aria-labelledby="notes-title">
          <h2 id="notes-title">Your notes</h2>
          <p className="details-notes">{company.notes}</p>
        </section>
      )}
      <div className="record-grid">
        <Positions companyId={id} companyName={company.name} positions={company.positions} />
        <Contacts companyId={id} companyName={company.name} contacts={company.contacts} />
      </div>
    </div>
  );
}

function Positions({
  companyId,
  companyName,
  positions,
}: {
  companyId: string;
  companyName: string;
  positions: CompanyPosition[];
}) {
  const open = positions.filter((p) => p.status === 'open' || p.status === 'on-hold').length;
  return (
    <section className="panel" aria-labelledby="positions-title">
      <h2 id="positions-title">
        Positions{' '}
        <span className="muted small">{positions.length === 0 ? '' : `${open} open of ${positions.length}`}</span>
      </h2>
      {positions.length === 0 ? (
        <div className="record-empty">
          <p>No positions yet. Add the jobs you are filling for {companyName}, with the full job description.</p>
          <a className="button" href={href('positions', 'new', { company: companyId })}>
            Add a position
          </a>
        </div>
      ) : (
        <ul className="record-list">
          {positions.map((p) => (
            <li key={p.id} className="record-item">
              <div className="record-item-head">
                <a href={href('positions', p.id)}>{p.title}</a>
                <span className={`status status-${p.status}`}>{POSITION_STATUS_LABELS[p.status]}</span>
              </div>
              <StageCounts position={p} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** How many candidates are at each stage of one position, closed ones last; a stage with none is dimmed. */
function StageCounts({ position: p }: { position: CompanyPosition }) {
  const total = Object.values(p.stages).reduce((sum, n) => sum + n, 0);
  if (total === 0) return <p className="muted small">No candidates yet.</p>;
  return (
    <ul className="stage-counts" aria-label={`Candidates for ${p.title}, by stage`}>
      {[...OPEN_STAGES, 'closed' as const].map((stage) => (
        <li key={stage} className={p.stages[stage] === 0 ? 'stage-none' : undefined}>
          <strong>{p.stages[stage]}</strong> {STAGE_LABELS[stage]}
        </li>
      ))}
    </ul>
  );
}

function Contacts({
  companyId,
  companyName,
  contacts,
}: {
  companyId: string;
  companyName: string;
  contacts: CompanyContact[];
}) {
  return (
    <section className="panel" aria-labelledby="contacts-title">
      <h2 id="contacts-title">Contacts</h2>
      {contacts.length === 0 ? (
        <div className="record-empty">
          <p>No contacts yet. Add the hiring managers and HR people you work with at {companyName}.</p>
          <a className="button" href={href('people', 'new', { kind: 'contact', company: companyId })}>
            Add a client contact
          </a>
        </div>
      ) : (
        <ul className="record-list">
          {contacts.map((c) => (
            <li key={c.id} className="record-item">
              <div className="record-item-head">
                <a href={href('people', c.id)}>{c.name}</a>
                {c.title && <span className="muted">{c.title}</span>}
              </div>
              {(c.email || c.phone) && (
                <p className="record-line">
                  {c.email && <a href={`mailto:${c.email}`}>{c.email}</a>}
                  {c.email && c.phone && ' · '}
                  {c.phone && <a href={`tel:${c.phone.replace(/[^\d+]/g, '')}`}>{c.phone}</a>}
                </p>
              )}
              {c.hiringFor.length > 0 && (
                <p className="record-line small">
                  Hires for{' '}
                  {c.hiringFor.map((p, i) => (
                    <span key={p.id}>
                      {i > 0 && ', '}
                      <a href={href('positions', p.id)}>{p.title}</a>
                    </span>
                  ))}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
