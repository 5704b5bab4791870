import { knownHeaderCount } from './importHeaders';
import { decodeText, UnreadableText, type TextEncodingName } from './textEncoding';

// Reading a CSV file into rows: our own reader, because it must count and stop as it goes (a file of two
// million rows is refused without building them), find the header below a preamble, and say what an
// unclosed quote did instead of folding the rest of the file into one cell.

export const CSV_LIMITS = { rows: 1_000_000, columns: 500, cellChars: 100_000 };
export type CsvLimits = typeof CSV_LIMITS;

export interface CsvRow {
  /** The row's number as a spreadsheet shows it: the file's first line is row 1. */
  row: number;
  cells: Record<string, string>;
  /** Cells past the last column, kept as they were, so a row can be handed back to be fixed. */
  overflow: string[];
  /** Some of those cells are filled: the row does not line up with the columns. */
  ragged: boolean;
  /** Why the row cannot be trusted as read (an unclosed quote ran through it); it goes back to be fixed. */
  problem?: CsvRowProblem;
}

/**
 * What spoiled a row, said once for all the rows it spoiled: `first` to `last` (the same row when alone). The
 * message names no row, so whoever shows it says where.
 */
export interface CsvRowProblem {
  message: string;
  first: number;
  last: number;
}

export interface CsvTable {
  headers: string[];
  /** Data rows as cells by header, numbered as a spreadsheet numbers them. */
  rows: CsvRow[];
  delimiter: CsvDelimiter;
  encoding: TextEncodingName;
  /** The header's row number: above it are lines a tool writes before its header (LinkedIn's "Notes:"). */
  headerRow: number;
}

export type CsvDelimiter = ',' | ';' | '\t' | '|';
const DELIMITERS: CsvDelimiter[] = [',', ';', '\t', '|'];
/** The header is looked for among the first rows only; a preamble is a few lines. */
const HEADER_SEARCH = 50;

export { UnreadableText as CsvProblem };
const problem = (message: string) => new UnreadableText(message);
const count = (n: number) => n.toLocaleString('en-US');

interface ParsedRecord {
  cells: string[];
  problem?: CsvRowProblem;
}

/** Records in the file, numbered from 1 by their index; a quick pass that only counts, to refuse huge files fast. */
function countRecords(text: string, stopAt: number): number {
  let records = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (!quoted && (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10))) {
      if (++records > stopAt) return records;
    }
  }
  return records + 1;
}

/**
 * Splits text into records of cells (RFC 4180, with what spreadsheets accept besides: LF or CR line ends,
 * text after a closing quote kept). A quote that is never closed, or closes only after running over line
 * ends into text that is not a cell boundary, is reported: the lines it ran over are read one by one and
 * marked, so they go back to be fixed instead of being imported as one.
 */
