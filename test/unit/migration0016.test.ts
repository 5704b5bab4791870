import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { erasePerson } from '../../db/dataRights';
import { MIGRATIONS, migrate } from '../../db/migrations';
import { registerNameKey } from '../../db/nameKey';
import { search } from '../../db/search';
import { setTags, tagCounts, tagsOf } from '../../db/tags';

const T0 = '2026-01-05T09:00:00.000Z';

/** A version-15 profile with two people, one with notes and an employer, as an upgrade finds it. */
function version15Profile(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  registerNameKey(db);
  migrate(db, MIGRATIONS.slice(0, 15));
  const person = db.prepare(
    `INSERT INTO people (id, kind, name, notes, employer, created_at, updated_at)
     VALUES (?, 'candidate', ?, ?, ?, ?, ?)`,
  );
  person.run('ada', 'Ada Okafor', 'likes kayaks', 'Initech', T0, T0);
  person.run('bo', 'Bo Lind', null, null, T0, T0);
  return db;
}

const entry = (db: Database.Database, id: string) =>
  db.prepare("SELECT title, body FROM search_index WHERE ref = ? AND kind = 'person'").get(id);

describe('migration 16: tags on people and saved filters', () => {
  it('adds empty tables and leaves every search entry as it was', () => {
    const db = version15Profile();
    const before = [entry(db, 'ada'), entry(db, 'bo')];
    migrate(db, MIGRATIONS.slice(0, 16));
    expect(db.pragma('user_version', { simple: true })).toBe(16);
    expect(db.prepare('SELECT count(*) FROM person_tags').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM saved_filters').pluck().get()).toBe(0);
    expect([entry(db, 'ada'), entry(db, 'bo')]).toEqual(before);
    // An edit with no tags indexes what version 15 would have.
    db.prepare("UPDATE people SET notes = 'likes canoes' WHERE id = 'ada'").run();
    expect(entry(db, 'ada')).toEqual({ title: 'Ada Okafor', body: '   likes canoes Initech' });
  });

  it('indexes tags after the rest, in the order given, through later edits of the person', () => {
    const db = version15Profile();
    migrate(db, MIGRATIONS.slice(0, 16));
    db.transaction(() => setTags(db, 'ada', ['Go', 'Senior'], T0))();
    expect(entry(db, 'ada')).toEqual({ title: 'Ada Okafor', body: '   likes kayaks Initech Go Senior' });
    db.prepare("UPDATE people SET employer = NULL, name = 'Ada O.' WHERE id = 'ada'").run();
    expect(entry(db, 'ada')).toEqual({ title: 'Ada O.', body: '   likes kayaks Go Senior' });
    expect(search(db, 'senior', 10).map((h) => h.id)).toEqual(['ada']);
  });

  it('refuses two spellings of one tag for one person, and takes a person’s tags when they are erased', () => {
    const db = version15Profile();
    migrate(db, MIGRATIONS.slice(0, 16));
    db.transaction(() => {
      setTags(db, 'ada', ['Go', 'Berlin'], T0);
      setTags(db, 'bo', ['go'], T0);
    })();
    expect(() =>
      db.prepare("INSERT INTO person_tags (person_id, key, tag, position) VALUES ('ada', 'go', 'GO', 5)").run(),
    ).toThrow(/UNIQUE/);
    expect(() =>
      db.prepare("INSERT INTO person_tags (person_id, key, tag, position) VALUES ('nobody', 'x', 'x', 0)").run(),
    ).toThrow(/FOREIGN KEY/);
    db.transaction(() => erasePerson(db, 'ada', T0))();
    expect(tagsOf(db, 'ada')).toEqual([]);
    expect(tagCounts(db)).toEqual([{ tag: 'go', count: 1 }]);
  });

  it('keeps one saved filter of a name on each screen', () => {
    const db = version15Profile();
    migrate(db, MIGRATIONS.slice(0, 16));
    const insert = db.prepare(
      `INSERT INTO saved_filters (id, name, name_key, screen, tags, created_at, updated_at)
       VALUES (?, 'Go', 'go', ?, '["Go"]', ?, ?)`,
    );
    insert.run('f1', 'people', T0, T0);
    insert.run('f2', 'pipeline', T0, T0);
    expect(() => insert.run('f3', 'people', T0, T0)).toThrow(/UNIQUE/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO saved_filters (id, name, name_key, screen, tags, created_at, updated_at)
           VALUES ('f4', 'x', 'x', 'people', 'not json', 'x', 'x')`,
        )
        .run(),
    ).toThrow(/CHECK/);
  });
});
