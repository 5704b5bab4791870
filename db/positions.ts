import type { Position, PositionStatus } from '../core/model';
import type { Db } from './connection';
import { insertRecord, replaceLinks, updateRecord, whereEquals, type TableSpec } from './records';

export interface PositionFields {
  companyId: string;
  title: string;
  description: string;
  salaryMin?: number | null;
  salaryMax?: number | null;
  salaryCurrency?: string | null;
  location?: string | null;
  timezone?: string | null;
  status?: PositionStatus;
}

const spec: TableSpec<PositionFields> = {
  table: 'positions',
  entity: 'position',
  columns: {
    companyId: 'company_id',
    title: 'title',
    description: 'description',
    salaryMin: 'salary_min',
    salaryMax: 'salary_max',
    salaryCurrency: 'salary_currency',
    location: 'location',
    timezone: 'timezone',
    status: 'status',
  },
};

const hiringManagers = {
  table: 'position_hiring_managers',
  ownerColumn: 'position_id',
  memberColumn: 'person_id',
  entity: 'position',
  field: 'hiringManagerIds',
};

type PositionRow = Omit<Position, 'hiringManagerIds'> & { hiringManagerIds: string | null };

const SELECT = `SELECT p.id, p.company_id AS companyId, c.name AS companyName, p.title, p.description,
                       p.salary_min AS salaryMin, p.salary_max AS salaryMax, p.salary_currency AS salaryCurrency,
                       p.location, p.timezone, p.status, p.created_at AS createdAt, p.updated_at AS updatedAt,
                       (SELECT group_concat(person_id, ',') FROM position_hiring_managers h WHERE h.position_id = p.id) AS hiringManagerIds
                  FROM positions p JOIN companies c ON c.id = p.company_id`;

function fromRow(row: PositionRow): Position {
  return { ...row, hiringManagerIds: row.hiringManagerIds ? row.hiringManagerIds.split(',').sort() : [] };
}

export function createPosition(
  db: Db,
  fields: PositionFields & { hiringManagerIds?: string[] },
  now: string,
): Position {
  const { hiringManagerIds = [], ...rest } = fields;
  const id = insertRecord(db, spec, { status: 'open', ...rest }, now);
  replaceLinks(db, hiringManagers, id, hiringManagerIds, now);
  return getPosition(db, id)!;
}

export function getPosition(db: Db, id: string): Position | undefined {
  const row = db.prepare(`${SELECT} WHERE p.id = ?`).get(id) as PositionRow | undefined;
  return row && fromRow(row);
}

export function updatePosition(
  db: Db,
  id: string,
  patch: Partial<PositionFields> & { hiringManagerIds?: string[] },
  now: string,
): Position | undefined {
  const { hiringManagerIds, ...rest } = patch;
  if (!updateRecord(db, spec, id, rest, now)) return undefined;
  if (hiringManagerIds) replaceLinks(db, hiringManagers, id, hiringManagerIds, now);
  return getPosition(db, id);
}

export function listPositions(db: Db, filter: { companyId?: string; status?: PositionStatus }): Position[] {
  const { clause, params } = whereEquals({ 'p.company_id': filter.companyId, 'p.status': filter.status });
  return (
    db
      .prepare(`${SELECT} ${clause} ORDER BY c.name COLLATE NOCASE, p.title COLLATE NOCASE, p.id`)
      .all(...params) as PositionRow[]
  ).map(fromRow);
}
