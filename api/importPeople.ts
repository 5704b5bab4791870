import { spreadsheetCsv } from '../core/csv';
import { sampleCells } from '../core/csvParse';
import { emailKey, phoneKey, rowReader, suggestMapping, type Mapping, type RowReader } from '../core/importMapping';
import { fieldProblem, RAGGED_MESSAGE, shortValue, spanError, type RowError } from '../core/importProblems';
import {
  duplicateMessage,
  isPolitelyPeopleExport,
  linkedinKey,
  nameAndEmployerKey,
  possibleDuplicateMessage,
  type DuplicateNote,
  type DuplicateReason,
  type ImportOutcome,
  type PossibleDuplicate,
} from '../core/importMatch';
import type { PersonKind } from '../core/model';
import { inTransaction, type Db } from '../db/connection';
import { peopleToMatch, savedPeople } from '../db/imports';
import { contract } from './contract';
import { parseCsv, type CsvRow, type CsvTable } from './csv';
import { AppError } from './errors';
import { Cancelled, fillBlanks, savePlans, type Draft, type Plan } from './importSave';

export interface ImportOptions {
  /** The file's bytes, as chosen: the import reads no path itself, so it runs on any thread. */
  content: Uint8Array;
  kind: PersonKind;
  mapping?: Mapping | undefined;
  onDuplicate: 'skip' | 'merge';
  mode: 'all-or-nothing' | 'valid-only';
  /** Rows that may be someone saved (same name and employer): ask first, or take them all one way. */
  possibleDuplicates?: 'ask' | 'same' | 'new' | undefined;
  /** The recruiter's answer for each possible duplicate they were shown, by row. */
  decisions?: { row: number; same: boolean }[] | undefined;
}

/** How often, in rows, the check lets other work through and looks for Cancel. */
const CHUNK = 2_000;

/**
 * Phone keys worked out on another thread: `keys` answers with one key per phone, in order; `stop` ends the
 * work early (Cancel). The import's worker hands one in; without it every key is worked out here.
 */
export type PhoneKeysAside = (phones: readonly (string | undefined)[]) => {
  keys: Promise<(string | null)[]>;
  stop: () => void;
};

/** Files from this many rows on share their phone keys with another thread: below, starting one costs more. */
const KEYS_ASIDE_AT_LEAST = 10_000;
/**
 * The share of the rows, from the end, whose phone keys the other thread works out. Reading the phone is most
 * of a row's cost; this thread reads and checks every row, and reaches the last rows' keys when they are ready.
 */
const KEYS_ASIDE_SHARE = 0.64;

/**
 * A running import, as the progress bar sees it: rows checked while checking, people saved while
 * saving. `cancelled` is set by Cancel and read between chunks, also while saving: the write then
 * rolls back whole.
 */
export interface ImportJob {
  phase: 'checking' | 'saving';
  done: number;
  total: number;
  cancelled: boolean;
}

/** Someone a row may be: saved already (their id), or planned from an earlier row of the file (its number). */
interface Known {
  personId?: string;
  plan?: Plan;
  row?: number;
}

const cancelledResult = (): ImportOutcome => ({ imported: 0, merged: 0, skipped: 0, errors: [], cancelled: true });

function checkMapping(headers: readonly string[], mapping: Mapping): void {
  const unknown = Object.keys(mapping).find((h) => !headers.includes(h));
  if (unknown)
    throw new AppError('validation', `The file has no column called "${unknown}".`, {
      issues: [{ path: ['mapping'], message: `The file has no column called "${unknown}".` }],
    });
  const fields = new Set(Object.values(mapping));
  if (!fields.has('name') && !fields.has('firstName') && !fields.has('lastName')) {
    throw new AppError('validation', 'Choose the column (or columns) with each person’s name.', {
      issues: [{ path: ['mapping'], message: 'Choose the column with the name.' }],
    });
  }
}

/**
 * The strong keys of one person, each computed once: an imported row's, or a saved person's. Only
 * the fields in `compared` count: a saved person's phone is not read (the costliest key) when the
 * file has no phone column to match it with.
 */
function strongKeys(
  person: { email?: string | null | undefined; phone?: string | null | undefined; linkedinUrl?: string | null },
  compared: ReadonlySet<string>,
  knownPhoneKey?: string | null,
): [DuplicateReason, string][] {
  const keys: [DuplicateReason, string][] = [];
  const email = compared.has('email') ? emailKey(person.email) : null;
  if (email) keys.push(['email', `e:${email}`]);
  const phone = !compared.has('phone') ? null : knownPhoneKey !== undefined ? knownPhoneKey : phoneKey(person.phone);
  if (phone) keys.push(['phone', `p:${phone}`]);
  const linkedin = compared.has('linkedinUrl') ? linkedinKey(person.linkedinUrl) : null;
  if (linkedin) keys.push(['linkedin', `l:${linkedin}`]);
  return keys;
}

