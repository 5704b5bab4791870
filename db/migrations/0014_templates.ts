import type { Migration } from './index';

// The message templates the recruiter saved. Politely's own wording is not stored: it lives with the code
// (core/templates.ts), so "Restore default" deletes the saved row, and a template never edited reads the
// current default. Today each kind has one template, whose id is its kind; the id column leaves room for more.
export const migration0014: Migration = {
  version: 14,
  name: 'templates',
  up(db) {
    db.exec(`
      CREATE TABLE templates (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
