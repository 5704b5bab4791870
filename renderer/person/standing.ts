import type { ContactState, Verdict } from '../../api/contract';
import { ruleLabel } from '../../core/policy/rules';
import { localTime } from '../../core/zoned';
import { formatTime } from '../dates';
import { theirTime } from './labels';
import { decisiveBlock } from './VerdictPanel';

/** Blocked only because the next contact must be the take-away, which is itself allowed now. */
export function takeAwayDue(verdict: Verdict | null, now = Date.now()): boolean {
  if (verdict?.requiredKind !== 'take-away' || verdict.nextAllowedAt === undefined) return false;
  return Date.parse(verdict.nextAllowedAt) <= now + 60_000;
}

export type Tone = 'allowed' | 'warn' | 'blocked';

/** The ways the person page offers to reach someone, each with its own button. */
export type Way = 'email' | 'phone';

export interface WayCheck {
  way: Way;
  /** The rules' answer for this way now; null while it is being asked. */
  verdict: Verdict | null;
  /** Whether an address the button can use is on file. */
  onFile: boolean;
}

export interface WayStanding {
  way: Way;
  tone: Tone;
  /** Only the take-away may go out this way now. */
  takeAway: boolean;
  /** When blocked: the earliest moment this way opens, if one can be given. */
  nextAllowedAt?: string;
  /** When blocked: the rule that keeps it closed. */
  rule?: string;
}

export interface Standing {
  /** Allowed: every way is open. Warn: some are, or all are with a caution. Blocked: none is. */
  tone: Tone;
  /** Only the take-away may go out now. */
  takeAway: boolean;
  /** When blocked: the earliest moment any of the checked ways is allowed, if one can be given. */
  nextAllowedAt?: string;
  /** Each way weighed, in the order asked. */
  ways: WayStanding[];
}

function wayOf({ way, verdict }: WayCheck, now: number): WayStanding {
  const v = verdict!;
  // A due take-away is a contact allowed now, but only that one: a caution, not a block.
  if (takeAwayDue(v, now)) return { way, tone: 'warn', takeAway: true };
  if (v.verdict !== 'blocked') return { way, tone: v.verdict, takeAway: false };
  const rule = decisiveBlock(v)?.rule;
  return {
    way,
    tone: 'blocked',
    takeAway: false,
    ...(v.nextAllowedAt ? { nextAllowedAt: v.nextAllowedAt } : {}),
    ...(rule ? { rule } : {}),
  };
}

/**
 * Whether contact is allowed now, way by way, as the Email and Call buttons see it. Only the ways with an
 * address on file count (a button without one cannot be used whatever the rules say); with none on file,
 * every way counts, so the rules are still told.
 */
export function standingOf(checks: readonly WayCheck[], now = Date.now()): Standing | null {
  if (checks.length === 0 || checks.some((c) => c.verdict === null)) return null;
  const usable = checks.some((c) => c.onFile) ? checks.filter((c) => c.onFile) : checks;
  const ways = usable.map((c) => wayOf(c, now));
  const tone: Tone = ways.every((w) => w.tone === 'allowed')
    ? 'allowed'
    : ways.every((w) => w.tone === 'blocked')
      ? 'blocked'
      : 'warn';
  const takeAway = tone === 'warn' && ways.some((w) => w.takeAway);
  if (tone !== 'blocked') return { tone, takeAway, ways };
  const times = ways.flatMap((w) => (w.nextAllowedAt ? [w.nextAllowedAt] : []));
  const earliest = times.sort((a, b) => Date.parse(a) - Date.parse(b))[0];
  return earliest ? { tone, takeAway, nextAllowedAt: earliest, ways } : { tone, takeAway, ways };
}

const dayNumber = (at: Date, zone: string) => {
  const l = localTime(at, zone);
  return Date.UTC(l.year, l.month - 1, l.day) / 86_400_000;
};

/** A moment their time, as short as it can be said: "08:00 their time" today, "tomorrow 08:00 …", else the date. */
export function theirMoment(iso: string, zone: string, now: number): string {
  const at = new Date(iso);
  const days = dayNumber(at, zone) - dayNumber(new Date(now), zone);
  if (days !== 0 && days !== 1) return theirTime(iso, zone, now);
  const clock = formatTime(at, { timeZone: zone });
  return `${days === 1 ? 'tomorrow ' : ''}${clock} ${zone === 'UTC' ? 'UTC' : 'their time'}`;
}

const WAY_WORDS: Record<Way, string> = { email: 'email', phone: 'calls' };

/** One way in a few words: "email now", "calls from 08:00 their time (quiet hours)". */
function wayWords(w: WayStanding, zone: string, now: number): string {
  const name = WAY_WORDS[w.way];
  if (w.tone !== 'blocked') return `${name} now${w.takeAway ? ' (the take-away only)' : ''}`;
  // Inside a sentence the rule's name starts small: (quiet hours), ("not now" pause).
  const why = w.rule ? ` (${ruleLabel(w.rule).replace(/\p{L}/u, (c) => c.toLowerCase())})` : '';
  return w.nextAllowedAt ? `${name} from ${theirMoment(w.nextAllowedAt, zone, now)}${why}` : `no ${name}${why}`;
}

const sentence = (parts: string[]) => {
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
};

/**
 * The first words of the person's banner: whether they may be contacted now, said in words as well as
 * in colour, and way by way when the ways differ, so it never contradicts the buttons below it.
 */
export function bannerLead(standing: Standing, state: ContactState['state'], zone: string, now = Date.now()): string {
  const { ways } = standing;
  if (standing.tone === 'allowed') return 'You may contact them now.';
  if (standing.tone === 'warn') {
    if (ways.some((w) => w.tone === 'blocked')) return sentence(ways.map((w) => wayWords(w, zone, now)));
    return standing.takeAway
      ? 'You may contact them now, with the take-away only.'
      : 'You may contact them now, with care.';
  }
  const alike = ways.every((w) => w.nextAllowedAt === ways[0]!.nextAllowedAt);
  if (!alike) return `Not now: ${ways.map((w) => wayWords(w, zone, now)).join('; ')}.`;
  if (standing.nextAllowedAt) return `Next contact allowed: ${theirTime(standing.nextAllowedAt, zone, now)}.`;
  // What they asked for, not a date: nothing of Politely's lifts it.
  if (state === 'do-not-contact' || state === 'final-letter-sent') return 'Do not contact them.';
  return 'Not now, and no date can be given.';
}
