import type Database from 'better-sqlite3-multiple-ciphers';

// The contact outlook exactly as migration 0002 computed it when it shipped: a copy of core/policy's
// outlookOf and the history order it reads, db/outlook's refreshOutlook and db/settings' readPolicy
// as they were then. Frozen, so replaying 0002 on an old profile gives the data it gave then,
// however the live rules change later. Only migration 0002 may use it; change nothing here.

/** One logged contact, with only what the outlook reads. */
interface LoggedTouch {
  at: string;
  channel: string;
  direction: string;
  kind: string;
  outcome: string;
  response: string | null;
  agreedNextAt: string | null;
}

interface Outlook {
  stop: 'do-not-contact' | 'final-letter-sent' | null;
  pauseKind: 'soft-no' | 'no' | null;
  pauseUntil: string | null;
  pauseByDefault: boolean;
  ballInTheirCourt: boolean;
  agreedUntil: string | null;
  dueAt: string | null;
  dueReason: 'agreed-date' | 'soft-no' | 'no-for-now' | null;
  unansweredStreak: number;
}

/** The two policy numbers the outlook reads, with their defaults when 0002 shipped. */
interface Pauses {
  softNoDays: number;
  noForNowDays: number;
}
const DEFAULT_PAUSES: Pauses = { softNoDays: 30, noForNowDays: 90 };

const DAY_MS = 86_400_000;

const time = (touch: { at: string }) => Date.parse(touch.at);
const iso = (ms: number) => new Date(ms).toISOString();

/** The profile's pause lengths: the defaults, with whatever numbers the recruiter had saved on top. */
function readPauses(db: Database.Database): Pauses {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get('policy') as { value: string } | undefined;
  const stored = row ? (JSON.parse(row.value) as Partial<Record<keyof Pauses, unknown>>) : {};
  const merged = { ...DEFAULT_PAUSES };
  for (const key of Object.keys(DEFAULT_PAUSES) as (keyof Pauses)[]) {
    const value = stored[key];
    if (typeof value === 'number') merged[key] = value;
  }
  return merged;
}

function isConversation(touch: LoggedTouch): boolean {
  return touch.direction === 'in' || touch.outcome === 'connected' || touch.outcome === 'replied';
}

const contentKey = (t: LoggedTouch) =>
  JSON.stringify([t.direction === 'out' ? 0 : 1, t.channel, t.kind, t.outcome, t.response, t.agreedNextAt]);

/** By time, then ours before theirs at the same instant, then by content. */
function compareTouches(a: LoggedTouch, b: LoggedTouch): number {
  const byTime = time(a) - time(b);
  if (byTime !== 0) return byTime;
  const ka = contentKey(a);
  const kb = contentKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * The whole history in compareTouches order, then the binary search for what was logged up to
 * the end of time, as shipped: only a time that does not parse can fall outside it.
 */
function sortedHistory(history: readonly LoggedTouch[]): LoggedTouch[] {
  const keyed = history.map((touch) => ({ touch, ms: time(touch) }));
  keyed.sort((a, b) => a.ms - b.ms || compareTouches(a.touch, b.touch));
  const sorted = keyed.map((k) => k.touch);
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (time(sorted[mid]!) <= Infinity) low = mid + 1;
    else high = mid;
  }
  return sorted.slice(0, low);
}

function lastWhere(history: readonly LoggedTouch[], test: (t: LoggedTouch) => boolean): LoggedTouch | undefined {
  for (let i = history.length - 1; i >= 0; i--) if (test(history[i]!)) return history[i];
  return undefined;
}

function unansweredStreak(history: readonly LoggedTouch[]): LoggedTouch[] {
  const streak: LoggedTouch[] = [];
  for (let i = history.length - 1; i >= 0; i--) {
    const touch = history[i]!;
    if (isConversation(touch)) break;
    if (touch.direction === 'out') streak.unshift(touch);
  }
  return streak;
}

function finalLetterSent(history: readonly LoggedTouch[], stop: LoggedTouch): boolean {
  return history.some((t) => t.direction === 'out' && t.kind === 'thank-you-letter' && time(t) > time(stop));
}

