import { statement, type Db } from './connection';
import { writeAudit } from './records';

export interface RecruiterFields {
  name: string | null;
  email: string | null;
  phone: string | null;
}

const KEY = 'recruiter';
const EMPTY: RecruiterFields = { name: null, email: null, phone: null };

/** The recruiter's own details, for the prep packet. */
export function readRecruiter(db: Db): RecruiterFields {
  const row = statement(db, 'SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
  return row ? { ...EMPTY, ...(JSON.parse(row.value) as Partial<RecruiterFields>) } : EMPTY;
}

export function writeRecruiter(db: Db, patch: Partial<RecruiterFields>, now: string): RecruiterFields {
  const before = readRecruiter(db);
  const next = { ...before };
  for (const key of Object.keys(EMPTY) as (keyof RecruiterFields)[])
    if (patch[key] !== undefined) next[key] = patch[key];
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(KEY, JSON.stringify(next));
  writeAudit(
    db,
    now,
    'settings',
    KEY,
    'update',
    Object.fromEntries(
      (Object.keys(next) as (keyof RecruiterFields)[])
        .filter((k) => next[k] !== before[k])
        .map((k) => [k, [before[k], next[k]]]),
    ),
  );
  return next;
}
