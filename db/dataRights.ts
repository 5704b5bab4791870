import type { Db } from './connection';
import { writeAudit } from './records';
import { tasksAbout } from './tasks';

const ids = (db: Db, sql: string, ...params: string[]) =>
  db
    .prepare(sql)
    .pluck()
    .all(...params) as string[];
const placeholders = (list: readonly string[]) => list.map(() => '?').join(', ');

/** Everything kept about one person, as plain rows: what a data request receives. */
export function everythingAbout(db: Db, personId: string): Record<string, unknown[]> | undefined {
  const person = db.prepare('SELECT * FROM people WHERE id = ?').get(personId);
  if (!person) return undefined;
  const applications = ids(db, 'SELECT id FROM applications WHERE candidate_id = ?', personId);
  const interviews = applications.length
    ? ids(db, `SELECT id FROM interviews WHERE application_id IN (${placeholders(applications)})`, ...applications)
    : [];
  const rows = (sql: string, list: readonly string[]) =>
    list.length ? db.prepare(sql.replace('(?)', `(${placeholders(list)})`)).all(...list) : [];
  return {
    person: [person],
    applications: rows(
      'SELECT a.*, pos.title AS position_title, c.name AS company_name FROM applications a JOIN positions pos ON pos.id = a.position_id JOIN companies c ON c.id = pos.company_id WHERE a.id IN (?)',
      applications,
    ),
    interviews: rows('SELECT * FROM interviews WHERE id IN (?)', interviews),
    interviewsTheyConducted: db
      .prepare(
        'SELECT i.* FROM interviews i JOIN interview_interviewers ii ON ii.interview_id = i.id WHERE ii.person_id = ?',
      )
      .all(personId),
    prep: rows('SELECT * FROM prep_items WHERE interview_id IN (?) ORDER BY interview_id, position', interviews),
    debriefs: rows('SELECT * FROM debriefs WHERE interview_id IN (?)', interviews),
    contacts: db.prepare('SELECT * FROM touches WHERE person_id = ? ORDER BY at').all(personId),
    tasks: tasksAbout(db, personId),
    tags: db.prepare('SELECT tag FROM person_tags WHERE person_id = ? ORDER BY position').pluck().all(personId),
    // What the recruiter told clients about them in shortlists, and the shortlists sent to them as a client contact.
    shortlists: rows(
      `SELECT sc.*, s.sent_at, s.contact_id FROM submittal_candidates sc JOIN submittals s ON s.id = sc.submittal_id
        WHERE sc.application_id IN (?)`,
      applications,
    ),
    shortlistsTheyReceived: db.prepare('SELECT * FROM submittals WHERE contact_id = ? ORDER BY sent_at').all(personId),
    contactsAboutTheirApplications: applications.length
      ? db
          .prepare(
            `SELECT * FROM touches WHERE application_id IN (${placeholders(applications)}) AND person_id <> ? ORDER BY at`,
          )
          .all(...applications, personId)
      : [],
    history: db
      .prepare('SELECT at, entity, action, changes FROM audit_log WHERE entity_id = ? ORDER BY id')
      .all(personId),
  };
}

/**
 * Erases a person and everything linked to them: their contacts, applications, interviews, prep,
 * debriefs, tags and tasks (which go with the person's row), and the contacts about their applications, with the audit
 * entries that named them.
 * What remains is one entry that says an erasure happened, and how much it removed.
 */
export function erasePerson(
  db: Db,
  personId: string,
  now: string,
): { touches: number; applications: number; interviews: number } | undefined {
  if (!db.prepare('SELECT 1 FROM people WHERE id = ?').get(personId)) return undefined;
  const applications = ids(db, 'SELECT id FROM applications WHERE candidate_id = ?', personId);
  const interviews = applications.length
    ? ids(db, `SELECT id FROM interviews WHERE application_id IN (${placeholders(applications)})`, ...applications)
    : [];
  const debriefs = interviews.length
    ? ids(db, `SELECT id FROM debriefs WHERE interview_id IN (${placeholders(interviews)})`, ...interviews)
    : [];
  const touches = ids(
    db,
    `SELECT id FROM touches WHERE person_id = ?${applications.length ? ` OR application_id IN (${placeholders(applications)})` : ''}`,
    personId,
    ...applications,
  );
  const traced = [personId, ...applications, ...interviews, ...debriefs, ...touches];
  for (let i = 0; i < touches.length; i += 500) {
    const chunk = touches.slice(i, i + 500);
    db.prepare(`DELETE FROM touches WHERE id IN (${placeholders(chunk)})`).run(...chunk);
  }
  db.prepare('DELETE FROM people WHERE id = ?').run(personId);
  for (let i = 0; i < traced.length; i += 500) {
    const chunk = traced.slice(i, i + 500);
    db.prepare(`DELETE FROM audit_log WHERE entity_id IN (${placeholders(chunk)})`).run(...chunk);
  }
  const counts = { touches: touches.length, applications: applications.length, interviews: interviews.length };
  writeAudit(db, now, 'person', personId, 'delete', { erased: 1, ...counts });
  return counts;
}

