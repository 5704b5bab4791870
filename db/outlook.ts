import {
  historyUntil,
  MAX_STEPS,
  outlookOf,
  SETTINGS,
  type LoggedTouch,
  type Outlook,
  type PolicySettings,
} from '../core/policy';
import { statement, type Db } from './connection';

/** A person's contact log with only what the rules read (the columns of the first schema, so migrations may use it). */
export function loggedHistory(db: Db, personId: string): LoggedTouch[] {
  return statement(
    db,
    'SELECT at, channel, direction, kind, outcome, response, agreed_next_at AS agreedNextAt FROM touches WHERE person_id = ? ORDER BY at',
  ).all(personId) as LoggedTouch[];
}

const COLUMNS = 'rowid AS id, at, channel, direction, kind, outcome, response, agreed_next_at AS agreedNextAt';
/** The most recent outbound contacts a rule may look at: value-first counts up to its highest setting. */
const LAST_OUTBOUND = Math.max(...SETTINGS.filter((s) => s.key === 'valueFirstCount').map((s) => s.max));

/** Queries for the parts of an older history that still matter; `@from` is where the recent month begins. */
export const RELEVANT_SQL = {
  lastConversation: `SELECT at FROM touches WHERE person_id = @person AND at < @from AND (direction = 'in' OR outcome IN ('connected', 'replied')) ORDER BY at DESC LIMIT 1`,
  lastResponse: `SELECT at FROM touches WHERE person_id = @person AND at < @from AND response IS NOT NULL ORDER BY at DESC LIMIT 1`,
  lastStop: `SELECT at FROM touches WHERE person_id = @person AND at < @from AND response = 'stop' ORDER BY at DESC LIMIT 1`,
  nthOutbound: `SELECT at FROM touches WHERE person_id = @person AND at < @from AND direction = 'out' ORDER BY at DESC LIMIT 1 OFFSET ${LAST_OUTBOUND - 1}`,
  /** The time of the `@skip + 1`th distinct moment after `@at` that has a contact. */
  nthLater: `SELECT at FROM touches WHERE person_id = @person AND at > @at GROUP BY at ORDER BY at LIMIT 1 OFFSET @skip`,
  tail: `SELECT ${COLUMNS} FROM touches WHERE person_id = @person AND at >= @from AND at <= @until`,
  later: `SELECT ${COLUMNS} FROM touches WHERE person_id = @person AND at > @after AND at <= @until`,
  laterToEnd: `SELECT ${COLUMNS} FROM touches WHERE person_id = @person AND at > @after`,
  outbound: `SELECT ${COLUMNS} FROM touches WHERE person_id = @person AND at >= @after AND at < @from AND direction = 'out'`,
  firstLetter: `SELECT ${COLUMNS} FROM touches WHERE person_id = @person AND at > @after AND at < @from AND direction = 'out' AND kind = 'thank-you-letter' ORDER BY at LIMIT 1`,
  at: `SELECT ${COLUMNS} FROM touches WHERE person_id = @person AND at = @at`,
  /** The last "stop" up to and including the moment `@at`. */
  stopUntil: `SELECT at FROM touches WHERE person_id = @person AND at <= @at AND response = 'stop' ORDER BY at DESC LIMIT 1`,
  letterUntil: `SELECT ${COLUMNS} FROM touches WHERE person_id = @person AND at > @after AND at <= @at AND direction = 'out' AND kind = 'thank-you-letter' ORDER BY at LIMIT 1`,
} as const;

/** How far back the rules count contacts: the 30-day cap, with a day to spare. */
const WINDOW_MS = 31 * 86_400_000;

type Row = LoggedTouch & { id: number };

/**
 * The part of a person's contact log that decides a check at `at` — the same verdict as the whole
 * log, read in a few index steps instead of thousands of rows: the last month, and ahead only the
 * contacts of the next `later` moments after `at` (the search for the next allowed time passes at
 * most one a step), the last conversation and what followed it (the unanswered streak), the last
 * few outbound contacts, the last answer that set a pause, and a "stop" with the thank-you letter
 * after it. A test holds it to the whole log's verdicts.
 */
export function relevantHistory(db: Db, personId: string, at: Date, later: number = MAX_STEPS): LoggedTouch[] {
  return [...historyUntilCheck(db, personId, at), ...historyAfterCheck(db, personId, at, later)];
}

/**
 * The last "stop" they gave up to `at` (every contact of that moment) and the first thank-you letter after it, up to
 * `at`; empty when they never said stop. Once they have, it is all a check of anything but that letter reads.
 */
