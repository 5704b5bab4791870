import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../db/migrations';

const NOW = '2026-03-01T09:00:00.000Z';

/** A version-7 profile with one candidate and two contacts, one of them with words the search index holds. */
function version7Profile(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.slice(0, 7));
  db.prepare(
    `INSERT INTO people (id, kind, name, timezone, created_at, updated_at)
     VALUES ('ada', 'candidate', 'Ada Okafor', 'UTC', ?, ?)`,
  ).run(NOW, NOW);
  const touch = db.prepare(`
    INSERT INTO touches (id, person_id, at, channel, direction, kind, outcome, response, summary,
                         override_reason, override_rules, created_at)
    VALUES (?, 'ada', ?, 'email', ?, ?, ?, ?, ?, ?, ?, '${NOW}')`);
  const sent = 'Sent the fleet telemetry role.';
  const flagged = ['She asked for it.', '["min-gap"]'];
  touch.run('t1', '2026-02-01T09:00:00.000Z', 'out', 'follow-up', 'sent', null, sent, ...flagged);
  touch.run('t2', '2026-02-03T09:00:00.000Z', 'in', 'reply', 'replied', 'soft-no', null, null, null);
  return db;
}

const objects = (db: Database.Database) =>
  db.prepare(`SELECT type, name FROM sqlite_schema WHERE tbl_name = 'touches' ORDER BY type, name`).raw().all();
const rows = (db: Database.Database) => db.prepare('SELECT * FROM touches ORDER BY id').all();
const found = (db: Database.Database, word: string) =>
  db.prepare('SELECT ref FROM touch_search WHERE touch_search MATCH ? ORDER BY ref').pluck().all(word);

describe('migration 8: the opening message as a kind of its own', () => {
  it('keeps every contact, index, trigger and search entry, and only then accepts first-contact', () => {
    const db = version7Profile();
    const insert = db.prepare(
      `INSERT INTO touches (id, person_id, at, channel, direction, kind, outcome, summary, created_at)
       VALUES (?, 'ada', '2026-02-10T09:00:00.000Z', 'email', 'out', ?, 'sent', ?, '${NOW}')`,
    );
    expect(() => insert.run('early', 'first-contact', null)).toThrow(/CHECK constraint failed/);
    const before = { objects: objects(db), rows: rows(db), found: found(db, 'telemetry') };
    expect(before.found).toEqual(['t1']);

    migrate(db, MIGRATIONS.slice(0, 8));
    expect(db.pragma('user_version', { simple: true })).toBe(8);
    expect({ objects: objects(db), rows: rows(db), found: found(db, 'telemetry') }).toEqual(before);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');

    insert.run('opening', 'first-contact', 'Introduced myself and the robotics role.');
    expect(() => insert.run('odd', 'carrier-pigeon', null)).toThrow(/CHECK constraint failed/);
    // The triggers work on the rebuilt table: the new contact is found, and the outlook moved on.
    expect(found(db, 'robotics')).toEqual(['opening']);
    const outlook = db.prepare(`SELECT last_touch_at FROM contact_outlook WHERE person_id = 'ada'`).pluck().get();
    expect(outlook).toBe('2026-02-10T09:00:00.000Z');
  });
});
