import fs from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { NewerSchemaError } from './errors';
import { LATEST_VERSION, migrate } from './migrations';
import { registerNameKey } from './nameKey';

export { NewerSchemaError };

export type Db = Database.Database;

export interface OpenOptions {
  /** 32-byte key for an encrypted profile. Without it the file is plain SQLite. */
  key?: Buffer;
  /** Busy timeout in milliseconds. */
  busyTimeoutMs?: number;
}

const statements = new WeakMap<Db, Map<string, Database.Statement>>();

/** Each open encrypted database's key, so work on another thread can open the same file (an import). */
const keys = new WeakMap<Db, Buffer>();

/**
 * The key `db` was opened with, for a second connection to the same file (the import's worker
 * opens its own). A copy of it is kept only while `db` is open: closing `db` wipes it.
 */
export function databaseKey(db: Db): Buffer | undefined {
  return db.open ? keys.get(db) : undefined;
}

function rememberKey(db: Db, key: Buffer | undefined): void {
  if (!key) return;
  const kept = Buffer.alloc(key.length);
  key.copy(kept);
  keys.set(db, kept);
  const close = db.close.bind(db);
  db.close = () => {
    kept.fill(0);
    keys.delete(db);
    return close();
  };
}

/** A prepared statement kept for the life of the connection, so hot paths do not compile their SQL on every call. */
export function statement(db: Db, sql: string): Database.Statement {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let prepared = cache.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    cache.set(sql, prepared);
  }
  return prepared;
}

function applyKey(db: Db, key: Buffer | undefined): void {
  if (!key) return;
  if (key.length !== 32) throw new Error('An encryption key must be 32 bytes.');
  db.pragma(`cipher = 'sqlcipher'`);
  // A raw key in hex; it never passes through a key-derivation step inside SQLite.
  db.pragma(`key = "x'${key.toString('hex')}'"`);
}

/** The schema version stored in an existing file, read without writing anything. */
function peekVersion(file: string, key: Buffer | undefined): number {
  // Reading a WAL-mode file, even read-only, makes SQLite create its -wal and -shm files: any it
  // creates here are removed again, so a refused file's folder is left exactly as it was.
  const sidecars = [`${file}-wal`, `${file}-shm`].filter((f) => !fs.existsSync(f));
  const probe = new Database(file, { readonly: true, fileMustExist: true });
  try {
    applyKey(probe, key);
    return probe.pragma('user_version', { simple: true }) as number;
  } finally {
    probe.close();
    for (const f of sidecars)
      if (fs.existsSync(f) && (f.endsWith('-shm') || fs.statSync(f).size === 0)) fs.rmSync(f, { force: true });
  }
}

/**
 * Opens (creating if needed) a Politely database and brings its schema up to date.
 * `file` may be ':memory:' for tests. A file from a newer schema throws NewerSchemaError
 * before anything is written to it.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const inMemory = file === ':memory:';
  if (!inMemory && fs.existsSync(file) && fs.statSync(file).size > 0) {
    const found = peekVersion(file, options.key);
    if (found > LATEST_VERSION) throw new NewerSchemaError(file, found, LATEST_VERSION);
  }
  const db = new Database(file);
  try {
    applyKey(db, options.key);
    if (!inMemory) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    // Sorts and temporary tables stay in memory, so nothing of an encrypted profile reaches disk in the clear.
    db.pragma('temp_store = MEMORY');
    // Deleted content is overwritten, so an erased person is not left behind in free pages.
    db.pragma('secure_delete = ON');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${Math.trunc(options.busyTimeoutMs ?? 5000)}`);
    registerNameKey(db);
    migrate(db);
    rememberKey(db, options.key);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function sqliteVersion(db: Db): string {
  return (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
}

/** Runs `fn` inside one write transaction (BEGIN IMMEDIATE), so it commits whole or not at all. */
export function inTransaction<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate();
}

/**
 * Runs `fn` with the named triggers set aside, and puts them back exactly as they were. Only
 * inside a transaction: if `fn` fails, rolling back restores the triggers with everything else.
 */
export function settingAside<T>(db: Db, triggers: readonly string[], fn: () => T): T {
  if (!db.inTransaction) throw new Error('Triggers are set aside only inside a transaction.');
  const definitions = triggers.map((name) => {
    const sql = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?").pluck().get(name) as
      string | undefined;
    if (!sql) throw new Error(`There is no trigger called ${name}.`);
    db.exec(`DROP TRIGGER ${name}`);
    return sql;
  });
  const result = fn();
  for (const sql of definitions) db.exec(sql);
  return result;
}
