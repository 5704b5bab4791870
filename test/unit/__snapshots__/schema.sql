-- Every migration replayed on an empty database.
PRAGMA user_version = 23;

-- index applications_candidate on applications
CREATE INDEX applications_candidate ON applications(candidate_id, stage_changed_at);

-- index applications_open_pair on applications
CREATE UNIQUE INDEX applications_open_pair ON applications(candidate_id, position_id) WHERE stage <> 'closed';

-- index applications_position_stage on applications
CREATE INDEX applications_position_stage ON applications(position_id, stage);

-- index applications_stage_changed on applications
CREATE INDEX applications_stage_changed ON applications(stage, stage_changed_at);

-- index attachments_person on attachments
CREATE INDEX attachments_person ON attachments (person_id, added_at);

-- index audit_entity on audit_log
CREATE INDEX audit_entity ON audit_log(entity, entity_id);

-- index companies_name_key on companies
CREATE INDEX companies_name_key ON companies(name_key, name, id);

-- index contact_outlook_default_pause on contact_outlook
CREATE INDEX contact_outlook_default_pause ON contact_outlook(person_id) WHERE pause_by_default = 1;

-- index contact_outlook_due on contact_outlook
CREATE INDEX contact_outlook_due ON contact_outlook(due_at) WHERE due_at IS NOT NULL;

-- index contact_outlook_quiet on contact_outlook
CREATE INDEX contact_outlook_quiet ON contact_outlook(quiet_since) WHERE due_at IS NULL AND stop IS NULL AND ball_in_their_court = 0;

-- index interviews_application on interviews
CREATE INDEX interviews_application ON interviews(application_id);

-- index interviews_debrief_due on interviews
CREATE INDEX interviews_debrief_due ON interviews(ends_at) WHERE cancelled_at IS NULL AND debriefed_at IS NULL;

-- index interviews_live on interviews
CREATE INDEX interviews_live ON interviews(application_id, starts_at, created_at) WHERE cancelled_at IS NULL;

-- index interviews_starts on interviews
CREATE INDEX interviews_starts ON interviews(starts_at);

-- index offers_application on offers
CREATE INDEX offers_application ON offers(application_id, offered_at);

-- index offers_waiting on offers
CREATE INDEX offers_waiting ON offers(expires_at, offered_at) WHERE answer IS NULL;

-- index people_company_name_key on people
CREATE INDEX people_company_name_key ON people(company_id, name_key, name, id);

-- index people_created on people
CREATE INDEX people_created ON people(created_at, id);

-- index people_email on people
CREATE INDEX people_email ON people(email COLLATE NOCASE);

-- index people_kind_created on people
CREATE INDEX people_kind_created ON people(kind, created_at, id);

-- index people_kind_name_key on people
CREATE INDEX people_kind_name_key ON people(kind, name_key, name, id);

-- index people_name_key on people
CREATE INDEX people_name_key ON people(name_key, name, id);

-- index person_tags_by_key on person_tags
CREATE INDEX person_tags_by_key ON person_tags(key, tag, person_id);

-- index placements_guarantee on placements
CREATE INDEX placements_guarantee ON placements(guarantee_notice_at) WHERE fell_off_at IS NULL;

-- index placements_standing on placements
CREATE UNIQUE INDEX placements_standing ON placements(application_id) WHERE fell_off_at IS NULL;

-- index positions_company_title_key on positions
CREATE INDEX positions_company_title_key ON positions(company_id, title_key, title, id);

-- index positions_status_title_key on positions
CREATE INDEX positions_status_title_key ON positions(status, title_key, title, id);

-- index positions_title_key on positions
CREATE INDEX positions_title_key ON positions(title_key, title, id);

-- index prep_items_interview on prep_items
CREATE INDEX prep_items_interview ON prep_items(interview_id, position);

-- index reminder_state_person on reminder_state
CREATE INDEX reminder_state_person ON reminder_state(person_id);

-- index saved_filters_name on saved_filters
CREATE UNIQUE INDEX saved_filters_name ON saved_filters(screen, name_key);

-- index sqlite_autoindex_applications_1 on applications
-- (made by SQLite for a key)

-- index sqlite_autoindex_attachment_files_1 on attachment_files
-- (made by SQLite for a key)

-- index sqlite_autoindex_attachments_1 on attachments
-- (made by SQLite for a key)

-- index sqlite_autoindex_companies_1 on companies
-- (made by SQLite for a key)

