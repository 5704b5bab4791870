import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvProblem, readCsvBytes, sampleCells, type CsvTable } from '../../core/csvParse';
import { personFromRow, suggestMapping } from '../../core/importMapping';

const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, '../fixtures/imports', name));
const utf8 = (text: string) => Buffer.from(text, 'utf8');
const people = (table: CsvTable) => {
  const mapping = suggestMapping(table.headers, sampleCells(table));
  return table.rows.map((r) => personFromRow(r.cells, mapping));
};
const refusal = (bytes: Uint8Array) => {
  try {
    readCsvBytes(bytes);
  } catch (error) {
    if (error instanceof CsvProblem) return error.message;
    throw error;
  }
  throw new Error('The file was read, not refused.');
};

describe('the exports people have', () => {
  it("LinkedIn's Connections.csv: the Notes preamble skipped, URL taken as the profile, Connected On kept", () => {
    const table = readCsvBytes(fixture('linkedin-connections.csv'));
    expect(table).toMatchObject({ encoding: 'utf-8', delimiter: ',', headerRow: 4 });
    expect(table.headers).toEqual([
      'First Name',
      'Last Name',
      'URL',
      'Email Address',
      'Company',
      'Position',
      'Connected On',
    ]);
    expect(table.rows.map((r) => r.row)).toEqual([5, 6, 7]);
    expect(suggestMapping(table.headers, sampleCells(table))).toEqual({
      'First Name': 'firstName',
      'Last Name': 'lastName',
      URL: 'linkedinUrl',
      'Email Address': 'email',
      Company: 'company',
      Position: 'title',
      'Connected On': 'notes',
    });
    expect(people(table)[1]).toEqual({
      name: 'Kwame Mensah',
      email: 'kwame.mensah@mail.example',
      company: 'Mensah, Boateng & Co',
      title: 'Senior Data Engineer',
      linkedinUrl: 'https://www.linkedin.com/in/kwamemensah',
      notes: 'Connected On: 02 Jan 2023',
    });
  });

  it('a URL column that does not hold LinkedIn profiles is not taken as one', () => {
    const table = readCsvBytes(utf8('Name,URL\nAda,https://ada.example\nBen,https://ben.example\n'));
    expect(suggestMapping(table.headers, sampleCells(table))).toEqual({ Name: 'name' });
    // Mapped by hand anyway, a web address that is not a profile goes to the notes rather than failing the row.
    expect(personFromRow(table.rows[0]!.cells, { Name: 'name', URL: 'linkedinUrl' })).toEqual({
      name: 'Ada',
      notes: 'URL: https://ada.example',
    });
  });

  it('Google Contacts today: first, middle and last names joined, the first of ::: kept, the rest in notes', () => {
    const table = readCsvBytes(fixture('google-contacts.csv'));
    const mapping = suggestMapping(table.headers, sampleCells(table));
    expect(mapping).toMatchObject({
      'First Name': 'firstName',
      'Middle Name': 'firstName',
      'Last Name': 'lastName',
      'Organization Name': 'company',
      'Organization Title': 'title',
      'E-mail 1 - Value': 'email',
      'E-mail 2 - Value': 'email',
      'Phone 1 - Value': 'phone',
      'Website 1 - Value': 'linkedinUrl',
      Notes: 'notes',
    });
    expect(mapping['E-mail 1 - Label']).toBeUndefined();
    const [lucia, tomasz] = people(table);
    expect(lucia).toEqual({
      name: 'Lucía María Fernández',
      email: 'lucia@brightline.example',
      phone: '+34 612 345 678',
      company: 'Brightline Health',
      title: 'VP Engineering',
      notes: 'Met at the Madrid meetup.\nPrefers calls after 6pm.\nE-mail 1 - Value: lucia.fernandez@mail.example',
    });
    expect(tomasz).toMatchObject({
      name: 'Tomasz Nowak',
      email: 'tomasz@nowak.example',
      phone: '+48 22 123 45 67',
      linkedinUrl: 'https://www.linkedin.com/in/tomasz-nowak',
      notes: 'E-mail 2 - Value: t.nowak@labs.example\nPhone 2 - Value: +48 601 234 567',
    });
  });

  it('Google Contacts, the older export: Name, or Given and Family Name; Organization 1 - Name and Title', () => {
    const table = readCsvBytes(fixture('google-contacts-old.csv'));
    const [priya, jonas] = people(table);
    expect(priya).toEqual({
      name: 'Priya Raman',
      email: 'priya.raman@orbit.example',
      phone: '+44 7700 900123',
      company: 'Orbit Analytics',
      title: 'Staff Engineer',
      notes: 'E-mail 1 - Value: priya@home.example',
    });
    expect(jonas).toMatchObject({ name: 'Jonas Becker', company: 'Becker & Söhne', title: 'Werkstudent' });
  });

  it('Outlook in Windows-1252: Job Title over the honorific Title, the mobile phone first, then business', () => {
    const table = readCsvBytes(fixture('outlook-contacts.csv'));
    expect(table).toMatchObject({ encoding: 'windows-1252', delimiter: ',', headerRow: 1 });
    expect(table.headers).toHaveLength(92);
    const mapping = suggestMapping(table.headers, sampleCells(table));
    expect(mapping.Title).toBeUndefined();
    expect(mapping['Job Title']).toBe('title');
    const [renee, francois] = people(table);
    expect(renee).toEqual({
      name: 'Renée Lefèvre',
      email: 'renee.lefevre@clinique.example',
      phone: '+33 1 42 68 53 00',
      company: 'Clinique Saint-Roch',
      title: 'Chief Medical Officer',
      notes: 'Introduced by François.\nHome Phone: +33 1 45 00 00 01',
    });
    expect(francois).toMatchObject({ name: 'François Girard', phone: '+33 6 12 34 56 78', title: 'Associate' });
    expect(francois!.notes).toBe('Business Phone: +33 4 72 00 00 00');
  });

  it('Outlook in German: Vorname, Nachname, E-Mail-Adresse, Firma, Position, Mobiltelefon', () => {
    const table = readCsvBytes(fixture('outlook-contacts-de.csv'));
    expect(table.encoding).toBe('windows-1252');
    const [juergen, bjoern] = people(table);
    expect(juergen).toEqual({
      name: 'Jürgen Weiß',
      email: 'j.weiss@mueller.example',
      phone: '+49 151 2345 6789',
      company: 'Müller & Söhne GmbH',
      title: 'Leiterin Personal',
      notes: 'Kennt den Geschäftsführer.\nTelefon geschäftlich: +49 89 1234 5678',
    });
    expect(bjoern).toMatchObject({ name: 'Björn Köhler', phone: '+49 40 765 4321', email: 'bjoern@koehler.example' });
  });

  it('French Excel (semicolons, Windows-1252) and Spanish Excel (semicolons, UTF-8 with its mark)', () => {
    const french = readCsvBytes(fixture('excel-fr.csv'));
    expect(french).toMatchObject({ encoding: 'windows-1252', delimiter: ';' });
    expect(people(french)).toEqual([
      {
        name: 'Hélène Marchand',
        email: 'helene.marchand@mail.example',
        phone: '+33 6 98 76 54 32',
        company: 'Société Générale d’Études',
        title: 'Directrice RH',
      },
      { name: 'Benoît Roux', email: 'benoit.roux@mail.example', company: 'Roux; Fils et Cie', title: 'Ingénieur' },
    ]);
    const spanish = readCsvBytes(fixture('excel-es.csv'));
    expect(spanish).toMatchObject({ encoding: 'utf-8', delimiter: ';' });
    expect(spanish.headers[0]).toBe('Nombre');
    expect(people(spanish)[0]).toEqual({
      name: 'Begoña Iñiguez Ruiz',
      email: 'begona.iniguez@correo.example',
      phone: '+34 699 111 222',
      company: 'Construcciones Peña',
      title: 'Jefa de obra',
    });
  });

  it('Excel "Unicode Text": UTF-16 LE with its mark, tab-separated', () => {
    const table = readCsvBytes(fixture('excel-unicode-text.txt'));
    expect(table).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
    expect(people(table)).toEqual([
      {
        name: 'Zoë Ångström',
        email: 'zoe@angstrom.example',
        phone: '+46 8 123 456 78',
        company: 'Ångström AB',
        title: 'Recruiter',
      },
      { name: 'Chidi Okeke', email: 'chidi@okeke.example', company: 'Okeke, Eze & Partners', title: 'Partner' },
    ]);
  });
});

