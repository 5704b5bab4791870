import type { Migration } from './index';

// A person's tags, in the recruiter's order, after what version 10 indexed, so a person without tags keeps their entry
// to the character.
const PERSON_BODY = [
  "coalesce(new.email, '') || ' ' || coalesce(new.title, '') || ' ' || coalesce(new.location, '')",
  "' ' || coalesce(new.notes, '') || coalesce(' ' || new.employer, '')",
  "coalesce(' ' || (SELECT group_concat(t.tag, ' ' ORDER BY t.position) FROM person_tags t " +
    "WHERE t.person_id = new.id), '')",
].join(' || ');
const PERSON_REF = "(SELECT id FROM search_refs WHERE ref = new.id AND kind = 'person')";

// Free tags on people, and filters saved under a name. A tag keeps the spelling first given ("Go"); `key` is what
// spellings share ("go"), worked out by Politely, as SQLite's own lower() folds only ASCII. The tags of a person are
// read by the primary key; the people with a tag by people_tags_by_key, which also holds each spelling, so counting
// the tags in use reads that index alone. Erasing a person takes their tags with them. Editing a person re-indexes
// them for search with their tags; setting the tags re-indexes them too (db/tags.ts).
export const migration0016: Migration = {
  version: 16,
  name: 'tags',
  up(db) {
    db.exec(`
      CREATE TABLE person_tags (
        person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        key TEXT NOT NULL CHECK (length(key) > 0),
        tag TEXT NOT NULL CHECK (length(tag) BETWEEN 1 AND 40),
        position INTEGER NOT NULL,
        PRIMARY KEY (person_id, key)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX person_tags_by_key ON person_tags(key, tag, person_id);

      CREATE TABLE saved_filters (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) > 0),
        name_key TEXT NOT NULL,
        screen TEXT NOT NULL CHECK (screen IN ('people', 'pipeline')),
        query TEXT,
        tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
        kind TEXT CHECK (kind IN ('candidate', 'contact')),
        position_id TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX saved_filters_name ON saved_filters(screen, name_key);

      DROP TRIGGER people_search_update;
      CREATE TRIGGER people_search_update AFTER UPDATE OF name, email, title, location, notes, employer ON people BEGIN
        UPDATE search_index SET title = new.name, body = ${PERSON_BODY} WHERE rowid = ${PERSON_REF};
      END;
    `);
  },
};
