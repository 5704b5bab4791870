import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { emailKey, phoneKey, suggestMapping } from '../../core/importMapping';
import { chooseFile, makeBackend, tableCounts, tempDir } from './helpers';

/** A CSV written to disk and chosen, as the open dialog would: the handle a channel reads it by. */
function csvFile(content: string | Buffer, name = 'people.csv'): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, content);
  return chooseFile(file);
}

describe('reading spreadsheets from other tools', () => {
  it('recognises the common headers', () => {
    expect(
      suggestMapping([
        'First Name',
        'Last Name',
        'E-mail Address',
        'Mobile',
        'Current Company',
        'Job Title',
        'City',
        'LinkedIn URL',
        'Comments',
        'Source',
      ]),
    ).toEqual({
      'First Name': 'firstName',
      'Last Name': 'lastName',
      'E-mail Address': 'email',
      Mobile: 'phone',
      'Current Company': 'company',
      'Job Title': 'title',
      City: 'location',
      'LinkedIn URL': 'linkedinUrl',
      Comments: 'notes',
    });
    expect(suggestMapping(['Full name', 'Email'])).toEqual({ 'Full name': 'name', Email: 'email' });
  });

  it('finds the same person by normalised email and E.164 phone', () => {
    expect(emailKey('  Ada@Mail.Example ')).toBe('ada@mail.example');
    expect(phoneKey('+44 20 7946 0018')).toBe(phoneKey('+442079460018'));
    expect(phoneKey('+1 (415) 555-0134')).toBe('+14155550134');
    expect(phoneKey('')).toBeNull();
  });
});

