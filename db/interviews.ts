import { randomUUID } from 'node:crypto';
import type { Debrief, GateInterview, Interview, Interviewer, PrepItem, PrepVisibility } from '../core/interviews';
import type { BookedInterview } from '../core/policy';
import { statement, type Db } from './connection';
import { insertRecord, replaceLinks, updateRecord, writeAudit, type TableSpec } from './records';

export type InterviewFields = Pick<
  Interview,
  'applicationId' | 'round' | 'startsAt' | 'endsAt' | 'durationMinutes' | 'timezone' | 'format' | 'place' | 'notes'
>;

const spec: TableSpec<InterviewFields> = {
  table: 'interviews',
  entity: 'interview',
  columns: {
    applicationId: 'application_id',
    round: 'round',
    startsAt: 'starts_at',
    endsAt: 'ends_at',
    durationMinutes: 'duration_minutes',
    timezone: 'timezone',
    format: 'format',
    place: 'place',
    notes: 'notes',
  },
};

const SELECT = `SELECT i.id, i.application_id AS applicationId, a.candidate_id AS candidateId, p.name AS candidateName, p.timezone AS candidateTimezone,
                       pos.title AS positionTitle, c.name AS companyName, i.round, i.starts_at AS startsAt, i.ends_at AS endsAt,
                       i.duration_minutes AS durationMinutes, i.timezone, i.format, i.place, i.notes, i.cancelled_at AS cancelledAt,
                       i.sequence,
                       i.debriefed_at AS debriefedAt, i.client_feedback_at AS clientFeedbackAt, i.client_feedback AS clientFeedback,
                       (SELECT count(*) FROM prep_items pi WHERE pi.interview_id = i.id) AS prepTotal,
                       (SELECT count(*) FROM prep_items pi WHERE pi.interview_id = i.id AND pi.done_at IS NOT NULL) AS prepDone
                  FROM interviews i
                  JOIN applications a ON a.id = i.application_id
                  JOIN people p ON p.id = a.candidate_id
                  JOIN positions pos ON pos.id = a.position_id
                  JOIN companies c ON c.id = pos.company_id`;

type Row = Omit<Interview, 'interviewers' | 'prep'> & { prepTotal: number; prepDone: number };

function interviewersOf(db: Db, interviewId: string): Interviewer[] {
  return statement(
    db,
    `SELECT p.id, p.name, p.title FROM interview_interviewers ii JOIN people p ON p.id = ii.person_id
      WHERE ii.interview_id = ? ORDER BY p.name COLLATE NOCASE`,
  ).all(interviewId) as Interviewer[];
}

function fromRow(db: Db, row: Row): Interview {
  const { prepTotal, prepDone, ...rest } = row;
  return { ...rest, interviewers: interviewersOf(db, row.id), prep: { total: prepTotal, done: prepDone } };
}

export function getInterview(db: Db, id: string): Interview | undefined {
  const row = db.prepare(`${SELECT} WHERE i.id = ?`).get(id) as Row | undefined;
  return row && fromRow(db, row);
}

export function interviewsOfApplication(db: Db, applicationId: string): Interview[] {
  return (
    db.prepare(`${SELECT} WHERE i.application_id = ? ORDER BY i.starts_at, i.id`).all(applicationId) as Row[]
  ).map((r) => fromRow(db, r));
}

export function interviewsOfCandidate(db: Db, candidateId: string): Interview[] {
  return (
    db.prepare(`${SELECT} WHERE a.candidate_id = ? ORDER BY i.starts_at DESC, i.id`).all(candidateId) as Row[]
  ).map((r) => fromRow(db, r));
}

/** A candidate's interviews as the contact rules read them: booked when, running when, called off or debriefed when. */
export function bookedInterviews(db: Db, candidateId: string): BookedInterview[] {
  return statement(
    db,
    `SELECT i.created_at AS bookedAt, i.starts_at AS startsAt, i.ends_at AS endsAt,
            i.cancelled_at AS cancelledAt, i.debriefed_at AS debriefedAt
       FROM interviews i JOIN applications a ON a.id = i.application_id
      WHERE a.candidate_id = ? ORDER BY i.starts_at`,
  ).all(candidateId) as BookedInterview[];
}

/** What the debrief gate reads for one application. */
export function gateInterviews(db: Db, applicationId: string): GateInterview[] {
  return db
    .prepare(
      'SELECT id, ends_at AS endsAt, cancelled_at AS cancelledAt, debriefed_at AS debriefedAt FROM interviews WHERE application_id = ?',
    )
    .all(applicationId) as GateInterview[];
}

export function nextRound(db: Db, applicationId: string): number {
  return (
    (db
      .prepare('SELECT coalesce(max(round), 0) + 1 FROM interviews WHERE application_id = ? AND cancelled_at IS NULL')
      .pluck()
      .get(applicationId) as number) ?? 1
  );
}

const interviewerLink = {
  table: 'interview_interviewers',
  ownerColumn: 'interview_id',
  memberColumn: 'person_id',
  entity: 'interview',
  field: 'interviewerIds',
};

