import type { BoardCard, CloseReason, OpenStage, Stage } from '../core/model';
import type { Outlook } from '../core/policy';
import { statement, type Db } from './connection';
import { OUTLOOK_JSON } from './outlook';
import { insertRecord, writeAudit, type TableSpec } from './records';

interface ApplicationFields {
  candidateId: string;
  positionId: string;
}

const spec: TableSpec<ApplicationFields> = {
  table: 'applications',
  entity: 'application',
  columns: { candidateId: 'candidate_id', positionId: 'position_id' },
};

const CARD = `SELECT a.id, a.stage, a.closed_reason AS closedReason, a.candidate_id AS candidateId, p.name AS candidateName,
                     a.position_id AS positionId, pos.title AS positionTitle, c.name AS companyName,
                     a.stage_changed_at AS stageChangedAt, a.created_at AS createdAt, ${OUTLOOK_JSON} AS outlook
                FROM applications a
                JOIN people p ON p.id = a.candidate_id
                JOIN positions pos ON pos.id = a.position_id
                JOIN companies c ON c.id = pos.company_id
                LEFT JOIN contact_outlook o ON o.person_id = a.candidate_id`;

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

export function boardCards(db: Db, filter: { positionId?: string }): BoardCard[] {
  const order = 'ORDER BY a.stage_changed_at DESC, a.id';
  const rows = (
    filter.positionId
      ? db.prepare(`${CARD} WHERE a.position_id = ? ${order}`).all(filter.positionId)
      : db.prepare(`${CARD} ${order}`).all()
  ) as CardRow[];
  return rows.map((row) => toCard(row)!);
}
