import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../db/migrations';
import { registerNameKey } from '../../db/nameKey';

const BOOKED = '2026-01-05T09:00:00.000Z';
const LATER = '2026-01-07T09:00:00.000Z';

/** A version-12 profile with interviews booked and left alone, moved since, and cancelled. */
function version12Profile(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  registerNameKey(db);
  migrate(db, MIGRATIONS.slice(0, 12));
  db.exec(`
    INSERT INTO companies (id, name, created_at, updated_at) VALUES ('acme', 'Acme', '${BOOKED}', '${BOOKED}');
    INSERT INTO positions (id, company_id, title, description, created_at, updated_at)
      VALUES ('pos', 'acme', 'Engineer', 'Build it', '${BOOKED}', '${BOOKED}');
    INSERT INTO people (id, kind, name, created_at, updated_at)
      VALUES ('ada', 'candidate', 'Ada Okafor', '${BOOKED}', '${BOOKED}');
    INSERT INTO applications (id, candidate_id, position_id, stage, stage_changed_at, created_at, updated_at)
      VALUES ('app', 'ada', 'pos', 'interview', '${BOOKED}', '${BOOKED}', '${BOOKED}');
  `);
  const interview = db.prepare(
    `INSERT INTO interviews (id, application_id, round, starts_at, ends_at, duration_minutes, timezone, cancelled_at,
                             created_at, updated_at)
     VALUES (?, 'app', ?, ?, ?, 60, 'Europe/Berlin', ?, ?, ?)`,
  );
  interview.run('untouched', 1, '2026-02-10T09:00:00.000Z', '2026-02-10T10:00:00.000Z', null, BOOKED, BOOKED);
  interview.run('moved', 2, '2026-02-12T09:00:00.000Z', '2026-02-12T10:00:00.000Z', null, BOOKED, LATER);
  interview.run('cancelled', 3, '2026-02-14T09:00:00.000Z', '2026-02-14T10:00:00.000Z', BOOKED, BOOKED, BOOKED);
  return db;
}

const sequences = (db: Database.Database) =>
  db.prepare('SELECT id, sequence, updated_at AS updatedAt FROM interviews ORDER BY round').all();

describe('migration 13: the invite sequence', () => {
  it('starts interviews changed or cancelled since booking at 1, so their next file outranks those sent before', () => {
    const db = version12Profile();
    migrate(db, MIGRATIONS.slice(0, 13));
    expect(db.pragma('user_version', { simple: true })).toBe(13);
    expect(sequences(db)).toEqual([
      { id: 'untouched', sequence: 0, updatedAt: BOOKED },
      { id: 'moved', sequence: 1, updatedAt: LATER },
      { id: 'cancelled', sequence: 1, updatedAt: BOOKED },
    ]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('gives interviews booked afterwards 0, and refuses a negative one', () => {
    const db = version12Profile();
    migrate(db);
    db.prepare(
      `INSERT INTO interviews (id, application_id, round, starts_at, ends_at, duration_minutes, timezone,
                               created_at, updated_at)
       VALUES ('new', 'app', 4, '2026-03-01T09:00:00.000Z', '2026-03-01T10:00:00.000Z', 60, 'UTC', ?, ?)`,
    ).run(LATER, LATER);
    expect(db.prepare("SELECT sequence FROM interviews WHERE id = 'new'").pluck().get()).toBe(0);
    expect(() => db.prepare("UPDATE interviews SET sequence = -1 WHERE id = 'new'").run()).toThrow(/CHECK constraint/);
  });
});
