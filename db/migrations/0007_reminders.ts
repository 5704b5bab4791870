import type { Migration } from './index';

// What the recruiter did with each reminder: when it was announced, snoozed until, or dismissed.
// The reminders themselves are not stored: they are read from the queue and the calendar each
// time (api/reminders.ts), so they can never disagree with them. A key names one occurrence
// (a follow-up due at one date, one interview), so a new due date is a new reminder.
export const migration0007: Migration = {
  version: 7,
  name: 'reminders',
  up(db) {
    db.exec(`
      CREATE TABLE reminder_state (
        key TEXT PRIMARY KEY,
        person_id TEXT REFERENCES people(id) ON DELETE CASCADE,
        fired_at TEXT,
        snoozed_until TEXT,
        dismissed_at TEXT
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX reminder_state_person ON reminder_state(person_id);
    `);
  },
};
