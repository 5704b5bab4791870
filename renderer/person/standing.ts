import type { Verdict } from '../../api/contract';

/** Blocked only because the next contact must be the take-away, which is itself allowed now. */
export function takeAwayDue(verdict: Verdict | null, now = Date.now()): boolean {
  if (verdict?.requiredKind !== 'take-away' || verdict.nextAllowedAt === undefined) return false;
  return Date.parse(verdict.nextAllowedAt) <= now + 60_000;
}

export type Tone = 'allowed' | 'warn' | 'blocked';

export interface Standing {
  tone: Tone;
  /** Only the take-away may go out now. */
  takeAway: boolean;
  /** When blocked: the earliest moment any of the checked channels is allowed, if one can be given. */
  nextAllowedAt?: string;
}

const RANK: Record<Tone, number> = { allowed: 0, warn: 1, blocked: 2 };

function toneOf(verdict: Verdict, now: number): Tone {
  // A due take-away is a contact allowed now, but only that one: a caution, not a block.
  return takeAwayDue(verdict, now) ? 'warn' : verdict.verdict;
}

/**
 * Whether contact is allowed now, from the checks of each way to reach them: the most open
 * channel decides, and a block leads with the earliest moment any channel opens.
 */
export function standingOf(verdicts: readonly (Verdict | null)[], now = Date.now()): Standing | null {
  const known = verdicts.filter((v): v is Verdict => v !== null);
  if (known.length === 0 || known.length < verdicts.length) return null;
  const tone = known.map((v) => toneOf(v, now)).reduce((best, t) => (RANK[t] < RANK[best] ? t : best));
  const takeAway = tone === 'warn' && known.some((v) => takeAwayDue(v, now));
  if (tone !== 'blocked') return { tone, takeAway };
  const times = known.flatMap((v) => (v.nextAllowedAt ? [v.nextAllowedAt] : []));
  const earliest = times.sort((a, b) => Date.parse(a) - Date.parse(b))[0];
  return earliest ? { tone, takeAway, nextAllowedAt: earliest } : { tone, takeAway };
}
