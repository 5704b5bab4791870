import type { InterviewDetail } from '../../api/contract';
import { formatDayTime } from '../dates';

/** The recorded debrief, with the candidate's YES or NO first. */
export function DebriefSummary({ interview }: { interview: InterviewDetail }) {
  const d = interview.debrief!;
  return (
    <section className="panel" aria-labelledby="debrief-title">
      <h2 id="debrief-title">Debrief: {d.acceptance === 'yes' ? 'YES' : 'NO'}</h2>
      {d.acceptanceVerbatim && <p>They said: “{d.acceptanceVerbatim}”, recorded as NO.</p>}
      <dl className="facts">
        <dt>Called</dt>
        <dd>
          {formatDayTime(d.calledAt, new Date())} · {d.latencyMinutes} minutes after the interview ended
        </dd>
        <dt>Arrived</dt>
        <dd>{d.arrivalTime}</dd>
        <dt>Lasted</dt>
        <dd>{d.durationMinutes} minutes</dd>
        <dt>Met</dt>
        <dd>{d.metWith}</dd>
        <dt>Asked</dt>
        <dd>{d.questionsAsked}</dd>
        <dt>Answered</dt>
        <dd>{d.answers}</dd>
        <dt>Vibe</dt>
        <dd>{d.vibe}</dd>
        {d.concerns && (
          <>
            <dt>Concerns</dt>
            <dd>{d.concerns}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
