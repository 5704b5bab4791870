import type Database from 'better-sqlite3-multiple-ciphers';
import { foldAccents } from '../core/names';

/**
 * Names in the order a person reads them: accents and case set aside, so Léa sits between Lea and
 * Lukas, not after Lz. The same for the same name on every call: people.name_key stores it, and
 * the list's index is built on it.
 */
export function nameSortKey(name: string): string {
  return foldAccents(name);
}

/**
 * The triggers of migration 0011 key every person written with politely_name_key, so every
 * connection registers it before anything else runs: one that did not could not add or rename
 * anyone (SQLite says there is no such function) rather than store a name under the wrong key.
 */
export function registerNameKey(db: Database.Database): void {
  db.function('politely_name_key', { deterministic: true }, (name: unknown) =>
    typeof name === 'string' ? nameSortKey(name) : name,
  );
}
