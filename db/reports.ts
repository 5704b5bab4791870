import type { ResponseClass } from '../core/model';
import type { ApplicationStart, OverrideRow, StageEvent } from '../core/reports';
import type { Db } from './connection';
import { listTouches } from './touches';

/** Contacts logged although a hard rule said no, newest first, with whom they went to. */
export function overrides(db: Db, limit: number): OverrideRow[] {
  const touches = listTouches(db, { flagged: true, limit });
  const names = new Map<string, string>();
  const name = db.prepare('SELECT name FROM people WHERE id = ?').pluck();
  for (const t of touches) if (!names.has(t.personId)) names.set(t.personId, name.get(t.personId) as string);
  return touches.map((t) => ({ ...t, personName: names.get(t.personId)! }));
}

/** Each pair of what the reply reader read and what the recruiter kept, with how many contacts had it. */
export function readingPairs(db: Db): { readAs: ResponseClass; response: ResponseClass; count: number }[] {
  return db
    .prepare(
      'SELECT read_as AS readAs, response, count(*) AS count FROM touches WHERE read_as IS NOT NULL AND response IS NOT NULL GROUP BY read_as, response',
    )
    .all() as { readAs: ResponseClass; response: ResponseClass; count: number }[];
}

export const OUTBOUND_BETWEEN =
  "SELECT at, person_id AS personId FROM touches WHERE at >= ? AND at < ? AND direction = 'out'";

/** Outbound contacts in [from, to), for the breadth report. */
export function outboundBetween(db: Db, from: string, to: string): { at: string; personId: string }[] {
  return db.prepare(OUTBOUND_BETWEEN).all(from, to) as { at: string; personId: string }[];
}

/** What marks an audit entry as an application's stage change. */
const STAGE_CHANGE = "entity = 'application' AND action = 'update' AND json_extract(changes, '$.stage') IS NOT NULL";

/** The applications ever moved, by rowid, so the never-moved can be counted from an index alone. */
const MOVED = `SELECT rowid FROM applications WHERE id IN (SELECT entity_id FROM audit_log WHERE ${STAGE_CHANGE})`;

/**
 * The stage history of every application ever moved: its start, and every stage change the audit
 * log holds for it, in order. Most applications never move; the reports count those apart
 * (unmovedByPosition, unmovedWaiting) instead of reading each one.
 */
export function stageHistory(db: Db): { apps: ApplicationStart[]; events: StageEvent[] } {
  const apps = db
    .prepare(
      `SELECT id, position_id AS positionId, created_at AS createdAt FROM applications WHERE rowid IN (${MOVED})`,
    )
    .all() as ApplicationStart[];
  const events = db
    .prepare(
      `SELECT entity_id AS applicationId, at, json_extract(changes, '$.stage[1]') AS stage, json_extract(changes, '$.undo') IS NOT NULL AS undo
         FROM audit_log WHERE ${STAGE_CHANGE} ORDER BY id`,
    )
    .all() as (Omit<StageEvent, 'undo'> & { undo: number })[];
  return { apps, events: events.map((e) => ({ ...e, undo: e.undo === 1 })) };
}

/** How many applications of each position never moved: still in their first stage. Read from an index alone. */
export function unmovedByPosition(db: Db): Map<string, number> {
  const rows = db
    .prepare(`SELECT position_id, count(*) FROM applications WHERE rowid NOT IN (${MOVED}) GROUP BY position_id`)
    .raw()
    .all() as [string, number][];
  return new Map(rows);
}

/** How many applications never moved, and when the longest-waiting of them was added. */
export function unmovedWaiting(db: Db): { count: number; since: number } {
  const row = db
    .prepare(`SELECT count(*) AS count, min(created_at) AS since FROM applications WHERE rowid NOT IN (${MOVED})`)
    .get() as { count: number; since: string | null };
  return { count: row.count, since: row.since === null ? Infinity : Date.parse(row.since) };
}

/** The positions that have applications, with their company, by title. */
export function positionsWithApplications(db: Db): { positionId: string; title: string; companyName: string }[] {
  return db
    .prepare(
      `SELECT p.id AS positionId, p.title, c.name AS companyName FROM positions p JOIN companies c ON c.id = p.company_id
        WHERE EXISTS (SELECT 1 FROM applications a WHERE a.position_id = p.id) ORDER BY p.title COLLATE NOCASE, c.name COLLATE NOCASE`,
    )
    .all() as { positionId: string; title: string; companyName: string }[];
}

export interface RecordCounts {
  companies: number;
  positions: number;
  candidates: number;
  contacts: number;
  interviews: number;
  touches: number;
}

/** How many of each record the profile holds. */
export function recordCounts(db: Db): RecordCounts {
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM companies) AS companies, (SELECT count(*) FROM positions) AS positions,
              (SELECT count(*) FROM people WHERE kind = 'candidate') AS candidates,
              (SELECT count(*) FROM people WHERE kind = 'contact') AS contacts,
              (SELECT count(*) FROM interviews) AS interviews, (SELECT count(*) FROM touches) AS touches`,
    )
    .get() as RecordCounts;
}
