import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../db/migrations';
import { registerNameKey } from '../../db/nameKey';

const T0 = '2026-03-02T09:00:00.000Z';

/** A version-17 profile with a candidate at Offer, as an upgrade finds it. */
function version17Profile(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  registerNameKey(db);
  migrate(db, MIGRATIONS.slice(0, 17));
  db.exec(`
    INSERT INTO companies (id, name, created_at, updated_at) VALUES ('acme', 'Acme', '${T0}', '${T0}');
    INSERT INTO positions (id, company_id, title, description, created_at, updated_at)
      VALUES ('pos', 'acme', 'Engineer', 'Build it', '${T0}', '${T0}');
    INSERT INTO people (id, kind, name, created_at, updated_at)
      VALUES ('ada', 'candidate', 'Ada Okafor', '${T0}', '${T0}');
    INSERT INTO applications (id, candidate_id, position_id, stage, stage_changed_at, created_at, updated_at)
      VALUES ('app', 'ada', 'pos', 'offer', '${T0}', '${T0}', '${T0}');
  `);
  return db;
}

const insertOffer = (db: Database.Database, id: string, extra = '') =>
  db.exec(`INSERT INTO offers (id, application_id, base, currency, start_date, offered_at, created_at, updated_at${extra ? ', answer, answered_at' : ''})
           VALUES ('${id}', 'app', 12000000, 'USD', '2026-04-01', '${T0}', '${T0}', '${T0}'${extra})`);

const placement = (db: Database.Database, id: string, fee: string, fellOff = 'NULL, NULL') =>
  db.exec(`INSERT INTO placements (id, application_id, start_date, fee_basis_points, fee_amount, fee_currency,
                                   guarantee_days, guarantee_ends_on, guarantee_notice_at, fell_off_at, fell_off_reason,
                                   created_at, updated_at)
           VALUES ('${id}', 'app', '2026-04-01', ${fee}, 90, '2026-06-30', '2026-06-16T07:00:00.000Z', ${fellOff},
                   '${T0}', '${T0}')`);

describe('migration 18: offers and placements', () => {
  it('adds empty tables and keeps what was there', () => {
    const db = version17Profile();
    migrate(db, MIGRATIONS.slice(0, 18));
    expect(db.pragma('user_version', { simple: true })).toBe(18);
    expect(db.prepare('SELECT count(*) FROM offers').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM placements').pluck().get()).toBe(0);
    expect(db.prepare('SELECT stage FROM applications').pluck().all()).toEqual(['offer']);
  });

  it('holds money, answers and fees to their shape', () => {
    const db = version17Profile();
    migrate(db, MIGRATIONS.slice(0, 18));
    insertOffer(db, 'o1');
    expect(() =>
      db.exec(`INSERT INTO offers (id, application_id, base, currency, start_date, offered_at, created_at, updated_at)
               VALUES ('o2', 'app', 100, 'usd', '2026-04-01', '${T0}', '${T0}', '${T0}')`),
    ).toThrow(/CHECK/);
    // An answer comes with the time it was given.
    expect(() => insertOffer(db, 'o3', `, 'yes', NULL`)).toThrow(/CHECK/);
    // A fee is a percentage or an amount with its currency, never both, never neither.
    expect(() => placement(db, 'both', `2000, 100, 'USD'`)).toThrow(/CHECK/);
    expect(() => placement(db, 'neither', 'NULL, NULL, NULL')).toThrow(/CHECK/);
    expect(() => placement(db, 'no-currency', 'NULL, 100, NULL')).toThrow(/CHECK/);
    placement(db, 'fell', `2000, NULL, NULL`, `'2026-05-01T00:00:00.000Z', 'Left'`);
    placement(db, 'standing', `2000, NULL, NULL`);
    // One placement stands per application; the one that fell off stays beside it.
    expect(() => placement(db, 'second', "NULL, 100, 'USD'")).toThrow(/UNIQUE/);
  });

  it('goes with the application when the candidate is erased', () => {
    const db = version17Profile();
    migrate(db, MIGRATIONS.slice(0, 18));
    insertOffer(db, 'o1');
    placement(db, 'p1', `2000, NULL, NULL`);
    db.exec("DELETE FROM people WHERE id = 'ada'");
    expect(db.prepare('SELECT (SELECT count(*) FROM offers) + (SELECT count(*) FROM placements)').pluck().get()).toBe(
      0,
    );
  });
});
