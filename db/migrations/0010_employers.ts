import type { Migration } from './index';

// What the search index holds for a person. The employer comes last and only when there is one, so
// every person without an employer keeps, to the character, the entry version 6 gave them.
const PERSON_BODY =
  "coalesce(new.email, '') || ' ' || coalesce(new.title, '') || ' ' || coalesce(new.location, '') || ' ' || coalesce(new.notes, '') || coalesce(' ' || new.employer, '')";
const PERSON_REF = "(SELECT id FROM search_refs WHERE ref = new.id AND kind = 'person')";

// A company that certainly is not a client: an import made it for the candidates it named (it was
// created in the very instant a candidate pointing to it was added or merged, as the audit log
// shows), and since then nobody gave it a position, a contact, a website, notes, a time zone or an
// edit. Anything else the recruiter may have meant as a client, so it stays. The audit entries are
// read through each candidate's own, which are indexed, never by scanning the log.
const MADE_BY_AN_IMPORT = `
  c.updated_at = c.created_at
  AND c.website IS NULL AND c.notes IS NULL AND c.timezone IS NULL
  AND NOT EXISTS (SELECT 1 FROM positions x WHERE x.company_id = c.id)
  AND NOT EXISTS (SELECT 1 FROM people x WHERE x.company_id = c.id AND x.kind = 'contact')
  AND EXISTS (
    SELECT 1 FROM people p JOIN audit_log a ON a.entity = 'person' AND a.entity_id = p.id
     WHERE p.company_id = c.id AND p.kind = 'candidate' AND a.at = c.created_at AND json_valid(a.changes)
       AND (json_extract(a.changes, '$.companyId') = c.id OR json_extract(a.changes, '$.companyId[1]') = c.id))`;

// Employers are not clients. A candidate's current company becomes a name of its own, `employer`,
// kept apart from the companies recruited for; `company_id` stays for client contacts (a hiring
// manager belongs to a client). Every candidate's company name is copied into `employer` and their
// link to the company let go; the companies an import made only as employers are then removed.
// Nothing else changes, so no audit entry and no updated_at: the recruiter changed nothing.
export const migration0010: Migration = {
  version: 10,
  name: 'employers',
  up(db) {
    db.exec(`
      ALTER TABLE people ADD COLUMN employer TEXT CHECK (employer IS NULL OR length(employer) > 0);

      DROP TRIGGER people_search_insert;
      DROP TRIGGER people_search_update;
      CREATE TRIGGER people_search_insert AFTER INSERT ON people BEGIN
        INSERT INTO search_refs (kind, ref) VALUES ('person', new.id);
        INSERT INTO search_index (rowid, kind, ref, title, body)
          VALUES (last_insert_rowid(), 'person', new.id, new.name, ${PERSON_BODY});
      END;
      CREATE TRIGGER people_search_update AFTER UPDATE OF name, email, title, location, notes, employer ON people BEGIN
        UPDATE search_index SET title = new.name, body = ${PERSON_BODY} WHERE rowid = ${PERSON_REF};
      END;

      UPDATE people SET employer = nullif(trim((SELECT c.name FROM companies c WHERE c.id = people.company_id)), '')
       WHERE kind = 'candidate' AND company_id IS NOT NULL;
      DELETE FROM companies AS c WHERE ${MADE_BY_AN_IMPORT};
      UPDATE people SET company_id = NULL WHERE kind = 'candidate' AND company_id IS NOT NULL;
    `);
  },
};