describe('io.importCsv', () => {
  it('imports with a BOM, quoted newlines and ; separators, keeping the companies it names as employers', async () => {
    const b = makeBackend();
    const file = csvFile(
      '\ufeffFirst Name;Last Name;Email;Company;Notes\nAda;Okafor;ada@mail.example;Acme;"Met at the meetup.\nFollow up in May."\nBen;Lindqvist;;Acme;\n',
    );
    expect(await b.ok('io.previewCsv', { path: file })).toMatchObject({
      headers: ['First Name', 'Last Name', 'Email', 'Company', 'Notes'],
      rows: 2,
    });
    expect(await b.ok('io.importCsv', { path: file, kind: 'candidate' })).toEqual({
      imported: 2,
      merged: 0,
      skipped: 0,
      errors: [],
    });
    const people = (await b.ok('people.list', { kind: 'candidate' })).people;
    expect(people.map((p) => [p.name, p.employer, p.companyId, p.notes])).toEqual([
      ['Ada Okafor', 'Acme', null, 'Met at the meetup.\nFollow up in May.'],
      ['Ben Lindqvist', 'Acme', null, null],
    ]);
    // A candidate's employer is not a client.
    expect((await b.ok('companies.list', {})).companies).toEqual([]);
  });

  it('reports each bad row with its number and reason; all-or-nothing imports none, valid-only the rest', async () => {
    const b = makeBackend();
    const file = csvFile(
      'Name,Email,Phone\nAda Okafor,ada@mail.example,\n,nobody@mail.example,\nCal,not-an-email,\nDee,dee@mail.example,12,extra\n',
    );
    const before = tableCounts(b.db);
    const refused = await b.ok('io.importCsv', { path: file, kind: 'candidate', mode: 'all-or-nothing' });
    expect(refused).toEqual({
      imported: 0,
      merged: 0,
      skipped: 0,
      errors: [
        { row: 3, message: 'Fill in the name.' },
        { row: 4, name: 'Cal', message: '“not-an-email” is not an email address. Enter one like name@example.com.' },
        {
          row: 5,
          name: 'Dee',
          message: 'This row has more cells than there are columns. Check for a stray separator.',
        },
      ],
      // Nothing went in, and still the rows to fix come as a file, each with what is wrong.
      rowsToFix: { fileName: 'Politely rows to fix 2026-03-02.csv', content: expect.stringContaining('not-an-email') },
    });
    expect(tableCounts(b.db)).toEqual(before);
    const some = await b.ok('io.importCsv', { path: file, kind: 'candidate', mode: 'valid-only' });
    expect(some).toMatchObject({ imported: 1, errors: [{ row: 3 }, { row: 4 }, { row: 5 }] });
  });

  it('names the person and quotes the wrong value, cut short when long', async () => {
    const b = makeBackend();
    const file = csvFile(
      `Name,Email,Phone\nBjörn Ødegård,not-an-email,\nCal,cal@mail.example,call me\nDee,${'x'.repeat(80)},\n`,
    );
    const { errors } = await b.ok('io.importCsv', { path: file, kind: 'candidate', mode: 'all-or-nothing' });
    expect(errors).toEqual([
      {
        row: 2,
        name: 'Björn Ødegård',
        message: '“not-an-email” is not an email address. Enter one like name@example.com.',
      },
      { row: 3, name: 'Cal', message: '“call me” is not a phone number. Enter one with digits, e.g. +1 415 555 0100.' },
      {
        row: 4,
        name: 'Dee',
        message: `“${'x'.repeat(39)}…” is not an email address. Enter one like name@example.com.`,
      },
    ]);
  });

  it('says an unclosed quote in the preview, before importing, and once in the result for the rows it ran over', async () => {
    const b = makeBackend();
    const file = csvFile(
      'Name,Email\n"Ada Okafor,ada@mail.example\nBen,ben@mail.example\nCal,cal@mail.example,extra\n',
    );
    const preview = await b.ok('io.previewCsv', { path: file, kind: 'candidate' });
    const quote = {
      row: 2,
      lastRow: 4,
      message:
        'A quote in the first of these rows is never closed, so they were read as one. ' +
        'Close the quote, or remove it, and import these rows again.',
    };
    expect(preview).toMatchObject({ rows: 3, problems: [quote], rowsWithProblems: 3 });
    const result = await b.ok('io.importCsv', { path: file, kind: 'candidate', mode: 'valid-only' });
    expect(result).toMatchObject({ imported: 0, errors: [quote] });
    // Each spoiled row still goes back in the file, saying which rows it ran with.
    const handedBack = Papa.parse<string[]>(result.rowsToFix!.content.replace(/^\ufeff/, ''), {
      skipEmptyLines: true,
    }).data;
    expect(handedBack.slice(1).map((r) => r[0])).toEqual(Array(3).fill(`Rows 2–4 of the file: ${quote.message}`));
  });

  it('lists stray cells in the preview, and nothing for a clean file', async () => {
    const b = makeBackend();
    const ragged = csvFile('Name,Email\nAda,ada@mail.example\nBen,ben@mail.example,x\n');
    expect(await b.ok('io.previewCsv', { path: ragged, kind: 'candidate' })).toMatchObject({
      problems: [{ row: 3, message: 'This row has more cells than there are columns. Check for a stray separator.' }],
      rowsWithProblems: 1,
    });
    const clean = csvFile('Name,Email\nAda,ada@mail.example\n');
    expect(await b.ok('io.previewCsv', { path: clean, kind: 'candidate' })).toMatchObject({
      problems: [],
      rowsWithProblems: 0,
    });
  });

  it('hands back the rows it left out as a CSV that, once fixed, imports alone', async () => {
    const b = makeBackend();
    const file = csvFile(
      'Name,Email,Phone\nAda Okafor,ada@mail.example,\n,nobody@mail.example,\n=HYPERLINK("x"),not-an-email,+1 415 555 0134\nDee,dee@mail.example,12,extra\n',
    );
    const some = await b.ok('io.importCsv', { path: file, kind: 'candidate', mode: 'valid-only' });
    expect(some).toMatchObject({ imported: 1, errors: [{ row: 3 }, { row: 4 }, { row: 5 }] });
    expect(some.rowsToFix!.fileName).toBe('Politely rows to fix 2026-03-02.csv');
    const handedBack = Papa.parse<string[]>(some.rowsToFix!.content.replace(/^\ufeff/, ''), {
      skipEmptyLines: true,
    }).data;
    // What is wrong comes first, then the row as it was: the formula and the phone protected as in every export, the
    // stray cell kept.
    expect(handedBack).toEqual([
      ['Politely: what to fix', 'Name', 'Email', 'Phone'],
      ['Fill in the name.', '', 'nobody@mail.example', ''],
      [
        '“not-an-email” is not an email address. Enter one like name@example.com.',
        '\'=HYPERLINK("x")',
        'not-an-email',
        "'+1 415 555 0134",
      ],
      [
        'This row has more cells than there are columns. Check for a stray separator.',
        'Dee',
        'dee@mail.example',
        '12',
        'extra',
      ],
    ]);

    // Fixed in a spreadsheet (the old reasons left in), the file imports alone, and nothing is doubled.
    const fixed = some
      .rowsToFix!.content.replace(',,nobody@', ',Noor Haddad,nobody@')
      .replace(',not-an-email,', ',hyper@mail.example,')
      .replace(',12,extra', ',+1 415 555 0199');
    const again = await b.ok('io.importCsv', { path: csvFile(fixed), kind: 'candidate', mode: 'valid-only' });
    expect(again).toEqual({ imported: 3, merged: 0, skipped: 0, errors: [] });
    const people = (await b.ok('people.list', { kind: 'candidate' })).people.map((p) => [p.name, p.email, p.phone]);
    expect(people).toEqual([
      ['=HYPERLINK("x")', 'hyper@mail.example', '+1 415 555 0134'],
      ['Ada Okafor', 'ada@mail.example', null],
      ['Dee', 'dee@mail.example', '+1 415 555 0199'],
      ['Noor Haddad', 'nobody@mail.example', null],
    ]);

    // A file handed back twice keeps one column of reasons, the newest.
    const twice = await b.ok('io.importCsv', {
      path: csvFile(some.rowsToFix!.content),
      kind: 'contact',
      mode: 'valid-only',
    });
    expect(
      Papa.parse<string[]>(twice.rowsToFix!.content.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data[0],
    ).toEqual(['Politely: what to fix', 'Name', 'Email', 'Phone']);
  });

  it('skips or merges duplicates found by email or phone, in the file and against what is saved', async () => {
    const b = makeBackend();
    await b.ok('people.create', { kind: 'candidate', name: 'Ada Okafor', email: 'ada@mail.example' });
    const file = csvFile(
      'Name,Email,Phone,Title\nAda O.,ADA@mail.example,+44 20 7946 0018,Engineer\nBen L,ben@mail.example,+1 415 555 0134,\nBenjamin Lindqvist,,+14155550134,Architect\n',
    );
    expect(await b.ok('io.importCsv', { path: file, kind: 'candidate', onDuplicate: 'skip' })).toEqual({
      imported: 1,
      merged: 0,
      skipped: 2,
      errors: [],
      duplicates: [
        { row: 2, name: 'Ada O.', outcome: 'skipped', message: 'Ada O.: already in Politely (same email)' },
        {
          row: 4,
          name: 'Benjamin Lindqvist',
          outcome: 'skipped',
          message: 'Benjamin Lindqvist: also on row 3 of this file (same phone)',
        },
      ],
    });
    const b2 = makeBackend();
    const ada = await b2.ok('people.create', { kind: 'candidate', name: 'Ada Okafor', email: 'ada@mail.example' });
    expect(await b2.ok('io.importCsv', { path: file, kind: 'candidate', onDuplicate: 'merge' })).toMatchObject({
      imported: 1,
      merged: 2,
      skipped: 0,
      errors: [],
      duplicates: [
        { row: 2, outcome: 'merged' },
        { row: 4, outcome: 'merged' },
      ],
    });
    // Merging fills blanks and never overwrites: Ada keeps her name and gains the phone and title.
    expect(await b2.ok('people.get', { id: ada.id })).toMatchObject({
      name: 'Ada Okafor',
      phone: '+44 20 7946 0018',
      title: 'Engineer',
    });
    const ben = (await b2.ok('people.list', { kind: 'candidate' })).people.find((p) => p.email === 'ben@mail.example')!;
    expect(ben).toMatchObject({ name: 'Ben L', title: 'Architect' });
  });

  it('refuses hostile files in plain words and changes nothing', async () => {
    const b = makeBackend();
    const before = tableCounts(b.db);
    const cases: [string | Buffer, RegExp][] = [
      ['', /empty/],
      [crypto.randomBytes(4096), /binary data/],
      ['Name,Email\n', /no data/],
      ['Name,Name\nA,B\n', /same header/],
    ];
    for (const [content, message] of cases) {
      const result = await b.send('io.importCsv', { path: csvFile(content), kind: 'candidate' });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'validation', message, details: { issues: [{ path: ['path'] }] } },
      });
    }
    expect(await b.send('io.importCsv', { path: csvFile('Email\nx@y.example\n'), kind: 'candidate' })).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { issues: [{ path: ['mapping'] }] } },
    });
    // A 10 MB cell is past what a spreadsheet of people holds: the file is refused, not a crash.
    const huge = await b.send('io.importCsv', {
      path: csvFile(`Name,Notes\nAda,"${'x'.repeat(10 * 1024 * 1024)}"\n`),
      kind: 'candidate',
    });
    expect(huge).toMatchObject({ ok: false, error: { message: /^Row 2 has a cell longer than 100,000 characters/ } });
    // Notes longer than a person's notes hold are a row error.
    const long = await b.ok('io.importCsv', {
      path: csvFile(`Name,Notes\nAda,"${'x'.repeat(20_001)}"\n`),
      kind: 'candidate',
    });
    expect(long.errors).toEqual([{ row: 2, name: 'Ada', message: 'Notes can be at most 20,000 characters.' }]);
    expect(tableCounts(b.db)).toEqual(before);
  });

  it('round-trips an export, protected formula cells included, keeping every field', async () => {
    const b = makeBackend();
    await b.ok('people.create', {
      kind: 'candidate',
      name: 'Ada Okafor',
      email: 'ada@mail.example',
      phone: '+44 20 7946 0018',
      employer: 'Acme',
      title: 'Engineer',
      location: 'Berlin',
      linkedinUrl: 'https://www.linkedin.com/in/ada',
      notes: '=1+1 and, "quotes"\nnew line',
    });
    const exported = await b.ok('io.exportCsv', { entity: 'people' });
    const b2 = makeBackend();
    const file = csvFile(exported.content!);
    const mapping = {
      name: 'name',
      email: 'email',
      phone: 'phone',
      company: 'company',
      title: 'title',
      location: 'location',
      linkedin: 'linkedinUrl',
      notes: 'notes',
    } as const;
    expect(await b2.ok('io.importCsv', { path: file, kind: 'candidate', mapping })).toMatchObject({
      imported: 1,
      errors: [],
    });
    const [ada] = (await b2.ok('people.list', { kind: 'candidate' })).people;
    expect(ada).toMatchObject({
      name: 'Ada Okafor',
      email: 'ada@mail.example',
      phone: '+44 20 7946 0018',
      employer: 'Acme',
      title: 'Engineer',
      location: 'Berlin',
      linkedinUrl: 'https://www.linkedin.com/in/ada',
      // The export's protective quote mark comes off again: every field arrives as it was typed.
      notes: '=1+1 and, "quotes"\nnew line',
    });
  });
});

