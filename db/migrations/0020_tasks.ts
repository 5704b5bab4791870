import type { Migration } from './index';

// The recruiter's to-dos, each with a due time, on a person or on one of a candidate's applications (then on the
// candidate too, so a person's tasks are read by person alone). Erasing a person takes their tasks with them, as the
// row goes; an application's do too. Today and the reminders read the open ones by due time, through an index that
// holds only those; a person's page reads theirs by person.
export const migration0020: Migration = {
  version: 20,
  name: 'tasks',
  up(db) {
    db.exec(`
      CREATE TABLE tasks (
        id TEXT PRIMARY KEY,
        person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        application_id TEXT REFERENCES applications(id) ON DELETE CASCADE,
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        notes TEXT CHECK (notes IS NULL OR length(notes) <= 5000),
        due_at TEXT NOT NULL,
        done_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX tasks_open_by_due ON tasks(due_at, id) WHERE done_at IS NULL;
      CREATE INDEX tasks_by_person ON tasks(person_id, due_at, id);
      CREATE INDEX tasks_by_application ON tasks(application_id, due_at, id);
    `);
  },
};
