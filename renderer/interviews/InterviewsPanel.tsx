import { useEffect, useState } from 'react';
import type { BoardCard, InterviewDetail, Person } from '../../api/contract';
import { call } from '../api';
import { href } from '../router';
import { interviewStatus, interviewTime, STATUS_LABELS } from './format';
import { ScheduleDialog } from './ScheduleDialog';

/** A candidate's interviews, newest first, with what each still needs. */
export function InterviewsPanel({ person, revision }: { person: Person; revision: number }) {
  const [interviews, setInterviews] = useState<InterviewDetail[] | null>(null);
  const [applications, setApplications] = useState<BoardCard[]>([]);
  const [scheduling, setScheduling] = useState(false);

  useEffect(() => {
    let current = true;
    void Promise.all([call('interviews.list', { candidateId: person.id }), call('applications.board', {})]).then(([list, board]) => {
      if (!current) return;
      setInterviews(list.ok ? list.value : []);
      setApplications(board.ok ? board.value.cards.filter((c) => c.candidateId === person.id && c.stage !== 'closed' && c.stage !== 'placed') : []);
    });
    return () => {
      current = false;
    };
  }, [person.id, revision]);

  return (
    <section className="panel" aria-labelledby="interviews-title">
      <div className="panel-head">
        <h2 id="interviews-title">Interviews</h2>
        <button type="button" className="button" onClick={() => setScheduling(true)} disabled={applications.length === 0} title={applications.length === 0 ? 'Add them to a position in the pipeline first.' : undefined}>
          Schedule interview
        </button>
      </div>
      {interviews?.length === 0 && (
        <p className="muted">{applications.length === 0 ? 'Add them to a position in the pipeline, then schedule their interview here.' : 'No interviews yet. Schedule one, and prep starts with it.'}</p>
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
      {scheduling && <ScheduleDialog candidate={person} applications={applications} onClose={() => setScheduling(false)} />}
    </section>
  );
}
