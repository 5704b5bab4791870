import type { Person, PersonKind } from '../core/model';
import { settingAside, statement, type Db } from './connection';
import { timeOrderedIds } from './ids';
import { insertRecord, updateRecord, whereEquals, type TableSpec } from './records';
import { indexPeopleAfter } from './search';

export interface PersonFields {
  kind: PersonKind;
  name: string;
  email?: string | null;
  phone?: string | null;
  timezone?: string | null;
  companyId?: string | null;
  employer?: string | null;
  title?: string | null;
  location?: string | null;
  linkedinUrl?: string | null;
  notes?: string | null;
}

const spec: TableSpec<PersonFields> = {
  table: 'people',
  entity: 'person',
  columns: {
    kind: 'kind',
    name: 'name',
    email: 'email',
    phone: 'phone',
    timezone: 'timezone',
    companyId: 'company_id',
    employer: 'employer',
    title: 'title',
    location: 'location',
    linkedinUrl: 'linkedin_url',
    notes: 'notes',
  },
};

const SELECT = `SELECT p.id, p.kind, p.name, p.email, p.phone, p.timezone, p.company_id AS companyId, c.name AS companyName, p.employer,
                       p.title, p.location, p.linkedin_url AS linkedinUrl, p.notes, p.created_at AS createdAt, p.updated_at AS updatedAt
                  FROM people p LEFT JOIN companies c ON c.id = p.company_id`;

const FIELDS = Object.keys(spec.columns) as (keyof PersonFields)[];
const COLUMNS = ['id', 'created_at', 'updated_at', ...FIELDS.map((f) => spec.columns[f])];
/** Rows to one INSERT: 500 × 14 values, well under SQLite's limit of 32,766. */
const ROWS_PER_INSERT = 500;
const ROW = `(${COLUMNS.map(() => '?').join(', ')})`;

/**
 * Adds many people at once, for imports, leaving what adding each alone would leave (the same
 * rows, contact outlooks and search entries; db.test compares them) except the audit: the import
 * writes one entry for the batch (auditImport). The ids are time-ordered (UUIDv7), so each chunk
 * lands at the end of the id index instead of anywhere in it; rows go in 500 to a statement, and
 * what the triggers would write row by row is written in one statement each. `onProgress` hears
 * how many are in after each chunk, and may throw to stop: the caller's transaction then undoes
 * everything. Call inside a transaction. Returns the new ids, in the order of `people`.
 */
export function addPeople(
  db: Db,
  people: readonly PersonFields[],
  now: string,
  onProgress?: (added: number) => void,
): string[] {
  if (people.length === 0) return [];
  const ids = timeOrderedIds(people.length, now);
  const before = statement(db, 'SELECT coalesce(max(rowid), 0) FROM people').pluck().get() as number;
  settingAside(db, ['people_outlook', 'people_search_insert'], () => {
    for (let start = 0; start < people.length; start += ROWS_PER_INSERT) {
      const end = Math.min(start + ROWS_PER_INSERT, people.length);
      const values: (string | null)[] = [];
      for (let i = start; i < end; i++) {
        values.push(ids[i]!, now, now);
        for (const field of FIELDS) values.push(people[i]![field] ?? null);
      }
      const sql = `INSERT INTO people (${COLUMNS.join(', ')}) VALUES ${Array.from({ length: end - start }, () => ROW).join(', ')}`;
      // Full chunks share one kept statement; the last, shorter one is prepared once.
      (end - start === ROWS_PER_INSERT ? statement(db, sql) : db.prepare(sql)).run(values);
      onProgress?.(end);
    }
    // SQLite numbers a new row max(rowid) + 1 (people has no AUTOINCREMENT): the new people are those past `before`.
    // What the people_outlook trigger (migration 0002) adds for each:
    statement(
      db,
      'INSERT INTO contact_outlook (person_id, quiet_since) SELECT id, created_at FROM people WHERE rowid > ? ORDER BY rowid',
    ).run(before);
    indexPeopleAfter(db, before);
  });
  return ids;
}

export function createPerson(db: Db, fields: PersonFields, now: string): Person {
  const id = insertRecord(db, spec, fields, now);
  return getPerson(db, id)!;
}

export function getPerson(db: Db, id: string): Person | undefined {
  return statement(db, `${SELECT} WHERE p.id = ?`).get(id) as Person | undefined;
}

export function updatePerson(db: Db, id: string, patch: Partial<PersonFields>, now: string): Person | undefined {
  return updateRecord(db, spec, id, patch, now) ? getPerson(db, id) : undefined;
}

export interface PeopleFilter {
  kind?: PersonKind;
  companyId?: string;
  limit: number;
}

export function listPeople(db: Db, filter: PeopleFilter): { people: Person[]; total: number } {
  const { clause, params } = whereEquals({ 'p.kind': filter.kind, 'p.company_id': filter.companyId });
  const total = (db.prepare(`SELECT count(*) AS n FROM people p ${clause}`).get(...params) as { n: number }).n;
  const people = db
    .prepare(`${SELECT} ${clause} ORDER BY p.name COLLATE NOCASE, p.id LIMIT ?`)
    .all(...params, filter.limit) as Person[];
  return { people, total };
}
