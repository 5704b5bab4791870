import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { restoreCell, spreadsheetCsv } from '../../core/csv';
import { readCsvBytes } from '../../core/csvParse';
import { chooseFile, makeBackend, seedBasics, tempDir } from './helpers';

const BOM = '\ufeff';

/** Records of a CSV as written: split on CRLF outside quoted cells, so a bare LF between records shows. */
const recordEnds = (text: string) => text.replace(/"(?:[^"]|"")*"/g, '""').match(/\r\n|\n|\r/g) ?? [];

/** A file chosen as the open dialog would choose it, for the channels that read by handle. */
function chosen(content: string | Buffer, name = 'people.csv'): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, content);
  return chooseFile(file);
}

describe('the one CSV writer', () => {
  it('starts with a byte-order mark and ends every row with CRLF', () => {
    expect(spreadsheetCsv([['Name'], ['Lucía']])).toBe(`${BOM}Name\r\nLucía\r\n`);
    expect(spreadsheetCsv([])).toBe(BOM);
  });

  it('neutralises every cell that starts like a formula, and no other', () => {
    const cells = ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', 'a=b', 'Lucía', 42, null, undefined, ''];
    const [row] = Papa.parse<string[]>(spreadsheetCsv([cells]).slice(1), { skipEmptyLines: true }).data;
    expect(row).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx", 'a=b', 'Lucía', '42', '', '', '']);
    expect(row!.map(restoreCell).slice(0, 6)).toEqual(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']);
  });

  it('neutralises the full-width signs that some spreadsheets also read as a formula', () => {
    const cells = ['＝1+1', '＋1', '－1', '＠SUM(A1)', 'a＝b'];
    const [row] = Papa.parse<string[]>(spreadsheetCsv([cells]).slice(1), { skipEmptyLines: true }).data;
    expect(row).toEqual(["'＝1+1", "'＋1", "'－1", "'＠SUM(A1)", 'a＝b']);
    expect(row!.map(restoreCell)).toEqual(cells);
  });

  it('quotes a cell only when it holds a comma, a quote mark or a line break', () => {
    const cells = ['plain', 'a, b', 'say "hi"', 'two\nlines', 'cr\rhere'];
    const text = spreadsheetCsv([cells]);
    expect(text).toBe(`${BOM}plain,"a, b","say ""hi""","two\nlines","cr\rhere"\r\n`);
    expect(Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data).toEqual([cells]);
  });

  it('writes the data exports too', async () => {
    const b = makeBackend();
    const { candidate } = await seedBasics(b);
    await b.ok('people.update', { id: candidate.id, name: 'Lucía Okafor', notes: '=1+1' });
    const people = await b.ok('io.exportCsv', { entity: 'people' });
    expect(people.content!.startsWith(`${BOM}id,kind,name,`)).toBe(true);
    expect(people.content).toContain(",Lucía Okafor,ada@mail.example,,Europe/Berlin,,,,,'=1+1,");
  });

  it('ends every record with CRLF, a record whose cell holds a line break too, and reads back as written', () => {
    const rows = [
      ['Name', 'Notes'],
      ['Ada', 'two\nlines'],
      ['Ben', 'cr\r\nlf'],
      ['Cal', '=1+1'],
    ];
    const text = spreadsheetCsv(rows);
    expect(recordEnds(text)).toEqual(['\r\n', '\r\n', '\r\n', '\r\n']);
    const table = readCsvBytes(Buffer.from(text, 'utf8'));
    expect(table.rows.map((r) => [r.cells.Name, restoreCell(r.cells.Notes!)])).toEqual(rows.slice(1));
  });

  it('ends every record of the data exports with CRLF, whatever the notes hold', async () => {
    const b = makeBackend();
    const { candidate } = await seedBasics(b);
    await b.ok('people.update', { id: candidate.id, notes: 'First line\nsecond line' });
    const { content } = await b.ok('io.exportCsv', { entity: 'people' });
    const ends = recordEnds(content!);
    expect(ends.length).toBeGreaterThan(2);
    expect(new Set(ends)).toEqual(new Set(['\r\n']));
  });
});

describe('the file of rows to fix', () => {
  it('neutralises the stray cells past the last column like every other cell', async () => {
    const b = makeBackend();
    const file = chosen('Name,Email\nAda,ada@mail.example\nDee,dee@mail.example,=HYPERLINK("x"),@SUM(A1)\n');
    const result = await b.ok('io.importCsv', { path: file, kind: 'candidate', mode: 'valid-only' });
    expect(result).toMatchObject({ imported: 1, errors: [{ row: 3 }] });
    const [, row] = Papa.parse<string[]>(result.rowsToFix!.content.slice(1), { skipEmptyLines: true }).data;
    expect(row!.slice(1)).toEqual(['Dee', 'dee@mail.example', '\'=HYPERLINK("x")', "'@SUM(A1)"]);
  });

  it('takes the rows an unclosed quote ran over, saying so, instead of importing them', async () => {
    const b = makeBackend();
    const lines = ['Name,Email', 'Ada,ada@mail.example', '"Ben Lindqvist,ben@mail.example'];
    lines.push('Cal,cal@mail.example', 'Dee,dee@mail.example');
    const file = chosen(`${lines.join('\n')}\n`);
    const result = await b.ok('io.importCsv', { path: file, kind: 'candidate', mode: 'valid-only' });
    // Said once, for the rows it ran over, each of which goes back in the file.
    expect(result).toMatchObject({ imported: 1, errors: [{ row: 3, lastRow: 5 }] });
    expect(result.errors[0]!.message).toMatch(/^A quote in the first of these rows is never closed/);
    const handedBack = Papa.parse<string[]>(result.rowsToFix!.content.slice(1), { skipEmptyLines: true }).data;
    expect(handedBack.slice(1).map((r) => r[1])).toEqual(['Ben Lindqvist,ben@mail.example', 'Cal', 'Dee']);
    expect((await b.ok('people.list', { kind: 'candidate' })).people.map((p) => p.name)).toEqual(['Ada']);
  });
});

describe('the preview', () => {
  it('says which encoding and separator it assumed, and starts at the header below a preamble', async () => {
    const b = makeBackend();
    const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, '../fixtures/imports', name));
    const linkedin = await b.ok('io.previewCsv', { path: chosen(fixture('linkedin-connections.csv')) });
    expect(linkedin).toMatchObject({ encoding: 'utf-8', delimiter: ',', rows: 3 });
    expect(linkedin.mapping).toMatchObject({ URL: 'linkedinUrl', Position: 'title', 'First Name': 'firstName' });
    const unicode = await b.ok('io.previewCsv', { path: chosen(fixture('excel-unicode-text.txt'), 'u.txt') });
    expect(unicode).toMatchObject({
      encoding: 'utf-16le',
      delimiter: '\t',
      headers: ['Name', 'Email', 'Phone', 'Company', 'Job Title'],
    });
    const outlook = await b.ok('io.previewCsv', { path: chosen(fixture('outlook-contacts.csv')) });
    expect(outlook).toMatchObject({ encoding: 'windows-1252', sample: [{ 'First Name': 'Renée' }, {}] });
  });
});
