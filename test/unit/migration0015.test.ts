import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { listCompanies } from '../../db/companies';
import { openDatabase } from '../../db/connection';
import { MIGRATIONS, migrate } from '../../db/migrations';
import { registerNameKey } from '../../db/nameKey';
import { listPositions } from '../../db/positions';

const T0 = '2026-01-05T09:00:00.000Z';

const CLIENTS: Record<string, string> = {
  acme: 'ACME',
  emeraude: 'Émeraude Conseil',
  eclair: 'éclair',
  oelwerk: 'Ölwerk',
  fullWidth: 'Ｊｏ Ltd',
};

/** A version-14 profile with clients and positions named plain, accented, capitalised and full-width. */
function version14Profile(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.slice(0, 14));
  const company = db.prepare('INSERT INTO companies (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)');
  for (const [id, name] of Object.entries(CLIENTS)) company.run(id, name, T0, T0);
  const position = db.prepare(
    'INSERT INTO positions (id, company_id, title, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  position.run('welder', 'acme', 'Welder', 'open', T0, T0);
  position.run('editeur', 'eclair', 'Éditeur', 'filled', T0, T0);
  position.run('chef', 'acme', 'CHEF', 'open', T0, T0);
  return db;
}

const keys = (db: Database.Database, table: string, column: string) =>
  Object.fromEntries(db.prepare(`SELECT id, ${column} FROM ${table} ORDER BY id`).raw().all() as [string, string][]);

describe('migration 15: stored sort keys for client names and position titles', () => {
  // Written out, not computed by the live key: an old profile must upgrade to the keys 0015 gave when it shipped.
  it('keys every name and title already there with its own copy of the key, without the live function', () => {
    const db = version14Profile();
    migrate(db);
    expect(keys(db, 'companies', 'name_key')).toEqual({
      acme: 'acme',
      eclair: 'eclair',
      emeraude: 'emeraude conseil',
      fullWidth: 'jo ltd',
      oelwerk: 'olwerk',
    });
    expect(keys(db, 'positions', 'title_key')).toEqual({ chef: 'chef', editeur: 'editeur', welder: 'welder' });
    registerNameKey(db);
    const names = listCompanies(db, { limit: 10 })!.companies.map((c) => c.name);
    expect(names).toEqual(['ACME', 'éclair', 'Émeraude Conseil', 'Ｊｏ Ltd', 'Ölwerk']);
    expect(listPositions(db, { limit: 10 })!.positions.map((p) => p.title)).toEqual(['CHEF', 'Éditeur', 'Welder']);
  });

  it('keeps the keys of clients and positions added, renamed or given a wrong key afterwards', () => {
    const db = version14Profile();
    registerNameKey(db);
    migrate(db);
    db.prepare("INSERT INTO companies (id, name, created_at, updated_at) VALUES ('new', 'Ödön Kft', ?, ?)").run(T0, T0);
    db.prepare("UPDATE companies SET name = 'Zoë Labs' WHERE id = 'acme'").run();
    db.prepare("UPDATE companies SET name_key = 'aaa' WHERE id = 'eclair'").run();
    db.prepare(
      "INSERT INTO positions (id, company_id, title, created_at, updated_at) VALUES ('ing', 'new', 'Ingénieur', ?, ?)",
    ).run(T0, T0);
    db.prepare("UPDATE positions SET title = 'Sous-Chef' WHERE id = 'chef'").run();
    expect(keys(db, 'companies', 'name_key')).toMatchObject({ new: 'odon kft', acme: 'zoe labs', eclair: 'eclair' });
    expect(keys(db, 'positions', 'title_key')).toMatchObject({ ing: 'ingenieur', chef: 'sous-chef' });
  });

  it('refuses to add a client on a connection that cannot key its name, rather than list it out of place', () => {
    const db = version14Profile();
    migrate(db);
    expect(() =>
      db.prepare("INSERT INTO companies (id, name, created_at, updated_at) VALUES ('x', 'Xu', ?, ?)").run(T0, T0),
    ).toThrow(/no such function: politely_name_key/);
  });

  it('lets each page of companies and positions walk an index instead of sorting every row', () => {
    const db = openDatabase(':memory:');
    const prepared: string[] = [];
    const prepare = db.prepare.bind(db);
    db.prepare = ((sql: string) => {
      prepared.push(sql);
      return prepare(sql);
    }) as typeof db.prepare;
    listCompanies(db, { limit: 5 });
    for (const filter of [{}, { companyId: 'acme' }, { status: 'open' as const }])
      listPositions(db, { ...filter, limit: 5 });
    const pages = prepared.filter((sql) => /\bLIMIT \?\s*$/.test(sql));
    expect(pages).toHaveLength(4);
    const unbound = (sql: string) => Array.from({ length: sql.split('?').length - 1 }, () => null);
    const plans = pages.map((sql) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...unbound(sql)) as { detail: string }[])
        .map((r) => r.detail)
        .join('\n'),
    );
    expect(plans[0]).toMatch(/companies_name_key/);
    expect(plans[1]).toMatch(/positions_title_key/);
    expect(plans[2]).toMatch(/positions_company_title_key/);
    expect(plans[3]).toMatch(/positions_status_title_key/);
    for (const plan of plans) expect(plan).not.toMatch(/TEMP B-TREE/);
  });
});
