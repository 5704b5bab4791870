import { STAGES, type Company, type CompanySummary, type Position, type Stage } from '../core/model';
import { companyNameKey } from '../core/names';
import { statement, type Db } from './connection';
import { decodeNameCursor, encodeNameCursor, everyWordIn } from './namePage';
import { positionsOfCompany } from './positions';
import { insertRecord, updateRecord, type TableSpec } from './records';

export interface CompanyFields {
  name: string;
  website?: string | null;
  notes?: string | null;
  timezone?: string | null;
}

const spec: TableSpec<CompanyFields> = {
  table: 'companies',
  entity: 'company',
  columns: { name: 'name', website: 'website', notes: 'notes', timezone: 'timezone' },
  textNotAudited: ['notes'],
};

const SELECT = `SELECT id, name, website, notes, timezone, created_at AS createdAt, updated_at AS updatedAt
                  FROM companies`;

export function createCompany(db: Db, fields: CompanyFields, now: string): Company {
  const id = insertRecord(db, spec, fields, now);
  return getCompany(db, id)!;
}

export function getCompany(db: Db, id: string): Company | undefined {
  return db.prepare(`${SELECT} WHERE id = ?`).get(id) as Company | undefined;
}

export function updateCompany(db: Db, id: string, patch: Partial<CompanyFields>, now: string): Company | undefined {
  return updateRecord(db, spec, id, patch, now) ? getCompany(db, id) : undefined;
}

export interface CompanyFilter {
  /** Words each found in the name, accents and case aside. */
  query?: string;
  limit: number;
  /** Where the last page ended, as `next` gave it. */
  after?: string;
}

export interface CompanyPage {
  companies: CompanySummary[];
  /** Every company the filter matches, on every page. */
  total: number;
  next?: string;
}

/**
 * One page of companies in name order, accents and case aside (name_key, indexed), from where the
 * last page ended: a keyset, so no company is skipped or shown twice when others are added between pages. Counts of
 * open positions and contacts are read for the page's rows alone. Undefined when `after` is not a
 * cursor this list gave.
 */
export function listCompanies(db: Db, filter: CompanyFilter): CompanyPage | undefined {
  const conditions: string[] = [];
  const params: string[] = [];
  const match = everyWordIn(['c.name_key'], filter.query);
  if (match) {
    conditions.push(match.clause);
    params.push(...match.params);
  }
  const where = (extra: string[]) => (extra.length ? `WHERE ${extra.join(' AND ')}` : '');
  const total = statement(db, `SELECT count(*) FROM companies c ${where(conditions)}`)
    .pluck()
    .get(...params) as number;
  if (filter.after !== undefined) {
    const cursor = decodeNameCursor('companies', filter.after);
    if (!cursor) return undefined;
    conditions.push('(c.name_key, c.name, c.id) > (?, ?, ?)');
    params.push(cursor.key, cursor.name, cursor.id);
  }
  const rows = statement(
    db,
    `SELECT c.id, c.name, c.website, c.notes, c.timezone, c.created_at AS createdAt, c.updated_at AS updatedAt,
            c.name_key AS sortKey
       FROM companies c ${where(conditions)} ORDER BY c.name_key, c.name, c.id LIMIT ?`,
  ).all(...params, filter.limit + 1) as (Company & { sortKey: string })[];
  const page = rows.slice(0, filter.limit);
  const counts = statement(
    db,
    `SELECT (SELECT count(*) FROM positions p WHERE p.company_id = ? AND p.status = 'open') AS openPositions,
            (SELECT count(*) FROM people x WHERE x.company_id = ? AND x.kind = 'contact') AS contacts`,
  );
  const companies = page.map(({ sortKey: _, ...company }) => ({
    ...company,
    ...(counts.get(company.id, company.id) as { openPositions: number; contacts: number }),
  }));
  const last = page.at(-1);
  return rows.length > filter.limit && last
    ? { companies, total, next: encodeNameCursor('companies', { key: last.sortKey, name: last.name, id: last.id }) }
    : { companies, total };
}

// A client's people: its contacts, found through the company's own index (`+x.kind` keeps SQLite from reading every
// contact of every client by kind instead), and whoever hires for one of its positions.
export const COMPANY_PEOPLE_SQL = `
  SELECT x.id, x.name, x.title, x.email, x.phone, x.company_id AS companyId
    FROM people x
   WHERE (x.company_id = ? AND +x.kind = 'contact')
      OR x.id IN (SELECT h.person_id FROM position_hiring_managers h
                    JOIN positions p ON p.id = h.position_id WHERE p.company_id = ?)
   ORDER BY x.name_key, x.name, x.id`;

/** The client called `name`, accents, case and spacing aside; the oldest if there are several. */
export function findCompanyByName(db: Db, name: string): Company | undefined {
  const key = companyNameKey(name);
  const rows = db.prepare('SELECT id, name FROM companies ORDER BY created_at, id').all() as {
    id: string;
    name: string;
  }[];
  const match = rows.find((c) => companyNameKey(c.name) === key);
  return match && getCompany(db, match.id);
}

/** Company ids by lower-cased name, to reuse a company an import names. */
export function companyIdsByName(db: Db): Map<string, string> {
  return new Map(
    (db.prepare('SELECT id, name FROM companies').all() as { id: string; name: string }[]).map((c) => [
      c.name.toLowerCase(),
      c.id,
    ]),
  );
}

/** One of a client's positions with how many applications are at each stage. */
export interface CompanyPositionRow extends Position {
  stages: Record<Stage, number>;
}

export interface CompanyContactRow {
  id: string;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  companyId: string | null;
  hiringFor: { id: string; title: string }[];
}

/**
 * A client with its positions (those still being filled first, then filled and cancelled, each in
 * title order) and the people there: its contacts, and whoever hires for one of its positions, linked
 * to it or not. Undefined when there is no such client.
 */
export function getCompanyRecord(
  db: Db,
  id: string,
): (Company & { positions: CompanyPositionRow[]; contacts: CompanyContactRow[] }) | undefined {
  const company = getCompany(db, id);
  if (!company) return undefined;
  const counts = statement(
    db,
    `SELECT a.position_id AS positionId, a.stage, count(*) AS n
       FROM positions p JOIN applications a ON a.position_id = p.id
      WHERE p.company_id = ? GROUP BY a.position_id, a.stage`,
  ).all(id) as { positionId: string; stage: Stage; n: number }[];
  const positions = positionsOfCompany(db, id).map((position) => ({
    ...position,
    stages: Object.fromEntries(
      STAGES.map((stage) => [stage, counts.find((c) => c.positionId === position.id && c.stage === stage)?.n ?? 0]),
    ) as Record<Stage, number>,
  }));
  const hiring = statement(
    db,
    `SELECT h.person_id AS personId, p.id, p.title
       FROM positions p JOIN position_hiring_managers h ON h.position_id = p.id
      WHERE p.company_id = ? ORDER BY p.title_key, p.title, p.id`,
  ).all(id) as { personId: string; id: string; title: string }[];
  const people = statement(db, COMPANY_PEOPLE_SQL).all(id, id) as Omit<CompanyContactRow, 'hiringFor'>[];
  const contacts = people.map((person) => ({
    ...person,
    hiringFor: hiring
      .filter((h) => h.personId === person.id)
      .map(({ id: positionId, title }) => ({ id: positionId, title })),
  }));
  return { ...company, positions, contacts };
}
