import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import type { PacketFile } from '../../api/contract';
import type * as Format from '../../renderer/interviews/format';

// What a report's "Save as CSV" hands to the download, caught before it reaches a page.
const downloads = vi.hoisted(() => [] as PacketFile[]);
vi.mock('../../renderer/interviews/format', async (original) => ({
  ...(await original<typeof Format>()),
  download: (file: PacketFile) => downloads.push(file),
}));

const { saveCsv } = await import('../../renderer/reports/ReportChart');

describe('a report saved as CSV', () => {
  it('starts with the byte-order mark, so Excel reads "Lucía", and neutralises a formula', () => {
    downloads.length = 0;
    saveCsv('Politely overrides', [
      ['When', 'Person', 'Reason'],
      ['2026-03-02T09:00:00.000Z', 'Lucía Fernández', '=1+1'],
    ]);
    expect(downloads).toHaveLength(1);
    const [file] = downloads;
    expect(file).toMatchObject({ fileName: 'Politely overrides.csv', mime: 'text/csv', encoding: 'utf8' });
    expect(file!.content).toBe("\ufeffWhen,Person,Reason\r\n2026-03-02T09:00:00.000Z,Lucía Fernández,'=1+1\r\n");
    // The bytes the download writes: EF BB BF first, then "í" as UTF-8.
    const bytes = new TextEncoder().encode(file!.content);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Papa.parse<string[]>(file!.content.slice(1), { skipEmptyLines: true }).data[1]).toEqual([
      '2026-03-02T09:00:00.000Z',
      'Lucía Fernández',
      "'=1+1",
    ]);
  });
});
