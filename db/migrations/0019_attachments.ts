import type { Migration } from './index';

// Documents kept with a person (a CV above all), inside the profile's encrypted file, so no copy ever sits in the
// data folder in the clear. The list (attachments) is apart from the bytes (attachment_files), so listing a person's
// documents never reads a 20 MB row. The bytes are one BLOB each, not chunks: SQLite already keeps a large BLOB as a
// chain of overflow pages, a document is at most 20 MB and is always read and written whole (an RPC answer carries it
// in one piece), so chunks would add bookkeeping and save nothing.
// Their words are indexed in a full-text table of their own rather than in the person's entry: a CV's thousands of
// words would weigh down the person's ranking by name, and the person's entry is rewritten by triggers on people
// that know nothing of documents. A document's entry carries the document's \`entry\` as its rowid (an INTEGER PRIMARY
// KEY, which VACUUM never renumbers); erasing the person cascades to the document, whose trigger clears its entry, and
// secure-delete takes erased words out of the index at once. The name starts with search_ like the other indexes, so
// the whole-profile export, which leaves indexes out, leaves it out too.
const TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4 5 6'";

export const migration0019: Migration = {
  version: 19,
  name: 'attachments',
  up(db) {
    db.exec(`
      CREATE TABLE attachments (
        entry INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
        type TEXT NOT NULL CHECK (type IN ('pdf', 'docx', 'txt')),
        size INTEGER NOT NULL CHECK (size > 0),
        added_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX attachments_person ON attachments (person_id, added_at);
      CREATE TABLE attachment_files (
        attachment_id TEXT PRIMARY KEY REFERENCES attachments(id) ON DELETE CASCADE,
        bytes BLOB NOT NULL
      ) STRICT;
      CREATE VIRTUAL TABLE search_attachments USING fts5(text, ${TOKENIZE});
      INSERT INTO search_attachments (search_attachments, rank) VALUES ('secure-delete', 1);
      CREATE TRIGGER attachments_search_delete AFTER DELETE ON attachments BEGIN
        DELETE FROM search_attachments WHERE rowid = old.entry;
      END;
    `);
  },
};
