import { RULE_NAMES, type Touch } from '../../api/contract';
import { CHANNEL_LABELS, formatWhen, KIND_LABELS, OUTCOME_LABELS } from './labels';

export function Timeline({ touches }: { touches: Touch[] }) {
  if (touches.length === 0) {
    return <p className="muted">No contacts yet. Log each call, message and meeting here, so Politely can tell you when the next one is welcome.</p>;
  }
  return (
    <ol className="timeline">
      {touches.map((t) => (
        <li key={t.id} className={`timeline-item timeline-${t.direction}${t.flagged ? ' timeline-flagged' : ''}`}>
          <div className="timeline-head">
            <span className="timeline-who">{t.direction === 'out' ? 'You →' : '← They'}</span>
            <strong>{KIND_LABELS[t.kind].replace(/ \(.*\)$/, '')}</strong>
            <span className="muted">
              · {CHANNEL_LABELS[t.channel]} · {OUTCOME_LABELS[t.outcome]}
            </span>
            <time className="timeline-time" dateTime={t.at}>
              {formatWhen(t.at)}
            </time>
          </div>
          {t.summary && <p className="timeline-summary">{t.summary}</p>}
          <div className="timeline-tags">
            {t.response && t.response !== 'neutral' && <span className="tag">Read as: {t.response}</span>}
            {t.agreedNextAt && <span className="tag">Agreed next: {formatWhen(t.agreedNextAt)}</span>}
            {t.flagged && (
              <span className="tag tag-flag">
                Broke {t.overrideRules.length ? t.overrideRules.map((r) => RULE_NAMES[r]).join(', ') : 'a rule'} — {t.overrideReason}
              </span>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
