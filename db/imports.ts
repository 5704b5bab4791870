import type { PersonKind } from '../core/model';
import { statement, type Db } from './connection';

/** What an import compares each row with, for one saved person. */
export interface PersonToMatch {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  linkedinUrl: string | null;
  /** Where they work: a candidate's employer, a contact's company. */
  employer: string | null;
}

/** Every saved person of one kind, with what tells whether an imported row is them. */
export function peopleToMatch(db: Db, kind: PersonKind): PersonToMatch[] {
  return db
    .prepare(
      `SELECT p.id, p.name, p.email, p.phone, p.linkedin_url AS linkedinUrl, coalesce(p.employer, c.name) AS employer
         FROM people p LEFT JOIN companies c ON c.id = p.company_id WHERE p.kind = ?`,
    )
    .all(kind) as PersonToMatch[];
}

/** Which of `ids` name someone saved (of either kind), with their names. */
export function savedPeople(db: Db, ids: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  const byId = statement(db, 'SELECT name FROM people WHERE id = ?').pluck();
  for (const id of new Set(ids)) {
    const name = byId.get(id) as string | undefined;
    if (name !== undefined) found.set(id, name);
  }
  return found;
}

/**
 * One audit entry for a whole import: who it added and who it filled in, by id. The people it
 * added have no entry of their own; what was filled into someone already saved is audited on them.
 */
export function auditImport(
  db: Db,
  importId: string,
  now: string,
  what: { kind: PersonKind; added: readonly string[]; merged: readonly string[]; companies: readonly string[] },
): void {
  statement(
    db,
    "INSERT INTO audit_log (at, entity, entity_id, action, changes) VALUES (?, 'import', ?, 'create', ?)",
  ).run(
    now,
    importId,
    JSON.stringify({ kind: what.kind, people: what.added, merged: what.merged, companies: what.companies }),
  );
}

const waiting = new WeakMap<Db, { imports: number; busyTimeout: number }>();

/**
 * While an import writes on its own connection, a write from the host would wait for it with the
 * whole host stopped (SQLite waits in the calling thread). So the host's connection waits at most
 * `ms` and answers "busy, try again" instead; reads are never held up (WAL). The returned function
 * puts the usual wait back once the last import running ends.
 */
export function waitBriefly(db: Db, ms: number): () => void {
  const held = waiting.get(db) ?? { imports: 0, busyTimeout: db.pragma('busy_timeout', { simple: true }) as number };
  held.imports++;
  waiting.set(db, held);
  db.pragma(`busy_timeout = ${Math.trunc(ms)}`);
  return () => {
    held.imports--;
    if (held.imports > 0) return;
    waiting.delete(db);
    if (db.open) db.pragma(`busy_timeout = ${held.busyTimeout}`);
  };
}

/** A page cache of `kib` KiB for a connection that writes many rows at once, so its indexes stay in memory. */
export function cacheForImport(db: Db, kib: number): void {
  db.pragma(`cache_size = -${Math.trunc(kib)}`);
}