function parseRecords(text: string, delimiter: string, limits: CsvLimits, maxRecords = Infinity): ParsedRecord[] {
  const records: ParsedRecord[] = [];
  const d = delimiter.charCodeAt(0);
  const end = text.length;
  let i = 0;
  const isBoundary = (c: number) => c === d || c === 10 || c === 13 || Number.isNaN(c);
  // One record from i. A quote that runs away answers where the lines it spoiled end, and i is left alone.
  const readRecord = (lenient: boolean, lineEnd: number): string[] | { spoiledTo: number } => {
    const start = i;
    const cells: string[] = [];
    for (;;) {
      let cell: string;
      if (text.charCodeAt(i) === 34) {
        let from = i + 1;
        let at: number;
        cell = '';
        for (;;) {
          const close = text.indexOf('"', from);
          if (close < 0 || close >= lineEnd) {
            if (!lenient) {
              i = start;
              return { spoiledTo: end };
            }
            cell += text.slice(from, lineEnd);
            at = lineEnd;
            break;
          }
          if (text.charCodeAt(close + 1) === 34) {
            cell += text.slice(from, close + 1);
            from = close + 2;
            continue;
          }
          cell += text.slice(from, close);
          at = close + 1;
          break;
        }
        i = at;
        if (i < lineEnd && !isBoundary(text.charCodeAt(i))) {
          // Run over a line end and stopped mid-text: it closed on the next quote in the file, not its own.
          if (!lenient && /[\r\n]/.test(cell)) {
            const lf = text.indexOf('\n', i);
            const cr = text.indexOf('\r', i);
            i = start;
            return { spoiledTo: Math.min(lf < 0 ? end : lf, cr < 0 ? end : cr) };
          }
          let j = i;
          while (j < lineEnd && !isBoundary(text.charCodeAt(j))) j++;
          cell += text.slice(i, j);
          i = j;
        }
      } else {
        let j = i;
        while (j < lineEnd && !isBoundary(text.charCodeAt(j))) j++;
        cell = text.slice(i, j);
        i = j;
      }
      cells.push(cell);
      const row = records.length + 1;
      if (cells.length > limits.columns)
        throw problem(
          `Row ${row} has more than ${count(limits.columns)} columns. Politely reads at most ` +
            `${count(limits.columns)}: remove the columns you do not need, ` +
            'or check that this is a spreadsheet of people.',
        );
      if (cell.length > limits.cellChars)
        throw problem(
          `Row ${row} has a cell longer than ${count(limits.cellChars)} characters. Shorten it, or check that ` +
            'this is a spreadsheet of people.',
        );
      if (i < lineEnd && text.charCodeAt(i) === d) {
        i++;
        continue;
      }
      if (text.charCodeAt(i) === 13) i++;
      if (text.charCodeAt(i) === 10) i++;
      return cells;
    }
  };
  const push = (record: ParsedRecord) => {
    records.push(record);
    if (records.length > limits.rows + HEADER_SEARCH)
      throw problem(`That file has more than ${count(limits.rows)} rows. Split it into smaller files and import each.`);
  };
  while (i < end && records.length < maxRecords) {
    const read = readRecord(false, end);
    if (Array.isArray(read)) {
      push({ cells: read });
      continue;
    }
    // Every line the runaway quote spoiled is read on its own, and marked to go back to be fixed.
    const first = records.length + 1;
    const stop = read.spoiledTo;
    const lines: [number, number][] = [];
    for (let at = i; at < stop;) {
      const lf = text.indexOf('\n', at);
      const cr = text.indexOf('\r', at);
      let lineEnd = Math.min(lf < 0 ? stop : lf, cr < 0 ? stop : cr, stop);
      lines.push([at, lineEnd]);
      if (text.charCodeAt(lineEnd) === 13) lineEnd++;
      if (text.charCodeAt(lineEnd) === 10) lineEnd++;
      at = lineEnd;
    }
    const last = first + lines.length - 1;
    const trouble: CsvRowProblem = {
      message:
        last > first
          ? 'A quote in the first of these rows is never closed, so they were read as one. ' +
            'Close the quote, or remove it, and import these rows again.'
          : 'A quote in this row is never closed. Close the quote, or remove it, and import the row again.',
      first,
      last,
    };
    for (const [from, to] of lines) {
      i = from;
      const cells = readRecord(true, to);
      push({ cells: Array.isArray(cells) ? cells : [], problem: trouble });
    }
    i = stop;
    if (text.charCodeAt(i) === 13) i++;
    if (text.charCodeAt(i) === 10) i++;
  }
  return records;
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/** The delimiter that makes the file look most like a table: known headers first, then rows of equal width. */
function guessDelimiter(text: string, limits: CsvLimits): CsvDelimiter {
  const sample = text.slice(0, 256 * 1024);
  let best: { delimiter: CsvDelimiter; score: number } = { delimiter: ',', score: -1 };
  for (const delimiter of DELIMITERS) {
    let records: ParsedRecord[];
    try {
      records = parseRecords(sample, delimiter, { ...limits, cellChars: Infinity }, HEADER_SEARCH);
    } catch {
      // Too wide to read: still more like this delimiter's table than no table at all, so its refusal is the one said.
      if (best.score < 0.5) best = { delimiter, score: 0.5 };
      continue;
    }
    const widths = records.filter((r) => !isBlank(r.cells)).map((r) => r.cells.length);
    const tally = new Map<number, number>();
    for (const w of widths) if (w > 1) tally.set(w, (tally.get(w) ?? 0) + 1);
    const even = Math.max(0, ...tally.values());
    const known = Math.max(0, ...records.map((r) => knownHeaderCount(r.cells)));
    const score = known * 1000 + even;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

/** The header row: the first whose cells are headers Politely knows (two at least), else the first widest row. */
function findHeader(records: readonly ParsedRecord[]): number {
  const head = records.slice(0, HEADER_SEARCH);
  const known = head.findIndex((r) => !r.problem && knownHeaderCount(r.cells) >= 2);
  if (known >= 0) return known;
  const filled = head.map((r) => (r.problem ? 0 : r.cells.filter((c) => c.trim() !== '').length));
  return filled.indexOf(Math.max(...filled));
}

/**
 * A spreadsheet file as a table: decoded (UTF-8, UTF-16 with its mark, else Windows-1252), its delimiter
 * guessed, its header found below any preamble, and every bound checked as it is read. Throws CsvProblem,
 * whose message says in plain words why a file cannot be read.
 */
export function readCsvBytes(bytes: Uint8Array, limits: CsvLimits = CSV_LIMITS): CsvTable {
  if (bytes.length === 0) throw problem('That file is empty.');
  const { text, encoding } = decodeText(bytes);
  if (text.trim() === '') throw problem('That file is empty.');
  if (countRecords(text, limits.rows + HEADER_SEARCH) > limits.rows + HEADER_SEARCH)
    throw problem(`That file has more than ${count(limits.rows)} rows. Split it into smaller files and import each.`);
  const delimiter = guessDelimiter(text, limits);
  const records = parseRecords(text, delimiter, limits);
  const at = findHeader(records);
  const header = records[at];
  if (!header || isBlank(header.cells)) throw problem('That file has no header row.');
  const spoiled = records.slice(0, at + 1).findIndex((r) => r.problem);
  if (spoiled >= 0)
    throw problem(
      `Row ${spoiled + 1}, at or above the header, opens a quote that is never closed. ` +
        'Close it, or remove it, and try again.',
    );
  const headers = header.cells.map((h, i) => h.trim() || `Column ${i + 1}`);
  if (new Set(headers).size !== headers.length)
    throw problem('Two columns have the same header. Rename one and try again.');
  const rows: CsvRow[] = [];
  for (let r = at + 1; r < records.length; r++) {
    const { cells, problem: trouble } = records[r]!;
    if (isBlank(cells)) continue;
    if (rows.length === limits.rows)
      throw problem(`That file has more than ${count(limits.rows)} rows. Split it into smaller files and import each.`);
    const overflow = cells.slice(headers.length);
    const row: CsvRow = {
      row: r + 1,
      cells: Object.fromEntries(headers.map((h, c) => [h, (cells[c] ?? '').trim()])),
      overflow,
      ragged: overflow.some((c) => c.trim() !== ''),
    };
    if (trouble) row.problem = trouble;
    rows.push(row);
  }
  if (rows.length === 0) throw problem('That file has a header row but no data.');
  return { headers, rows, delimiter, encoding, headerRow: at + 1 };
}

/** The first rows' cells: enough to judge what a column holds (LinkedIn's "URL" is a profile or not). */
export function sampleCells(table: CsvTable, rows = 50): Record<string, string>[] {
  return table.rows.slice(0, rows).map((r) => r.cells);
}
