import type { Migration } from './index';

// Full-text search over people, companies, positions and the contact log, kept in step by the
// database itself: every insert, update and delete of those rows updates the index.
const SOURCES = [
  {
    table: 'people',
    kind: 'person',
    title: 'new.name',
    body: "coalesce(new.email, '') || ' ' || coalesce(new.title, '') || ' ' || coalesce(new.location, '') || ' ' || coalesce(new.notes, '')",
  },
  {
    table: 'companies',
    kind: 'company',
    title: 'new.name',
    body: "coalesce(new.website, '') || ' ' || coalesce(new.notes, '')",
  },
  {
    table: 'positions',
    kind: 'position',
    title: 'new.title',
    body: "coalesce(new.location, '') || ' ' || new.description",
  },
  { table: 'touches', kind: 'touch', title: "new.channel || ' ' || new.kind", body: "coalesce(new.summary, '')" },
] as const;

export const migration0005: Migration = {
  version: 5,
  name: 'search',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, ref UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2');
    `);
    for (const s of SOURCES) {
      const old = (expr: string) => expr.replace(/new\./g, 'old.');
      db.exec(`
        CREATE TRIGGER ${s.table}_search_insert AFTER INSERT ON ${s.table} BEGIN
          INSERT INTO search_index (kind, ref, title, body) VALUES ('${s.kind}', new.id, ${s.title}, ${s.body});
        END;
        CREATE TRIGGER ${s.table}_search_update AFTER UPDATE ON ${s.table} BEGIN
          DELETE FROM search_index WHERE ref = old.id AND kind = '${s.kind}';
          INSERT INTO search_index (kind, ref, title, body) VALUES ('${s.kind}', new.id, ${s.title}, ${s.body});
        END;
        CREATE TRIGGER ${s.table}_search_delete AFTER DELETE ON ${s.table} BEGIN
          DELETE FROM search_index WHERE ref = old.id AND kind = '${s.kind}';
        END;
        INSERT INTO search_index (kind, ref, title, body) SELECT '${s.kind}', id, ${old(s.title).replace(/old\./g, '')}, ${old(s.body).replace(/old\./g, '')} FROM ${s.table};
      `);
    }
  },
};
