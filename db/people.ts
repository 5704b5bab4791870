import type { Person, PersonKind } from '../core/model';
import { statement, type Db } from './connection';
import { insertRecord, updateRecord, whereEquals, type TableSpec } from './records';

export interface PersonFields {
  kind: PersonKind;
  name: string;
  email?: string | null;
  phone?: string | null;
  timezone?: string | null;
  companyId?: string | null;
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
    title: 'title',
    location: 'location',
    linkedinUrl: 'linkedin_url',
    notes: 'notes',
  },
};

const SELECT = `SELECT p.id, p.kind, p.name, p.email, p.phone, p.timezone, p.company_id AS companyId, c.name AS companyName,
                       p.title, p.location, p.linkedin_url AS linkedinUrl, p.notes, p.created_at AS createdAt, p.updated_at AS updatedAt
                  FROM people p LEFT JOIN companies c ON c.id = p.company_id`;

/** Adds a person and answers with their id only: for imports, where reading each back would only cost time. */
export function addPerson(db: Db, fields: PersonFields, now: string): string {
  return insertRecord(db, spec, fields, now);
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
  const people = db.prepare(`${SELECT} ${clause} ORDER BY p.name COLLATE NOCASE, p.id LIMIT ?`).all(...params, filter.limit) as Person[];
  return { people, total };
}

/** Every person of one kind with their email and phone, to find duplicates on import. */
export function contactDetails(db: Db, kind: PersonKind): { id: string; email: string | null; phone: string | null }[] {
  return db.prepare('SELECT id, email, phone FROM people WHERE kind = ?').all(kind) as { id: string; email: string | null; phone: string | null }[];
}
