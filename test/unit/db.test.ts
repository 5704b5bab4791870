import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { createCompany } from '../../db/companies';
import { inTransaction, NewerSchemaError, openDatabase, type Db } from '../../db/connection';
import { defaultDataDir, resolveDataDir } from '../../db/location';
import { LATEST_VERSION, MIGRATIONS, migrate, type Migration } from '../../db/migrations';
import { addPeople, createPerson, type PersonFields } from '../../db/people';
import { search } from '../../db/search';
import { makeBackend, seedBasics, tempDir } from './helpers';

const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('opening a database', () => {
  it('sets WAL, synchronous=FULL, foreign keys and a busy timeout', () => {
    const db = openDatabase(path.join(tempDir(), 'p.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    db.close();
  });

  it('refuses a file from a newer schema with a named error and leaves it byte-for-byte untouched', () => {
    const file = path.join(tempDir(), 'future.db');
    const future = new Database(file);
    future.exec('CREATE TABLE x (a INTEGER) STRICT; INSERT INTO x VALUES (1);');
    future.pragma(`user_version = ${LATEST_VERSION + 5}`);
    future.close();
    const before = sha256(file);
    const listing = fs.readdirSync(path.dirname(file)).sort();

    expect(() => openDatabase(file)).toThrow(NewerSchemaError);
    try {
      openDatabase(file);
    } catch (error) {
      expect((error as NewerSchemaError).found).toBe(LATEST_VERSION + 5);
      expect((error as Error).message).toMatch(/newer version of Politely/);
    }
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(listing);
  });

  it('numbers migrations consecutively from 1', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    const files = fs
      .readdirSync(path.join(import.meta.dirname, '../../db/migrations'))
      .filter((f) => /^\d{4}_/.test(f));
    expect(files.map((f) => Number(f.slice(0, 4)))).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('rolls a failing migration back whole, leaving the previous version intact', () => {
    const db = new Database(':memory:');
    const broken: Migration = {
      version: 2,
      name: 'broken',
      up(d) {
        d.exec('CREATE TABLE half_done (a INTEGER) STRICT');
        throw new Error('disk on fire');
      },
    };
    expect(() => migrate(db, [MIGRATIONS[0]!, broken])).toThrow('disk on fire');
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'half_done'").get()).toEqual({ n: 0 });
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'people'").get()).toEqual({ n: 1 });
  });

  it('makes every table STRICT', () => {
    const db = openDatabase(':memory:');
    const tables = db
      .prepare(
        "SELECT name FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%' AND type = 'table'",
      )
      .all() as { name: string }[];
    const strict = db
      .prepare(
        "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'",
      )
      .all() as { name: string; strict: number }[];
    expect(tables.map((t) => t.name).sort()).toEqual(
      [
        'applications',
        'attachment_files',
        'attachments',
        'audit_log',
        'companies',
        'contact_outlook',
        'debriefs',
        'interview_interviewers',
        'interviews',
        'offers',
        'people',
        'person_tags',
        'placements',
        'position_hiring_managers',
        'positions',
        'prep_items',
        'reminder_state',
        'saved_filters',
        'search_refs',
        'settings',
        'submittal_candidates',
        'submittals',
        'tasks',
        'templates',
        'touches',
      ].sort(),
    );
    expect(strict.filter((t) => t.strict !== 1)).toEqual([]);
    expect(() =>
      db.prepare("INSERT INTO companies (id, name, created_at, updated_at) VALUES ('c', 42, 'x', 'x')").run(),
    ).not.toThrow();
    expect(() =>
      db
        .prepare(
          "INSERT INTO positions (id, company_id, title, salary_min, created_at, updated_at) VALUES ('p', 'c', 't', 'lots', 'x', 'x')",
        )
        .run(),
    ).toThrow(/cannot store TEXT value in INTEGER column/);
  });

  it('encrypts the file when opened with a key, and a wrong key cannot read it', () => {
    const file = path.join(tempDir(), 'secret.db');
    const key = crypto.randomBytes(32);
    const db = openDatabase(file, { key });
    db.prepare(
      "INSERT INTO companies (id, name, created_at, updated_at) VALUES ('c1', 'MARKER-7f3a9', 'x', 'x')",
    ).run();
    db.close();
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\u0000');
    expect(bytes.includes(Buffer.from('MARKER-7f3a9'))).toBe(false);
    expect(() => openDatabase(file, { key: crypto.randomBytes(32) })).toThrow();
    const again = openDatabase(file, { key });
    expect(again.prepare("SELECT name FROM companies WHERE id = 'c1'").get()).toEqual({ name: 'MARKER-7f3a9' });
    again.close();
  });
});

describe('the audit log', () => {
  it('records every write with when, which entity and what changed', async () => {
    const b = makeBackend();
    const { company, candidate, position } = await seedBasics(b);
    b.advance(60_000);
    await b.ok('companies.update', { id: company.id, name: 'Acme Robotics Inc.' });
    const app = await b.ok('applications.create', { candidateId: candidate.id, positionId: position.id });
    await b.ok('applications.move', { id: app.id, stage: 'prep' });

    const rows = b.db
      .prepare('SELECT at, entity, entity_id AS entityId, action, changes FROM audit_log ORDER BY id')
      .all() as {
      at: string;
      entity: string;
      entityId: string;
      action: string;
      changes: string;
    }[];
    const companyUpdate = rows.find((r) => r.entity === 'company' && r.action === 'update')!;
    expect(companyUpdate.at).toBe('2026-03-02T09:01:00.000Z');
    expect(JSON.parse(companyUpdate.changes)).toEqual({ name: ['Acme Robotics', 'Acme Robotics Inc.'] });
    expect(rows.filter((r) => r.entity === 'application').map((r) => [r.action, JSON.parse(r.changes).stage])).toEqual([
      ['create', 'sourced'],
      ['update', ['sourced', 'prep']],
    ]);
    expect(rows.filter((r) => r.action === 'create').map((r) => r.entity)).toEqual([
      'company',
      'person',
      'position',
      'person',
      'application',
    ]);
  });

  it('writes nothing when nothing changed', async () => {
    const b = makeBackend();
    const { company } = await seedBasics(b);
    const before = b.db.prepare('SELECT count(*) AS n FROM audit_log').get();
    await b.ok('companies.update', { id: company.id, name: 'Acme Robotics' });
    expect(b.db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual(before);
  });
});

describe('adding many people at once', () => {
  const NOW = '2026-03-02T09:00:00.000Z';
  // Names are unique, so rows are compared by name; the ids differ by nature.
  const people = (companyId: string): PersonFields[] => [
    {
      kind: 'candidate',
      name: 'Ada Okafor',
      email: 'ada@mail.example',
      title: 'Platform Engineer',
      location: 'Lagos',
      notes: 'Met at the meetup.',
      companyId,
    },
    {
      kind: 'contact',
      name: 'Zoë “Quotes” \\ Back',
      phone: '+44 20 7946 0958',
      timezone: 'Europe/London',
      linkedinUrl: 'https://linkedin.example/in/zoe',
    },
    {
      kind: 'candidate',
      name: 'Line Breaks',
      notes: 'first line\nsecond\ttabbed \u0001 control, emoji 😀, </script> and "quotes"',
    },
    ...Array.from({ length: 1_003 }, (_, i): PersonFields => ({
      kind: 'candidate',
      name: `Person ${i}`,
      email: i % 3 ? `p${i}@mail.example` : null,
      companyId: i % 2 ? companyId : null,
    })),
  ];
  const snapshot = (db: Db) => ({
    people: db
      .prepare(
        'SELECT p.kind, p.name, p.email, p.phone, p.timezone, c.name AS company, p.title, p.location, p.linkedin_url, p.notes, p.created_at, p.updated_at FROM people p LEFT JOIN companies c ON c.id = p.company_id ORDER BY p.name',
      )
      .all(),
    outlooks: db
      .prepare('SELECT p.name, o.* FROM contact_outlook o JOIN people p ON p.id = o.person_id ORDER BY p.name')
      .all()
      .map((row) => ({ ...(row as object), person_id: undefined })),
    search: db
      .prepare(
        "SELECT p.name, i.kind, i.title, i.body FROM search_index i JOIN search_refs r ON r.id = i.rowid AND r.kind = 'person' JOIN people p ON p.id = r.ref AND p.id = i.ref ORDER BY p.name",
      )
      .all(),
    triggers: db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all(),
  });

  it('leaves what adding each alone leaves (rows, outlooks, search entries, triggers) but no audit entry each', () => {
    const one = openDatabase(':memory:');
    const many = openDatabase(':memory:');
    const companyOne = inTransaction(one, () => createCompany(one, { name: 'Acme Robotics' }, NOW));
    const companyMany = inTransaction(many, () => createCompany(many, { name: 'Acme Robotics' }, NOW));
    for (const person of people(companyOne.id)) inTransaction(one, () => createPerson(one, person, NOW));
    const ids = inTransaction(many, () => addPeople(many, people(companyMany.id), NOW));

    const expected = snapshot(one);
    expect(expected.people).toHaveLength(1_006);
    expect(expected.search).toHaveLength(1_006);
    expect(snapshot(many)).toEqual(expected);
    expect(
      search(many, 'quotes', 10)
        .map((hit) => hit.title)
        .sort(),
    ).toEqual(['Line Breaks', 'Zoë “Quotes” \\ Back']);
    // The import audits the batch in one entry of its own (import.test), not each person.
    expect(many.prepare("SELECT count(*) FROM audit_log WHERE entity = 'person'").pluck().get()).toBe(0);
    // Time-ordered ids: made in order, stored in order, each after the last in the id index.
    expect(ids).toEqual([...ids].sort());
    expect(many.prepare('SELECT id FROM people ORDER BY rowid').pluck().all()).toEqual(ids);
    expect(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(
      true,
    );
  });

  it('puts the triggers back, so people added later are indexed and given an outlook', () => {
    const db = openDatabase(':memory:');
    inTransaction(db, () => addPeople(db, [{ kind: 'candidate', name: 'Ada Okafor' }], NOW));
    const later = inTransaction(db, () => createPerson(db, { kind: 'candidate', name: 'Ben Lindqvist' }, NOW));
    expect(db.prepare('SELECT count(*) FROM contact_outlook WHERE person_id = ?').pluck().get(later.id)).toBe(1);
    expect(search(db, 'lindq', 10).map((hit) => hit.id)).toEqual([later.id]);
  });

  it('sets triggers aside only inside a transaction', () => {
    const db = openDatabase(':memory:');
    expect(() => addPeople(db, [{ kind: 'candidate', name: 'Ada Okafor' }], NOW)).toThrow(/inside a transaction/);
    expect(snapshot(db).triggers).toEqual(snapshot(openDatabase(':memory:')).triggers);
    expect(db.prepare('SELECT count(*) FROM people').pluck().get()).toBe(0);
  });
});

describe('hot queries use their indexes', () => {
  it('filters the board by position through an index', () => {
    const db = openDatabase(':memory:');
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT id FROM applications WHERE position_id = ? ORDER BY stage_changed_at DESC')
      .all('p')
      .map((r) => (r as { detail: string }).detail)
      .join('\n');
    expect(plan).toMatch(/USING INDEX applications_position_stage/);
  });

  it("reads one person's contact log through an index, already in order", () => {
    const db = openDatabase(':memory:');
    const plan = (
      db.prepare('EXPLAIN QUERY PLAN SELECT id FROM touches WHERE person_id = ? ORDER BY at, id').all('p') as {
        detail: string;
      }[]
    )
      .map((r) => r.detail)
      .join('\n');
    expect(plan).toMatch(/USING INDEX touches_person_at/);
    expect(plan).not.toMatch(/SCAN touches\b(?! USING)/);
  });
});

describe('where data lives', () => {
  it('prefers --data-dir, then POLITELY_DATA_DIR, then the platform folder', () => {
    expect(resolveDataDir(['--data-dir', '/tmp/a'], { POLITELY_DATA_DIR: '/tmp/b' })).toBe('/tmp/a');
    expect(resolveDataDir(['--data-dir=/tmp/c'], {})).toBe('/tmp/c');
    expect(resolveDataDir([], { POLITELY_DATA_DIR: '/tmp/b' })).toBe('/tmp/b');
    expect(resolveDataDir([], {}, () => '/home/x/.config/Politely')).toBe('/home/x/.config/Politely');
    expect(defaultDataDir('linux', {}, '/home/r')).toBe('/home/r/.config/Politely');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/xdg' }, '/home/r')).toBe('/xdg/Politely');
    expect(defaultDataDir('darwin', {}, '/Users/r')).toBe('/Users/r/Library/Application Support/Politely');
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\r\\AppData\\Roaming' }, 'C:\\Users\\r')).toContain(
      'Politely',
    );
  });
});
