import fs from 'node:fs';
import path from 'node:path';
import { makeBackend, type Backend } from './helpers';

export const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'attachments');
export const fixture = (name: string): Buffer => fs.readFileSync(path.join(FIXTURES, name));

/** A word in the PDF CV, one in the Word CV, and a marker that must never be found in the clear on disk. */
export const PDF_WORD = 'Bramblewick';
export const DOCX_WORD = 'Thistlewaite';
export const PDF_MARKER = 'QUOKKAMARKER7731';

export const documentsBackend = (): Backend => makeBackend();

/** A PDF written out by hand, one line of text on each page, with a correct cross-reference table. */
export function handWrittenPdf(lines: string[]): Buffer {
  // 1 the catalog, 2 the page tree, 3 the font; then each page (4, 6, …) followed by its text (5, 7, …).
  const pageRefs = lines.map((_, i) => `${4 + 2 * i} 0 R`).join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pageRefs}] /Count ${lines.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  lines.forEach((line, i) => {
    const stream = `BT /F1 12 Tf 72 740 Td (${line}) Tj ET`;
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`,
      `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    );
  });
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
