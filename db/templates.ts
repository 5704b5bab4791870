import {
  DEFAULT_TEMPLATES,
  TEMPLATE_KIND_LABELS,
  TEMPLATE_KINDS,
  type MessageTemplate,
  type TemplateKind,
  type TemplateText,
} from '../core/templates';
import { statement, type Db } from './connection';
import { writeAudit } from './records';

interface Row {
  id: string;
  kind: TemplateKind;
  subject: string;
  body: string;
  updatedAt: string;
}

const SELECT = 'SELECT id, kind, subject, body, updated_at AS updatedAt FROM templates';

const defaultTemplate = (kind: TemplateKind): MessageTemplate => ({
  id: kind,
  kind,
  name: TEMPLATE_KIND_LABELS[kind],
  ...DEFAULT_TEMPLATES[kind],
  isDefault: true,
  updatedAt: null,
});

const saved = (row: Row): MessageTemplate => ({
  ...row,
  name: TEMPLATE_KIND_LABELS[row.kind],
  isDefault: false,
});

/** Every kind's template: the one the recruiter saved, else Politely's default; in the order of the kinds. */
export function listTemplates(db: Db): MessageTemplate[] {
  const rows = new Map((statement(db, SELECT).all() as Row[]).map((r) => [r.id, r]));
  return TEMPLATE_KINDS.map((kind) => {
    const row = rows.get(kind);
    return row ? saved(row) : defaultTemplate(kind);
  });
}

/** One template by id (today the id is its kind), or undefined for an id Politely does not know. */
export function getTemplate(db: Db, id: string): MessageTemplate | undefined {
  const row = statement(db, `${SELECT} WHERE id = ?`).get(id) as Row | undefined;
  if (row) return saved(row);
  return (TEMPLATE_KINDS as readonly string[]).includes(id) ? defaultTemplate(id as TemplateKind) : undefined;
}

/** Saves the recruiter's wording for a kind, in place of the default. */
export function saveTemplate(db: Db, kind: TemplateKind, text: TemplateText, now: string): MessageTemplate {
  const before = getTemplate(db, kind)!;
  statement(
    db,
    `INSERT INTO templates (id, kind, subject, body, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET subject = excluded.subject, body = excluded.body, updated_at = excluded.updated_at`,
  ).run(kind, kind, text.subject, text.body, now);
  writeAudit(db, now, 'template', kind, before.isDefault ? 'create' : 'update', {
    ...(before.subject !== text.subject ? { subject: [before.subject, text.subject] } : {}),
    ...(before.body !== text.body ? { body: [before.body, text.body] } : {}),
  });
  return getTemplate(db, kind)!;
}

/** Forgets the saved wording, so the kind reads Politely's default again. */
export function restoreDefaultTemplate(db: Db, kind: TemplateKind, now: string): MessageTemplate {
  const removed = statement(db, 'DELETE FROM templates WHERE id = ?').run(kind);
  if (removed.changes) writeAudit(db, now, 'template', kind, 'delete', {});
  return getTemplate(db, kind)!;
}

/** A person's open applications, newest first, with what a message names of each. */
export function openApplicationsOf(
  db: Db,
  personId: string,
): { id: string; positionTitle: string; companyName: string }[] {
  return statement(
    db,
    `SELECT a.id, pos.title AS positionTitle, c.name AS companyName
       FROM applications a JOIN positions pos ON pos.id = a.position_id JOIN companies c ON c.id = pos.company_id
      WHERE a.candidate_id = ? AND a.stage <> 'closed' ORDER BY a.created_at DESC, a.id`,
  ).all(personId) as { id: string; positionTitle: string; companyName: string }[];
}

/** The interview a message about an application names: the next one from `now`, else the latest; never a cancelled one. */
export function interviewToName(
  db: Db,
  applicationId: string,
  now: string,
): { startsAt: string; timezone: string } | undefined {
  const pick = (sql: string) =>
    statement(
      db,
      `SELECT starts_at AS startsAt, timezone FROM interviews
        WHERE application_id = ? AND cancelled_at IS NULL ${sql} LIMIT 1`,
    ).get(applicationId, now) as { startsAt: string; timezone: string } | undefined;
  return pick('AND starts_at >= ? ORDER BY starts_at') ?? pick('AND starts_at < ? ORDER BY starts_at DESC');
}
