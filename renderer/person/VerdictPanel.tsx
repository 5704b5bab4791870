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

/** The box's heading and the line under it: what the verdict is, in words that match it. */
export interface VerdictWords {
  title: string;
  next: string | null;
}

/**
 * How a verdict on a contact checked for `at` (now when absent) is headed. A "stop" is Do not contact, not a pause; a contact
 * blocked only because it must be the take-away, which is allowed at that very moment, says so instead of naming that
 * moment as the earliest allowed.
 */
export function verdictWords(verdict: Verdict, at: string | number | undefined, zone: string): VerdictWords {
  const asked = at === undefined ? Number.NaN : typeof at === 'number' ? at : Date.parse(at);
  const checkedAt = Number.isNaN(asked) ? Date.now() : asked;
  if (verdict.verdict === 'allowed') return { title: 'Allowed now.', next: null };
  if (verdict.verdict === 'warn') return { title: 'Allowed, but consider this', next: null };
  // Their "stop" is the whole answer: its reason says what is still allowed.
  if (verdict.reasons.some((r) => r.rule === 'do-not-contact')) return { title: 'Do not contact', next: null };
  const takeAway = verdict.requiredKind === 'take-away';
  const next = verdict.nextAllowedAt;
  if (takeAway && next !== undefined && Date.parse(next) < checkedAt + 60_000)
    return {
      title: 'Only the take-away',
      next: 'The take-away is allowed now, and nothing else: ask whether to close their file, yes or no.',
    };
  const must = takeAway ? ' The next contact must be the take-away.' : '';
  return {
    title: 'Not now',
    next: next
      ? `Earliest allowed: ${earliest(next, zone)}.${must}`
      : `No date can be given: it is up to them now.${must}`,
  };
}

/**
 * What the rules say about a contact, in their own words; times are theirs (`zone`). `at` is the moment the contact
 * was checked for, now when absent.
 */
export function VerdictPanel({ verdict, zone, at }: { verdict: Verdict; zone: string; at?: string | undefined }) {
  const { title, next } = verdictWords(verdict, at, zone);
  if (verdict.verdict === 'allowed') {
    return (
      <p className="verdict verdict-allowed" role="status">
        {title}
      </p>
    );
  }
  return (
    <div className={`verdict verdict-${verdict.verdict}`} role="status">
      <p className="verdict-title">{title}</p>
      {next && <p className="verdict-next">{next}</p>}
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
