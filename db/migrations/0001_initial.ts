import type { Migration } from './index';

// Times are ISO-8601 UTC strings ('2026-11-22T09:00:00.000Z') so they sort as text.
export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE companies (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) > 0),
        website TEXT,
        notes TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE people (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('candidate', 'contact')),
        name TEXT NOT NULL CHECK (length(name) > 0),
        email TEXT,
        phone TEXT,
        timezone TEXT,
        company_id TEXT REFERENCES companies(id) ON DELETE SET NULL,
        title TEXT,
        location TEXT,
        linkedin_url TEXT,
        notes TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX people_kind_name ON people(kind, name COLLATE NOCASE);
      CREATE INDEX people_company ON people(company_id);
      CREATE INDEX people_email ON people(email COLLATE NOCASE);

      CREATE TABLE positions (
        id TEXT PRIMARY KEY,
        company_id TEXT NOT NULL REFERENCES companies(id) ON DELETE RESTRICT,
        title TEXT NOT NULL CHECK (length(title) > 0),
        description TEXT NOT NULL DEFAULT '',
        salary_min INTEGER CHECK (salary_min IS NULL OR salary_min >= 0),
        salary_max INTEGER CHECK (salary_max IS NULL OR salary_max >= 0),
        salary_currency TEXT,
        location TEXT,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'on-hold', 'filled', 'cancelled')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (salary_min IS NULL OR salary_max IS NULL OR salary_min <= salary_max)
      ) STRICT;
      CREATE INDEX positions_company ON positions(company_id);

      CREATE TABLE position_hiring_managers (
        position_id TEXT NOT NULL REFERENCES positions(id) ON DELETE CASCADE,
        person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        PRIMARY KEY (position_id, person_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE applications (
        id TEXT PRIMARY KEY,
        candidate_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        position_id TEXT NOT NULL REFERENCES positions(id) ON DELETE RESTRICT,
        stage TEXT NOT NULL CHECK (stage IN ('sourced', 'prep', 'interview', 'debrief', 'offer', 'placed', 'closed')),
        closed_reason TEXT,
        stage_changed_at TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((stage = 'closed') = (closed_reason IS NOT NULL))
      ) STRICT;
      -- One open application per candidate and position; closed ones stay as history.
      CREATE UNIQUE INDEX applications_open_pair ON applications(candidate_id, position_id) WHERE stage <> 'closed';
      CREATE INDEX applications_position_stage ON applications(position_id, stage);
      CREATE INDEX applications_stage_changed ON applications(stage, stage_changed_at);

      CREATE TABLE interviews (
        id TEXT PRIMARY KEY,
        application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
        round INTEGER NOT NULL CHECK (round >= 1),
        starts_at TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
        timezone TEXT NOT NULL,
        format TEXT NOT NULL DEFAULT 'onsite' CHECK (format IN ('onsite', 'video', 'phone')),
        place TEXT,
        cancelled_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX interviews_application ON interviews(application_id);
      CREATE INDEX interviews_starts ON interviews(starts_at);

      CREATE TABLE interview_interviewers (
        interview_id TEXT NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
        person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        PRIMARY KEY (interview_id, person_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE touches (
        id TEXT PRIMARY KEY,
        person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        application_id TEXT REFERENCES applications(id) ON DELETE SET NULL,
        at TEXT NOT NULL,
        channel TEXT NOT NULL CHECK (channel IN ('email', 'phone', 'sms', 'im', 'linkedin', 'in-person', 'letter')),
        direction TEXT NOT NULL CHECK (direction IN ('out', 'in')),
        kind TEXT NOT NULL CHECK (kind IN ('follow-up', 'reply', 'value-add', 'check-in', 'prep-call', 'debrief-call', 'take-away', 'thank-you-letter', 'other')),
        outcome TEXT NOT NULL CHECK (outcome IN ('no-answer', 'voicemail', 'connected', 'replied', 'sent')),
        response TEXT,
        agreed_next_at TEXT,
        summary TEXT,
        override_reason TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX touches_person_at ON touches(person_id, at);

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
        changes TEXT NOT NULL CHECK (json_valid(changes))
      ) STRICT;
      CREATE INDEX audit_entity ON audit_log(entity, entity_id);
    `);
  },
};
