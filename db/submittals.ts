import type { ClientFeedback, FeedbackVerdict, SubmittedCandidate, Submittal } from '../core/submittals';
import { statement, type Db } from './connection';
import { insertRecord, updateRecord, writeAudit, type TableSpec } from './records';

interface SubmittalFields {
  positionId: string;
  contactId: string;
  note: string | null;
  includeContactDetails: number;
  sentAt: string;
}

const spec: TableSpec<SubmittalFields> = {
  table: 'submittals',
  entity: 'submittal',
  columns: {
    positionId: 'position_id',
    contactId: 'contact_id',
    note: 'note',
    includeContactDetails: 'include_contact_details',
    sentAt: 'sent_at',
  },
  textNotAudited: ['note'],
};

/** A shortlist and its candidates in the order given; each summary is the recruiter's text for the client. */
export function insertSubmittal(
  db: Db,
  fields: { positionId: string; contactId: string; note: string | null; includeContactDetails: boolean },
  candidates: readonly { applicationId: string; summary: string }[],
  now: string,
): string {
  const id = insertRecord(
    db,
    spec,
    { ...fields, includeContactDetails: fields.includeContactDetails ? 1 : 0, sentAt: now },
    now,
  );
  const insert = statement(
    db,
    'INSERT INTO submittal_candidates (submittal_id, application_id, position, summary) VALUES (?, ?, ?, ?)',
  );
  candidates.forEach((c, n) => insert.run(id, c.applicationId, n, c.summary));
  return id;
}

interface SubmittalRow {
  id: string;
  positionId: string;
  positionTitle: string;
  positionLocation: string | null;
  companyId: string;
  companyName: string;
  contactId: string;
  contactName: string;
  contactTitle: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  contactTimezone: string | null;
  note: string | null;
  includeContactDetails: number;
  sentAt: string;
}

const SUBMITTAL = `SELECT s.id, s.position_id AS positionId, pos.title AS positionTitle, pos.location AS positionLocation,
                          pos.company_id AS companyId, c.name AS companyName, s.contact_id AS contactId,
                          ct.name AS contactName, ct.title AS contactTitle, ct.email AS contactEmail,
                          ct.phone AS contactPhone, ct.timezone AS contactTimezone, s.note, s.include_contact_details AS includeContactDetails,
                          s.sent_at AS sentAt
                     FROM submittals s JOIN positions pos ON pos.id = s.position_id
                     JOIN companies c ON c.id = pos.company_id JOIN people ct ON ct.id = s.contact_id`;

type CandidateRow = Omit<SubmittedCandidate, 'feedback'> & {
  submittalId: string;
  verdict: FeedbackVerdict | null;
  reason: string | null;
  feedbackAt: string | null;
};

const CANDIDATES = `SELECT sc.submittal_id AS submittalId, sc.application_id AS applicationId, a.candidate_id AS candidateId,
                           p.name AS candidateName, p.email, p.phone, a.stage, sc.summary, sc.verdict, sc.reason,
                           sc.feedback_at AS feedbackAt
                      FROM submittal_candidates sc JOIN applications a ON a.id = sc.application_id
                      JOIN people p ON p.id = a.candidate_id`;

function toCandidate({ submittalId: _, verdict, reason, feedbackAt, ...row }: CandidateRow): SubmittedCandidate {
  const feedback: ClientFeedback | null = verdict && feedbackAt ? { verdict, reason, at: feedbackAt } : null;
  return { ...row, feedback };
}

function toSubmittal(row: SubmittalRow, candidates: SubmittedCandidate[]): Submittal {
  return {
    id: row.id,
    positionId: row.positionId,
    positionTitle: row.positionTitle,
    positionLocation: row.positionLocation,
    companyId: row.companyId,
    companyName: row.companyName,
    contact: {
      id: row.contactId,
      name: row.contactName,
      title: row.contactTitle,
      email: row.contactEmail,
      phone: row.contactPhone,
      timezone: row.contactTimezone,
    },
    note: row.note,
    includeContactDetails: row.includeContactDetails === 1,
    sentAt: row.sentAt,
    candidates,
  };
}

export function getSubmittal(db: Db, id: string): Submittal | undefined {
  const row = statement(db, `${SUBMITTAL} WHERE s.id = ?`).get(id) as SubmittalRow | undefined;
  if (!row) return undefined;
  const candidates = statement(db, `${CANDIDATES} WHERE sc.submittal_id = ? ORDER BY sc.position`).all(
    id,
  ) as CandidateRow[];
  return toSubmittal(row, candidates.map(toCandidate));
}

/** A position's shortlists, the latest first. */
export function submittalsOfPosition(db: Db, positionId: string): Submittal[] {
  const rows = statement(db, `${SUBMITTAL} WHERE s.position_id = ? ORDER BY s.sent_at DESC, s.id`).all(
    positionId,
  ) as SubmittalRow[];
  if (rows.length === 0) return [];
  const candidates = statement(
    db,
    `${CANDIDATES} WHERE sc.submittal_id IN (SELECT id FROM submittals WHERE position_id = ?) ORDER BY sc.position`,
  ).all(positionId) as CandidateRow[];
  return rows.map((row) => toSubmittal(row, candidates.filter((c) => c.submittalId === row.id).map(toCandidate)));
}

