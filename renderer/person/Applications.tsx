import {
  CLOSE_REASON_LABELS,
  STAGE_LABELS,
  type ApplicationOutcome,
  type PersonApplication,
  type PersonRecord,
} from '../../api/contract';
import { isOpenApplication } from '../../core/pipeline';
import { formatDay } from '../dates';
import { href } from '../router';
import { ApplicationOffers } from '../offers/ApplicationOffers';

/** "Wed, Mar 4": the day an application changed, on this computer's calendar. */
export const day = (iso: string) => formatDay(iso, new Date());

const OUTCOME_LABELS: Record<ApplicationOutcome, string> = { placed: 'Placed', ...CLOSE_REASON_LABELS };

/** An application still moving: not placed, not closed (the one definition, as the board counts them). */
export const isOpen = (a: Pick<PersonApplication, 'stage'>) => isOpenApplication(a.stage);

function ApplicationRow({ application: a }: { application: PersonApplication }) {
  const ended = a.closedAt !== null;
  return (
    <li className={`record-row${ended ? ' application-ended' : ''}`}>
      <div className="record-row-head">
        <div className="record-row-title">
          <a href={href('positions', a.positionId)}>{a.positionTitle}</a>
          <span className="muted">
            {' '}
            at <a href={href('companies', a.companyId)}>{a.companyName}</a>
          </span>
        </div>
        <span className={`tag stage-tag stage-${a.stage}`}>{STAGE_LABELS[a.stage]}</span>
      </div>
      <p className="record-row-line small">
        Added {day(a.openedAt)}
        {a.submittedAt && a.submittedTo && (
          <>
            {' · '}Submitted to {a.submittedTo} {day(a.submittedAt)}
          </>
        )}
        {a.closedAt && a.outcome && (
          <>
            {' · '}
            {a.outcome === 'placed' ? 'Placed' : 'Closed'} {day(a.closedAt)}
            {a.outcome !== 'placed' && <>: {OUTCOME_LABELS[a.outcome]}</>}
          </>
        )}
      </p>
      <ol className="stage-steps" aria-label={`Stages of ${a.positionTitle}`}>
        {a.history.map((step, i) => (
          <li key={`${step.stage}-${i}`}>
            <span className="stage-step-name">{STAGE_LABELS[step.stage]}</span>{' '}
            <time dateTime={step.at}>{day(step.at)}</time>
          </li>
        ))}
      </ol>
      <ApplicationOffers application={a} />
      <a className="record-row-link small" href={href('pipeline', null, { position: a.positionId })}>
        {ended ? 'See the position on the board' : 'See it on the board'}
      </a>
    </li>
  );
}

/** Every position the candidate was put forward for: open ones first, each with the stages it went through. */
export function Applications({ person }: { person: PersonRecord }) {
  const { applications } = person;
  const open = applications.filter(isOpen).length;
  return (
    <section className="panel person-applications" aria-labelledby="applications-title">
      <h2 id="applications-title">
        Applications{' '}
        {applications.length > 0 && (
          <span className="muted small">
            {open} open{applications.length > open ? `, ${applications.length - open} ended` : ''}
          </span>
        )}
      </h2>
      {applications.length === 0 ? (
        <p className="muted">
          Not in the pipeline yet. Use Add to a position above; each stage they reach will show here.
        </p>
      ) : (
        <ul className="record-list">
          {applications.map((a) => (
            <ApplicationRow key={a.id} application={a} />
          ))}
        </ul>
      )}
    </section>
  );
}
