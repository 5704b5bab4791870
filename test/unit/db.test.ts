import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { NewerSchemaError, openDatabase } from '../../db/connection';
import { defaultDataDir, resolveDataDir } from '../../db/location';
import { LATEST_VERSION, MIGRATIONS, migrate, type Migration } from '../../db/migrations';
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
    const files = fs.readdirSync(path.join(import.meta.dirname, '../../db/migrations')).filter((f) => /^\d{4}_/.test(f));
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
    const tables = db.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%' AND type = 'table'").all() as { name: string }[];
    const strict = db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string; strict: number }[];
    expect(tables.map((t) => t.name).sort()).toEqual(
      ['applications', 'audit_log', 'companies', 'contact_outlook', 'debriefs', 'interview_interviewers', 'interviews', 'people', 'position_hiring_managers', 'positions', 'prep_items', 'reminder_state', 'search_refs', 'settings', 'touches'].sort(),
    );
    expect(strict.filter((t) => t.strict !== 1)).toEqual([]);
    expect(() => db.prepare("INSERT INTO companies (id, name, created_at, updated_at) VALUES ('c', 42, 'x', 'x')").run()).not.toThrow();
    expect(() => db.prepare("INSERT INTO positions (id, company_id, title, salary_min, created_at, updated_at) VALUES ('p', 'c', 't', 'lots', 'x', 'x')").run()).toThrow(
      /cannot store TEXT value in INTEGER column/,
    );
  });

  it('encrypts the file when opened with a key, and a wrong key cannot read it', () => {
    const file = path.join(tempDir(), 'secret.db');
    const key = crypto.randomBytes(32);
    const db = openDatabase(file, { key });
    db.prepare("INSERT INTO companies (id, name, created_at, updated_at) VALUES ('c1', 'MARKER-7f3a9', 'x', 'x')").run();
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

    const rows = b.db.prepare('SELECT at, entity, entity_id AS entityId, action, changes FROM audit_log ORDER BY id').all() as {
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
    expect(rows.filter((r) => r.action === 'create').map((r) => r.entity)).toEqual(['company', 'person', 'position', 'person', 'application']);
  });

  it('writes nothing when nothing changed', async () => {
    const b = makeBackend();
    const { company } = await seedBasics(b);
    const before = b.db.prepare('SELECT count(*) AS n FROM audit_log').get();
    await b.ok('companies.update', { id: company.id, name: 'Acme Robotics' });
    expect(b.db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual(before);
  });
});

describe('hot queries use their indexes', () => {
  it('filters the board by position through an index', () => {
    const db = openDatabase(':memory:');
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT id FROM applications WHERE position_id = ? ORDER BY stage_changed_at DESC")
      .all('p')
      .map((r) => (r as { detail: string }).detail)
      .join('\n');
    expect(plan).toMatch(/USING INDEX applications_position_stage/);
  });

  it("reads one person's contact log through an index, already in order", () => {
    const db = openDatabase(':memory:');
    const plan = (db.prepare('EXPLAIN QUERY PLAN SELECT id FROM touches WHERE person_id = ? ORDER BY at, id').all('p') as { detail: string }[]).map((r) => r.detail).join('\n');
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
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\r\\AppData\\Roaming' }, 'C:\\Users\\r')).toContain('Politely');
  });
});