export function createInterview(
  db: Db,
  fields: InterviewFields,
  interviewerIds: readonly string[],
  now: string,
): string {
  const id = insertRecord(db, spec, fields, now);
  replaceLinks(db, interviewerLink, id, interviewerIds, now);
  return id;
}

export function updateInterview(
  db: Db,
  id: string,
  patch: Partial<InterviewFields>,
  interviewerIds: readonly string[] | undefined,
  now: string,
): void {
  updateRecord(db, spec, id, patch, now);
  if (interviewerIds) replaceLinks(db, interviewerLink, id, interviewerIds, now);
}

/** The invite changed (a new time, place or set of interviewers): the next file supersedes those sent before. */
export function raiseSequence(db: Db, id: string, now: string): void {
  const sequence = statement(
    db,
    'UPDATE interviews SET sequence = sequence + 1, updated_at = ? WHERE id = ? RETURNING sequence',
  )
    .pluck()
    .get(now, id) as number;
  writeAudit(db, now, 'interview', id, 'update', { sequence: [sequence - 1, sequence] });
}

/** Marks a column that records a moment (cancelled, debriefed, client feedback), with an optional text beside it. */
export function markInterview(
  db: Db,
  id: string,
  what: 'cancelled' | 'debriefed' | 'client-feedback',
  now: string,
  text?: string | null,
): void {
  // Calling an interview off changes its invite too: the cancellation outranks every file sent before it.
  if (what === 'cancelled')
    db.prepare('UPDATE interviews SET cancelled_at = ?, sequence = sequence + 1, updated_at = ? WHERE id = ?').run(
      now,
      now,
      id,
    );
  if (what === 'debriefed')
    db.prepare('UPDATE interviews SET debriefed_at = ?, updated_at = ? WHERE id = ?').run(now, now, id);
  if (what === 'client-feedback')
    db.prepare('UPDATE interviews SET client_feedback_at = ?, client_feedback = ?, updated_at = ? WHERE id = ?').run(
      now,
      text ?? null,
      now,
      id,
    );
  writeAudit(db, now, 'interview', id, 'update', { [what]: now });
}

// ---- prep ----

export interface PrepDraft {
  id?: string | undefined;
  template?: string | null | undefined;
  label: string;
  body: string;
  visibility: PrepVisibility;
  done: boolean;
}

export function prepItems(db: Db, interviewId: string): PrepItem[] {
  return (
    db
      .prepare(
        'SELECT id, template, label, body, visibility, done_at IS NOT NULL AS done FROM prep_items WHERE interview_id = ? ORDER BY position',
      )
      .all(interviewId) as (Omit<PrepItem, 'done'> & { done: number })[]
  ).map((r) => ({ ...r, done: r.done === 1 }));
}

/**
 * Makes the checklist exactly `items`, in that order: items with an id are updated, new ones
 * created, missing ones removed. Ticking keeps the first moment an item was done. Returns the
 * ids it did not know, so the caller can refuse them.
 */
export function replacePrep(db: Db, interviewId: string, items: readonly PrepDraft[], now: string): string[] {
  const current = new Map(
    (
      db.prepare('SELECT id, template, done_at AS doneAt FROM prep_items WHERE interview_id = ?').all(interviewId) as {
        id: string;
        template: string | null;
        doneAt: string | null;
      }[]
    ).map((r) => [r.id, r]),
  );
  const unknown = items.filter((i) => i.id && !current.has(i.id)).map((i) => i.id!);
  if (unknown.length) return unknown;
  const kept = new Set(items.map((i) => i.id).filter(Boolean));
  for (const id of current.keys()) if (!kept.has(id)) db.prepare('DELETE FROM prep_items WHERE id = ?').run(id);
  // Positions are rewritten in two passes so a reorder never collides.
  db.prepare('UPDATE prep_items SET position = position + 100000 WHERE interview_id = ?').run(interviewId);
  items.forEach((item, position) => {
    const before = item.id ? current.get(item.id) : undefined;
    const doneAt = item.done ? (before?.doneAt ?? now) : null;
    if (before) {
      db.prepare(
        'UPDATE prep_items SET position = ?, label = ?, body = ?, visibility = ?, done_at = ?, updated_at = ? WHERE id = ?',
      ).run(position, item.label, item.body, item.visibility, doneAt, now, before.id);
    } else {
      db.prepare(
        'INSERT INTO prep_items (id, interview_id, position, template, label, body, visibility, done_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(
        randomUUID(),
        interviewId,
        position,
        item.template ?? null,
        item.label,
        item.body,
        item.visibility,
        doneAt,
        now,
        now,
      );
    }
  });
  writeAudit(db, now, 'interview', interviewId, 'update', {
    prep: `${items.length} items, ${items.filter((i) => i.done).length} done`,
  });
  return [];
}

// ---- debriefs ----

export type DebriefFields = Omit<Debrief, 'id' | 'createdAt'>;

