import { useEffect, useMemo, useState } from 'react';
import type { BoardCard, Person } from '../../api/contract';
import { href } from '../router';
import { useToastStore } from '../stores/toasts';
import { useRpc } from '../useRpc';
import { interviewStatus, interviewTime, STATUS_LABELS } from './format';
import { ScheduleDialog } from './ScheduleDialog';

/** A candidate's interviews, newest first, with what each still needs. */
/** `schedule`: asked from the palette (a fresh number each time): open the dialog once the list is in. */
export function InterviewsPanel({
  person,
  revision,
  schedule,
}: {
  person: Person;
  revision: number;
  schedule?: number | undefined;
}) {
  const list = useRpc('interviews.list', { candidateId: person.id }, [revision]);
  const board = useRpc('applications.board', {}, [revision]);
  // Shown once both answers are in; a list that could not be read shows as empty.
  const boardKnown = board.status === 'ready' || board.status === 'error';
  const interviews = !boardKnown ? null : list.status === 'error' ? [] : (list.data ?? null);
  const applications = useMemo(() => {
    const open = (c: BoardCard) => c.candidateId === person.id && c.stage !== 'closed' && c.stage !== 'placed';
    return (board.data?.cards ?? []).filter(open);
  }, [board.data, person.id]);
  const [scheduling, setScheduling] = useState(false);

  // Asked for from the palette: the dialog opens once the list is in, unless that request was closed.
  const [closedRequest, setClosedRequest] = useState<number>();
  const requested = schedule !== undefined && schedule !== closedRequest && interviews !== null;
  useEffect(() => {
    if (requested && applications.length === 0)
      useToastStore
        .getState()
        .show(`${person.name} is not in the pipeline yet. Add them to a position first, then schedule the interview.`);
  }, [requested, applications.length, person.name]);
  const dialogOpen = scheduling || (requested && applications.length > 0);
  const closeDialog = () => {
    setScheduling(false);
    setClosedRequest(schedule);
  };

  return (
    <section className="panel" aria-labelledby="interviews-title">
      <div className="panel-head">
        <h2 id="interviews-title">Interviews</h2>
        <button
          type="button"
          className="button"
          onClick={() => setScheduling(true)}
          disabled={applications.length === 0}
          title={applications.length === 0 ? 'Add them to a position in the pipeline first.' : undefined}
        >
          Schedule interview
        </button>
      </div>
      {interviews?.length === 0 && (
        <p className="muted">
          {applications.length === 0
            ? 'Add them to a position in the pipeline, then schedule their interview here.'
            : 'No interviews yet. Schedule one, and prep starts with it.'}
        </p>
      )}
      {interviews && interviews.length > 0 && (
        <ul className="interview-list">
          {interviews.map((i) => {
            const status = interviewStatus(i);
            return (
              <li key={i.id} className={`interview-row interview-${status}`}>
                <div>
                  <a href={href('interviews', i.id)}>
                    Round {i.round} · {i.positionTitle} at {i.companyName}
                  </a>
                  <div className="muted small">{interviewTime(i)}</div>
                </div>
                <span className={`tag tag-${status}`}>{STATUS_LABELS[status]}</span>
                {status === 'debrief-due' && (
                  <a className="button button-primary" href={href('interviews', i.id, { debrief: '1' })}>
                    Record the debrief
                  </a>
                )}
                {status === 'upcoming' && (
                  <a className="button" href={href('interviews', i.id)}>
                    Prep {i.prep.done}/{i.prep.total}
                  </a>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {dialogOpen && <ScheduleDialog candidate={person} applications={applications} onClose={closeDialog} />}
    </section>
  );
}
