import type { Touch } from '../../api/contract';
import { ruleLabel } from '../../core/policy/rules';
import { formatDayTime } from '../dates';
import { CHANNEL_LABELS, KIND_DONE, OUTCOME_LABELS, RESPONSE_LABELS } from './labels';

/** The rules a flagged contact stepped past, by name. */
const brokenRules = (t: Touch) =>
  t.overrideRules.length ? t.overrideRules.map((r) => ruleLabel(r)).join(', ') : 'a rule';

/** The recruiter chose another class than the reply reader read. */
const corrected = (t: Touch) => t.readAs !== null && t.response !== null && t.readAs !== t.response;

export function Timeline({ touches }: { touches: Touch[] }) {
  if (touches.length === 0) {
    return (
      <p className="muted">
        No contacts yet. Log each call, message and meeting here, so Politely can tell you when the next one is welcome.
      </p>
    );
  }
  const now = new Date();
  return (
    <ol className="timeline">
      {touches.map((t) => (
        <li key={t.id} className={`timeline-item timeline-${t.direction}${t.flagged ? ' timeline-flagged' : ''}`}>
          <div className="timeline-head">
            <span className="timeline-who">{t.direction === 'out' ? 'You →' : '← They'}</span>
            <strong>{KIND_DONE[t.direction][t.kind]}</strong>
            <span className="muted">
              · {CHANNEL_LABELS[t.channel]} · {OUTCOME_LABELS[t.outcome]}
            </span>
            <time className="timeline-time" dateTime={t.at}>
              {formatDayTime(t.at, now)}
            </time>
          </div>
          {t.summary && <p className="timeline-summary">{t.summary}</p>}
          <div className="timeline-tags">
            {t.response && (t.response !== 'neutral' || corrected(t)) && (
              <span className="tag">
                {RESPONSE_LABELS[t.response]}
                {corrected(t) && ` (read as “${RESPONSE_LABELS[t.readAs!]}”, you corrected it)`}
              </span>
            )}
            {t.agreedNextAt && <span className="tag">Agreed next: {formatDayTime(t.agreedNextAt, now)}</span>}
            {t.flagged && (
              <span className="tag tag-flag">
                Broke {brokenRules(t)} — {t.overrideReason}
              </span>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