const DEBRIEF = `SELECT id, interview_id AS interviewId, called_at AS calledAt, arrival_time AS arrivalTime, duration_minutes AS durationMinutes,
                        met_with AS metWith, questions_asked AS questionsAsked, answers, vibe, concerns, acceptance,
                        acceptance_verbatim AS acceptanceVerbatim, latency_minutes AS latencyMinutes, created_at AS createdAt
                   FROM debriefs`;

export function getDebrief(db: Db, interviewId: string): Debrief | undefined {
  return db.prepare(`${DEBRIEF} WHERE interview_id = ?`).get(interviewId) as Debrief | undefined;
}

export function insertDebrief(db: Db, fields: DebriefFields, now: string): Debrief {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO debriefs (id, interview_id, called_at, arrival_time, duration_minutes, met_with, questions_asked, answers, vibe, concerns,
                           acceptance, acceptance_verbatim, latency_minutes, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    fields.interviewId,
    fields.calledAt,
    fields.arrivalTime,
    fields.durationMinutes,
    fields.metWith,
    fields.questionsAsked,
    fields.answers,
    fields.vibe,
    fields.concerns,
    fields.acceptance,
    fields.acceptanceVerbatim,
    fields.latencyMinutes,
    now,
  );
  writeAudit(db, now, 'debrief', id, 'create', {
    interviewId: fields.interviewId,
    acceptance: fields.acceptance,
    latencyMinutes: fields.latencyMinutes,
  });
  return getDebrief(db, fields.interviewId)!;
}

/** Debrief latency across the profile: how quickly, after interviews end, this recruiter calls. */
export function debriefLatencies(db: Db): number[] {
  return db.prepare('SELECT latency_minutes FROM debriefs ORDER BY latency_minutes').pluck().all() as number[];
}

// ---- the today queue ----

export interface InterviewQueueRow {
  interviewId: string;
  applicationId: string;
  personId: string;
  personName: string;
  timezone: string | null;
  positionTitle: string;
  companyName: string;
  startsAt: string;
  endsAt: string;
  prepTotal: number;
  prepDone: number;
}

const QUEUE_ROW = `SELECT i.id AS interviewId, i.application_id AS applicationId, p.id AS personId, p.name AS personName, p.timezone,
                          pos.title AS positionTitle, c.name AS companyName, i.starts_at AS startsAt, i.ends_at AS endsAt`;
const QUEUE_JOINS = `JOIN applications a ON a.id = i.application_id
                     JOIN people p ON p.id = a.candidate_id
                     JOIN positions pos ON pos.id = a.position_id
                     JOIN companies c ON c.id = pos.company_id`;

export const INTERVIEW_QUEUE_SQL = {
  debriefDue: `${QUEUE_ROW}, 0 AS prepTotal, 0 AS prepDone FROM interviews i ${QUEUE_JOINS}
                WHERE i.cancelled_at IS NULL AND i.debriefed_at IS NULL AND i.ends_at <= @now
                ORDER BY i.ends_at LIMIT @limit`,
  startingSoon: `${QUEUE_ROW}, 0 AS prepTotal, 0 AS prepDone FROM interviews i ${QUEUE_JOINS}
                  WHERE i.cancelled_at IS NULL AND i.starts_at > @now AND i.starts_at <= @horizon
                  ORDER BY i.starts_at LIMIT @limit`,
  prepDue: `SELECT * FROM (
              ${QUEUE_ROW},
                     (SELECT count(*) FROM prep_items pi WHERE pi.interview_id = i.id) AS prepTotal,
                     (SELECT count(*) FROM prep_items pi WHERE pi.interview_id = i.id AND pi.done_at IS NOT NULL) AS prepDone
                FROM interviews i ${QUEUE_JOINS}
               WHERE i.cancelled_at IS NULL AND i.starts_at > @now AND i.starts_at <= @horizon
            ) WHERE prepDone < prepTotal ORDER BY startsAt LIMIT @limit`,
} as const;

export function interviewQueue(
  db: Db,
  which: keyof typeof INTERVIEW_QUEUE_SQL,
  params: { now: string; horizon: string; limit: number },
): InterviewQueueRow[] {
  const sql = INTERVIEW_QUEUE_SQL[which];
  const used = Object.fromEntries(Object.entries(params).filter(([key]) => sql.includes(`@${key}`)));
  return statement(db, sql).all(used) as InterviewQueueRow[];
}

/** The end of the latest interview this client contact took part in (or hires for) whose feedback is still owed. */
export function pendingFeedbackSince(db: Db, personId: string, now: Date): string | undefined {
  return (
    (statement(
      db,
      `SELECT max(i.ends_at) FROM interviews i JOIN applications a ON a.id = i.application_id
        WHERE i.cancelled_at IS NULL AND i.client_feedback_at IS NULL AND i.ends_at <= @now
          AND (EXISTS (SELECT 1 FROM interview_interviewers ii WHERE ii.interview_id = i.id AND ii.person_id = @person)
               OR EXISTS (SELECT 1 FROM position_hiring_managers h WHERE h.position_id = a.position_id AND h.person_id = @person))`,
    )
      .pluck()
      .get({ person: personId, now: now.toISOString() }) as string | null) ?? undefined
  );
}
