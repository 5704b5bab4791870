import type { Direction, ResponseClass, TouchChannel, TouchKind, TouchOutcome } from '../core/model';
import type { RuleId, Touch } from '../core/policy';
import type { Db } from './connection';
import { insertRecord, type TableSpec } from './records';

export interface TouchFields {
  personId: string;
  applicationId?: string | null;
  at: string;
  channel: TouchChannel;
  direction: Direction;
  kind: TouchKind;
  outcome: TouchOutcome;
  response?: ResponseClass | null;
  /** What the reply reader made of their words, when it read them; `response` is what the recruiter confirmed. */
  readAs?: ResponseClass | null;
  agreedNextAt?: string | null;
  summary?: string | null;
  overrideReason?: string | null;
  overrideRules?: string | null;
}

const spec: TableSpec<TouchFields> = {
  table: 'touches',
  entity: 'touch',
  appendOnly: true,
  columns: {
    personId: 'person_id',
    applicationId: 'application_id',
    at: 'at',
    channel: 'channel',
    direction: 'direction',
    kind: 'kind',
    outcome: 'outcome',
    response: 'response',
    readAs: 'read_as',
    agreedNextAt: 'agreed_next_at',
    summary: 'summary',
    overrideReason: 'override_reason',
    overrideRules: 'override_rules',
  },
};

const SELECT = `SELECT id, person_id AS personId, application_id AS applicationId, at, channel, direction, kind, outcome, response,
                       read_as AS readAs, agreed_next_at AS agreedNextAt, summary, override_reason AS overrideReason, override_rules AS overrideRules,
                       override_reason IS NOT NULL AS flagged, created_at AS createdAt
                  FROM touches`;

type Row = Omit<Touch, 'flagged' | 'overrideRules'> & { flagged: number; overrideRules: string | null };
const fromRow = (row: Row): Touch => ({
  ...row,
  flagged: row.flagged === 1,
  overrideRules: row.overrideRules ? (JSON.parse(row.overrideRules) as RuleId[]) : [],
});

export function logTouch(db: Db, fields: TouchFields, now: string): Touch {
  const id = insertRecord(db, spec, fields, now);
  return fromRow(db.prepare(`${SELECT} WHERE id = ?`).get(id) as Row);
}

export function listTouches(db: Db, filter: { personId?: string; flagged?: boolean; limit: number }): Touch[] {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (filter.personId) {
    where.push('person_id = ?');
    params.push(filter.personId);
  }
  if (filter.flagged !== undefined)
    where.push(filter.flagged ? 'override_reason IS NOT NULL' : 'override_reason IS NULL');
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  return (
    db.prepare(`${SELECT} ${clause} ORDER BY at DESC, id DESC LIMIT ?`).all(...params, filter.limit) as Row[]
  ).map(fromRow);
}
