import type { OverrideRow } from '../core/reports';
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

export const OUTBOUND_BETWEEN = "SELECT at, person_id AS personId FROM touches WHERE at >= ? AND at < ? AND direction = 'out'";

/** Outbound contacts in [from, to), for the breadth report. */
export function outboundBetween(db: Db, from: string, to: string): { at: string; personId: string }[] {
  return db.prepare(OUTBOUND_BETWEEN).all(from, to) as { at: string; personId: string }[];
}
