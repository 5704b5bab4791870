import type { DueReason } from '../core/policy';
import { statement, type Db } from './connection';

export interface QueueRow {
  personId: string;
  personName: string;
  timezone: string | null;
  applicationId: string | null;
  positionTitle: string | null;
  companyName: string | null;
  /** follow-ups and waits: when the wait ends; stale: since when it has been quiet. */
  at: string;
  dueReason: DueReason | null;
}

// The open application a queue item acts on: the one that moved last.
const OPEN_APPLICATION = `(SELECT a.id FROM applications a
                            WHERE a.candidate_id = o.person_id AND a.stage <> 'closed' AND a.stage <> 'placed'
                            ORDER BY a.stage_changed_at DESC, a.rowid DESC LIMIT 1)`;

const ROW = `SELECT o.person_id AS personId, p.name AS personName, p.timezone, app.id AS applicationId,
                    pos.title AS positionTitle, c.name AS companyName`;

const JOINS = `JOIN people p ON p.id = o.person_id
               LEFT JOIN applications app ON app.id = ${OPEN_APPLICATION}
               LEFT JOIN positions pos ON pos.id = app.position_id
               LEFT JOIN companies c ON c.id = pos.company_id`;

export const QUEUE_SQL = {
  due: `${ROW}, o.due_at AS at, o.due_reason AS dueReason
          FROM contact_outlook o ${JOINS}
         WHERE o.due_at IS NOT NULL AND o.due_at <= @now
         ORDER BY o.due_at, o.person_id LIMIT @limit`,
  waiting: `${ROW}, o.due_at AS at, o.due_reason AS dueReason
              FROM contact_outlook o ${JOINS}
             WHERE o.due_at IS NOT NULL AND o.due_at > @now
             ORDER BY o.due_at, o.person_id LIMIT @limit`,
  // Quiet too long on an open application, and nothing of theirs asks us to wait.
  stale: `${ROW}, o.quiet_since AS at, NULL AS dueReason
            FROM contact_outlook o ${JOINS.replace('LEFT JOIN applications', 'JOIN applications')}
           WHERE o.due_at IS NULL AND o.stop IS NULL AND o.ball_in_their_court = 0 AND o.quiet_since < @cutoff
             AND (o.pause_until IS NULL OR o.pause_until <= @now) AND (o.agreed_until IS NULL OR o.agreed_until <= @now)
           ORDER BY o.quiet_since, o.person_id LIMIT @limit`,
} as const;

export type QueueSection = keyof typeof QUEUE_SQL;

export function queueRows(
  db: Db,
  section: QueueSection,
  params: { now: string; cutoff: string; limit: number },
): QueueRow[] {
  const sql = QUEUE_SQL[section];
  const used = Object.fromEntries(Object.entries(params).filter(([key]) => sql.includes(`@${key}`)));
  return statement(db, sql).all(used) as QueueRow[];
}
