import type { Migration } from './index';

// A name as sorted when this migration shipped: accents and case set aside, so Émeraude sits between
// Eden and Ezra. A copy, not the live key, so replaying 0015 keys names as it did then; the triggers
// below key every later write with the live function the connection registers.
function nameKey0015(name: unknown): unknown {
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

/** A stored key for `table.column` in `keyColumn`, filled in now and kept by triggers from then on. */
function keyed(table: string, column: string, keyColumn: string): string {
  const live = keyOf(`new.${column}`, 'politely_name_key');
  return `
    ALTER TABLE ${table} ADD COLUMN ${keyColumn} TEXT NOT NULL DEFAULT '';
    UPDATE ${table} SET ${keyColumn} = ${keyOf(column, 'politely_name_key_0015')};
    CREATE TRIGGER ${table}_${keyColumn}_insert AFTER INSERT ON ${table}
      WHEN new.${keyColumn} IS NOT ${live} BEGIN
      UPDATE ${table} SET ${keyColumn} = ${live} WHERE rowid = new.rowid;
    END;
    CREATE TRIGGER ${table}_${keyColumn}_update AFTER UPDATE OF ${column}, ${keyColumn} ON ${table}
      WHEN new.${keyColumn} IS NOT ${live} BEGIN
      UPDATE ${table} SET ${keyColumn} = ${live} WHERE rowid = new.rowid;
    END;`;
}

// Companies are listed by name and positions by title, accents and case aside, a page at a time from
// where the last ended: a stored, indexed key lets each page read only its own rows, as people's do
// (migration 0011). Positions are also listed for one client or in one status, each with its own
// index; the one on the client replaces the index that had only the client.
export const migration0015: Migration = {
  version: 15,
  name: 'company and position name keys',
  up(db) {
    db.function('politely_name_key_0015', { deterministic: true }, nameKey0015);
    db.exec(`
      ${keyed('companies', 'name', 'name_key')}
      ${keyed('positions', 'title', 'title_key')}
      CREATE INDEX companies_name_key ON companies(name_key, name, id);
      DROP INDEX positions_company;
      CREATE INDEX positions_title_key ON positions(title_key, title, id);
      CREATE INDEX positions_company_title_key ON positions(company_id, title_key, title, id);
      CREATE INDEX positions_status_title_key ON positions(status, title_key, title, id);
    `);
  },
};
