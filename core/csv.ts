// The one way Politely writes CSV, for every file a spreadsheet opens: reports, data exports and
// the rows an import hands back. Pure, so the renderer's report downloads use it too.

// The full-width forms too (＝ ＋ － ＠): some spreadsheets read them as the ASCII ones.
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/** A cell value a spreadsheet will show as text: a leading = + - @, tab or CR is escaped with a quote mark. */
export function neutralizeCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The reverse, on import: a cell protected with a leading quote mark (by Politely or a spreadsheet) reads as typed. */
export function restoreCell(text: string): string {
  return /^'[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/.test(text) ? text.slice(1) : text;
}

const BYTE_ORDER_MARK = '\ufeff';

/**
 * Rows as a CSV file for spreadsheets (RFC 4180: commas, CRLF, quotes where a cell needs them).
 * It starts with a byte-order mark, without which Excel reads UTF-8 as its local code page
 * ("Lucía" turns into "LucÃ­a"), and every cell is neutralised so that none runs as a formula.
 */
export function spreadsheetCsv(rows: readonly (readonly unknown[])[]): string {
  const cell = (value: unknown) => {
    const text = neutralizeCell(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return BYTE_ORDER_MARK + rows.map((row) => `${row.map(cell).join(',')}\r\n`).join('');
}
