import { historyUntil, outlookOf, type LoggedTouch, type Outlook, type PolicySettings } from '../core/policy';
import type { Db } from './connection';

/** A person's contact log with only what the rules read (the columns of the first schema, so migrations may use it). */
export function loggedHistory(db: Db, personId: string): LoggedTouch[] {
  return db
    .prepare('SELECT at, channel, direction, kind, outcome, response, agreed_next_at AS agreedNextAt FROM touches WHERE person_id = ? ORDER BY at')
    .all(personId) as LoggedTouch[];
}

/** Reads a person's contact log again and keeps what it says about the days ahead. Call inside the write's transaction. */
export function refreshOutlook(db: Db, personId: string, settings: PolicySettings, history: readonly LoggedTouch[] = loggedHistory(db, personId)): Outlook {
  const outlook = outlookOf(historyUntil(history, Infinity), settings);
  db.prepare(
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
