import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../db/migrations';
import { migration0019 } from '../../db/migrations/0019_attachments';
import { registerNameKey } from '../../db/nameKey';

const T0 = '2026-01-05T09:00:00.000Z';

/** A profile as an upgrade to 19 finds it: every migration before 19, with a person in it. */
function profileBefore19(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  registerNameKey(db);
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version < 19),
  );
  db.prepare("INSERT INTO people (id, kind, name, created_at, updated_at) VALUES ('p', 'candidate', 'Ada', ?, ?)").run(
    T0,
    T0,
  );
  return db;
}

const upgrade = (db: Database.Database) => db.transaction(() => migration0019.up(db))();

const addDocument = (db: Database.Database, id: string, text: string) => {
  const { lastInsertRowid } = db
    .prepare(
      "INSERT INTO attachments (id, person_id, name, type, size, added_at) VALUES (?, 'p', 'cv.pdf', 'pdf', 4, ?)",
    )
    .run(id, T0);
  db.prepare('INSERT INTO attachment_files (attachment_id, bytes) VALUES (?, ?)').run(id, Buffer.from('%PDF'));
  db.prepare('INSERT INTO search_attachments (rowid, text) VALUES (?, ?)').run(lastInsertRowid, text);
};

const count = (db: Database.Database, table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

describe('migration 19: documents kept with a person', () => {
  it('adds empty STRICT tables and a search index that deletes securely, leaving people as they were', () => {
    const db = profileBefore19();
    upgrade(db);
    const tables = db
      .prepare("SELECT name, strict FROM pragma_table_list WHERE name IN ('attachments', 'attachment_files')")
      .all();
    expect(tables).toEqual(
      expect.arrayContaining([
        { name: 'attachments', strict: 1 },
        { name: 'attachment_files', strict: 1 },
      ]),
    );
    expect([count(db, 'attachments'), count(db, 'attachment_files'), count(db, 'search_attachments')]).toEqual([
      0, 0, 0,
    ]);
    expect(db.prepare("SELECT v FROM search_attachments_config WHERE k = 'secure-delete'").pluck().get()).toBe(1);
    expect(db.prepare('SELECT name FROM people').all()).toEqual([{ name: 'Ada' }]);
  });

  it('is in the list, so opening an older profile adds the tables', () => {
    const db = profileBefore19();
    migrate(db);
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(19);
    expect(count(db, 'attachments')).toBe(0);
  });

  it('refuses a document of a kind it does not keep, an empty one, and one for nobody', () => {
    const db = profileBefore19();
    upgrade(db);
    const insert = db.prepare(
      'INSERT INTO attachments (id, person_id, name, type, size, added_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    expect(() => insert.run('a', 'p', 'cv.exe', 'exe', 4, T0)).toThrow(/CHECK/);
    expect(() => insert.run('b', 'p', 'cv.pdf', 'pdf', 0, T0)).toThrow(/CHECK/);
    expect(() => insert.run('c', 'nobody', 'cv.pdf', 'pdf', 4, T0)).toThrow(/FOREIGN KEY/);
  });

  it('takes a person’s documents, their bytes and their words when the person is deleted', () => {
    const db = profileBefore19();
    upgrade(db);
    addDocument(db, 'd1', 'Bramblewick Institute');
    addDocument(db, 'd2', 'Thistlewaite Fellowship');
    expect(
      db.prepare("SELECT count(*) FROM search_attachments WHERE search_attachments MATCH 'bramblewick'").pluck().get(),
    ).toBe(1);
    db.prepare("DELETE FROM attachments WHERE id = 'd2'").run();
    expect([count(db, 'attachments'), count(db, 'attachment_files'), count(db, 'search_attachments')]).toEqual([
      1, 1, 1,
    ]);
    db.prepare("DELETE FROM people WHERE id = 'p'").run();
    expect([count(db, 'attachments'), count(db, 'attachment_files'), count(db, 'search_attachments')]).toEqual([
      0, 0, 0,
    ]);
  });
});
