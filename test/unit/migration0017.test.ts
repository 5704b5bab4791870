import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../db/migrations';
import { registerNameKey } from '../../db/nameKey';

const T0 = '2026-01-05T09:00:00.000Z';

/** A profile as an upgrade to 17 finds it: a client, a contact, a position and an application. */
function profileBefore17(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  registerNameKey(db);
  migrate(db, MIGRATIONS.slice(0, 16));
  db.exec(`
    INSERT INTO companies (id, name, created_at, updated_at) VALUES ('c', 'Acme', '${T0}', '${T0}');
    INSERT INTO people (id, kind, name, company_id, created_at, updated_at)
      VALUES ('dana', 'contact', 'Dana', 'c', '${T0}', '${T0}'), ('ada', 'candidate', 'Ada', NULL, '${T0}', '${T0}');
    INSERT INTO positions (id, company_id, title, created_at, updated_at) VALUES ('pos', 'c', 'Engineer', '${T0}', '${T0}');
    INSERT INTO applications (id, candidate_id, position_id, stage, stage_changed_at, created_at, updated_at)
      VALUES ('a', 'ada', 'pos', 'sourced', '${T0}', '${T0}', '${T0}');
  `);
  return db;
}

const upgrade = (db: Database.Database) => migrate(db, MIGRATIONS.slice(0, 17));

describe('migration 17: shortlists sent to clients', () => {
  it('adds empty tables beside the data already there', () => {
    const db = profileBefore17();
    upgrade(db);
    expect(db.pragma('user_version', { simple: true })).toBe(17);
    expect(db.prepare('SELECT count(*) AS n FROM submittals').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM submittal_candidates').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT name FROM people ORDER BY name').all()).toEqual([{ name: 'Ada' }, { name: 'Dana' }]);
  });

  it('keeps a verdict and its time together, and erasing a person takes what was sent about them', () => {
    const db = profileBefore17();
    upgrade(db);
    db.exec(`
      INSERT INTO submittals (id, position_id, contact_id, sent_at, created_at, updated_at)
        VALUES ('s', 'pos', 'dana', '${T0}', '${T0}', '${T0}');
      INSERT INTO submittal_candidates (submittal_id, application_id, position, summary) VALUES ('s', 'a', 0, 'Strong');
    `);
    expect(() => db.exec("UPDATE submittal_candidates SET verdict = 'hold'")).toThrow(/CHECK/);
    expect(() => db.exec("UPDATE submittal_candidates SET verdict = 'maybe', feedback_at = 'x'")).toThrow(/CHECK/);
    db.exec('DELETE FROM applications');
    expect(db.prepare('SELECT count(*) AS n FROM submittal_candidates').get()).toEqual({ n: 0 });
    db.exec("DELETE FROM people WHERE id = 'dana'");
    expect(db.prepare('SELECT count(*) AS n FROM submittals').get()).toEqual({ n: 0 });
  });
});