-- index sqlite_autoindex_debriefs_1 on debriefs
-- (made by SQLite for a key)

-- index sqlite_autoindex_debriefs_2 on debriefs
-- (made by SQLite for a key)

-- index sqlite_autoindex_interviews_1 on interviews
-- (made by SQLite for a key)

-- index sqlite_autoindex_offers_1 on offers
-- (made by SQLite for a key)

-- index sqlite_autoindex_people_1 on people
-- (made by SQLite for a key)

-- index sqlite_autoindex_placements_1 on placements
-- (made by SQLite for a key)

-- index sqlite_autoindex_positions_1 on positions
-- (made by SQLite for a key)

-- index sqlite_autoindex_prep_items_1 on prep_items
-- (made by SQLite for a key)

-- index sqlite_autoindex_saved_filters_1 on saved_filters
-- (made by SQLite for a key)

-- index sqlite_autoindex_search_refs_1 on search_refs
-- (made by SQLite for a key)

-- index sqlite_autoindex_submittals_1 on submittals
-- (made by SQLite for a key)

-- index sqlite_autoindex_tasks_1 on tasks
-- (made by SQLite for a key)

-- index sqlite_autoindex_touches_1 on touches
-- (made by SQLite for a key)

-- index submittal_candidates_application on submittal_candidates
CREATE INDEX submittal_candidates_application ON submittal_candidates(application_id);

-- index submittals_contact on submittals
CREATE INDEX submittals_contact ON submittals(contact_id, sent_at);

-- index submittals_position on submittals
CREATE INDEX submittals_position ON submittals(position_id, sent_at);

-- index tasks_by_application on tasks
CREATE INDEX tasks_by_application ON tasks(application_id, due_at, id);

-- index tasks_by_person on tasks
CREATE INDEX tasks_by_person ON tasks(person_id, due_at, id);

-- index tasks_open_by_due on tasks
CREATE INDEX tasks_open_by_due ON tasks(due_at, id) WHERE done_at IS NULL;

-- index touches_at on touches
CREATE INDEX touches_at ON touches(at);

-- index touches_conversations on touches
CREATE INDEX touches_conversations ON touches(person_id, at) WHERE direction = 'in' OR outcome IN ('connected', 'replied');

-- index touches_flagged on touches
CREATE INDEX touches_flagged ON touches(at) WHERE override_reason IS NOT NULL;

-- index touches_letters on touches
CREATE INDEX touches_letters ON touches(person_id, at) WHERE direction = 'out' AND kind = 'thank-you-letter';

-- index touches_outbound on touches
CREATE INDEX touches_outbound ON touches(person_id, at) WHERE direction = 'out';

-- index touches_person_at on touches
CREATE INDEX touches_person_at ON touches(person_id, at);

-- index touches_responses on touches
CREATE INDEX touches_responses ON touches(person_id, at) WHERE response IS NOT NULL;

-- index touches_stops on touches
CREATE INDEX touches_stops ON touches(person_id, at) WHERE response = 'stop';

-- table applications on applications
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

-- table attachment_files on attachment_files
CREATE TABLE attachment_files (
        attachment_id TEXT PRIMARY KEY REFERENCES attachments(id) ON DELETE CASCADE,
        bytes BLOB NOT NULL
      ) STRICT;

-- table attachments on attachments
CREATE TABLE attachments (
        entry INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
        type TEXT NOT NULL CHECK (type IN ('pdf', 'docx', 'txt')),
        size INTEGER NOT NULL CHECK (size > 0),
        added_at TEXT NOT NULL
      ) STRICT;

-- table audit_log on audit_log
CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
        changes TEXT NOT NULL CHECK (json_valid(changes))
      ) STRICT;

-- table companies on companies
CREATE TABLE companies (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) > 0),
        website TEXT,
        notes TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      , timezone TEXT, name_key TEXT NOT NULL DEFAULT '') STRICT;

-- table contact_outlook on contact_outlook
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

-- table debriefs on debriefs
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

-- table interview_interviewers on interview_interviewers
CREATE TABLE interview_interviewers (
        interview_id TEXT NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
        person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        PRIMARY KEY (interview_id, person_id)
      ) STRICT, WITHOUT ROWID;

-- table interviews on interviews
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
      , ends_at TEXT, notes TEXT, debriefed_at TEXT, client_feedback_at TEXT, client_feedback TEXT, sequence INTEGER NOT NULL DEFAULT 0 CHECK (sequence >= 0)) STRICT;

