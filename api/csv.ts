import fs from 'node:fs';
import Papa from 'papaparse';
import { AppError } from './errors';

export const MAX_CSV_BYTES = 200 * 1024 * 1024;

export interface CsvRow {
  /** The row's number as a spreadsheet shows it: the header is row 1. */
  row: number;
  cells: Record<string, string>;
  /** Cells past the last column, kept as they were, so a row can be handed back to be fixed. */
  overflow: string[];
  /** Some of those cells are filled: the row does not line up with the columns. */
  ragged: boolean;
}

export interface CsvTable {
  headers: string[];
  /** Data rows as cells by header; row numbers count the header as row 1, as spreadsheets do. */
  rows: CsvRow[];
  delimiter: string;
}

const fail = (message: string) => new AppError('validation', message, { issues: [{ path: ['path'], message }] });

/** Reads a CSV file into rows, refusing in plain words what is not a readable spreadsheet. */
export function readCsv(path: string): CsvTable {
  let bytes: Buffer;
  try {
    const size = fs.statSync(path).size;
    if (size > MAX_CSV_BYTES) throw fail('That file is larger than 200 MB. Split it into smaller files.');
    bytes = fs.readFileSync(path);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw fail('That file could not be read. Choose it again.');
  }
  if (bytes.length === 0) throw fail('That file is empty.');
  if (bytes.subarray(0, 8192).includes(0))
    throw fail('That is not a CSV file: it contains binary data. Export the spreadsheet as CSV and try again.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw fail('That file is not UTF-8 text. In your spreadsheet, export it as "CSV UTF-8" and try again.');
  }
  text = text.replace(/^\ufeff/, '');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t', '|'] });
  const [header, ...data] = parsed.data;
  if (!header || header.every((h) => h.trim() === '')) throw fail('That file has no header row.');
  const headers = header.map((h, i) => h.trim() || `Column ${i + 1}`);
  if (new Set(headers).size !== headers.length)
    throw fail('Two columns have the same header. Rename one and try again.');
  const rows = data.map((cells, i): CsvRow => {
    const overflow = cells.slice(headers.length);
    return {
      row: i + 2,
      cells: Object.fromEntries(headers.map((h, c) => [h, (cells[c] ?? '').trim()])),
      overflow,
      ragged: overflow.some((c) => c.trim() !== ''),
    };
  });
  if (rows.length === 0) throw fail('That file has a header row but no data.');
  return { headers, rows, delimiter: parsed.meta.delimiter };
}
