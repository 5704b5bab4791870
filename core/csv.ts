// What makes a CSV cell safe to open in a spreadsheet: a cell that starts like a formula is
// read as text, never run (DESIGN §4).

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell value a spreadsheet will show as text: a leading = + - @, tab or CR is escaped with a quote mark. */
export function neutralizeCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The reverse, on import: a cell Politely (or a spreadsheet) protected with a leading quote mark reads as what was typed. */
export function restoreCell(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/** Rows as CSV text (RFC 4180, CRLF), every cell neutralized: for the small tables reports export. */
export function csvText(rows: readonly (readonly unknown[])[]): string {
  const cell = (value: unknown) => {
    const text = neutralizeCell(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