-- table offers on offers
CREATE TABLE offers (
        id TEXT PRIMARY KEY,
        application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
        base INTEGER NOT NULL CHECK (base > 0),
        currency TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
        bonus INTEGER CHECK (bonus IS NULL OR bonus >= 0),
        start_date TEXT NOT NULL CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        expires_at TEXT,
        offered_at TEXT NOT NULL,
        answer TEXT CHECK (answer IN ('yes', 'no')),
        -- Their own words when they said anything but a plain yes; recorded as no.
        answer_verbatim TEXT,
        answered_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((answer IS NULL) = (answered_at IS NULL)),
        CHECK (answer_verbatim IS NULL OR answer IS NOT NULL)
      ) STRICT;

-- table people on people
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
      , employer TEXT CHECK (employer IS NULL OR length(employer) > 0), name_key TEXT NOT NULL DEFAULT '') STRICT;

-- table person_tags on person_tags
CREATE TABLE person_tags (
        person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        key TEXT NOT NULL CHECK (length(key) > 0),
        tag TEXT NOT NULL CHECK (length(tag) BETWEEN 1 AND 40),
        position INTEGER NOT NULL,
        PRIMARY KEY (person_id, key)
      ) STRICT, WITHOUT ROWID;

-- table placements on placements
CREATE TABLE placements (
        id TEXT PRIMARY KEY,
        application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
        offer_id TEXT REFERENCES offers(id) ON DELETE SET NULL,
        start_date TEXT NOT NULL CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        -- The fee is a percentage (in hundredths of a percent, so 22.5% is 2250) or a fixed amount, never both.
        fee_basis_points INTEGER CHECK (fee_basis_points IS NULL OR fee_basis_points BETWEEN 1 AND 10000),
        fee_amount INTEGER CHECK (fee_amount IS NULL OR fee_amount >= 0),
        fee_currency TEXT CHECK (fee_currency IS NULL OR (length(fee_currency) = 3 AND fee_currency = upper(fee_currency))),
        invoice_date TEXT,
        guarantee_days INTEGER NOT NULL CHECK (guarantee_days BETWEEN 0 AND 365),
        guarantee_ends_on TEXT NOT NULL,
        -- When the reminder before the guarantee ends falls due, worked out once where the candidate works.
        guarantee_notice_at TEXT,
        fell_off_at TEXT,
        fell_off_reason TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((fee_basis_points IS NULL) <> (fee_amount IS NULL)),
        CHECK ((fee_amount IS NULL) = (fee_currency IS NULL)),
        CHECK ((fell_off_at IS NULL) = (fell_off_reason IS NULL)),
        CHECK ((guarantee_days = 0) = (guarantee_notice_at IS NULL))
      ) STRICT;

-- table position_hiring_managers on position_hiring_managers
CREATE TABLE position_hiring_managers (
        position_id TEXT NOT NULL REFERENCES positions(id) ON DELETE CASCADE,
        person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        PRIMARY KEY (position_id, person_id)
      ) STRICT, WITHOUT ROWID;

-- table positions on positions
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
        updated_at TEXT NOT NULL, timezone TEXT, title_key TEXT NOT NULL DEFAULT '',
        CHECK (salary_min IS NULL OR salary_max IS NULL OR salary_min <= salary_max)
      ) STRICT;

-- table prep_items on prep_items
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

-- table reminder_state on reminder_state
CREATE TABLE reminder_state (
        key TEXT PRIMARY KEY,
        person_id TEXT REFERENCES people(id) ON DELETE CASCADE,
        fired_at TEXT,
        snoozed_until TEXT,
        dismissed_at TEXT
      ) STRICT, WITHOUT ROWID;

-- table saved_filters on saved_filters
CREATE TABLE saved_filters (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) > 0),
        name_key TEXT NOT NULL,
        screen TEXT NOT NULL CHECK (screen IN ('people', 'pipeline')),
        query TEXT,
        tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
        kind TEXT CHECK (kind IN ('candidate', 'contact')),
        position_id TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

