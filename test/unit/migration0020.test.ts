import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../db/migrations';
import { migration0020 } from '../../db/migrations/0020_tasks';
import { registerNameKey } from '../../db/nameKey';

const T0 = '2026-01-05T09:00:00.000Z';

/** A profile as an upgrade to 20 finds it: every migration before 20, with a candidate in the running for a job. */
function profileBefore20(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  registerNameKey(db);
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version < 20),
  );
  db.exec(`
    INSERT INTO people (id, kind, name, created_at, updated_at) VALUES ('ada', 'candidate', 'Ada', '${T0}', '${T0}');
    INSERT INTO people (id, kind, name, created_at, updated_at) VALUES ('bo', 'candidate', 'Bo', '${T0}', '${T0}');
    INSERT INTO companies (id, name, created_at, updated_at) VALUES ('c', 'Acme', '${T0}', '${T0}');
    INSERT INTO positions (id, company_id, title, created_at, updated_at)
      VALUES ('pos', 'c', 'Engineer', '${T0}', '${T0}');
    INSERT INTO applications (id, candidate_id, position_id, stage, stage_changed_at, created_at, updated_at)
      VALUES ('app', 'ada', 'pos', 'sourced', '${T0}', '${T0}', '${T0}');
  `);
  return db;
}

const upgrade = (db: Database.Database) => db.transaction(() => migration0020.up(db))();

const addTask = (db: Database.Database, id: string, personId: string, applicationId: string | null, dueAt = T0) =>
  db
    .prepare(
      `INSERT INTO tasks (id, person_id, application_id, title, due_at, created_at, updated_at)
       VALUES (?, ?, ?, 'Call', ?, ?, ?)`,
    )
    .run(id, personId, applicationId, dueAt, T0, T0);

const plan = (db: Database.Database, sql: string, ...params: unknown[]) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('\n');

describe('migration 20: tasks', () => {
  it('adds an empty STRICT table, leaving people and applications as they were', () => {
    const db = profileBefore20();
    upgrade(db);
    expect(db.prepare("SELECT name, strict FROM pragma_table_list WHERE name = 'tasks'").all()).toEqual([
      { name: 'tasks', strict: 1 },
    ]);
    expect(db.prepare('SELECT count(*) FROM tasks').pluck().get()).toBe(0);
    expect(db.prepare('SELECT name FROM people ORDER BY name').pluck().all()).toEqual(['Ada', 'Bo']);
    expect(db.prepare('SELECT id FROM applications').pluck().all()).toEqual(['app']);
  });

  it('refuses an empty title, a title too long, a task for nobody and one with no due time', () => {
    const db = profileBefore20();
    upgrade(db);
    const insert = db.prepare(
      `INSERT INTO tasks (id, person_id, application_id, title, due_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    expect(() => insert.run('a', 'ada', null, '', T0, T0, T0)).toThrow(/CHECK/);
    expect(() => insert.run('b', 'ada', null, 'x'.repeat(201), T0, T0, T0)).toThrow(/CHECK/);
    expect(() => insert.run('c', 'nobody', null, 'Call', T0, T0, T0)).toThrow(/FOREIGN KEY/);
    expect(() => insert.run('d', 'ada', 'no-such-application', 'Call', T0, T0, T0)).toThrow(/FOREIGN KEY/);
    expect(() => insert.run('e', 'ada', null, 'Call', null, T0, T0)).toThrow(/NOT NULL/);
  });

  it('takes the tasks of a person deleted, and of an application deleted, and no others', () => {
    const db = profileBefore20();
    upgrade(db);
    addTask(db, 't1', 'ada', null);
    addTask(db, 't2', 'ada', 'app');
    addTask(db, 't3', 'bo', null);
    db.prepare("DELETE FROM applications WHERE id = 'app'").run();
    expect(db.prepare('SELECT id FROM tasks ORDER BY id').pluck().all()).toEqual(['t1', 't3']);
    db.prepare("DELETE FROM people WHERE id = 'ada'").run();
    expect(db.prepare('SELECT id FROM tasks ORDER BY id').pluck().all()).toEqual(['t3']);
  });

  it('reads open tasks by due time, and a person’s or an application’s tasks, from an index with no sort', () => {
    const db = profileBefore20();
    upgrade(db);
    const open = plan(db, 'SELECT id FROM tasks WHERE done_at IS NULL AND due_at < ? ORDER BY due_at, id LIMIT 10', T0);
    expect(open).toMatch(/USING (COVERING )?INDEX tasks_open_by_due/);
    const mine = plan(db, 'SELECT id FROM tasks WHERE person_id = ? ORDER BY due_at, id LIMIT 10', 'ada');
    expect(mine).toMatch(/USING (COVERING )?INDEX tasks_by_person/);
    const its = plan(db, 'SELECT id FROM tasks WHERE application_id = ? ORDER BY due_at, id LIMIT 10', 'app');
    expect(its).toMatch(/USING (COVERING )?INDEX tasks_by_application/);
    expect([open, mine, its].join('\n')).not.toMatch(/TEMP B-TREE/);
  });
});