function pauseEnd(response: LoggedTouch, pauses: Pauses): number | undefined {
  if (response.response === 'soft-no') {
    return response.agreedNextAt ? Date.parse(response.agreedNextAt) : time(response) + pauses.softNoDays * DAY_MS;
  }
  if (response.response === 'no') return time(response) + pauses.noForNowDays * DAY_MS;
  return undefined;
}

/** The outlook of a history sorted oldest first. */
function outlookOf(history: readonly LoggedTouch[], pauses: Pauses): Outlook {
  const outlook: Outlook = {
    stop: null,
    pauseKind: null,
    pauseUntil: null,
    pauseByDefault: false,
    ballInTheirCourt: false,
    agreedUntil: null,
    dueAt: null,
    dueReason: null,
    unansweredStreak: 0,
  };
  const streak = unansweredStreak(history);
  outlook.unansweredStreak = streak.length;
  const stop = lastWhere(history, (t) => t.response === 'stop');
  if (stop) {
    outlook.stop = finalLetterSent(history, stop) ? 'final-letter-sent' : 'do-not-contact';
    return outlook;
  }
  const response = lastWhere(history, (t) => t.response !== null);
  const pausedUntil = response && pauseEnd(response, pauses);
  if (response && pausedUntil !== undefined) {
    outlook.pauseKind = response.response === 'no' ? 'no' : 'soft-no';
    outlook.pauseUntil = iso(pausedUntil);
    outlook.pauseByDefault = response.response === 'no' || !response.agreedNextAt;
  }
  outlook.ballInTheirCourt = streak.some((t) => t.kind === 'take-away');
  const conversation = lastWhere(history, isConversation);
  outlook.agreedUntil = conversation?.agreedNextAt ?? null;

  const setBy = Math.max(
    response && outlook.pauseUntil ? history.lastIndexOf(response) : -1,
    conversation && outlook.agreedUntil ? history.lastIndexOf(conversation) : -1,
  );
  const followedUp = setBy >= 0 && history.slice(setBy + 1).some((t) => t.direction === 'out' && t.kind !== 'reply');
  if (setBy >= 0 && !followedUp && !outlook.ballInTheirCourt) {
    const pause = outlook.pauseUntil ? Date.parse(outlook.pauseUntil) : -Infinity;
    const agreed = outlook.agreedUntil ? Date.parse(outlook.agreedUntil) : -Infinity;
    if (agreed > pause) {
      outlook.dueAt = iso(agreed);
      outlook.dueReason = 'agreed-date';
    } else {
      outlook.dueAt = iso(pause);
      outlook.dueReason = outlook.pauseKind === 'no' ? 'no-for-now' : 'soft-no';
    }
  }
  return outlook;
}

/** Fills in the outlook of everyone with a contact log; the rows already exist with their defaults. */
export function fillOutlooks(db: Database.Database): void {
  const pauses = readPauses(db);
  const historyOf = db.prepare(
    `SELECT at, channel, direction, kind, outcome, response, agreed_next_at AS agreedNextAt
       FROM touches WHERE person_id = ? ORDER BY at`,
  );
  const write = db.prepare(
    `UPDATE contact_outlook SET stop = ?, pause_kind = ?, pause_until = ?, pause_by_default = ?,
            ball_in_their_court = ?, agreed_until = ?, due_at = ?, due_reason = ?, unanswered_streak = ?
      WHERE person_id = ?`,
  );
  const touched = db.prepare('SELECT DISTINCT person_id AS id FROM touches').pluck().all() as string[];
  for (const id of touched) {
    const outlook = outlookOf(sortedHistory(historyOf.all(id) as LoggedTouch[]), pauses);
    write.run(
      outlook.stop,
      outlook.pauseKind,
      outlook.pauseUntil,
      outlook.pauseByDefault ? 1 : 0,
      outlook.ballInTheirCourt ? 1 : 0,
      outlook.agreedUntil,
      outlook.dueAt,
      outlook.dueReason,
      outlook.unansweredStreak,
      id,
    );
  }
}