/**
 * Imports candidates or client contacts from a CSV: every row checked as if typed in the app, then
 * all written in one transaction: the whole file, or only its valid rows, never half. A row is
 * someone already known when it carries their Politely id (a re-imported Politely export), or
 * their email, phone or LinkedIn profile, saved or on an earlier row; it is skipped or merged, and
 * named in the result with why. A row whose name and employer match someone saved, and nothing
 * else, may or may not be them: the import asks (it stops before writing and lists those rows)
 * unless the recruiter has already answered.
 */
export async function importPeople(
  db: Db,
  options: ImportOptions,
  now: string,
  job?: ImportJob,
  phoneKeysAside?: PhoneKeysAside,
): Promise<ImportOutcome> {
  const table = parseCsv(options.content);
  const mapping = options.mapping ?? suggestMapping(table.headers, sampleCells(table));
  checkMapping(table.headers, mapping);
  // Every row has the same columns (the header's): how to read them is worked out once.
  const personFromRow = rowReader(Object.keys(table.rows[0]!.cells), mapping);
  const aside = phoneKeysOfLastRows(table.rows, mapping, personFromRow, phoneKeysAside);
  try {
    return await checkAndSave(db, options, now, table, mapping, personFromRow, aside, job);
  } finally {
    aside?.stop();
  }
}

/** The last rows' phones, read here and sent to another thread for their keys; none for a small file. */
function phoneKeysOfLastRows(
  rows: readonly CsvRow[],
  mapping: Mapping,
  personFromRow: RowReader,
  phoneKeysAside: PhoneKeysAside | undefined,
): { from: number; keys: Promise<(string | null)[] | null>; stop: () => void } | undefined {
  if (!phoneKeysAside || rows.length < KEYS_ASIDE_AT_LEAST || !Object.values(mapping).includes('phone')) return;
  const from = Math.floor(rows.length * (1 - KEYS_ASIDE_SHARE));
  // A row's key is its checked phone's, and the check only trims it (or refuses the row): the phone as read will do.
  const phones = rows.slice(from).map(({ cells }) => personFromRow(cells).phone);
  const { keys, stop } = phoneKeysAside(phones);
  // Should the other thread fail, this one works the keys out itself.
  return { from, keys: keys.catch(() => null), stop };
}