describe('the import remembers', () => {
  it('keeps the mapping chosen for each kind and offers it for the next file; a chosen file stays where it was', async () => {
    const b = makeBackend();
    const first = csvFile('Who,Reach,Extra\nAda Okafor,ada@mail.example,x\n');
    expect((await b.ok('io.previewCsv', { path: first, kind: 'candidate' })).mapping).toEqual({});
    await b.ok('io.importCsv', { path: first, kind: 'candidate', mapping: { Who: 'name', Reach: 'email' } });
    // Named like one of browser mode's uploads, but chosen on disk: imported, never removed.
    const uploads = path.join(tempDir(), 'uploads');
    fs.mkdirSync(uploads);
    const file = path.join(uploads, 'abc.upload');
    fs.writeFileSync(file, 'Who,Reach,Phone\nBen Lindqvist,ben@mail.example,+1 415 555 0134\n');
    const second = chooseFile(file);
    expect((await b.ok('io.previewCsv', { path: second, kind: 'candidate' })).mapping).toEqual({
      Who: 'name',
      Reach: 'email',
      Phone: 'phone',
    });
    expect((await b.ok('io.previewCsv', { path: second, kind: 'contact' })).mapping).toEqual({ Phone: 'phone' });
    await b.ok('io.importCsv', {
      path: second,
      kind: 'candidate',
      mapping: { Who: 'name', Reach: 'email', Phone: 'phone' },
    });
    expect(fs.existsSync(file)).toBe(true);
  });
});