-- table search_attachments on search_attachments
CREATE VIRTUAL TABLE search_attachments USING fts5(text, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4 5 6');

-- table search_attachments_config on search_attachments_config
CREATE TABLE 'search_attachments_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table search_attachments_content on search_attachments_content
CREATE TABLE 'search_attachments_content'(id INTEGER PRIMARY KEY, c0);

-- table search_attachments_data on search_attachments_data
CREATE TABLE 'search_attachments_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table search_attachments_docsize on search_attachments_docsize
CREATE TABLE 'search_attachments_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table search_attachments_idx on search_attachments_idx
CREATE TABLE 'search_attachments_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table search_index on search_index
CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, ref UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4 5 6');

-- table search_index_config on search_index_config
CREATE TABLE 'search_index_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table search_index_content on search_index_content
CREATE TABLE 'search_index_content'(id INTEGER PRIMARY KEY, c0, c1, c2, c3);

-- table search_index_data on search_index_data
CREATE TABLE 'search_index_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table search_index_docsize on search_index_docsize
CREATE TABLE 'search_index_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table search_index_idx on search_index_idx
CREATE TABLE 'search_index_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table search_refs on search_refs
CREATE TABLE search_refs (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('person', 'company', 'position', 'touch')),
        ref TEXT NOT NULL,
        UNIQUE (ref, kind)
      ) STRICT;

-- table settings on settings
CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;

-- table submittal_candidates on submittal_candidates
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

-- table submittals on submittals
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

-- table tasks on tasks
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

