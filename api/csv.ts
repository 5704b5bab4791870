import fs from 'node:fs';
import { CsvProblem, readCsvBytes, type CsvTable } from '../core/csvParse';
import { AppError } from './errors';

export type { CsvRow, CsvTable } from '../core/csvParse';

export const MAX_CSV_BYTES = 200 * 1024 * 1024;

const fail = (message: string) => new AppError('validation', message, { issues: [{ path: ['path'], message }] });

/**
 * A CSV file's bytes as a table, refusing in plain words what is not a readable spreadsheet. Pure (no file,
 * no clock), so it runs wherever the import does, a worker thread included.
 */
export function parseCsv(bytes: Uint8Array): CsvTable {
  try {
    return readCsvBytes(bytes);
  } catch (error) {
    if (error instanceof CsvProblem) throw fail(error.message);
    throw error;
  }
}

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
  return parseCsv(bytes);
}