describe('a long import', () => {
  it('reports its progress while it runs, and Cancel stops it before anything is written', async () => {
    const b = makeBackend();
    const rows = Array.from({ length: 30_000 }, (_, i) => `Person ${i},person${i}@mail.example`);
    const file = csvFile(`Name,Email\n${rows.join('\n')}\n`);
    const before = tableCounts(b.db);
    const running = b.send('io.importCsv', { path: file, kind: 'candidate', job: 'job-1' });
    // Wait for the state we need (some rows checked), however many turns of the event loop that takes here.
    let progress = await b.ok('io.importProgress', { job: 'job-1' });
    while (!progress || progress.done === 0) {
      await new Promise((resolve) => setImmediate(resolve));
      progress = await b.ok('io.importProgress', { job: 'job-1' });
    }
    expect(progress).toMatchObject({ phase: 'checking', total: 30_000 });
    expect(progress!.done).toBeGreaterThan(0);
    expect(await b.ok('io.cancelImport', { job: 'job-1' })).toEqual({ cancelling: true });
    expect(await running).toEqual({
      ok: true,
      value: { imported: 0, merged: 0, skipped: 0, errors: [], cancelled: true },
    });
    expect(tableCounts(b.db)).toEqual(before);
    expect(await b.ok('io.importProgress', { job: 'job-1' })).toBeNull();

    const whole = await b.ok('io.importCsv', { path: file, kind: 'candidate', job: 'job-2' });
    expect(whole.imported).toBe(30_000);
  }, 60_000);
});