-- table templates on templates
CREATE TABLE templates (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;

-- table touch_search on touch_search
CREATE VIRTUAL TABLE touch_search USING fts5(ref UNINDEXED, summary, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4 5 6');

-- table touch_search_config on touch_search_config
CREATE TABLE 'touch_search_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table touch_search_content on touch_search_content
CREATE TABLE 'touch_search_content'(id INTEGER PRIMARY KEY, c0, c1);

-- table touch_search_data on touch_search_data
CREATE TABLE 'touch_search_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table touch_search_docsize on touch_search_docsize
CREATE TABLE 'touch_search_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table touch_search_idx on touch_search_idx
CREATE TABLE 'touch_search_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table touches on touches
CREATE TABLE "touches" (
        id TEXT PRIMARY KEY,
        person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        application_id TEXT REFERENCES applications(id) ON DELETE SET NULL,
        at TEXT NOT NULL,
        channel TEXT NOT NULL CHECK (channel IN ('email', 'phone', 'sms', 'im', 'linkedin', 'in-person', 'letter')),
        direction TEXT NOT NULL CHECK (direction IN ('out', 'in')),
        kind TEXT NOT NULL CHECK (kind IN ('first-contact', 'follow-up', 'reply', 'value-add', 'check-in', 'prep-call', 'debrief-call', 'take-away', 'thank-you-letter', 'other')),
        outcome TEXT NOT NULL CHECK (outcome IN ('no-answer', 'voicemail', 'connected', 'replied', 'sent')),
        response TEXT,
        agreed_next_at TEXT,
        summary TEXT,
        override_reason TEXT,
        created_at TEXT NOT NULL
      , override_rules TEXT CHECK (override_rules IS NULL OR json_valid(override_rules)), read_as TEXT
        CHECK (read_as IN ('interested', 'permission', 'soft-no', 'no', 'stop', 'neutral'))) STRICT;

-- trigger applications_outlook on applications
CREATE TRIGGER applications_outlook AFTER INSERT ON applications BEGIN
        UPDATE contact_outlook SET quiet_since = max(quiet_since, new.created_at) WHERE person_id = new.candidate_id;
      END;

-- trigger attachments_search_delete on attachments
CREATE TRIGGER attachments_search_delete AFTER DELETE ON attachments BEGIN
        DELETE FROM search_attachments WHERE rowid = old.entry;
      END;

-- trigger companies_name_key_insert on companies
CREATE TRIGGER companies_name_key_insert AFTER INSERT ON companies
      WHEN new.name_key IS NOT CASE WHEN new.name GLOB '*[^ -~]*' THEN politely_name_key(new.name) ELSE lower(new.name) END BEGIN
      UPDATE companies SET name_key = CASE WHEN new.name GLOB '*[^ -~]*' THEN politely_name_key(new.name) ELSE lower(new.name) END WHERE rowid = new.rowid;
    END;

-- trigger companies_name_key_update on companies
CREATE TRIGGER companies_name_key_update AFTER UPDATE OF name, name_key ON companies
      WHEN new.name_key IS NOT CASE WHEN new.name GLOB '*[^ -~]*' THEN politely_name_key(new.name) ELSE lower(new.name) END BEGIN
      UPDATE companies SET name_key = CASE WHEN new.name GLOB '*[^ -~]*' THEN politely_name_key(new.name) ELSE lower(new.name) END WHERE rowid = new.rowid;
    END;

-- trigger companies_search_delete on companies
CREATE TRIGGER companies_search_delete AFTER DELETE ON companies BEGIN
          DELETE FROM search_index WHERE rowid = (SELECT id FROM search_refs WHERE ref = old.id AND kind = 'company');
          DELETE FROM search_refs WHERE ref = old.id AND kind = 'company';
        END;

-- trigger companies_search_insert on companies
CREATE TRIGGER companies_search_insert AFTER INSERT ON companies BEGIN
        INSERT INTO search_refs (kind, ref) VALUES ('company', new.id);
        INSERT INTO search_index (rowid, kind, ref, title, body) VALUES (last_insert_rowid(), 'company', new.id, new.name,
          coalesce(new.website, '') || ' ' || coalesce(new.notes, '') || CASE WHEN new.name GLOB '*[ßẞæÆœŒøØłŁđĐıħĦ]*' THEN ' ' || politely_name_key(new.name) ELSE '' END);
      END;

-- trigger companies_search_update on companies
CREATE TRIGGER companies_search_update AFTER UPDATE OF name, website, notes ON companies BEGIN
        UPDATE search_index SET title = new.name,
               body = coalesce(new.website, '') || ' ' || coalesce(new.notes, '') || CASE WHEN new.name GLOB '*[ßẞæÆœŒøØłŁđĐıħĦ]*' THEN ' ' || politely_name_key(new.name) ELSE '' END
         WHERE rowid = (SELECT id FROM search_refs WHERE ref = new.id AND kind = 'company');
      END;

-- trigger people_name_key_insert on people
CREATE TRIGGER people_name_key_insert AFTER INSERT ON people
        WHEN new.name_key IS NOT CASE WHEN new.name GLOB '*[^ -~]*' THEN politely_name_key(new.name) ELSE lower(new.name) END BEGIN
        UPDATE people SET name_key = CASE WHEN new.name GLOB '*[^ -~]*' THEN politely_name_key(new.name) ELSE lower(new.name) END WHERE rowid = new.rowid;
      END;

-- trigger people_name_key_update on people
CREATE TRIGGER people_name_key_update AFTER UPDATE OF name, name_key ON people
        WHEN new.name_key IS NOT CASE WHEN new.name GLOB '*[^ -~]*' THEN politely_name_key(new.name) ELSE lower(new.name) END BEGIN
        UPDATE people SET name_key = CASE WHEN new.name GLOB '*[^ -~]*' THEN politely_name_key(new.name) ELSE lower(new.name) END WHERE rowid = new.rowid;
      END;

-- trigger people_outlook on people
CREATE TRIGGER people_outlook AFTER INSERT ON people BEGIN
        INSERT INTO contact_outlook (person_id, quiet_since) VALUES (new.id, new.created_at);
      END;

-- trigger people_search_delete on people
CREATE TRIGGER people_search_delete AFTER DELETE ON people BEGIN
          DELETE FROM search_index WHERE rowid = (SELECT id FROM search_refs WHERE ref = old.id AND kind = 'person');
          DELETE FROM search_refs WHERE ref = old.id AND kind = 'person';
        END;

-- trigger people_search_insert on people
CREATE TRIGGER people_search_insert AFTER INSERT ON people BEGIN
        INSERT INTO search_refs (kind, ref) VALUES ('person', new.id);
        INSERT INTO search_index (rowid, kind, ref, title, body)
          VALUES (last_insert_rowid(), 'person', new.id, new.name, coalesce(new.email, '') || ' ' || coalesce(new.title, '') || ' ' || coalesce(new.location, '') || ' ' || coalesce(new.notes, '') || coalesce(' ' || new.employer, '') || CASE WHEN new.name GLOB '*[ßẞæÆœŒøØłŁđĐıħĦ]*' THEN ' ' || politely_name_key(new.name) ELSE '' END);
      END;

-- trigger people_search_update on people
CREATE TRIGGER people_search_update AFTER UPDATE OF name, email, title, location, notes, employer ON people BEGIN
        UPDATE search_index SET title = new.name, body = coalesce(new.email, '') || ' ' || coalesce(new.title, '') || ' ' || coalesce(new.location, '') || ' ' || coalesce(new.notes, '') || coalesce(' ' || new.employer, '') || coalesce(' ' || (SELECT group_concat(t.tag, ' ' ORDER BY t.position) FROM person_tags t WHERE t.person_id = new.id), '') || CASE WHEN new.name GLOB '*[ßẞæÆœŒøØłŁđĐıħĦ]*' THEN ' ' || politely_name_key(new.name) ELSE '' END
         WHERE rowid = (SELECT id FROM search_refs WHERE ref = new.id AND kind = 'person');
      END;

-- trigger positions_search_delete on positions
CREATE TRIGGER positions_search_delete AFTER DELETE ON positions BEGIN
          DELETE FROM search_index WHERE rowid = (SELECT id FROM search_refs WHERE ref = old.id AND kind = 'position');
          DELETE FROM search_refs WHERE ref = old.id AND kind = 'position';
        END;

-- trigger positions_search_insert on positions
CREATE TRIGGER positions_search_insert AFTER INSERT ON positions BEGIN
        INSERT INTO search_refs (kind, ref) VALUES ('position', new.id);
        INSERT INTO search_index (rowid, kind, ref, title, body) VALUES (last_insert_rowid(), 'position', new.id, new.title,
          coalesce(new.location, '') || ' ' || new.description || CASE WHEN new.title GLOB '*[ßẞæÆœŒøØłŁđĐıħĦ]*' THEN ' ' || politely_name_key(new.title) ELSE '' END);
      END;

-- trigger positions_search_update on positions
CREATE TRIGGER positions_search_update AFTER UPDATE OF title, location, description ON positions BEGIN
        UPDATE search_index SET title = new.title,
               body = coalesce(new.location, '') || ' ' || new.description || CASE WHEN new.title GLOB '*[ßẞæÆœŒøØłŁđĐıħĦ]*' THEN ' ' || politely_name_key(new.title) ELSE '' END
         WHERE rowid = (SELECT id FROM search_refs WHERE ref = new.id AND kind = 'position');
      END;

-- trigger positions_title_key_insert on positions
CREATE TRIGGER positions_title_key_insert AFTER INSERT ON positions
      WHEN new.title_key IS NOT CASE WHEN new.title GLOB '*[^ -~]*' THEN politely_name_key(new.title) ELSE lower(new.title) END BEGIN
      UPDATE positions SET title_key = CASE WHEN new.title GLOB '*[^ -~]*' THEN politely_name_key(new.title) ELSE lower(new.title) END WHERE rowid = new.rowid;
    END;

-- trigger positions_title_key_update on positions
CREATE TRIGGER positions_title_key_update AFTER UPDATE OF title, title_key ON positions
      WHEN new.title_key IS NOT CASE WHEN new.title GLOB '*[^ -~]*' THEN politely_name_key(new.title) ELSE lower(new.title) END BEGIN
      UPDATE positions SET title_key = CASE WHEN new.title GLOB '*[^ -~]*' THEN politely_name_key(new.title) ELSE lower(new.title) END WHERE rowid = new.rowid;
    END;

-- trigger touches_outlook on touches
CREATE TRIGGER touches_outlook AFTER INSERT ON touches BEGIN
        UPDATE contact_outlook SET quiet_since = max(quiet_since, new.at), last_touch_at = max(coalesce(last_touch_at, new.at), new.at)
         WHERE person_id = new.person_id;
      END;

-- trigger touches_search_delete on touches
CREATE TRIGGER touches_search_delete AFTER DELETE ON touches WHEN old.summary IS NOT NULL BEGIN
        DELETE FROM touch_search WHERE rowid = (SELECT id FROM search_refs WHERE ref = old.id AND kind = 'touch');
        DELETE FROM search_refs WHERE ref = old.id AND kind = 'touch';
      END;

-- trigger touches_search_insert on touches
CREATE TRIGGER touches_search_insert AFTER INSERT ON touches WHEN new.summary IS NOT NULL BEGIN
        INSERT INTO search_refs (kind, ref) VALUES ('touch', new.id);
        INSERT INTO touch_search (rowid, ref, summary) VALUES (last_insert_rowid(), new.id, new.summary);
      END;

-- trigger touches_search_update on touches
CREATE TRIGGER touches_search_update AFTER UPDATE OF summary ON touches BEGIN
        DELETE FROM touch_search WHERE rowid = (SELECT id FROM search_refs WHERE ref = old.id AND kind = 'touch');
        DELETE FROM search_refs WHERE ref = old.id AND kind = 'touch';
        INSERT INTO search_refs (kind, ref) SELECT 'touch', new.id WHERE new.summary IS NOT NULL;
        INSERT INTO touch_search (rowid, ref, summary) SELECT last_insert_rowid(), new.id, new.summary WHERE new.summary IS NOT NULL;
      END;
