import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../db/migrations';
import { registerNameKey } from '../../db/nameKey';

const T0 = '2026-01-05T09:00:00.000Z';
const IMPORTED = '2026-02-01T10:00:00.000Z';
const MERGED = '2026-02-02T10:00:00.000Z';
const BY_HAND = '2026-02-03T10:00:00.000Z';
const LATER = '2026-02-20T10:00:00.000Z';

/**
 * A version-9 profile as imports left it: companies made for the candidates a file named (added or
 * merged in the same instant), beside real clients (a position, a contact, a website, made by hand)
 * that some candidates also work for, and a client with nobody yet.
 */
function version9Profile(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  // As every connection does: people added after the upgrade are keyed for the list by this function.
  registerNameKey(db);
  migrate(db, MIGRATIONS.slice(0, 9));
  const company = db.prepare(
    'INSERT INTO companies (id, name, website, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  company.run('globex', 'Globex', null, IMPORTED, IMPORTED);
  company.run('initech', ' Initech ', null, MERGED, MERGED);
  company.run('acme', 'Acme', null, IMPORTED, IMPORTED);
  company.run('umbrella', 'Umbrella', null, IMPORTED, IMPORTED);
  company.run('vandelay', 'Vandelay', 'https://vandelay.example', IMPORTED, LATER);
  company.run('hooli', 'Hooli', null, BY_HAND, BY_HAND);
  company.run('newco', 'Newco', null, BY_HAND, BY_HAND);
  db.prepare(
    `INSERT INTO positions (id, company_id, title, description, created_at, updated_at)
     VALUES ('pos', 'acme', 'Engineer', 'Build it', ?, ?)`,
  ).run(LATER, LATER);

  const person = db.prepare(
    `INSERT INTO people (id, kind, name, company_id, title, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const audit = db.prepare(
    `INSERT INTO audit_log (at, entity, entity_id, action, changes) VALUES (?, 'person', ?, ?, ?)`,
  );
  const imported = (id: string, name: string, companyId: string) => {
    person.run(id, 'candidate', name, companyId, null, IMPORTED, IMPORTED);
    audit.run(IMPORTED, id, 'create', JSON.stringify({ kind: 'candidate', name, companyId }));
  };
  imported('ada', 'Ada Okafor', 'globex');
  imported('cy', 'Cy Acme', 'acme');
  imported('uma', 'Uma Umbrella', 'umbrella');
  imported('val', 'Val Vandelay', 'vandelay');
  // Added by hand first, then a second file merged an employer into her.
  person.run('bo', 'candidate', 'Bo Merged', 'initech', null, T0, MERGED);
  audit.run(T0, 'bo', 'create', JSON.stringify({ kind: 'candidate', name: 'Bo Merged' }));
  audit.run(MERGED, 'bo', 'update', JSON.stringify({ companyId: [null, 'initech'] }));
  // Hooli was made by hand and picked on her form, minutes later.
  person.run('hal', 'candidate', 'Hal Hooli', 'hooli', null, LATER, LATER);
  audit.run(LATER, 'hal', 'create', JSON.stringify({ kind: 'candidate', name: 'Hal Hooli', companyId: 'hooli' }));
  person.run('mgr', 'contact', 'Mia Manager', 'umbrella', 'Hiring manager', T0, T0);
  person.run('free', 'candidate', 'Fred Free', null, 'Welder', T0, T0);
  return db;
}

const people = (db: Database.Database) =>
  db
    .prepare('SELECT id, kind, company_id AS companyId, employer, updated_at AS updatedAt FROM people ORDER BY id')
    .all();
const companies = (db: Database.Database) => db.prepare('SELECT id FROM companies ORDER BY id').pluck().all();
const found = (db: Database.Database, text: string) =>
  db.prepare('SELECT ref FROM search_index WHERE search_index MATCH ? ORDER BY ref').pluck().all(text);
const indexed = (db: Database.Database, ref: string) =>
  db.prepare('SELECT title, body FROM search_index WHERE ref = ?').get(ref);

describe('migration 10: employers apart from clients', () => {
  it('copies each candidate’s company into employer and removes only the companies an import made as employers', () => {
    const db = version9Profile();
    const freeBefore = indexed(db, 'free');
    expect(found(db, 'globex')).toEqual(['globex']);

    migrate(db, MIGRATIONS.slice(0, 10));
    expect(db.pragma('user_version', { simple: true })).toBe(10);

    expect(people(db)).toEqual([
      { id: 'ada', kind: 'candidate', companyId: null, employer: 'Globex', updatedAt: IMPORTED },
      { id: 'bo', kind: 'candidate', companyId: null, employer: 'Initech', updatedAt: MERGED },
      { id: 'cy', kind: 'candidate', companyId: null, employer: 'Acme', updatedAt: IMPORTED },
      { id: 'free', kind: 'candidate', companyId: null, employer: null, updatedAt: T0 },
      { id: 'hal', kind: 'candidate', companyId: null, employer: 'Hooli', updatedAt: LATER },
      { id: 'mgr', kind: 'contact', companyId: 'umbrella', employer: null, updatedAt: T0 },
      { id: 'uma', kind: 'candidate', companyId: null, employer: 'Umbrella', updatedAt: IMPORTED },
      { id: 'val', kind: 'candidate', companyId: null, employer: 'Vandelay', updatedAt: IMPORTED },
    ]);
    // Acme has a position, Umbrella a contact, Vandelay was edited, Hooli and Newco were made by hand.
    expect(companies(db)).toEqual(['acme', 'hooli', 'newco', 'umbrella', 'vandelay']);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');

    // The removed companies left the search; their former employees are found by the name instead.
    expect(found(db, 'globex')).toEqual(['ada']);
    expect(found(db, 'initech')).toEqual(['bo']);
    expect(found(db, 'acme')).toEqual(['acme', 'cy']);
    expect(db.prepare("SELECT count(*) FROM search_refs WHERE kind = 'company'").pluck().get()).toBe(5);
    // Nobody without an employer was reindexed differently.
    expect(indexed(db, 'free')).toEqual(freeBefore);
  });

  it('indexes the employer of people added and edited afterwards', () => {
    const db = version9Profile();
    migrate(db);
    db.prepare(
      `INSERT INTO people (id, kind, name, employer, created_at, updated_at)
       VALUES ('new', 'candidate', 'Nia New', 'Željezara Split', ?, ?)`,
    ).run(LATER, LATER);
    expect(found(db, 'zeljezara')).toEqual(['new']);
    db.prepare("UPDATE people SET employer = 'Brodosplit' WHERE id = 'free'").run();
    expect(found(db, 'brodosplit')).toEqual(['free']);
    db.prepare("UPDATE people SET employer = NULL WHERE id = 'new'").run();
    expect(found(db, 'zeljezara')).toEqual([]);
    expect(() => db.prepare("UPDATE people SET employer = '' WHERE id = 'new'").run()).toThrow(/CHECK constraint/);
  });
});
