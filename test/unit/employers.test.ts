import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseFile, makeBackend, seedBasics, tempDir } from './helpers';

/** A CSV written to disk and chosen, as the open dialog would: the handle a channel reads it by. */
function csvFile(content: string): string {
  const file = path.join(tempDir(), 'people.csv');
  fs.writeFileSync(file, content);
  return chooseFile(file);
}

const EMPLOYERS = [
  'Globex',
  'Initech',
  'Umbrella',
  'Hooli',
  'Vandelay',
  'Pied Piper',
  'Soylent',
  'Wonka',
  'Stark',
  'Wayne',
  'Tyrell',
  'Cyberdyne',
  'Aperture',
  'Black Mesa',
  'Oscorp',
  'Dunder Mifflin',
];

describe('a candidate’s employer, apart from the clients', () => {
  it('is taken, kept and given back by people.create, people.update and people.get', async () => {
    const b = makeBackend();
    const ada = await b.ok('people.create', { kind: 'candidate', name: 'Ada Okafor', employer: '  Globex  ' });
    expect(ada).toMatchObject({ employer: 'Globex', companyId: null, companyName: null });
    expect(await b.ok('people.get', { id: ada.id })).toMatchObject({ employer: 'Globex' });

    expect(await b.ok('people.update', { id: ada.id, employer: 'Initech' })).toMatchObject({ employer: 'Initech' });
    // A cleared field clears the employer; one left out leaves it alone.
    expect(await b.ok('people.update', { id: ada.id, title: 'Engineer' })).toMatchObject({ employer: 'Initech' });
    expect(await b.ok('people.update', { id: ada.id, employer: '' })).toMatchObject({ employer: null });
    // An employer is not a client: nothing was added to the companies.
    expect((await b.ok('companies.list', {})).companies).toEqual([]);

    const tooLong = await b.send('people.update', { id: ada.id, employer: 'x'.repeat(201) });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(JSON.stringify(tooLong)).toContain('Current company can be at most 200 characters.');
  });

  it('keeps a candidate’s company a name and a contact’s company a client', async () => {
    const b = makeBackend();
    const { company, manager, candidate } = await seedBasics(b);
    expect(await b.send('people.create', { kind: 'candidate', name: 'Bo', companyId: company.id })).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { issues: [{ path: ['companyId'] }] } },
    });
    expect(await b.send('people.update', { id: manager.id, employer: 'Globex' })).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { issues: [{ path: ['employer'] }] } },
    });
    expect(await b.send('people.update', { id: candidate.id, companyId: company.id })).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { issues: [{ path: ['companyId'] }] } },
    });

    // A hiring manager who becomes a candidate now works for that company, by name.
    expect(await b.ok('people.update', { id: manager.id, kind: 'candidate' })).toMatchObject({
      kind: 'candidate',
      companyId: null,
      employer: 'Acme Robotics',
    });
    // And back: the employer's name finds the client, accents and case aside.
    await b.ok('people.update', { id: manager.id, employer: 'ÁCME robotics' });
    expect(await b.ok('people.update', { id: manager.id, kind: 'contact' })).toMatchObject({
      kind: 'contact',
      companyId: company.id,
      employer: null,
    });
  });

  it('makes an employer a client with one call, or finds the client already there', async () => {
    const b = makeBackend();
    const existing = await b.ok('companies.create', { name: 'Société Générale' });
    const found = await b.ok('companies.makeClient', { name: '  SOCIETE   generale ' });
    expect(found).toEqual({ company: existing, created: false });

    const made = await b.ok('companies.makeClient', { name: 'Globex' });
    expect(made).toMatchObject({ created: true, company: { name: 'Globex' } });
    expect((await b.ok('companies.list', {})).companies.map((c) => c.name)).toEqual(['Globex', 'Société Générale']);
    // Asked again, it is the same client: no second Globex.
    expect(await b.ok('companies.makeClient', { name: 'globex' })).toEqual({ company: made.company, created: false });
    expect((await b.ok('companies.list', {})).companies).toHaveLength(2);
    expect(await b.send('companies.makeClient', { name: ' ' })).toMatchObject({
      ok: false,
      error: { code: 'validation', message: 'Fill in the company name.' },
    });
  });

  it('finds a candidate by their employer, and no longer by one they left', async () => {
    const b = makeBackend();
    const ada = await b.ok('people.create', { kind: 'candidate', name: 'Ada Okafor', employer: 'Brodosplit d.d.' });
    const hits = async (text: string) =>
      (await b.ok('search.query', { text })).map((h) => [h.type, h.id, h.snippet] as const);
    expect(await hits('brodosplit')).toEqual([['person', ada.id, expect.stringContaining('[Brodosplit]')]]);
    await b.ok('people.update', { id: ada.id, employer: 'Željezara Split' });
    expect(await hits('brodosplit')).toEqual([]);
    expect(await hits('zeljez')).toEqual([['person', ada.id, expect.stringContaining('Željezara')]]);
  });

  it('offers the employers candidates have, most common first, contacts’ clients aside', async () => {
    const b = makeBackend();
    await seedBasics(b);
    for (const [name, employer] of [
      ['Ada', 'Initech'],
      ['Bo', 'Globex'],
      ['Cy', 'Globex'],
      ['Di', null],
    ] as const)
      await b.ok('people.create', { kind: 'candidate', name, employer });
    expect(await b.ok('people.employers', {})).toEqual(['Globex', 'Initech']);
  });
});

