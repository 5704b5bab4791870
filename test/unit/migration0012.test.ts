import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../db/migrations';
import { registerNameKey } from '../../db/nameKey';
import { search } from '../../db/search';

const T0 = '2026-01-05T09:00:00.000Z';

/** A version-11 profile with people, a company, a position and contacts whose words share their first letters. */
function version11Profile(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  registerNameKey(db);
  migrate(db, MIGRATIONS.slice(0, 11));
  db.prepare("INSERT INTO companies (id, name, notes, created_at, updated_at) VALUES ('acme', 'Acme', ?, ?, ?)").run(
    'Checks references twice.',
    T0,
    T0,
  );
  db.prepare(
    `INSERT INTO positions (id, company_id, title, description, created_at, updated_at)
     VALUES ('pos', 'acme', 'Personnel Lead', 'Checking in with the team.', ?, ?)`,
  ).run(T0, T0);
  const person = db.prepare(
    'INSERT INTO people (id, kind, name, email, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const touch = db.prepare(
    `INSERT INTO touches (id, person_id, at, channel, direction, kind, outcome, summary, created_at)
     VALUES (?, ?, ?, 'email', 'out', 'follow-up', 'sent', ?, ?)`,
  );
  const names = ['Persona Quinn', 'Person Able', 'Perry Checkley', 'Chechen Pers', 'Persson Lind', 'Léa Persée'];
  for (const [i, name] of names.entries()) {
    person.run(`p${i}`, 'candidate', name, `person${i}@mail.example`, i % 2 ? 'Checked in.' : null, T0, T0);
    for (let j = 0; j < 4; j++)
      touch.run(
        `t${i}-${j}`,
        `p${i}`,
        T0,
        ['Checked in about the role.', 'Check-up call', 'Chechnya trip', null][j],
        T0,
      );
  }
  // One removed, so the rows keep their numbers with a gap.
  db.prepare("DELETE FROM people WHERE id = 'p2'").run();
  return db;
}

const QUERIES = ['check', 'checke', 'checked', 'chec', 'perso', 'person', 'persé', 'pers', 'perso 0', 'Quinn', 'acme'];

describe('migration 12: five- and six-letter prefixes indexed', () => {
  it('keeps every search answer and every entry under its number', () => {
    const db = version11Profile();
    const before = QUERIES.map((q) => search(db, q, 20));
    const entries = (table: string) => db.prepare(`SELECT rowid, * FROM ${table} ORDER BY rowid`).all();
    const index = [entries('search_index'), entries('touch_search')];
    expect(before.filter((hits) => hits.length > 0).length).toBeGreaterThan(8);

    migrate(db, MIGRATIONS.slice(0, 12));
    expect(QUERIES.map((q) => search(db, q, 20))).toEqual(before);
    expect([entries('search_index'), entries('touch_search')]).toEqual(index);
    const schema = db.prepare("SELECT sql FROM sqlite_schema WHERE name IN ('search_index', 'touch_search')").pluck();
    for (const sql of schema.all() as string[]) expect(sql).toContain("prefix = '1 2 3 4 5 6'");
    expect(db.prepare('SELECT name FROM sqlite_temp_schema').all()).toEqual([]);
  });

  it('goes on indexing, changing and forgetting rows through the same triggers', () => {
    const db = version11Profile();
    migrate(db, MIGRATIONS.slice(0, 12));
    db.prepare(
      "INSERT INTO people (id, kind, name, created_at, updated_at) VALUES ('new', 'candidate', 'Checkov Persimmon', ?, ?)",
    ).run(T0, T0);
    expect(search(db, 'persim', 20).map((h) => h.id)).toEqual(['new']);
    db.prepare("UPDATE people SET name = 'Quentin Blake' WHERE id = 'new'").run();
    expect(search(db, 'persim', 20)).toEqual([]);
    expect(search(db, 'quent', 20).map((h) => h.id)).toEqual(['new']);
    db.prepare("DELETE FROM touches WHERE id = 't0-0'").run();
    expect(search(db, 'checke', 20).map((h) => h.id)).not.toContain('t0-0');
    // Forgetting is still immediate: secure-delete is set on both tables.
    for (const table of ['search_index', 'touch_search'])
      expect(db.prepare(`SELECT v FROM ${table}_config WHERE k = 'secure-delete'`).pluck().get()).toBe(1);
  });
});
