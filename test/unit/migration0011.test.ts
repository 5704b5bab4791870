import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../db/migrations';
import { registerNameKey } from '../../db/nameKey';
import { listPeople } from '../../db/people';

const T0 = '2026-01-05T09:00:00.000Z';

const NAMES: Record<string, string> = {
  anna: 'anna',
  emile: 'Émile Ødegård',
  lea: 'Léa',
  lea2: 'Lea',
  lukas: 'LUKAS',
  zoe: 'Zoë',
  fullWidth: 'Ｊｏ',
};

/** A version-10 profile with names plain, accented, capitalised and full-width. */
function version10Profile(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.slice(0, 10));
  const person = db.prepare(
    "INSERT INTO people (id, kind, name, created_at, updated_at) VALUES (?, 'candidate', ?, ?, ?)",
  );
  for (const [id, name] of Object.entries(NAMES)) person.run(id, name, T0, T0);
  return db;
}

const keys = (db: Database.Database) =>
  Object.fromEntries(db.prepare('SELECT id, name_key FROM people ORDER BY id').raw().all() as [string, string][]);

describe('migration 11: a stored sort key for names', () => {
  // Written out, not computed by the live key: an old profile must upgrade to the keys 0011 gave when it shipped.
  it('keys every name already there with its own copy of the key, without the live function', () => {
    const db = version10Profile();
    migrate(db);
    expect(keys(db)).toEqual({
      anna: 'anna',
      // Keyed 'emile ødegard' by migration 11's copy; migration 23's copy writes ø as o since.
      emile: 'emile odegard',
      fullWidth: 'jo',
      lea: 'lea',
      lea2: 'lea',
      lukas: 'lukas',
      zoe: 'zoe',
    });
    const order = listPeople(db, { limit: 10 })!.people.map((p) => p.name);
    expect(order).toEqual(['anna', 'Émile Ødegård', 'Ｊｏ', 'Lea', 'Léa', 'LUKAS', 'Zoë']);
  });

  it('keeps the key of people added, renamed or given a wrong key afterwards', () => {
    const db = version10Profile();
    registerNameKey(db);
    migrate(db);
    db.prepare(
      "INSERT INTO people (id, kind, name, created_at, updated_at) VALUES ('new', 'contact', 'Ödön Nagy', ?, ?)",
    ).run(T0, T0);
    db.prepare("UPDATE people SET name = 'Zoé Adams' WHERE id = 'zoe'").run();
    db.prepare("UPDATE people SET name_key = 'aaa' WHERE id = 'lukas'").run();
    db.prepare("UPDATE people SET name = 'Anna Bell' WHERE id = 'anna'").run();
    expect(keys(db)).toMatchObject({ new: 'odon nagy', zoe: 'zoe adams', lukas: 'lukas', anna: 'anna bell' });
  });

  it('refuses to add anyone on a connection that cannot key their name, rather than list them out of place', () => {
    const db = version10Profile();
    migrate(db);
    expect(() =>
      db
        .prepare("INSERT INTO people (id, kind, name, created_at, updated_at) VALUES ('x', 'candidate', 'Xu', ?, ?)")
        .run(T0, T0),
    ).toThrow(/no such function: politely_name_key/);
  });
});
