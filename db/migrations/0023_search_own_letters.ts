import type { Migration } from './index';

// Letters that are not a letter plus an accent (ß, æ, œ, ø, ł, đ, ı, ħ) were left whole when names were keyed and
// indexed, so "weiss" did not find Weiß, "lukasz" did not find Łukasz, and Łukasz sorted after Zoë. Politely's name
// key now writes them as a reader without them types them (core/names.ts); this keys the names that hold one again,
// and indexes each such name, folded, after the rest of its entry, so either spelling finds it.
const OWN_LETTER = "'*[ßẞæÆœŒøØłŁđĐıħĦ]*'";
const folded = (column: string, key = 'politely_name_key') =>
  `CASE WHEN ${column} GLOB ${OWN_LETTER} THEN ' ' || ${key}(${column}) ELSE '' END`;

// The name key as this version defines it, kept here: the live politely_name_key may change after it (the
// triggers below use the live one, as new rows should).
const OWN_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  ħ: 'h',
};
const nameKey0023 = (name: unknown) =>
  typeof name === 'string'
    ? name
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase()
        .replace(/[ßæœøłđıħ]/gu, (letter) => OWN_LETTERS[letter]!)
    : name;

const PERSON_BASE = [
  "coalesce(new.email, '') || ' ' || coalesce(new.title, '') || ' ' || coalesce(new.location, '')",
  "' ' || coalesce(new.notes, '') || coalesce(' ' || new.employer, '')",
].join(' || ');
const PERSON_TAGS =
  "coalesce(' ' || (SELECT group_concat(t.tag, ' ' ORDER BY t.position) FROM person_tags t " +
  "WHERE t.person_id = new.id), '')";
const ref = (kind: string) => `(SELECT id FROM search_refs WHERE ref = new.id AND kind = '${kind}')`;

export const migration0023: Migration = {
  version: 23,
  name: 'search own letters',
  up(db) {
    db.function('politely_name_key_0023', { deterministic: true }, nameKey0023);
    // The keys' own triggers (0011, 0015) would key each row again with the live function: they are set aside
    // while the keys are written, and made again exactly as they were.
    const keyTriggers = db
      .prepare(
        `SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'
            AND name IN ('people_name_key_update', 'companies_name_key_update', 'positions_title_key_update')`,
      )
      .all() as { name: string; sql: string }[];
    for (const { name } of keyTriggers) db.exec(`DROP TRIGGER ${name}`);
    db.exec(`
      UPDATE people SET name_key = politely_name_key_0023(name) WHERE name GLOB ${OWN_LETTER};
      UPDATE companies SET name_key = politely_name_key_0023(name) WHERE name GLOB ${OWN_LETTER};
      UPDATE positions SET title_key = politely_name_key_0023(title) WHERE title GLOB ${OWN_LETTER};
    `);
    for (const { sql } of keyTriggers) db.exec(sql);
    db.exec(`

      DROP TRIGGER people_search_insert;
      CREATE TRIGGER people_search_insert AFTER INSERT ON people BEGIN
        INSERT INTO search_refs (kind, ref) VALUES ('person', new.id);
        INSERT INTO search_index (rowid, kind, ref, title, body)
          VALUES (last_insert_rowid(), 'person', new.id, new.name, ${PERSON_BASE} || ${folded('new.name')});
      END;
      DROP TRIGGER people_search_update;
      CREATE TRIGGER people_search_update AFTER UPDATE OF name, email, title, location, notes, employer ON people BEGIN
        UPDATE search_index SET title = new.name, body = ${PERSON_BASE} || ${PERSON_TAGS} || ${folded('new.name')}
         WHERE rowid = ${ref('person')};
      END;

      DROP TRIGGER companies_search_insert;
      CREATE TRIGGER companies_search_insert AFTER INSERT ON companies BEGIN
        INSERT INTO search_refs (kind, ref) VALUES ('company', new.id);
        INSERT INTO search_index (rowid, kind, ref, title, body) VALUES (last_insert_rowid(), 'company', new.id, new.name,
          coalesce(new.website, '') || ' ' || coalesce(new.notes, '') || ${folded('new.name')});
      END;
      DROP TRIGGER companies_search_update;
      CREATE TRIGGER companies_search_update AFTER UPDATE OF name, website, notes ON companies BEGIN
        UPDATE search_index SET title = new.name,
               body = coalesce(new.website, '') || ' ' || coalesce(new.notes, '') || ${folded('new.name')}
         WHERE rowid = ${ref('company')};
      END;

      DROP TRIGGER positions_search_insert;
      CREATE TRIGGER positions_search_insert AFTER INSERT ON positions BEGIN
        INSERT INTO search_refs (kind, ref) VALUES ('position', new.id);
        INSERT INTO search_index (rowid, kind, ref, title, body) VALUES (last_insert_rowid(), 'position', new.id, new.title,
          coalesce(new.location, '') || ' ' || new.description || ${folded('new.title')});
      END;
      DROP TRIGGER positions_search_update;
      CREATE TRIGGER positions_search_update AFTER UPDATE OF title, location, description ON positions BEGIN
        UPDATE search_index SET title = new.title,
               body = coalesce(new.location, '') || ' ' || new.description || ${folded('new.title')}
         WHERE rowid = ${ref('position')};
      END;

      UPDATE search_index SET body = body || ${folded('title', 'politely_name_key_0023')}
       WHERE kind IN ('person', 'company', 'position') AND title GLOB ${OWN_LETTER};
    `);
  },
};
