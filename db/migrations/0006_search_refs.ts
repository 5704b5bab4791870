import type { Migration } from './index';

// Search that stays fast and forgets on request. Version 5 kept one full-text table keyed by
// nothing it could look up, so every edit and erasure scanned the whole index. Now each indexed
// row has a stable number in `search_refs` (an INTEGER PRIMARY KEY, which VACUUM never renumbers),
// and the full-text rows carry that number as their rowid: an edit or a deletion is one lookup.
// People, companies and positions share one ranked index; the contact log, ten times larger,
// has its own, read newest first. Both delete securely: an erased word leaves the index at once
// instead of waiting for the next merge.
const ENTITIES = [
  {
    table: 'people',
    kind: 'person',
    columns: ['name', 'email', 'title', 'location', 'notes'],
    title: 'new.name',
    body: "coalesce(new.email, '') || ' ' || coalesce(new.title, '') || ' ' || coalesce(new.location, '') || ' ' || coalesce(new.notes, '')",
  },
  {
    table: 'companies',
    kind: 'company',
    columns: ['name', 'website', 'notes'],
    title: 'new.name',
    body: "coalesce(new.website, '') || ' ' || coalesce(new.notes, '')",
  },
  {
    table: 'positions',
    kind: 'position',
    columns: ['title', 'location', 'description'],
    title: 'new.title',
    body: "coalesce(new.location, '') || ' ' || new.description",
  },
] as const;

// Prefixes of up to four letters get an index of their own, so the first keystrokes of a search
// read one list instead of merging every word that starts with them (db/search.ts).
const TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4'";

/** The rowid `search_refs` gave to one source row. */
const refOf = (kind: string, row: 'new' | 'old') =>
  `(SELECT id FROM search_refs WHERE ref = ${row}.id AND kind = '${kind}')`;

export const migration0006: Migration = {
  version: 6,
  name: 'search refs',
  up(db) {
    for (const table of ['people', 'companies', 'positions', 'touches']) {
      db.exec(
        `DROP TRIGGER ${table}_search_insert; DROP TRIGGER ${table}_search_update; DROP TRIGGER ${table}_search_delete;`,
      );
    }
    db.exec(`
      DROP TABLE search_index;
      CREATE TABLE search_refs (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('person', 'company', 'position', 'touch')),
        ref TEXT NOT NULL,
        UNIQUE (ref, kind)
      ) STRICT;
      CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, ref UNINDEXED, title, body, ${TOKENIZE});
      CREATE VIRTUAL TABLE touch_search USING fts5(ref UNINDEXED, summary, ${TOKENIZE});
      INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1);
      INSERT INTO touch_search (touch_search, rank) VALUES ('secure-delete', 1);
    `);
    for (const s of ENTITIES) {
      const existing = (expr: string) => expr.replace(/new\./g, 's.');
      db.exec(`
        CREATE TRIGGER ${s.table}_search_insert AFTER INSERT ON ${s.table} BEGIN
          INSERT INTO search_refs (kind, ref) VALUES ('${s.kind}', new.id);
          INSERT INTO search_index (rowid, kind, ref, title, body) VALUES (last_insert_rowid(), '${s.kind}', new.id, ${s.title}, ${s.body});
        END;
        CREATE TRIGGER ${s.table}_search_update AFTER UPDATE OF ${s.columns.join(', ')} ON ${s.table} BEGIN
          UPDATE search_index SET title = ${s.title}, body = ${s.body} WHERE rowid = ${refOf(s.kind, 'new')};
        END;
        CREATE TRIGGER ${s.table}_search_delete AFTER DELETE ON ${s.table} BEGIN
          DELETE FROM search_index WHERE rowid = ${refOf(s.kind, 'old')};
          DELETE FROM search_refs WHERE ref = old.id AND kind = '${s.kind}';
        END;
        INSERT INTO search_refs (kind, ref) SELECT '${s.kind}', id FROM ${s.table} ORDER BY rowid;
        INSERT INTO search_index (rowid, kind, ref, title, body)
          SELECT r.id, '${s.kind}', s.id, ${existing(s.title)}, ${existing(s.body)}
            FROM ${s.table} s JOIN search_refs r ON r.ref = s.id AND r.kind = '${s.kind}';
      `);
    }
    // Contacts without a summary have nothing to find, so only summaries are indexed.
    db.exec(`
      CREATE TRIGGER touches_search_insert AFTER INSERT ON touches WHEN new.summary IS NOT NULL BEGIN
        INSERT INTO search_refs (kind, ref) VALUES ('touch', new.id);
        INSERT INTO touch_search (rowid, ref, summary) VALUES (last_insert_rowid(), new.id, new.summary);
      END;
      CREATE TRIGGER touches_search_update AFTER UPDATE OF summary ON touches BEGIN
        DELETE FROM touch_search WHERE rowid = ${refOf('touch', 'old')};
        DELETE FROM search_refs WHERE ref = old.id AND kind = 'touch';
        INSERT INTO search_refs (kind, ref) SELECT 'touch', new.id WHERE new.summary IS NOT NULL;
        INSERT INTO touch_search (rowid, ref, summary) SELECT last_insert_rowid(), new.id, new.summary WHERE new.summary IS NOT NULL;
      END;
      CREATE TRIGGER touches_search_delete AFTER DELETE ON touches WHEN old.summary IS NOT NULL BEGIN
        DELETE FROM touch_search WHERE rowid = ${refOf('touch', 'old')};
        DELETE FROM search_refs WHERE ref = old.id AND kind = 'touch';
      END;
      INSERT INTO search_refs (kind, ref) SELECT 'touch', id FROM touches WHERE summary IS NOT NULL ORDER BY at;
      INSERT INTO touch_search (rowid, ref, summary)
        SELECT r.id, t.id, t.summary FROM touches t JOIN search_refs r ON r.ref = t.id AND r.kind = 'touch';
    `);
  },
};