export function stopHistory(db: Db, personId: string, at: Date): LoggedTouch[] {
  const person = personId;
  const until = at.toISOString();
  const stop = statement(db, RELEVANT_SQL.stopUntil).pluck().get({ person, at: until }) as string | undefined;
  if (stop === undefined) return [];
  return [
    ...(statement(db, RELEVANT_SQL.at).all({ person, at: stop }) as Row[]),
    ...(statement(db, RELEVANT_SQL.letterUntil).all({ person, after: stop, at: until }) as Row[]),
  ];
}

/** Where the part of the log a check reads begins: its last conversation before the month, else the very start. */
function readFrom(db: Db, personId: string, at: Date): string {
  const month = new Date(at.getTime() - WINDOW_MS).toISOString();
  const conversation = statement(db, RELEVANT_SQL.lastConversation).pluck().get({ person: personId, from: month }) as
    string | undefined;
  // From the last conversation on, every contact counts (the unanswered streak): read it all.
  // With no conversation before the month, the streak may reach back to the very first contact.
  return conversation ?? '';
}

/** The part of `relevantHistory` logged up to `at`, that moment included: all a check at `at` itself reads. */
export function historyUntilCheck(db: Db, personId: string, at: Date): LoggedTouch[] {
  const q = (key: keyof typeof RELEVANT_SQL) => statement(db, RELEVANT_SQL[key]);
  const person = personId;
  const from = readFrom(db, personId, at);
  const rows = new Map<number, Row>();
  const add = (list: unknown[]) => {
    for (const row of list as Row[]) rows.set(row.id, row);
  };
  add(q('tail').all({ person, from, until: at.toISOString() }));
  const nth = q('nthOutbound').pluck().get({ person, from }) as string | undefined;
  add(q('outbound').all({ person, from, after: nth ?? '' }));
  const response = q('lastResponse').pluck().get({ person, from }) as string | undefined;
  if (response) add(q('at').all({ person, at: response }));
  const stop = q('lastStop').pluck().get({ person, from }) as string | undefined;
  if (stop) {
    add(q('at').all({ person, at: stop }));
    // After a "stop", what counts is whether the one thank-you letter went out: the first one says so.
    add(q('firstLetter').all({ person, from, after: stop }));
  }
  return [...rows.values()];
}

/**
 * The part of `relevantHistory` logged after `at`: the contacts of the next `later` moments, which only the search
 * for the next allowed time reads.
 */
export function historyAfterCheck(db: Db, personId: string, at: Date, later: number = MAX_STEPS): LoggedTouch[] {
  const person = personId;
  const after = at.toISOString();
  const until = statement(db, RELEVANT_SQL.nthLater)
    .pluck()
    .get({ person, at: after, skip: later - 1 }) as string | undefined;
  return (
    until === undefined
      ? statement(db, RELEVANT_SQL.laterToEnd).all({ person, after })
      : statement(db, RELEVANT_SQL.later).all({ person, after, until })
  ) as Row[];
}

/**
 * Reads a person's contact log again and keeps what it says about the days ahead. Call inside the write's transaction.
 */
export function refreshOutlook(
  db: Db,
  personId: string,
  settings: PolicySettings,
  history: readonly LoggedTouch[] = loggedHistory(db, personId),
): Outlook {
  const outlook = outlookOf(historyUntil(history, Infinity), settings);
  statement(
    db,
    `UPDATE contact_outlook SET stop = ?, pause_kind = ?, pause_until = ?, pause_by_default = ?, ball_in_their_court = ?,
            agreed_until = ?, due_at = ?, due_reason = ?, unanswered_streak = ?
      WHERE person_id = ?`,
  ).run(
    outlook.stop,
    outlook.pauseKind,
    outlook.pauseUntil,
    outlook.pauseByDefault ? 1 : 0,
    outlook.ballInTheirCourt ? 1 : 0,
    outlook.agreedUntil,
    outlook.dueAt,
    outlook.dueReason,
    outlook.unansweredStreak,
    personId,
  );
  return outlook;
}

/** After the pause lengths change, the pauses that took their length from the settings move with them. */
export function refreshDefaultPauses(db: Db, settings: PolicySettings): number {
  const ids = db.prepare('SELECT person_id FROM contact_outlook WHERE pause_by_default = 1').pluck().all() as string[];
  for (const id of ids) refreshOutlook(db, id, settings);
  return ids.length;
}

/** The columns of contact_outlook as an Outlook, for queries that join it as `o`. */
export const OUTLOOK_JSON = `json_object('stop', o.stop, 'pauseKind', o.pause_kind, 'pauseUntil', o.pause_until,
  'pauseByDefault', json(CASE o.pause_by_default WHEN 1 THEN 'true' ELSE 'false' END),
  'ballInTheirCourt', json(CASE o.ball_in_their_court WHEN 1 THEN 'true' ELSE 'false' END),
  'agreedUntil', o.agreed_until, 'dueAt', o.due_at, 'dueReason', o.due_reason, 'unansweredStreak', o.unanswered_streak)`;
