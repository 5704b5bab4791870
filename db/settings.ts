import { DATE_ORDERS, type DateOrder } from '../core/dateOrder';
import { DEFAULT_SETTINGS, type PolicySettings } from '../core/policy';
import { statement, type Db } from './connection';
import { writeAudit } from './records';

const POLICY_KEY = 'policy';

/** The profile's policy numbers: the defaults, with whatever the recruiter changed on top. */
export function readPolicy(db: Db): PolicySettings {
  const row = statement(db, 'SELECT value FROM settings WHERE key = ?').get(POLICY_KEY) as
    { value: string } | undefined;
  const stored = row ? (JSON.parse(row.value) as Partial<PolicySettings>) : {};
  const merged = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof PolicySettings)[]) {
    if (typeof stored[key] === 'number') merged[key] = stored[key];
  }
  return merged;
}

/** Saves already-validated policy numbers, auditing what changed. Call inside a transaction. */
export function writePolicy(db: Db, next: PolicySettings, now: string): void {
  const before = readPolicy(db);
  const changes = Object.fromEntries(
    (Object.keys(next) as (keyof PolicySettings)[])
      .filter((k) => before[k] !== next[k])
      .map((k) => [k, [before[k], next[k]] as [number, number]]),
  );
  if (Object.keys(changes).length === 0) return;
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(POLICY_KEY, JSON.stringify(next));
  writeAudit(db, now, 'settings', POLICY_KEY, 'update', changes);
}

/** A small JSON value kept under `key` in the profile (not audited: preferences, not records). */
export function readPreference<T>(db: Db, key: string): T | undefined {
  const row = statement(db, 'SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as T) : undefined;
}

export function writePreference(db: Db, key: string, value: unknown): void {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, JSON.stringify(value));
}

const DATE_ORDER_KEY = 'dateOrder';

/** How the recruiter wants replies' numeric dates read; "as written" until they choose. */
export function readDateOrder(db: Db): DateOrder {
  const stored = readPreference<string>(db, DATE_ORDER_KEY);
  return (DATE_ORDERS as readonly string[]).includes(stored ?? '') ? (stored as DateOrder) : 'as-written';
}

export function writeDateOrder(db: Db, order: DateOrder): void {
  writePreference(db, DATE_ORDER_KEY, order);
}
