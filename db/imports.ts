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

/** FTS5's own size for the part of a new index it keeps in memory before writing it out as a segment. */
const SEARCH_HASH_DEFAULT = 1024 * 1024;
/** While many rows go in at once: few segments written, so few merged again. */
const SEARCH_HASH_BULK = 32 * 1024 * 1024;
/** Below this many people a batch is written as it comes: nothing to gain, and no schema change for others to see. */
const BULK_AT_LEAST = 1_000;

/** Politely's full-text indexes. */
export type SearchTable = 'search_index' | 'touch_search';

/**
 * Runs `fill`, which indexes many rows at once in `tables`, with each index keeping more of its new part in
 * memory: it writes a few large segments instead of a hundred it must merge again. FTS5 keeps the size in
 * the index's config table (which only FTS5 may write): it is set back to what it was, FTS5's own default
 * when it had none. Inside a transaction, so a rollback restores it with everything else.
 */
export function withRoomySearchIndexes<T>(db: Db, tables: readonly SearchTable[], fill: () => T): T {
  if (!db.inTransaction) throw new Error('Search indexes are filled in bulk only inside a transaction.');
  const before = tables.map(
    (table) => statement(db, `SELECT v FROM ${table}_config WHERE k = 'hashsize'`).pluck().get() as number | undefined,
  );
  tables.forEach((table) => setSearchHash(db, table, SEARCH_HASH_BULK));
  const result = fill();
  tables.forEach((table, i) => setSearchHash(db, table, before[i] ?? SEARCH_HASH_DEFAULT));
  return result;
}

function setSearchHash(db: Db, table: SearchTable, bytes: number): void {
  // FTS5 takes an integer only, and the driver binds a number as a real: a BigInt binds as an integer.
  statement(db, `INSERT INTO ${table} (${table}, rank) VALUES ('hashsize', ?)`).run(BigInt(bytes));
}

/**
 * Runs `fill`, which adds `adding` people at once inside the caller's transaction, the cheaper way for a
 * batch of a thousand or more: the search index fills with room to spare (withRoomySearchIndexes), and when
 * the batch is at least as large as the table already is, the people table's own indexes are dropped and
 * built again after the rows are in: sorting every row once costs less than inserting each new one into each
 * index. They come back as they were (a rollback restores them with everything else).
 */
export function addingInBulk<T>(db: Db, adding: number, fill: () => T): T {
  if (!db.inTransaction) throw new Error('People are added in bulk only inside a transaction.');
  if (adding < BULK_AT_LEAST) return fill();
  const saved = statement(db, 'SELECT coalesce(max(rowid), 0) FROM people').pluck().get() as number;
  const rebuilt =
    adding >= saved
      ? (statement(
          db,
          "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'people' AND sql IS NOT NULL",
        ).all() as { name: string; sql: string }[])
      : [];
  return withRoomySearchIndexes(db, ['search_index'], () => {
    for (const { name } of rebuilt) db.exec(`DROP INDEX "${name.replace(/"/g, '""')}"`);
    const result = fill();
    for (const { sql } of rebuilt) db.exec(sql);
    return result;
  });
}
