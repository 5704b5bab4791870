import { encodeBoardCursor, type BoardCursor } from '../core/boardCursor';
import {
  STAGES,
  type Board,
  type BoardCard,
  type BoardColumnPage,
  type CloseReason,
  type OpenStage,
  type Stage,
  type StillInPipeline,
} from '../core/model';
import type { Outlook } from '../core/policy';
import { statement, type Db } from './connection';
import { OUTLOOK_JSON } from './outlook';
import { insertRecord, writeAudit, type TableSpec } from './records';
import { countTagged, eachTagged, taggedWith } from './tags';

interface ApplicationFields {
  candidateId: string;
  positionId: string;
}

const spec: TableSpec<ApplicationFields> = {
  table: 'applications',
  entity: 'application',
  columns: { candidateId: 'candidate_id', positionId: 'position_id' },
};

const CARD_FIELDS = `a.id, a.stage, a.closed_reason AS closedReason, a.candidate_id AS candidateId, p.name AS candidateName,
                     a.position_id AS positionId, pos.title AS positionTitle, c.name AS companyName,
                     a.stage_changed_at AS stageChangedAt, a.created_at AS createdAt, ${OUTLOOK_JSON} AS outlook`;
const CARD_FROM = `FROM applications a
                JOIN people p ON p.id = a.candidate_id
                JOIN positions pos ON pos.id = a.position_id
                JOIN companies c ON c.id = pos.company_id
                LEFT JOIN contact_outlook o ON o.person_id = a.candidate_id`;
const CARD = `SELECT ${CARD_FIELDS} ${CARD_FROM}`;
/**
 * A card's next interview, for the board's pages: one look up the interviews of its application (by
 * interviews_application; an application has a handful), so a page costs a lookup per card it shows. Its one
 * placeholder is the hour it is now: an interview under way is still the next one until it ends.
 */
const NEXT_INTERVIEW = `(SELECT min(i.starts_at) FROM interviews i
                          WHERE i.application_id = a.id AND i.cancelled_at IS NULL AND i.ends_at > ?) AS nextInterviewAt`;

type CardRow = Omit<BoardCard, 'outlook'> & { outlook: string | null };
const toCard = (row: CardRow | undefined): BoardCard | undefined =>
  row && { ...row, outlook: row.outlook ? (JSON.parse(row.outlook) as Outlook) : null };

export function findOpenApplication(db: Db, candidateId: string, positionId: string): BoardCard | undefined {
  return toCard(
    db
      .prepare(`${CARD} WHERE a.candidate_id = ? AND a.position_id = ? AND a.stage <> 'closed'`)
      .get(candidateId, positionId) as CardRow | undefined,
  );
}

/** The candidates still in a position's pipeline, leaving out one application: open ones (neither placed nor closed), by name. */
export function stillInPipeline(db: Db, positionId: string, leavingOut: string): StillInPipeline[] {
  return statement(
    db,
    `SELECT a.id, p.name AS candidateName, a.stage FROM applications a JOIN people p ON p.id = a.candidate_id
      WHERE a.position_id = ? AND a.stage NOT IN ('placed', 'closed') AND a.id <> ?
      ORDER BY p.name_key, p.name, a.id`,
  ).all(positionId, leavingOut) as StillInPipeline[];
}

/** Whether the person has ever been a candidate for a position, open or closed. */
export function hasApplications(db: Db, candidateId: string): boolean {
  return statement(db, 'SELECT 1 FROM applications WHERE candidate_id = ? LIMIT 1').get(candidateId) !== undefined;
}

export function createApplication(db: Db, fields: ApplicationFields, now: string): BoardCard {
  const id = insertRecord(db, spec, fields, now, { stage: 'sourced', stage_changed_at: now });
  return getApplication(db, id)!;
}

export function getApplication(db: Db, id: string): BoardCard | undefined {
  return toCard(db.prepare(`${CARD} WHERE a.id = ?`).get(id) as CardRow | undefined);
}

function setStage(
  db: Db,
  id: string,
  stage: Stage,
  closedReason: CloseReason | null,
  now: string,
): BoardCard | undefined {
  const before = getApplication(db, id);
  if (!before) return undefined;
  db.prepare(
    'UPDATE applications SET stage = ?, closed_reason = ?, stage_changed_at = ?, updated_at = ? WHERE id = ?',
  ).run(stage, closedReason, now, now, id);
  writeAudit(db, now, 'application', id, 'update', {
    stage: [before.stage, stage],
    ...(closedReason ? { closedReason: [before.closedReason, closedReason] } : {}),
  });
  return getApplication(db, id);
}

export function moveApplication(db: Db, id: string, stage: OpenStage, now: string): BoardCard | undefined {
  return setStage(db, id, stage, null, now);
}

/** Puts an application back as it was before its last change: the stage and when it was entered. */
export function restoreApplication(
  db: Db,
  id: string,
  stage: OpenStage,
  stageChangedAt: string,
  now: string,
): BoardCard | undefined {
  const before = getApplication(db, id);
  if (!before) return undefined;
  db.prepare(
    'UPDATE applications SET stage = ?, closed_reason = NULL, stage_changed_at = ?, updated_at = ? WHERE id = ?',
  ).run(stage, stageChangedAt, now, id);
  writeAudit(db, now, 'application', id, 'update', {
    stage: [before.stage, stage],
    ...(before.closedReason ? { closedReason: [before.closedReason, null] } : {}),
    undo: 'the last move or close',
  });
  return getApplication(db, id);
}

