import type { PersonKind } from '../core/model';
import type { Db } from './connection';

export interface PersonBrief {
  id: string;
  name: string;
  kind: PersonKind;
}

/** Who the people with these ids are (a few hundred at most), by id: an id no one has is missing from the map. */
export function peopleByIds(db: Db, personIds: readonly string[]): Map<string, PersonBrief> {
  if (personIds.length === 0) return new Map();
  const rows = db
    .prepare(`SELECT id, name, kind FROM people WHERE id IN (${personIds.map(() => '?').join(', ')})`)
    .all(...personIds) as PersonBrief[];
  return new Map(rows.map((row) => [row.id, row]));
}
