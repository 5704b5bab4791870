import { randomUUID } from 'node:crypto';
import type { Attachment, AttachmentType } from '../core/attachments';
import type { SearchHit } from '../core/model';
import { statement, type Db } from './connection';
import { writeAudit } from './records';
import { ftsQuery } from './search';

const COLUMNS = 'id, person_id AS personId, name, type, size, added_at AS addedAt';

/**
 * Keeps a document with a person: its details, its bytes and its words for search, in one go. The audit entry is
 * written on the person (not on the document), so erasing the person takes it too, file name and all.
 * Call inside a transaction.
 */
export function addAttachment(
  db: Db,
  fields: { personId: string; name: string; type: AttachmentType; bytes: Uint8Array; text: string },
  now: string,
): Attachment {
  const id = randomUUID();
  const { lastInsertRowid } = statement(
    db,
    'INSERT INTO attachments (id, person_id, name, type, size, added_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(id, fields.personId, fields.name, fields.type, fields.bytes.length, now);
  statement(db, 'INSERT INTO attachment_files (attachment_id, bytes) VALUES (?, ?)').run(id, fields.bytes);
  if (fields.text)
    statement(db, 'INSERT INTO search_attachments (rowid, text) VALUES (?, ?)').run(lastInsertRowid, fields.text);
  writeAudit(db, now, 'person', fields.personId, 'update', { attachmentAdded: fields.name });
  return {
    id,
    personId: fields.personId,
    name: fields.name,
    type: fields.type,
    size: fields.bytes.length,
    addedAt: now,
  };
}

/** A person's documents, newest first: details only, never the bytes. */
export function listAttachments(db: Db, personId: string): Attachment[] {
  return statement(db, `SELECT ${COLUMNS} FROM attachments WHERE person_id = ? ORDER BY added_at DESC, entry DESC`).all(
    personId,
  ) as Attachment[];
}

export function countAttachments(db: Db, personId: string): number {
  return statement(db, 'SELECT count(*) FROM attachments WHERE person_id = ?').pluck().get(personId) as number;
}

export function getAttachment(db: Db, id: string): Attachment | undefined {
  return statement(db, `SELECT ${COLUMNS} FROM attachments WHERE id = ?`).get(id) as Attachment | undefined;
}

/** A document with its bytes, to save or open. */
export function attachmentWithBytes(db: Db, id: string): (Attachment & { bytes: Buffer }) | undefined {
  return statement(
    db,
    `SELECT a.id, a.person_id AS personId, a.name, a.type, a.size, a.added_at AS addedAt, f.bytes
       FROM attachments a JOIN attachment_files f ON f.attachment_id = a.id WHERE a.id = ?`,
  ).get(id) as (Attachment & { bytes: Buffer }) | undefined;
}

/** Every document of a person with its bytes: what a data request about them receives. */
export function attachmentsWithBytes(db: Db, personId: string): (Attachment & { bytes: Buffer })[] {
  return listAttachments(db, personId).map((a) => attachmentWithBytes(db, a.id)!);
}

/** Removes a document, its bytes and its words. Call inside a transaction. */
export function removeAttachment(db: Db, id: string, now: string): Attachment | undefined {
  const attachment = getAttachment(db, id);
  if (!attachment) return undefined;
  statement(db, 'DELETE FROM attachments WHERE id = ?').run(id);
  writeAudit(db, now, 'person', attachment.personId, 'update', { attachmentRemoved: attachment.name });
  return attachment;
}

/** People whose documents hold every word of `text` (the last as a prefix), newest document first, each once. */
export function searchAttachments(db: Db, text: string, limit: number): SearchHit[] {
  const query = ftsQuery(text);
  if (!query) return [];
  const run = (q: string) =>
    statement(
      db,
      `SELECT 'person' AS type, p.id, p.name AS title, s.snippet
         FROM (SELECT rowid, snippet(search_attachments, 0, '[', ']', '…', 10) AS snippet
                 FROM search_attachments WHERE search_attachments MATCH ? ORDER BY rowid DESC LIMIT ?) s
         CROSS JOIN attachments a ON a.entry = s.rowid CROSS JOIN people p ON p.id = a.person_id
        ORDER BY s.rowid DESC`,
    ).all(q, limit * 4) as SearchHit[];
  const seen = new Set<string>();
  const hits: SearchHit[] = [];
  for (const hit of [...(query.exact ? run(query.exact) : []), ...run(query.prefix)]) {
    if (seen.has(hit.id)) continue;
    seen.add(hit.id);
    hits.push({ ...hit, snippet: `In a document: ${hit.snippet.replace(/\s+/g, ' ').trim()}`, inDocument: true });
    if (hits.length === limit) break;
  }
  return hits;
}