describe('encodings', () => {
  it('reads UTF-8 with and without its mark, UTF-16 BE with its mark, and Windows-1252 when not UTF-8', () => {
    const text = 'Name,Email\nRenée,renee@mail.example\n';
    expect(readCsvBytes(utf8(`\ufeff${text}`))).toMatchObject({ encoding: 'utf-8', headers: ['Name', 'Email'] });
    expect(readCsvBytes(utf8(text)).rows[0]!.cells.Name).toBe('Renée');
    const be = Buffer.from(`\ufeff${text}`, 'utf16le').swap16();
    expect(readCsvBytes(be)).toMatchObject({ encoding: 'utf-16be', rows: [{ cells: { Name: 'Renée' } }] });
    const cp1252 = Buffer.from(
      [...'Name\nFran', 0xe7, ...'ois\n'].map((c) => (typeof c === 'number' ? c : c.charCodeAt(0))),
    );
    expect(readCsvBytes(cp1252)).toMatchObject({ encoding: 'windows-1252', rows: [{ cells: { Name: 'François' } }] });
  });

  it('refuses a NUL byte anywhere as binary, but not the NULs of UTF-16', () => {
    const late = Buffer.concat([utf8(`Name,Notes\n${'Ada,long\n'.repeat(2_000)}`), Buffer.from([0]), utf8('x\n')]);
    expect(late.indexOf(0)).toBeGreaterThan(8192);
    expect(refusal(late)).toMatch(/binary data/);
    expect(readCsvBytes(Buffer.from('\ufeffName\tEmail\r\nAda\ta@mail.example\r\n', 'utf16le')).rows).toHaveLength(1);
    expect(refusal(Buffer.from('\ufeffName\r\nA\u0000da\r\n', 'utf16le'))).toMatch(/binary data/);
  });

  it('says a workbook is a workbook', () => {
    expect(refusal(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toMatch(/workbook.*CSV UTF-8/);
  });
});

describe('an unclosed quote', () => {
  it('names the row that opened it and the rows it ran over, and marks each of them', () => {
    const lines = ['Name,Email', 'Ada,ada@mail.example', '"Ben Lindqvist,ben@mail.example'];
    lines.push('Cal,cal@mail.example', 'Dee,dee@mail.example');
    const table = readCsvBytes(utf8(`${lines.join('\n')}\n`));
    const spoiled = {
      message:
        'A quote in the first of these rows is never closed, so they were read as one. ' +
        'Close the quote, or remove it, and import these rows again.',
      first: 3,
      last: 5,
    };
    expect(table.rows.map((r) => [r.row, r.cells.Name, r.problem ?? null])).toEqual([
      [2, 'Ada', null],
      [3, 'Ben Lindqvist,ben@mail.example', spoiled],
      [4, 'Cal', spoiled],
      [5, 'Dee', spoiled],
    ]);
    // One problem for the rows it spoiled, so it can be said once; the message names no row, so it is not said twice.
    expect(table.rows[1]!.problem).toBe(table.rows[3]!.problem);
  });

  it('says a quote that spoils only its own row of that row alone', () => {
    const table = readCsvBytes(utf8('Name,Email\nAda,ada@mail.example\nBen,"ben@mail.example'));
    expect(table.rows[1]!.problem).toEqual({
      message: 'A quote in this row is never closed. Close the quote, or remove it, and import the row again.',
      first: 3,
      last: 3,
    });
  });

  it('also when it closes on a later quote, mid-cell: the rows up to that line are marked, the rest read', () => {
    const text = 'Name,Notes\n"Ada,first\nBen,second\nCal,"said ""hi""",x\nDee,fine\n';
    const table = readCsvBytes(utf8(text));
    expect(table.rows.map((r) => [r.row, r.cells.Name, Boolean(r.problem)])).toEqual([
      [2, 'Ada,first', true],
      [3, 'Ben', true],
      [4, 'Cal', true],
      [5, 'Dee', false],
    ]);
    expect(table.rows[0]!.problem).toMatchObject({ first: 2, last: 4, message: /^A quote in the first of these rows/ });
  });

  it('leaves alone a quoted cell that holds line breaks and closes where it should', () => {
    const table = readCsvBytes(utf8('Name,Notes\nAda,"two\nlines"\nBen,x\n'));
    expect(table.rows.map((r) => [r.row, r.cells.Notes, r.problem])).toEqual([
      [2, 'two\nlines', undefined],
      [3, 'x', undefined],
    ]);
  });
});

describe('bounds', () => {
  it('refuses a 2-million-row file fast, without reading its rows', () => {
    const bytes = utf8(`Name\n${'a\n'.repeat(2_000_000)}`);
    const started = performance.now();
    expect(refusal(bytes)).toBe('That file has more than 1,000,000 rows. Split it into smaller files and import each.');
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('takes exactly a million rows, and refuses one more', () => {
    const limits = { rows: 3, columns: 500, cellChars: 100_000 };
    expect(readCsvBytes(utf8('Name\na\nb\nc\n'), limits).rows).toHaveLength(3);
    expect(() => readCsvBytes(utf8('Name\na\nb\nc\nd\n'), limits)).toThrow('more than 3 rows');
  });

  it('refuses a header of a million columns fast, and 501 columns at all', () => {
    const started = performance.now();
    expect(refusal(utf8(`${'x,'.repeat(1_000_000)}\n1\n`))).toMatch(/^Row 1 has more than 500 columns\./);
    expect(performance.now() - started).toBeLessThan(1_000);
    const wide = (n: number) => Array.from({ length: n }, (_, i) => `C${i}`).join(',');
    expect(readCsvBytes(utf8(`${wide(500)}\n${wide(500)}\n`)).headers).toHaveLength(500);
    expect(refusal(utf8(`${wide(500)}\n${wide(501)}\n`))).toMatch(/^Row 2 has more than 500 columns/);
  });

  it('refuses a cell longer than 100,000 characters, and takes one of exactly that', () => {
    expect(readCsvBytes(utf8(`Name,Notes\nAda,${'n'.repeat(100_000)}\n`)).rows[0]!.cells.Notes).toHaveLength(100_000);
    expect(refusal(utf8(`Name,Notes\nAda,"${'n'.repeat(100_001)}"\n`))).toMatch(
      /^Row 2 has a cell longer than 100,000 characters/,
    );
  });
});
