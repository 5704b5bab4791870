import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES, TEMPLATE_KINDS } from '../../core/templates';
import { MIGRATIONS, migrate } from '../../db/migrations';
import { registerNameKey } from '../../db/nameKey';
import { listTemplates, restoreDefaultTemplate, saveTemplate } from '../../db/templates';

const T0 = '2026-01-05T09:00:00.000Z';

/** A version-13 profile with a person and a setting, as an upgrade finds it. */
function version13Profile(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  registerNameKey(db);
  migrate(db, MIGRATIONS.slice(0, 13));
  db.prepare("INSERT INTO people (id, kind, name, created_at, updated_at) VALUES ('p', 'candidate', 'Ada', ?, ?)").run(
    T0,
    T0,
  );
  return db;
}

describe('migration 14: saved message templates', () => {
  it('adds an empty table, so every kind reads the default until the recruiter saves one', () => {
    const db = version13Profile();
    migrate(db, MIGRATIONS.slice(0, 14));
    expect(db.pragma('user_version', { simple: true })).toBe(14);
    expect(db.prepare('SELECT count(*) AS n FROM templates').get()).toEqual({ n: 0 });
    expect(listTemplates(db).map((t) => [t.kind, t.isDefault, t.subject])).toEqual(
      TEMPLATE_KINDS.map((k) => [k, true, DEFAULT_TEMPLATES[k].subject]),
    );
    expect(db.prepare('SELECT name FROM people').all()).toEqual([{ name: 'Ada' }]);
  });

  it('keeps a saved template over the default and forgets it on restoring', () => {
    const db = version13Profile();
    migrate(db, MIGRATIONS.slice(0, 14));
    saveTemplate(db, 'take-away', { subject: 'Close your file?', body: 'Yes or no?' }, T0);
    expect(listTemplates(db).find((t) => t.kind === 'take-away')).toMatchObject({
      subject: 'Close your file?',
      isDefault: false,
      updatedAt: T0,
    });
    restoreDefaultTemplate(db, 'take-away', T0);
    expect(listTemplates(db).every((t) => t.isDefault)).toBe(true);
  });
});
