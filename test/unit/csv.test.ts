import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { restoreCell, spreadsheetCsv } from '../../core/csv';
import { makeBackend, seedBasics } from './helpers';

const BOM = '\ufeff';

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
});