/** Changes the note, the contact-details choice and any summaries given; audits which changed, not their text. */
export function updateSubmittal(
  db: Db,
  id: string,
  patch: { note?: string | null; includeContactDetails?: boolean },
  summaries: ReadonlyMap<string, string>,
  now: string,
): void {
  const fields: Partial<SubmittalFields> = {};
  if (patch.note !== undefined) fields.note = patch.note;
  if (patch.includeContactDetails !== undefined) fields.includeContactDetails = patch.includeContactDetails ? 1 : 0;
  updateRecord(db, spec, id, fields, now);
  const update = statement(
    db,
    'UPDATE submittal_candidates SET summary = ? WHERE submittal_id = ? AND application_id = ? AND summary <> ?',
  );
  const changed = [...summaries].filter(([applicationId, text]) => update.run(text, id, applicationId, text).changes);
  if (changed.length > 0) {
    statement(db, 'UPDATE submittals SET updated_at = ? WHERE id = ?').run(now, id);
    // Which summaries changed, by application, so erasing a candidate takes the entry with them.
    for (const [applicationId] of changed) writeAudit(db, now, 'application', applicationId, 'update', { summary: id });
  }
}

/** The client's answer on one candidate of a shortlist. */
export function recordVerdict(
  db: Db,
  submittalId: string,
  applicationId: string,
  verdict: FeedbackVerdict,
  reason: string | null,
  now: string,
): void {
  statement(
    db,
    'UPDATE submittal_candidates SET verdict = ?, reason = ?, feedback_at = ? WHERE submittal_id = ? AND application_id = ?',
  ).run(verdict, reason, now, submittalId, applicationId);
  writeAudit(db, now, 'application', applicationId, 'update', { clientFeedback: verdict, submittal: submittalId });
}

// A shortlist is waited on while one of its candidates has no answer and is still open. The wait starts when it was
// sent, and again with each answer the client gives on it: they replied, so chasing counts afresh from there.
const WAITING = `SELECT s.id AS submittalId, s.contact_id AS contactId,
                        max(s.sent_at, coalesce((SELECT max(x.feedback_at) FROM submittal_candidates x
                                                  WHERE x.submittal_id = s.id), s.sent_at)) AS since,
                        (SELECT count(*) FROM submittal_candidates w JOIN applications a ON a.id = w.application_id
                          WHERE w.submittal_id = s.id AND w.verdict IS NULL
                            AND a.stage NOT IN ('closed', 'placed')) AS waiting,
                        (SELECT count(*) FROM submittal_candidates n WHERE n.submittal_id = s.id) AS sent
                   FROM submittals s`;

export interface FeedbackWaitRow {
  submittalId: string;
  contactId: string;
  contactName: string;
  timezone: string | null;
  positionId: string;
  positionTitle: string;
  companyName: string;
  since: string;
  waiting: number;
  sent: number;
}

/** Shortlists the client still owes answers on, the longest wait first. */
export function feedbackWaiting(db: Db, limit: number): FeedbackWaitRow[] {
  return statement(
    db,
    `SELECT w.submittalId, w.contactId, ct.name AS contactName, ct.timezone, s.position_id AS positionId,
            pos.title AS positionTitle, c.name AS companyName, w.since, w.waiting, w.sent
       FROM (${WAITING}) w JOIN submittals s ON s.id = w.submittalId JOIN people ct ON ct.id = w.contactId
       JOIN positions pos ON pos.id = s.position_id JOIN companies c ON c.id = pos.company_id
      WHERE w.waiting > 0
      ORDER BY w.since, w.submittalId LIMIT ?`,
  ).all(limit) as FeedbackWaitRow[];
}

/**
 * Since when this client contact has owed feedback on a shortlist (the latest such wait), for the client-feedback
 * limit: the chases counted are the ones after it.
 */
export function submittalFeedbackSince(db: Db, contactId: string): string | undefined {
  return (
    (statement(db, `SELECT max(since) FROM (${WAITING} WHERE s.contact_id = ?) WHERE waiting > 0`)
      .pluck()
      .get(contactId) as string | null) ?? undefined
  );
}

/** For each of a candidate's applications, the latest shortlist it went out in: when, and to whom at the client. */
export function latestSubmissions(
  db: Db,
  candidateId: string,
): Map<string, { submittedAt: string; submittedTo: string }> {
  const rows = statement(
    db,
    `SELECT sc.application_id AS applicationId, s.sent_at AS submittedAt, ct.name AS submittedTo
       FROM submittal_candidates sc JOIN applications a ON a.id = sc.application_id
       JOIN submittals s ON s.id = sc.submittal_id JOIN people ct ON ct.id = s.contact_id
      WHERE a.candidate_id = ?
      ORDER BY s.sent_at, s.id`,
  ).all(candidateId) as { applicationId: string; submittedAt: string; submittedTo: string }[];
  // Later rows overwrite earlier ones: the latest shortlist wins.
  return new Map(rows.map(({ applicationId, ...sent }) => [applicationId, sent]));
}
