import type { Direction, ResponseClass, TouchChannel, TouchKind, TouchOutcome } from '../model';
import type { PolicySettings, RuleId } from './rules';

/** One logged contact, as the rules read it. Times are ISO-8601 instants. */
export interface LoggedTouch {
  at: string;
  channel: TouchChannel;
  direction: Direction;
  kind: TouchKind;
  outcome: TouchOutcome;
  response: ResponseClass | null;
  agreedNextAt: string | null;
}

/** A contact as Politely keeps it. */
export interface Touch extends LoggedTouch {
  id: string;
  personId: string;
  applicationId: string | null;
  summary: string | null;
  /** What the reply reader made of their words, when it read them; `response` is what the recruiter confirmed. */
  readAs: ResponseClass | null;
  overrideReason: string | null;
  /** Logged although a hard rule said no, with the recruiter's reason. */
  flagged: boolean;
  /** The hard rules it broke when it was logged; empty unless flagged. */
  overrideRules: RuleId[];
  createdAt: string;
}

export const DAY_MS = 86_400_000;
/** An outbound reply this soon after their message is answering them, not chasing them. */
export const REPLY_WINDOW_MS = 2 * DAY_MS;

// Parsing the same ISO strings in every rule and every re-check dominated the cost of a check.
const parsed = new WeakMap<object, number>();

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The digits of `text` from `from` up to `to` as a number; NaN if any is not a digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * `Date.parse`, read straight from the digits for the one form Politely stores times in (2026-01-14T09:00:00.000Z),
 * which is several times quicker; any other text, and any date that is not on the calendar, goes to `Date.parse`.
 */
export function parseInstant(iso: string): number {
  if (iso.length !== 24 || iso[4] !== '-' || iso[7] !== '-' || iso[10] !== 'T' || iso[13] !== ':')
    return Date.parse(iso);
  if (iso[16] !== ':' || iso[19] !== '.' || iso[23] !== 'Z') return Date.parse(iso);
  const year = digits(iso, 0, 4);
  const month = digits(iso, 5, 7);
  const day = digits(iso, 8, 10);
  const hour = digits(iso, 11, 13);
  const minute = digits(iso, 14, 16);
  const second = digits(iso, 17, 19);
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 1 : 0;
  // Date.UTC would roll a 31 April over into May and read a two-digit year as 19xx: those go to Date.parse.
  const valid = year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1]! + leap;
  if (!valid || !(hour <= 23 && minute <= 59 && second <= 59)) return Date.parse(iso);
  return Date.UTC(year, month - 1, day, hour, minute, second, digits(iso, 20, 23));
}

/** A touch's time in milliseconds. */
export function time(touch: { at: string }): number {
  let ms = parsed.get(touch);
  if (ms === undefined) {
    ms = parseInstant(touch.at);
    parsed.set(touch, ms);
  }
  return ms;
}

/** A live conversation or a reply: they engaged. */
export function isConversation(touch: LoggedTouch): boolean {
  return touch.direction === 'in' || touch.outcome === 'connected' || touch.outcome === 'replied';
}

const contentKey = (t: LoggedTouch) =>
  JSON.stringify([t.direction === 'out' ? 0 : 1, t.channel, t.kind, t.outcome, t.response, t.agreedNextAt]);

/**
 * One order for any history, so a verdict never depends on how the log arrived: by time, then
 * ours before theirs at the same instant (their answer follows our contact), then by content.
 */
export function compareTouches(a: LoggedTouch, b: LoggedTouch): number {
  const byTime = time(a) - time(b);
  if (byTime !== 0) return byTime;
  const ka = contentKey(a);
  const kb = contentKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** A history in compareTouches order. Each time is read once, not once per comparison. */
export function sortTouches(history: readonly LoggedTouch[]): LoggedTouch[] {
  const keyed = history.map((touch) => ({ touch, ms: time(touch) }));
  keyed.sort((a, b) => a.ms - b.ms || compareTouches(a.touch, b.touch));
  return keyed.map((k) => k.touch);
}

/**
 * The history the rules see at `at`: what was logged up to that moment, oldest first. A touch at the very same instant
 * counts.
 */
export function historyUntil(history: readonly LoggedTouch[], at: number): LoggedTouch[] {
  return prefixUntil(sortTouches(history), at);
}

/** The leading part of an already sorted history up to `at`, found by binary search. */
export function prefixUntil(sorted: readonly LoggedTouch[], at: number): LoggedTouch[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (time(sorted[mid]!) <= at) low = mid + 1;
    else high = mid;
  }
  return sorted.slice(0, low);
}

export function lastWhere(history: readonly LoggedTouch[], test: (t: LoggedTouch) => boolean): LoggedTouch | undefined {
  for (let i = history.length - 1; i >= 0; i--) if (test(history[i]!)) return history[i];
  return undefined;
}

/** Outbound touches since they last engaged, none of them answered: the unanswered streak. */
export function unansweredStreak(history: readonly LoggedTouch[]): LoggedTouch[] {
  const streak: LoggedTouch[] = [];
  for (let i = history.length - 1; i >= 0; i--) {
    const touch = history[i]!;
    if (isConversation(touch)) break;
    if (touch.direction === 'out') streak.unshift(touch);
  }
  return streak;
}

/** Whether the one handwritten thank-you letter allowed after their "stop" has gone out. */
export function finalLetterSent(history: readonly LoggedTouch[], stop: LoggedTouch): boolean {
  return history.some((t) => t.direction === 'out' && t.kind === 'thank-you-letter' && time(t) > time(stop));
}

/** When the pause set by a "not now" (their date, else the default) or a clear no ends; undefined for other answers. */
export function pauseEnd(response: LoggedTouch, settings: PolicySettings): number | undefined {
  if (response.response === 'soft-no')
    return response.agreedNextAt ? Date.parse(response.agreedNextAt) : time(response) + settings.softNoDays * DAY_MS;
  if (response.response === 'no') return time(response) + settings.noForNowDays * DAY_MS;
  return undefined;
}

/** The latest touch that carries what they said (its response class): it sets or lifts a pause. */
export function lastResponse(history: readonly LoggedTouch[]): LoggedTouch | undefined {
  return lastWhere(history, (t) => t.response !== null);
}