describe('search after an import', () => {
  it('finds imported people, indexed exactly as if typed in, and keeps indexing what comes after', async () => {
    const b = makeBackend();
    const typed = await b.ok('people.create', {
      kind: 'candidate',
      name: 'Ada Okafor',
      email: 'ada@mail.example',
      title: 'Platform Engineer',
      location: 'Lagos',
      notes: 'Met at the meetup.',
    });
    const file = csvFile(
      'Name,Email,Title,City,Notes\nAda Okafor,ada.okafor@mail.example,Platform Engineer,Lagos,Met at the meetup.\nBen Lindqvist,ben@mail.example,Analyst,,\n',
    );
    expect(await b.ok('io.importCsv', { path: file, kind: 'candidate' })).toMatchObject({ imported: 2 });
    const row = (name: string, email: string) =>
      b.db
        .prepare(
          "SELECT i.title, i.body FROM search_index i JOIN people p ON p.id = i.ref WHERE i.kind = 'person' AND p.name = ? AND p.email = ?",
        )
        .get(name, email);
    // The index row of the imported Ada differs from the typed one's only by her email.
    expect(row('Ada Okafor', 'ada.okafor@mail.example')).toEqual({
      title: 'Ada Okafor',
      body: 'ada.okafor@mail.example Platform Engineer Lagos Met at the meetup.',
    });
    expect(row('Ada Okafor', 'ada@mail.example')).toEqual({
      title: 'Ada Okafor',
      body: 'ada@mail.example Platform Engineer Lagos Met at the meetup.',
    });
    expect((await b.ok('search.query', { text: 'lindq' })).map((h) => h.title)).toEqual(['Ben Lindqvist']);
    expect((await b.ok('search.query', { text: 'okafor' })).map((h) => h.id)).toContain(typed.id);
    expect(b.db.prepare('SELECT count(*) FROM search_refs r JOIN people p ON p.id = r.ref').pluck().get()).toBe(3);
    // The people trigger is back: someone added after the import is found too.
    expect(
      b.db
        .prepare("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'people_search_insert'")
        .pluck()
        .get(),
    ).toBe(1);
    await b.ok('people.create', { kind: 'candidate', name: 'Chloe Moreau' });
    expect((await b.ok('search.query', { text: 'moreau' })).map((h) => h.title)).toEqual(['Chloe Moreau']);
  });

  it('leaves the index and its trigger as they were when the write fails half way', async () => {
    const b = makeBackend();
    await b.ok('people.create', { kind: 'candidate', name: 'Ada Okafor' });
    // A failure in the middle of the write, after the trigger was set aside.
    b.db.exec(
      "CREATE TEMP TRIGGER boom BEFORE INSERT ON people WHEN new.name = 'Boom Second' BEGIN SELECT RAISE(ABORT, 'the disk hiccuped'); END",
    );
    const file = csvFile('Name,Email\nBen Lindqvist,ben@mail.example\nBoom Second,boom@mail.example\n');
    const before = tableCounts(b.db);
    expect(await b.send('io.importCsv', { path: file, kind: 'candidate' })).toMatchObject({ ok: false });
    expect(tableCounts(b.db)).toEqual(before);
    expect(
      b.db
        .prepare("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'people_search_insert'")
        .pluck()
        .get(),
    ).toBe(1);
    b.db.exec('DROP TRIGGER temp.boom');
    await b.ok('people.create', { kind: 'candidate', name: 'Chloe Moreau' });
    expect((await b.ok('search.query', { text: 'moreau' })).map((h) => h.title)).toEqual(['Chloe Moreau']);
  });
});
