import type { Reason, Verdict } from '../../api/contract';
import { ruleLabel } from '../../core/policy/rules';
import { formatDayTime } from '../dates';
import { theirTime } from './labels';

/** The block that decides: one only they can lift, else the one that lifts last. */
export function decisiveBlock(verdict: Verdict): Reason | undefined {
  const blocks = verdict.reasons.filter((r) => r.severity === 'block');
  return (
    blocks.find((r) => r.until === undefined) ??
    [...blocks].sort((a, b) => Date.parse(b.until!) - Date.parse(a.until!))[0]
  );
}

/** The earliest allowed moment their time, and in the recruiter's own time too when that differs. */
function earliest(at: string, zone: string): string {
  const now = new Date();
  const yours = formatDayTime(at, now);
  const theirs = theirTime(at, zone, now);
  return Intl.DateTimeFormat().resolvedOptions().timeZone === zone ? theirs : `${theirs} (${yours} your time)`;
}

/** What the rules say about a contact, in their own words; times are theirs (`zone`). */
export function VerdictPanel({ verdict, zone }: { verdict: Verdict; zone: string }) {
  if (verdict.verdict === 'allowed') {
    return (
      <p className="verdict verdict-allowed" role="status">
        Allowed now.
      </p>
    );
  }
  return (
    <div className={`verdict verdict-${verdict.verdict}`} role="status">
      <p className="verdict-title">{verdict.verdict === 'blocked' ? 'Not now' : 'Allowed, but consider this'}</p>
      {verdict.verdict === 'blocked' && (
        <p className="verdict-next">
          {verdict.nextAllowedAt
            ? `Earliest allowed: ${earliest(verdict.nextAllowedAt, zone)}.`
            : 'No date can be given: it is up to them now.'}
          {verdict.requiredKind === 'take-away' && ' The next contact must be the take-away.'}
        </p>
      )}
      <ul>
        {verdict.reasons.map((r) => (
          <li key={r.rule}>
            <strong>{ruleLabel(r.rule)}:</strong> {r.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
