import type { Migration } from './index';

// Shortlists sent to a client contact, and the client's answer on each candidate in them. A submittal belongs to the
// contact it went to and the applications it holds: erasing either person erases what it said about them.
export const migration0017: Migration = {
  version: 17,
  name: 'submittals',
  up(db) {
    db.exec(`
      CREATE TABLE submittals (
        id TEXT PRIMARY KEY,
        position_id TEXT NOT NULL REFERENCES positions(id) ON DELETE CASCADE,
        contact_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        -- A covering note to the client; it goes in the packet.
        note TEXT,
        -- The candidates' email and phone go in the packet only when the recruiter ticked this.
        include_contact_details INTEGER NOT NULL DEFAULT 0 CHECK (include_contact_details IN (0, 1)),
        -- When it was sent: the client's wait for feedback starts here.
        sent_at TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX submittals_position ON submittals(position_id, sent_at);
      CREATE INDEX submittals_contact ON submittals(contact_id, sent_at);

      CREATE TABLE submittal_candidates (
        submittal_id TEXT NOT NULL REFERENCES submittals(id) ON DELETE CASCADE,
        application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
        -- Their order in the packet, as the recruiter chose it.
        position INTEGER NOT NULL CHECK (position >= 0),
        -- The recruiter's summary of the candidate, written for the client.
        summary TEXT NOT NULL DEFAULT '',
        verdict TEXT CHECK (verdict IN ('interview', 'reject', 'hold')),
        reason TEXT,
        feedback_at TEXT,
        CHECK ((verdict IS NULL) = (feedback_at IS NULL)),
        PRIMARY KEY (submittal_id, application_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX submittal_candidates_application ON submittal_candidates(application_id);
    `);
  },
};
