import type { Migration } from './index';

// A person's name as sorted when this migration shipped: accents and case set aside, so Léa sits
// between Lea and Lukas. A copy, not the live key, so replaying 0011 keys names as it did then;
// the triggers below key every later write with the live function the connection registers.
function nameKey0011(name: unknown): unknown {
  return typeof name === 'string'
    ? name
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase()
    : name;
}

// Names all in printable ASCII (most of them) are keyed by SQLite's own lower(), which gives the
// same as the key above without a call into JavaScript for each row.
const keyOf = (column: string, fn: string) =>
  `CASE WHEN ${column} GLOB '*[^ -~]*' THEN ${fn}(${column}) ELSE lower(${column}) END`;

// People are listed by a stored, indexed sort key instead of one computed for everyone on every
// page. Filling it in uses this migration's own copy of the key; from then on the triggers keep it
// with politely_name_key, which every connection registers before it migrates. A row that arrives
// with its key already right (bulk adds compute it) costs no second write. The indexes on kind and
// company replace the ones that had only those columns first.
export const migration0011: Migration = {
  version: 11,
  name: 'name keys',
  up(db) {
    db.function('politely_name_key_0011', { deterministic: true }, nameKey0011);
    db.exec(`
      ALTER TABLE people ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
      UPDATE people SET name_key = ${keyOf('name', 'politely_name_key_0011')};

      DROP INDEX people_kind_name;
      DROP INDEX people_company;
      CREATE INDEX people_name_key ON people(name_key, name, id);
      CREATE INDEX people_kind_name_key ON people(kind, name_key, name, id);
      CREATE INDEX people_company_name_key ON people(company_id, name_key, name, id);
      CREATE INDEX people_created ON people(created_at, id);
      CREATE INDEX people_kind_created ON people(kind, created_at, id);

      CREATE TRIGGER people_name_key_insert AFTER INSERT ON people
        WHEN new.name_key IS NOT ${keyOf('new.name', 'politely_name_key')} BEGIN
        UPDATE people SET name_key = ${keyOf('new.name', 'politely_name_key')} WHERE rowid = new.rowid;
      END;
      CREATE TRIGGER people_name_key_update AFTER UPDATE OF name, name_key ON people
        WHEN new.name_key IS NOT ${keyOf('new.name', 'politely_name_key')} BEGIN
        UPDATE people SET name_key = ${keyOf('new.name', 'politely_name_key')} WHERE rowid = new.rowid;
      END;
    `);
  },
};
