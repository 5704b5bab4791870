import type Database from 'better-sqlite3-multiple-ciphers';
import { fillOutlooks } from './frozen/outlook0002';
import type { Migration } from './index';

// What each person's contact log says about the days ahead, kept beside them so the today queue
// and the board read it with an index instead of replaying every history. The database keeps
// `quiet_since` itself; the rest is derived by core/policy's outlookOf whenever a touch is logged,
// and here, for the contact logs already kept, by the copy of it frozen as this migration shipped.
export const migration0002: Migration = {
  version: 2,
  name: 'contact outlook',
  up(db: Database.Database) {
    db.exec(`
      CREATE TABLE contact_outlook (
        person_id TEXT PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
        -- The last contact either way, or when they or their latest application was added.
        quiet_since TEXT NOT NULL,
        last_touch_at TEXT,
        stop TEXT CHECK (stop IN ('do-not-contact', 'final-letter-sent')),
        pause_kind TEXT CHECK (pause_kind IN ('soft-no', 'no')),
        pause_until TEXT,
        pause_by_default INTEGER NOT NULL DEFAULT 0 CHECK (pause_by_default IN (0, 1)),
        ball_in_their_court INTEGER NOT NULL DEFAULT 0 CHECK (ball_in_their_court IN (0, 1)),
        agreed_until TEXT,
        due_at TEXT,
        due_reason TEXT CHECK (due_reason IN ('agreed-date', 'soft-no', 'no-for-now')),
        unanswered_streak INTEGER NOT NULL DEFAULT 0,
        CHECK ((due_at IS NULL) = (due_reason IS NULL))
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX contact_outlook_due ON contact_outlook(due_at) WHERE due_at IS NOT NULL;
      CREATE INDEX contact_outlook_quiet ON contact_outlook(quiet_since) WHERE due_at IS NULL AND stop IS NULL AND ball_in_their_court = 0;
      CREATE INDEX contact_outlook_default_pause ON contact_outlook(person_id) WHERE pause_by_default = 1;
      CREATE INDEX applications_candidate ON applications(candidate_id, stage_changed_at);

      CREATE TRIGGER people_outlook AFTER INSERT ON people BEGIN
        INSERT INTO contact_outlook (person_id, quiet_since) VALUES (new.id, new.created_at);
      END;
      CREATE TRIGGER applications_outlook AFTER INSERT ON applications BEGIN
        UPDATE contact_outlook SET quiet_since = max(quiet_since, new.created_at) WHERE person_id = new.candidate_id;
      END;
      CREATE TRIGGER touches_outlook AFTER INSERT ON touches BEGIN
        UPDATE contact_outlook SET quiet_since = max(quiet_since, new.at), last_touch_at = max(coalesce(last_touch_at, new.at), new.at)
         WHERE person_id = new.person_id;
      END;

      INSERT INTO contact_outlook (person_id, quiet_since, last_touch_at)
      SELECT p.id,
             max(p.created_at, coalesce((SELECT max(a.created_at) FROM applications a WHERE a.candidate_id = p.id), ''),
                 coalesce((SELECT max(t.at) FROM touches t WHERE t.person_id = p.id), '')),
             (SELECT max(t.at) FROM touches t WHERE t.person_id = p.id)
        FROM people p;
    `);
    fillOutlooks(db);
  },
};