/**
 * Erased content must not linger in the file: freed pages are zeroed, and the WAL is emptied once the erasure commits.
 */
export function scrubAfterErasure(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/**
 * People with no contact for `months` (and none planned), oldest silence first: candidates for erasure or archiving.
 */
export function retentionList(
  db: Db,
  cutoff: string,
  limit: number,
): { id: string; name: string; kind: string; lastContactAt: string | null; createdAt: string }[] {
  return db
    .prepare(
      `SELECT p.id, p.name, p.kind, o.last_touch_at AS lastContactAt, p.created_at AS createdAt
         FROM people p JOIN contact_outlook o ON o.person_id = p.id
        WHERE coalesce(o.last_touch_at, p.created_at) < ?
          AND NOT EXISTS (SELECT 1 FROM applications a WHERE a.candidate_id = p.id AND a.stage <> 'closed' AND a.stage <> 'placed')
        ORDER BY coalesce(o.last_touch_at, p.created_at), p.id
        LIMIT ?`,
    )
    .all(cutoff, limit) as {
    id: string;
    name: string;
    kind: string;
    lastContactAt: string | null;
    createdAt: string;
  }[];
}

/** The columns of the people export, for everyone or for the people chosen. */
const PEOPLE_CSV = `SELECT p.id, p.kind, p.name, p.email, p.phone, p.timezone, coalesce(c.name, p.employer) AS company, p.title, p.location, p.linkedin_url AS linkedin, p.notes, p.created_at AS created
                      FROM people p LEFT JOIN companies c ON c.id = p.company_id`;
const PEOPLE_CSV_ORDER = 'ORDER BY p.name COLLATE NOCASE, p.id';

/** The rows of one CSV export, header first: people, applications or the contact log. */
export const CSV_EXPORTS = {
  people: `${PEOPLE_CSV} ${PEOPLE_CSV_ORDER}`,
  applications: `SELECT a.id, p.name AS candidate, pos.title AS position, c.name AS company, a.stage, a.closed_reason AS closed_because, a.stage_changed_at AS stage_since, a.created_at AS created
                   FROM applications a JOIN people p ON p.id = a.candidate_id JOIN positions pos ON pos.id = a.position_id JOIN companies c ON c.id = pos.company_id
                  ORDER BY a.created_at, a.id`,
  touches: `SELECT t.id, p.name AS person, t.at, t.channel, t.direction, t.kind, t.outcome, t.response, t.agreed_next_at AS agreed_next, t.summary, t.override_reason AS logged_despite_rule_because
              FROM touches t JOIN people p ON p.id = t.person_id ORDER BY t.at, t.id`,
} as const;

export function exportRows(db: Db, entity: keyof typeof CSV_EXPORTS): { header: string[]; rows: unknown[][] } {
  const statement = db.prepare(CSV_EXPORTS[entity]).raw(true);
  const header = statement.columns().map((c) => c.name);
  return { header, rows: statement.all() as unknown[][] };
}

/** The people export of just the people with these ids (a few hundred at most), in the same columns and order. */
export function exportPeopleRows(db: Db, personIds: readonly string[]): { header: string[]; rows: unknown[][] } {
  const statement = db
    .prepare(`${PEOPLE_CSV} WHERE p.id IN (${placeholders(personIds)}) ${PEOPLE_CSV_ORDER}`)
    .raw(true);
  const header = statement.columns().map((c) => c.name);
  return { header, rows: statement.all(...personIds) as unknown[][] };
}

/** Every table of the profile, every row: the whole profile as data. */
export function everything(db: Db): Record<string, unknown[]> {
  // The search indexes are rebuilt from these tables, so they are left out.
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_%' AND name NOT LIKE 'touch_search%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}"`).all()]));
}

/** Interviews from `now` on that still stand, for a calendar file. */
export function upcomingInterviews(
  db: Db,
  now: string,
): {
  id: string;
  startsAt: string;
  endsAt: string;
  timezone: string;
  sequence: number;
  place: string | null;
  candidate: string;
  position: string;
  company: string;
}[] {
  return db
    .prepare(
      `SELECT i.id, i.starts_at AS startsAt, i.ends_at AS endsAt, i.timezone, i.sequence, i.place,
              p.name AS candidate, pos.title AS position, c.name AS company
         FROM interviews i JOIN applications a ON a.id = i.application_id JOIN people p ON p.id = a.candidate_id
         JOIN positions pos ON pos.id = a.position_id JOIN companies c ON c.id = pos.company_id
        WHERE i.cancelled_at IS NULL AND i.ends_at >= ? ORDER BY i.starts_at`,
    )
    .all(now) as {
    id: string;
    startsAt: string;
    endsAt: string;
    timezone: string;
    sequence: number;
    place: string | null;
    candidate: string;
    position: string;
    company: string;
  }[];
}
