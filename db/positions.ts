import type { InterviewFormat } from '../core/interviews';
import type { CloseReason, Position, PositionStatus, Stage } from '../core/model';
import { statement, type Db } from './connection';
import { decodeNameCursor, encodeNameCursor, everyWordIn } from './namePage';
import { insertRecord, replaceLinks, updateRecord, type TableSpec } from './records';

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
  textNotAudited: ['description'],
};

const hiringManagers = {
  table: 'position_hiring_managers',
  ownerColumn: 'position_id',
  memberColumn: 'person_id',
  entity: 'position',
  field: 'hiringManagerIds',
};

type PositionRow = Omit<Position, 'hiringManagerIds'> & { hiringManagerIds: string | null };

const COLUMNS = `p.id, p.company_id AS companyId, c.name AS companyName, p.title, p.description,
                       p.salary_min AS salaryMin, p.salary_max AS salaryMax, p.salary_currency AS salaryCurrency,
                       p.location, p.timezone, p.status, p.created_at AS createdAt, p.updated_at AS updatedAt,
                       (SELECT group_concat(person_id, ',') FROM position_hiring_managers h WHERE h.position_id = p.id) AS hiringManagerIds`;
const FROM = 'FROM positions p JOIN companies c ON c.id = p.company_id';
const SELECT = `SELECT ${COLUMNS} ${FROM}`;

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

export interface PositionFilter {
  /** Words each found in the title or the company's name, accents and case aside. */
  query?: string;
  companyId?: string;
  status?: PositionStatus;
  limit: number;
  /** Where the last page ended, as `next` gave it. */
  after?: string;
}

export interface PositionPage {
  positions: Position[];
  /** Every position the filter matches, on every page. */
  total: number;
  next?: string;
}

/**
 * One page of positions in title order, accents and case aside, from where the last page ended (a
 * keyset: none skipped or shown twice as others are added). title_key is indexed alone, after the
 * client and after the status, so a page reads only its own rows whichever filter is set. Undefined when `after` is not a cursor
 * this list gave.
 */
export function listPositions(db: Db, filter: PositionFilter): PositionPage | undefined {
  const conditions: string[] = [];
  const params: string[] = [];
  const keep = (condition: string, ...values: string[]) => {
    conditions.push(condition);
    params.push(...values);
  };
  if (filter.companyId) keep('p.company_id = ?', filter.companyId);
  if (filter.status) keep('p.status = ?', filter.status);
  const match = everyWordIn(['p.title_key', 'c.name_key'], filter.query);
  if (match) keep(match.clause, ...match.params);
  const where = () => (conditions.length ? `WHERE ${conditions.join(' AND ')}` : '');
  const total = statement(db, `SELECT count(*) ${FROM} ${where()}`)
    .pluck()
    .get(...params) as number;
  if (filter.after !== undefined) {
    const cursor = decodeNameCursor('positions', filter.after);
    if (!cursor) return undefined;
    keep('(p.title_key, p.title, p.id) > (?, ?, ?)', cursor.key, cursor.name, cursor.id);
  }
  const rows = statement(
    db,
    `SELECT ${COLUMNS}, p.title_key AS sortKey ${FROM} ${where()} ORDER BY p.title_key, p.title, p.id LIMIT ?`,
  ).all(...params, filter.limit + 1) as (PositionRow & { sortKey: string })[];
  const page = rows.slice(0, filter.limit);
  const positions = page.map(({ sortKey: _, ...row }) => fromRow(row));
  const last = page.at(-1);
  return rows.length > filter.limit && last
    ? { positions, total, next: encodeNameCursor('positions', { key: last.sortKey, name: last.title, id: last.id }) }
    : { positions, total };
}

/** A client's positions: those still being filled (open, on hold) first, then filled and cancelled, by title. */
export function positionsOfCompany(db: Db, companyId: string): Position[] {
  return (
    statement(
      db,
      `${SELECT} WHERE p.company_id = ?
        ORDER BY p.status IN ('filled', 'cancelled'), p.title_key, p.title, p.id`,
    ).all(companyId) as PositionRow[]
  ).map(fromRow);
}

export interface PositionCandidateRow {
  id: string;
  candidateId: string;
  candidateName: string;
  stage: Stage;
  closedReason: CloseReason | null;
  stageChangedAt: string;
}

export interface PositionInterviewRow {
  id: string;
  applicationId: string;
  candidateId: string;
  candidateName: string;
  round: number;
  startsAt: string;
  endsAt: string;
  timezone: string;
  format: InterviewFormat;
  cancelledAt: string | null;
  debriefedAt: string | null;
}

/**
 * A position with its pipeline (every application, open or closed, candidates by name), its
 * interviews (latest start first) and its hiring managers by name. Undefined when there is no such position.
 */
export function getPositionRecord(
  db: Db,
  id: string,
):
  | (Position & {
      applications: PositionCandidateRow[];
      interviews: PositionInterviewRow[];
      hiringManagers: { id: string; name: string; title: string | null }[];
    })
  | undefined {
  const position = getPosition(db, id);
  if (!position) return undefined;
  const applications = statement(
    db,
    `SELECT a.id, a.candidate_id AS candidateId, x.name AS candidateName, a.stage, a.closed_reason AS closedReason,
            a.stage_changed_at AS stageChangedAt
       FROM applications a JOIN people x ON x.id = a.candidate_id
      WHERE a.position_id = ? ORDER BY x.name_key, x.name, a.id`,
  ).all(id) as PositionCandidateRow[];
  const interviews = statement(
    db,
    `SELECT i.id, i.application_id AS applicationId, a.candidate_id AS candidateId, x.name AS candidateName, i.round,
            i.starts_at AS startsAt, i.ends_at AS endsAt, i.timezone, i.format, i.cancelled_at AS cancelledAt,
            i.debriefed_at AS debriefedAt
       FROM applications a JOIN interviews i ON i.application_id = a.id JOIN people x ON x.id = a.candidate_id
      WHERE a.position_id = ? ORDER BY i.starts_at DESC, i.id`,
  ).all(id) as PositionInterviewRow[];
  const hiringManagers = statement(
    db,
    `SELECT x.id, x.name, x.title FROM position_hiring_managers h JOIN people x ON x.id = h.person_id
      WHERE h.position_id = ? ORDER BY x.name_key, x.name, x.id`,
  ).all(id) as { id: string; name: string; title: string | null }[];
  return { ...position, applications, interviews, hiringManagers };
}
