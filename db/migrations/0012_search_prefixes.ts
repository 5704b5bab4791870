import type { Migration } from './index';

// Five- and six-letter prefixes get an index of their own too. Without one, a prefix query merges
// the list of every word that starts with it before it can answer: "check" read the 800,000
// contacts that hold "checked" (40 ms at 100,000 people) to list the newest twenty, and "perso" the
// 100,000 addresses person1@…, person2@…. FTS5 fixes its prefix indexes when a table is made, so
// both tables are made again with the same rows under the same rowids (the search_refs numbers);
// the triggers name the tables, not the old ones, so they go on working unchanged.
const TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4 5 6'";

export const migration0012: Migration = {
  version: 12,
  name: 'search prefixes',
  up(db) {
    db.exec(`
      CREATE TEMP TABLE entities_kept AS SELECT rowid AS id, kind, ref, title, body FROM search_index;
      CREATE TEMP TABLE touches_kept AS SELECT rowid AS id, ref, summary FROM touch_search;
      DROP TABLE search_index;
      DROP TABLE touch_search;
      CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, ref UNINDEXED, title, body, ${TOKENIZE});
      CREATE VIRTUAL TABLE touch_search USING fts5(ref UNINDEXED, summary, ${TOKENIZE});
      INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1);
      INSERT INTO touch_search (touch_search, rank) VALUES ('secure-delete', 1);
      INSERT INTO search_index (rowid, kind, ref, title, body)
        SELECT id, kind, ref, title, body FROM temp.entities_kept ORDER BY id;
      INSERT INTO touch_search (rowid, ref, summary) SELECT id, ref, summary FROM temp.touches_kept ORDER BY id;
      DROP TABLE temp.entities_kept;
      DROP TABLE temp.touches_kept;
    `);
  },
};