describe('importing candidates with their employers', () => {
  it('keeps 16 employers of 17 candidates as names and makes no company of them', async () => {
    const b = makeBackend();
    const client = await b.ok('companies.create', { name: 'Globex' });
    const rows = EMPLOYERS.map((employer, i) => `Candidate ${i},c${i}@mail.example,${employer}`);
    rows.push('Candidate 16,c16@mail.example,Initech');
    const file = csvFile(`Name,Email,Company\n${rows.join('\n')}\n`);
    expect(await b.ok('io.importCsv', { path: file, kind: 'candidate' })).toMatchObject({ imported: 17, errors: [] });

    // Only the client there was before: Globex is still one, and no employer became a client.
    expect((await b.ok('companies.list', {})).companies).toEqual([
      expect.objectContaining({ id: client.id, name: 'Globex' }),
    ]);
    const people = (await b.ok('people.list', { kind: 'candidate' })).people;
    expect(people).toHaveLength(17);
    expect(people.every((p) => p.companyId === null)).toBe(true);
    expect(new Set(people.map((p) => p.employer))).toEqual(new Set(EMPLOYERS));
    expect(people.filter((p) => p.employer === 'Initech')).toHaveLength(2);
    expect(await b.ok('people.employers', {})).toEqual([
      'Initech',
      ...[...EMPLOYERS].filter((e) => e !== 'Initech').sort(),
    ]);
    // Found by employer, indexed exactly as if typed in.
    expect((await b.ok('search.query', { text: 'dunder mifflin' })).map((h) => h.title)).toEqual(['Candidate 15']);
    const typed = await b.ok('people.create', {
      kind: 'candidate',
      name: 'Typed',
      email: 'c7@mail.example',
      employer: 'Wonka',
    });
    const body = b.db.prepare("SELECT body FROM search_index WHERE kind = 'person' AND ref = ?").pluck();
    const imported = people.find((p) => p.employer === 'Wonka')!;
    expect(body.get(imported.id)).toBe(body.get(typed.id));
    expect(body.get(typed.id)).toContain('Wonka');
  });

  it('fills in an employer on a merge, never over one already kept; a contact’s company is still a client', async () => {
    const b = makeBackend();
    const ada = await b.ok('people.create', { kind: 'candidate', name: 'Ada Okafor', email: 'ada@mail.example' });
    const bo = await b.ok('people.create', {
      kind: 'candidate',
      name: 'Bo Berg',
      email: 'bo@mail.example',
      employer: 'Initech',
    });
    const file = csvFile('Name,Email,Company\nAda Okafor,ada@mail.example,Globex\nBo Berg,bo@mail.example,Hooli\n');
    expect(await b.ok('io.importCsv', { path: file, kind: 'candidate', onDuplicate: 'merge' })).toMatchObject({
      merged: 2,
    });
    expect(await b.ok('people.get', { id: ada.id })).toMatchObject({ employer: 'Globex', companyId: null });
    expect(await b.ok('people.get', { id: bo.id })).toMatchObject({ employer: 'Initech', companyId: null });
    expect((await b.ok('companies.list', {})).companies).toEqual([]);

    const contacts = csvFile('Name,Company\nDana Whitfield,Acme Robotics\nEli Moss,Acme Robotics\n');
    expect(await b.ok('io.importCsv', { path: contacts, kind: 'contact' })).toMatchObject({ imported: 2 });
    const [acme] = (await b.ok('companies.list', {})).companies;
    expect(acme).toMatchObject({ name: 'Acme Robotics', contacts: 2 });
  });
});
