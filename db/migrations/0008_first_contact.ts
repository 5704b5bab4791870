import type { Migration } from './index';

const OLD_KINDS = "kind IN ('follow-up',";
const NEW_KINDS = "kind IN ('first-contact', 'follow-up',";

// The opening message becomes a kind of its own, `first-contact`. SQLite cannot change a CHECK
// in place, so the touches table is rebuilt the way SQLite's ALTER TABLE page prescribes: a new
// table from the same definition with the one CHECK widened, every row copied, the old one
// dropped, the new one renamed, its indexes and triggers made again. The definitions are read
// from the file itself, so whatever columns, indexes and triggers earlier versions gave the
// table come through as they were.
export const migration0008: Migration = {
  version: 8,
  name: 'first-contact kind',
  up(db) {
    const table = db
      .prepare(`SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'touches'`)
      .pluck()
      .get() as string;
    if (!table.includes(OLD_KINDS)) throw new Error('The touches table does not have the kinds this version expects.');
    // In the order they were first made: where two indexes cost the same, the query planner's choice follows it.
    const dependents = db
      .prepare(
        `SELECT sql FROM sqlite_schema
          WHERE tbl_name = 'touches' AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY rowid`,
      )
      .pluck()
      .all() as string[];
    db.exec(table.replace(/^CREATE TABLE touches\b/, 'CREATE TABLE touches_rebuilt').replace(OLD_KINDS, NEW_KINDS));
    // The new table has no triggers yet, so copying does not index the summaries for search a second time.
    db.exec(`
      INSERT INTO touches_rebuilt SELECT * FROM touches;
      DROP TABLE touches;
      ALTER TABLE touches_rebuilt RENAME TO touches;
    `);
    for (const sql of dependents) db.exec(sql);
  },
};