async function checkAndSave(
  db: Db,
  options: ImportOptions,
  now: string,
  table: CsvTable,
  mapping: Mapping,
  personFromRow: RowReader,
  aside: { from: number; keys: Promise<(string | null)[] | null> } | undefined,
  job: ImportJob | undefined,
): Promise<ImportOutcome> {
  const known = new Map<string, Known>();
  const byNameAndEmployer = new Map<string, string>();
  const compared = new Set<string>(Object.values(mapping).filter((f) => f !== undefined));
  for (const p of peopleToMatch(db, options.kind)) {
    for (const [, key] of strongKeys(p, compared)) if (!known.has(key)) known.set(key, { personId: p.id });
    const loose = compared.has('company') ? nameAndEmployerKey(p.name, p.employer) : null;
    if (loose && !byNameAndEmployer.has(loose)) byNameAndEmployer.set(loose, p.id);
  }
  // A Politely export names its people by id: those still here are known whatever else changed.
  const exportedIds = isPolitelyPeopleExport(table.headers)
    ? savedPeople(db, table.rows.map((r) => r.cells.id ?? '').filter(Boolean))
    : new Map<string, string>();
  const decided = new Map((options.decisions ?? []).map((d) => [d.row, d.same]));
  const undecided = options.possibleDuplicates ?? 'ask';

  const result: ImportOutcome = { imported: 0, merged: 0, skipped: 0, errors: [] };
  const duplicates: DuplicateNote[] = [];
  const possible: PossibleDuplicate[] = [];
  const plans: Plan[] = [];
  if (job) job.total = table.rows.length;
  // Each refused row goes into the file of rows to fix; `error` is what the result lists (a quote's once).
  const flagged: { entry: CsvRow; message: string; error?: RowError }[] = [];
  const withName = (error: RowError, name: unknown): RowError =>
    typeof name === 'string' && name.trim() ? { ...error, name: shortValue(name, 60) } : error;

  /** A row that is someone already known: skipped, or merged into them. */
  const duplicate = (row: number, draft: Draft, match: Known, reason: DuplicateReason) => {
    const skip = options.onDuplicate === 'skip';
    duplicates.push({
      row,
      name: draft.name,
      outcome: skip ? 'skipped' : 'merged',
      message: duplicateMessage(draft.name, reason, match.row),
    });
    if (skip) return void result.skipped++;
    result.merged++;
    if (match.plan) fillBlanks(match.plan.draft, draft);
    else if (match.personId) {
      const plan: Plan = { kind: 'merge', personId: match.personId, draft };
      plans.push(plan);
      match.plan = plan;
    }
  };

  let keysAside: (string | null)[] | null | undefined;
  for (const [index, entry] of table.rows.entries()) {
    const { cells, ragged, row } = entry;
    // Every few thousand rows, let other calls through: the progress bar asks, and Cancel may come.
    if (job && index % CHUNK === 0) {
      job.done = index;
      await new Promise((resolve) => setImmediate(resolve));
      if (job.cancelled) return cancelledResult();
    }
    // An unclosed quote ran through this row: the reader says which rows, once for them all.
    if (entry.problem) {
      const first = flagged.at(-1)?.entry.problem !== entry.problem;
      const { first: from, last: to, message } = entry.problem;
      // In the file of rows to fix the rows lie apart from the rest of theirs: each says which it ran with.
      const said = to > from ? `Rows ${from}–${to} of the file: ${message}` : message;
      flagged.push({ entry, message: said, ...(first && { error: spanError(entry.problem) }) });
      continue;
    }
    if (ragged) {
      const error = withName({ row, message: RAGGED_MESSAGE }, personFromRow(cells).name);
      flagged.push({ entry, message: RAGGED_MESSAGE, error });
      continue;
    }
    const { company: named, ...fields } = personFromRow(cells);
    const parsed = contract['people.create'].safeParse({ kind: options.kind, ...fields });
    const company = named || null;
    if (!parsed.success || (company && company.length > 200)) {
      const messages = parsed.success
        ? []
        : parsed.error.issues.map((i) => {
            const field = i.path[0];
            const value = typeof field === 'string' ? (fields as Record<string, unknown>)[field] : undefined;
            return fieldProblem(field, value, i.message, i.code === 'custom');
          });
      if (company && company.length > 200) messages.push('Company name can be at most 200 characters.');
      const message = messages.join(' ');
      flagged.push({ entry, message, error: withName({ row, message }, fields.name) });
      continue;
    }
    const draft: Draft = { ...parsed.data, company };

    const exported = cells.id ? exportedIds.has(cells.id) : false;
    if (exported) {
      const key = `id:${cells.id}`;
      const match = known.get(key) ?? { personId: cells.id! };
      duplicate(row, draft, match, 'politely-id');
      known.set(key, match);
      continue;
    }
    // The phone key from the other thread once this row is among the last ones; until then, worked out here.
    if (aside && index >= aside.from && keysAside === undefined) keysAside = await aside.keys;
    const keys = strongKeys(draft, compared, keysAside ? keysAside[index - aside!.from] : undefined);
    const hit = keys.map(([reason, key]) => [reason, known.get(key)] as const).find(([, match]) => match);
    if (hit) {
      duplicate(row, draft, hit[1]!, hit[0]);
      continue;
    }
    const loose = byNameAndEmployer.size > 0 ? nameAndEmployerKey(draft.name, company) : null;
    const maybe = loose ? byNameAndEmployer.get(loose) : undefined;
    if (maybe) {
      const same = decided.get(row) ?? (undecided === 'ask' ? undefined : undecided === 'same');
      if (same === undefined) {
        possible.push({
          row,
          name: draft.name,
          company: company!,
          personId: maybe,
          message: possibleDuplicateMessage(draft.name, company!),
        });
        continue;
      }
      if (same) {
        const key = `id:${maybe}`;
        const match = known.get(key) ?? { personId: maybe };
        duplicate(row, draft, match, 'confirmed');
        known.set(key, match);
        continue;
      }
    }
    const plan: Plan = { kind: 'create', draft };
    plans.push(plan);
    for (const [, key] of keys) known.set(key, { plan, row });
  }

  result.errors = flagged.flatMap(({ error }) => (error ? [error] : []));
  if (possible.length > 0)
    return { imported: 0, merged: 0, skipped: 0, errors: result.errors, possibleDuplicates: possible };
  // The flagged rows as a file, with what to fix in each: to import alone once fixed, or to work through.
  if (flagged.length > 0) result.rowsToFix = rowsToFix(table, flagged, now);
  if (options.mode === 'all-or-nothing' && result.errors.length > 0)
    return { imported: 0, merged: 0, skipped: 0, errors: result.errors, rowsToFix: result.rowsToFix! };
  if (duplicates.length > 0) result.duplicates = duplicates;
  if (job) {
    job.phase = 'saving';
    job.done = 0;
    job.total = plans.length;
    if (job.cancelled) return cancelledResult();
  }

  try {
    inTransaction(db, () => savePlans(db, plans, options.kind, now, job));
  } catch (error) {
    if (error instanceof Cancelled) return cancelledResult();
    throw error;
  }
  result.imported = plans.filter((p) => p.kind === 'create').length;
  return result;
}

/** The column that says what is wrong with each row handed back; a file handed back before loses its old one. */
const FIX_COLUMN = 'Politely: what to fix';

/**
 * The refused rows as a CSV to fix in a spreadsheet: what is wrong first, then each row as it
 * was, stray cells included. Cells are neutralised as in every export; the import takes the
 * protective quote mark off again.
 */
function rowsToFix(
  table: CsvTable,
  flagged: readonly { entry: CsvRow; message: string }[],
  now: string,
): { fileName: string; content: string } {
  const headers = table.headers.filter((h) => h !== FIX_COLUMN);
  const lines = [
    [FIX_COLUMN, ...headers],
    ...flagged.map(({ entry, message }) => [message, ...headers.map((h) => entry.cells[h] ?? ''), ...entry.overflow]),
  ];
  return { fileName: `Politely rows to fix ${now.slice(0, 10)}.csv`, content: spreadsheetCsv(lines) };
}
