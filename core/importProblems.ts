import type { CsvRow } from './csvParse';

// How an import says what is wrong with a row: where (its number, or the span an unclosed quote ran
// over), who (the name on it, when it has one), the value that is wrong and what to put instead.

/** A row the import cannot take, or a run of rows spoiled together (`row` to `lastRow`), with what to fix. */
export interface RowError {
  row: number;
  lastRow?: number;
  /** The name on the row, when it could be read, so the recruiter knows whom it is about. */
  name?: string;
  message: string;
}

export const RAGGED_MESSAGE = 'This row has more cells than there are columns. Check for a stray separator.';

/** A value as quoted in a message: on one line, and cut short, so a pasted paragraph does not fill the list. */
export function shortValue(value: string, max = 40): string {
  const line = value.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

/** Fields whose format is checked, said as what the value is not, and what to enter instead. */
const FORMATS: Partial<Record<string, { what: string; instead: string }>> = {
  email: { what: 'an email address', instead: 'Enter one like name@example.com.' },
  phone: { what: 'a phone number', instead: 'Enter one with digits, e.g. +1 415 555 0100.' },
  linkedinUrl: { what: 'a web address', instead: 'Enter one starting with https://' },
};

/**
 * One problem with a field of a row: a value in the wrong format is quoted ("“not-an-email” is not an email
 * address…"); anything else (a name missing, a value too long) is the rule's own message.
 */
export function fieldProblem(field: unknown, value: unknown, message: string, formatCheck: boolean): string {
  const format = typeof field === 'string' ? FORMATS[field] : undefined;
  if (!format || !formatCheck || typeof value !== 'string' || !value.trim()) return message;
  return `“${shortValue(value)}” is not ${format.what}. ${format.instead}`;
}

/**
 * The rows of a file that cannot be read as they stand, as the import will report them: an unclosed quote once
 * for the rows it ran over, a row with stray cells on its own. The first `limit` are listed; `rows` counts all.
 */
export function unreadableRows(rows: readonly CsvRow[], limit: number): { problems: RowError[]; rows: number } {
  const problems: RowError[] = [];
  let count = 0;
  let last: CsvRow['problem'];
  for (const entry of rows) {
    if (entry.problem) {
      count++;
      if (entry.problem !== last && problems.length < limit) problems.push(spanError(entry.problem));
      last = entry.problem;
    } else if (entry.ragged) {
      count++;
      if (problems.length < limit) problems.push({ row: entry.row, message: RAGGED_MESSAGE });
    }
  }
  return { problems, rows: count };
}

/** An unclosed quote's error: said once, for the rows it ran over. */
export function spanError(problem: NonNullable<CsvRow['problem']>): RowError {
  return problem.last > problem.first
    ? { row: problem.first, lastRow: problem.last, message: problem.message }
    : { row: problem.first, message: problem.message };
}
