import { statement, type Db } from './connection';
import { writeAudit } from './records';

export interface RecruiterFields {
  name: string | null;
  email: string | null;
  phone: string | null;
}

/** The details, and whether the recruiter has been asked for them (they saved them, or chose to skip). */
export interface RecruiterState extends RecruiterFields {
  asked: boolean;
}

const KEY = 'recruiter';
const FIELDS = ['name', 'email', 'phone'] as const;

function readStored(db: Db): Partial<RecruiterState> | null {
  const row = statement(db, 'SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as Partial<RecruiterState>) : null;
}

/** The recruiter's own details, for the prep packet and the invites. */
export function readRecruiter(db: Db): RecruiterState {
  const stored = readStored(db) ?? {};
  const fields: RecruiterFields = {
    name: stored.name ?? null,
    email: stored.email ?? null,
    phone: stored.phone ?? null,
  };
  // Details saved before the question existed count as an answer: only a profile with none is asked.
  return { ...fields, asked: stored.asked ?? FIELDS.some((key) => fields[key] !== null) };
}

/**
 * The details as a candidate reads them: until the recruiter gives a name, the profile's name stands in, so a
 * packet or an invite never prints a placeholder.
 */
export function recruiterForCandidates(db: Db, profileName: string | null | undefined): RecruiterFields {
  const { name, email, phone } = readRecruiter(db);
  return { name: name ?? (profileName?.trim() || null), email, phone };
}

function store(db: Db, next: RecruiterState) {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(KEY, JSON.stringify(next));
}

export function writeRecruiter(db: Db, patch: Partial<RecruiterFields>, now: string): RecruiterState {
  const before = readRecruiter(db);
  const next: RecruiterState = { ...before, asked: true };
  for (const key of FIELDS) if (patch[key] !== undefined) next[key] = patch[key];
  store(db, next);
  writeAudit(
    db,
    now,
    'settings',
    KEY,
    'update',
    Object.fromEntries(FIELDS.filter((k) => next[k] !== before[k]).map((k) => [k, [before[k], next[k]]])),
  );
  return next;
}

/** "Not now": the recruiter was asked and chose to give their details later, in Settings. */
export function skipRecruiter(db: Db, now: string): RecruiterState {
  const before = readRecruiter(db);
  if (before.asked) return before;
  const next = { ...before, asked: true };
  store(db, next);
  writeAudit(db, now, 'settings', KEY, 'update', { asked: ['no', 'yes'] });
  return next;
}
