import type { Company, CompanySummary } from '../core/model';
import { companyNameKey } from '../core/names';
import type { Db } from './connection';
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

export function listCompanies(db: Db): CompanySummary[] {
  return db
    .prepare(
      `SELECT c.id, c.name, c.website, c.notes, c.timezone, c.created_at AS createdAt, c.updated_at AS updatedAt,
              (SELECT count(*) FROM positions p WHERE p.company_id = c.id AND p.status = 'open') AS openPositions,
              (SELECT count(*) FROM people x WHERE x.company_id = c.id AND x.kind = 'contact') AS contacts
         FROM companies c ORDER BY c.name COLLATE NOCASE, c.id`,
    )
    .all() as CompanySummary[];
}

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
