import { spreadsheetCsv } from '../core/csv';
import { sampleCells } from '../core/csvParse';
import {
  emailKey,
  personFromRow,
  phoneKey,
  suggestMapping,
  type ImportResult,
  type Mapping,
} from '../core/importMapping';
import type { PersonKind } from '../core/model';
import { companyIdsByName, createCompany } from '../db/companies';
import { inTransaction, type Db } from '../db/connection';
import { addPeople, contactDetails, getPerson, updatePerson, type PersonFields } from '../db/people';
import { contract } from './contract';
import { parseCsv, type CsvRow, type CsvTable } from './csv';
import { AppError } from './errors';

export interface ImportOptions {
  /** The file's bytes, read through the handle Politely issued for it. */
  content: Buffer;
  kind: PersonKind;
  mapping?: Mapping | undefined;
  onDuplicate: 'skip' | 'merge';
  mode: 'all-or-nothing' | 'valid-only';
}

const CHUNK = 2_000;

/** A running import, as the progress bar sees it; `cancelled` is set by Cancel and read between chunks. */
export interface ImportJob {
  phase: 'checking' | 'saving';
  done: number;
  total: number;
  cancelled: boolean;
}

type Draft = Omit<PersonFields, 'companyId'> & { company: string | null };
type Plan = { kind: 'create'; draft: Draft } | { kind: 'merge'; personId: string; draft: Draft };

const MERGEABLE = ['email', 'phone', 'title', 'location', 'linkedinUrl', 'notes'] as const;

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
 * Imports candidates or client contacts from a CSV: every row checked as if typed in the app,
 * duplicates found by email and phone (within the file and against what is saved) and skipped or
 * merged, then all written in one transaction: the whole file, or only its valid rows, never half.
 */
export async function importPeople(
  db: Db,
  options: ImportOptions,
  now: string,
  job?: ImportJob,
): Promise<ImportResult> {
  const table = parseCsv(options.content);
  const mapping = options.mapping ?? suggestMapping(table.headers, sampleCells(table));
  checkMapping(table.headers, mapping);

  const byKey = new Map<string, { personId?: string; plan?: Plan }>();
  for (const p of contactDetails(db, options.kind)) {
    for (const key of [emailKey(p.email), phoneKey(p.phone)])
      if (key && !byKey.has(key)) byKey.set(key, { personId: p.id });
  }

  const result: ImportResult = { imported: 0, merged: 0, skipped: 0, errors: [] };
  const plans: Plan[] = [];
  if (job) job.total = table.rows.length;
  const flagged: { entry: CsvRow; message: string }[] = [];
  for (const [index, entry] of table.rows.entries()) {
    const { cells, ragged } = entry;
    // Every few thousand rows, let other calls through: the progress bar asks, and Cancel may come.
    if (job && index % CHUNK === 0) {
      job.done = index;
      await new Promise((resolve) => setImmediate(resolve));
      if (job.cancelled) return { imported: 0, merged: 0, skipped: 0, errors: [], cancelled: true };
    }
    // An unclosed quote ran through this row: the reader says which, and the row goes back to be fixed.
    if (entry.problem) {
      flagged.push({ entry, message: entry.problem });
      continue;
    }
    if (ragged) {
      flagged.push({ entry, message: 'This row has more cells than there are columns. Check for a stray separator.' });
      continue;
    }
    const { company: named, ...fields } = personFromRow(cells, mapping);
    const parsed = contract['people.create'].safeParse({ kind: options.kind, ...fields });
    const company = named || null;
    if (!parsed.success || (company && company.length > 200)) {
      const messages = parsed.success ? [] : parsed.error.issues.map((i) => i.message);
      if (company && company.length > 200) messages.push('Company name can be at most 200 characters.');
      flagged.push({ entry, message: messages.join(' ') });
      continue;
    }
    const draft: Draft = { ...parsed.data, company };
    const keys = [emailKey(draft.email), phoneKey(draft.phone)].filter((k): k is string => k !== null);
    const match = keys.map((k) => byKey.get(k)).find(Boolean);
    if (match) {
      if (options.onDuplicate === 'skip') {
        result.skipped++;
        continue;
      }
      result.merged++;
      if (match.plan) fillBlanks(match.plan.draft, draft);
      else {
        const plan: Plan = { kind: 'merge', personId: match.personId!, draft };
        plans.push(plan);
        match.plan = plan;
      }
      continue;
    }
    const plan: Plan = { kind: 'create', draft };
    plans.push(plan);
    for (const k of keys) byKey.set(k, { plan });
  }

  result.errors = flagged.map(({ entry, message }) => ({ row: entry.row, message }));
  if (options.mode === 'all-or-nothing' && result.errors.length > 0)
    return { imported: 0, merged: 0, skipped: 0, errors: result.errors };
  // Only the flagged rows stay out: handed back as a file, they can be fixed and imported alone.
  if (flagged.length > 0) result.rowsToFix = rowsToFix(table, flagged, now);
  if (job) {
    job.done = table.rows.length;
    job.phase = 'saving';
  }

  inTransaction(db, () => {
    const companies = companyIdsByName(db);
    const companyId = (name: string | null) => {
      if (!name) return null;
      let id = companies.get(name.toLowerCase());
      if (!id) {
        id = createCompany(db, { name }, now).id;
        companies.set(name.toLowerCase(), id);
      }
      return id;
    };
    // A candidate's company is their employer, kept as a name: only a contact's company is a client.
    const companyOf = (name: string | null): Partial<PersonFields> =>
      options.kind === 'candidate' ? { employer: name } : { companyId: companyId(name) };
    const added: PersonFields[] = [];
    for (const plan of plans) {
      if (plan.kind !== 'create') continue;
      const { company, ...fields } = plan.draft;
      added.push({ ...fields, ...companyOf(company) });
    }
    addPeople(db, added, now);
    result.imported = added.length;
    for (const plan of plans) {
      if (plan.kind !== 'merge') continue;
      const { company, ...fields } = plan.draft;
      // Merging fills what is empty; it never overwrites what the recruiter already has.
      const existing = getPerson(db, plan.personId)!;
      const patch: Partial<PersonFields> = {};
      for (const key of MERGEABLE) if (!existing[key] && fields[key]) patch[key] = fields[key];
      if (company && options.kind === 'candidate' && !existing.employer) patch.employer = company;
      if (company && options.kind === 'contact' && !existing.companyId) patch.companyId = companyId(company);
      updatePerson(db, plan.personId, patch, now);
    }
  });
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

function fillBlanks(target: Draft, source: Draft): void {
  for (const key of MERGEABLE) if (!target[key] && source[key]) target[key] = source[key];
  if (!target.company && source.company) target.company = source.company;
}
