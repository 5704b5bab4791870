import type { Db } from './connection';

/** The employers candidates have, most common first (then by name), at most `limit` of them. */
export function listEmployers(db: Db, limit: number): string[] {
  return db
    .prepare(
      `SELECT employer FROM people WHERE kind = 'candidate' AND employer IS NOT NULL
        GROUP BY employer ORDER BY count(*) DESC, employer COLLATE NOCASE LIMIT ?`,
    )
    .pluck()
    .all(limit) as string[];
}