export function closeApplication(db: Db, id: string, reason: CloseReason, now: string): BoardCard | undefined {
  return setStage(db, id, 'closed', reason, now);
}

/** Which applications the board shows: all of them, one position's, or one candidate's; of candidates with tags. */
export interface BoardFilter {
  positionId?: string | undefined;
  candidateId?: string | undefined;
  /** Tags the candidate must all carry (spelling aside). */
  tags?: readonly string[] | undefined;
}

/** The board's conditions; `walk`: whether a column is read along the stage index in order, asking each card. */
interface BoardWhere {
  clauses: string[];
  params: string[];
  walk: boolean;
  positionId?: string | undefined;
}

function boardWhere(db: Db, filter: BoardFilter, limit: number): BoardWhere {
  const clauses: string[] = [];
  const params: string[] = [];
  if (filter.positionId) {
    clauses.push('a.position_id = ?');
    params.push(filter.positionId);
  }
  if (filter.candidateId) {
    clauses.push('a.candidate_id = ?');
    params.push(filter.candidateId);
  }
  let walk = clauses.length === 0;
  if (filter.tags?.length) {
    // When most people carry the tags, a column is read in order, each card's candidate asked by the tags' primary
    // key, and a page is met soon. Otherwise the candidates with the tags come from the index of tags, their
    // applications through applications_candidate, and are sorted.
    const tagged = countTagged(db, filter.tags);
    const people = statement(db, 'SELECT count(*) FROM people').pluck().get() as number;
    if (walk && 3 * tagged * tagged > limit * people) {
      const each = eachTagged('a.candidate_id', filter.tags);
      clauses.push(each.clause);
      params.push(...each.params);
    } else {
      const all = taggedWith(db, filter.tags);
      clauses.push(`a.candidate_id IN (${all.sql})`);
      params.push(...all.params);
      walk = false;
    }
  }
  return { clauses, params, walk, positionId: filter.positionId };
}

/** How many applications each column holds, read from the stage index alone. */
function boardTotals(db: Db, { clauses, params }: BoardWhere): Record<Stage, number> {
  const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  const rows = statement(db, `SELECT a.stage, count(*) AS n FROM applications a ${where} GROUP BY a.stage`).all(
    ...params,
  ) as { stage: Stage; n: number }[];
  const totals = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  for (const row of rows) totals[row.stage] = row.n;
  return totals;
}

/**
 * One page of a column, latest move first: a keyset on (stage_changed_at, rowid), which the index on
 * (stage, stage_changed_at) holds in that order (each entry ends with its rowid), so a page reads only
 * its own rows, and a card moved or added between pages neither repeats nor opens a gap.
 */
function columnCards(
  db: Db,
  where: BoardWhere,
  stage: Stage,
  limit: number,
  after: BoardCursor | undefined,
  now: string,
): { cards: BoardCard[]; next?: string } {
  const { clauses, params, walk, positionId } = where;
  const conditions = ['a.stage = ?', ...clauses];
  const values: (string | number)[] = [now, stage, ...params];
  if (after) {
    conditions.push('(a.stage_changed_at, a.rowid) < (?, ?)');
    values.push(after.at, after.row);
  }
  // One position's or one candidate's cards are few beside a whole column: they are found through their own index
  // and sorted, rather than picked out one by one along the whole column (the + keeps SQLite from doing that).
  const order = walk ? 'a.stage_changed_at DESC, a.rowid DESC' : '+a.stage_changed_at DESC, a.rowid DESC';
  const from = positionId
    ? CARD_FROM.replace('FROM applications a', 'FROM applications a INDEXED BY applications_position_stage')
    : CARD_FROM;
  const rows = statement(
    db,
    `SELECT a.rowid AS row, ${CARD_FIELDS}, ${NEXT_INTERVIEW} ${from}
      WHERE ${conditions.join(' AND ')} ORDER BY ${order} LIMIT ?`,
  ).all(...values, limit + 1) as (CardRow & { row: number })[];
  const cards = rows.slice(0, limit).map(({ row: _, ...card }) => toCard(card)!);
  const last = rows[limit - 1];
  return rows.length > limit && last
    ? { cards, next: encodeBoardCursor({ at: last.stageChangedAt, row: last.row }) }
    : { cards };
}

/** The board's first answer: the first `limit` cards of every column, and each column's total; `now` for interviews. */
export function boardFirstPages(db: Db, filter: BoardFilter, limit: number, now: string): Board {
  const where = boardWhere(db, filter, limit);
  const totals = boardTotals(db, where);
  const cards: BoardCard[] = [];
  const columns = STAGES.map((stage) => {
    if (totals[stage] === 0) return { stage, total: 0 };
    const page = columnCards(db, where, stage, limit, undefined, now);
    cards.push(...page.cards);
    return page.next ? { stage, total: totals[stage], next: page.next } : { stage, total: totals[stage] };
  });
  return { cards, columns, total: STAGES.reduce((sum, stage) => sum + totals[stage], 0) };
}

/** The page of one column after `after`, with the column's total as it is now. */
export function boardColumnPage(
  db: Db,
  filter: BoardFilter,
  stage: Stage,
  limit: number,
  after: BoardCursor,
  now: string,
): BoardColumnPage {
  const where = boardWhere(db, filter, limit);
  const { clauses, params } = where;
  const total = statement(db, `SELECT count(*) FROM applications a WHERE ${['a.stage = ?', ...clauses].join(' AND ')}`)
    .pluck()
    .get(stage, ...params) as number;
  return { ...columnCards(db, where, stage, limit, after, now), total };
}
