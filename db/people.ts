import { randomUUID } from 'node:crypto';
import type { Person, PersonKind } from '../core/model';
import { settingAside, statement, type Db } from './connection';
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
 * Adds many people at once, for imports, leaving what adding each alone would leave: the same
 * rows, contact outlooks, search entries and audit entries (db.test compares them). The rows
 * go in sorted by their new ids, 500 to a statement, so each lands beside the last in the id index
 * instead of anywhere in it; what the triggers and the audit would write row by row is then
 * written in one statement each. Call inside a transaction.
 */
export function addPeople(db: Db, people: readonly PersonFields[], now: string): void {
  if (people.length === 0) return;
  const rows = people.map((person) => ({ id: randomUUID(), person })).sort((a, b) => (a.id < b.id ? -1 : 1));
  const before = statement(db, 'SELECT coalesce(max(rowid), 0) FROM people').pluck().get() as number;
  settingAside(db, ['people_outlook', 'people_search_insert'], () => {
    for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
      const chunk = rows.slice(start, start + ROWS_PER_INSERT);
      const values: (string | null)[] = [];
      for (const { id, person } of chunk) {
        values.push(id, now, now);
        for (const field of FIELDS) values.push(person[field] ?? null);
      }
      const sql = `INSERT INTO people (${COLUMNS.join(', ')}) VALUES ${Array.from(chunk, () => ROW).join(', ')}`;
      // Full chunks share one kept statement; the last, shorter one is prepared once.
      (chunk.length === ROWS_PER_INSERT ? statement(db, sql) : db.prepare(sql)).run(values);
    }
    // SQLite numbers a new row max(rowid) + 1 (people has no AUTOINCREMENT): the new people are those past `before`.
    // What the people_outlook trigger (migration 0002) adds for each:
    statement(
      db,
      'INSERT INTO contact_outlook (person_id, quiet_since) SELECT id, created_at FROM people WHERE rowid > ? ORDER BY rowid',
    ).run(before);
    indexPeopleAfter(db, before);
  });
  // The audit entry insertRecord writes: the fields that have a value, by name. SQLite writes a
  // string into JSON as JSON.stringify does, and json_patch leaves out the nulls.
  const changes = FIELDS.map((f) => `'${f}', ${spec.columns[f]}`).join(', ');
  statement(
    db,
    `INSERT INTO audit_log (at, entity, entity_id, action, changes)
     SELECT ?, '${spec.entity}', id, 'create', json_patch('{}', json_object(${changes})) FROM people WHERE rowid > ? ORDER BY rowid`,
  ).run(now, before);
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

/** Every person of one kind with their email and phone, to find duplicates on import. */
export function contactDetails(db: Db, kind: PersonKind): { id: string; email: string | null; phone: string | null }[] {
  return db.prepare('SELECT id, email, phone FROM people WHERE kind = ?').all(kind) as {
    id: string;
    email: string | null;
    phone: string | null;
  }[];
}
