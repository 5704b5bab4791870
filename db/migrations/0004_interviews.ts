import type { Migration } from './index';

// Prep checklists, debriefs and the client's feedback for each interview; when an interview
// ends is kept beside its start so "debrief due" and "prep due" are index ranges.
export const migration0004: Migration = {
  version: 4,
  name: 'prep and debriefs',
  up(db) {
    db.exec(`
      ALTER TABLE interviews ADD COLUMN ends_at TEXT;
      UPDATE interviews SET ends_at = strftime('%Y-%m-%dT%H:%M:%fZ', starts_at, '+' || duration_minutes || ' minutes');
      -- Internal: never in anything a candidate receives.
      ALTER TABLE interviews ADD COLUMN notes TEXT;
      ALTER TABLE interviews ADD COLUMN debriefed_at TEXT;
      ALTER TABLE interviews ADD COLUMN client_feedback_at TEXT;
      ALTER TABLE interviews ADD COLUMN client_feedback TEXT;
      CREATE INDEX interviews_debrief_due ON interviews(ends_at) WHERE cancelled_at IS NULL AND debriefed_at IS NULL;

      CREATE TABLE prep_items (
        id TEXT PRIMARY KEY,
        interview_id TEXT NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        template TEXT,
        label TEXT NOT NULL CHECK (length(label) > 0),
        body TEXT NOT NULL DEFAULT '',
        visibility TEXT NOT NULL CHECK (visibility IN ('candidate', 'internal')),
        done_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX prep_items_interview ON prep_items(interview_id, position);

      CREATE TABLE debriefs (
        id TEXT PRIMARY KEY,
        interview_id TEXT NOT NULL UNIQUE REFERENCES interviews(id) ON DELETE CASCADE,
        called_at TEXT NOT NULL,
        arrival_time TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
        met_with TEXT NOT NULL,
        questions_asked TEXT NOT NULL,
        answers TEXT NOT NULL,
        vibe TEXT NOT NULL,
        concerns TEXT,
        acceptance TEXT NOT NULL CHECK (acceptance IN ('yes', 'no')),
        -- Their own words when they did not say a plain yes or no; recorded as no.
        acceptance_verbatim TEXT,
        -- From the interview's end to the call, in minutes: how fast the debrief happened.
        latency_minutes INTEGER NOT NULL CHECK (latency_minutes >= 0),
        created_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
