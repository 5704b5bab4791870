import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPolitelyPeopleExport, linkedinKey, nameAndEmployerKey } from '../../core/importMatch';
import { timeOrderedIds } from '../../db/ids';
import { chooseFile, makeBackend, tableCounts, tempDir, type Backend } from './helpers';

function csvFile(content: string): string {
  const file = path.join(tempDir(), 'people.csv');
  fs.writeFileSync(file, content);
  return chooseFile(file);
}

const count = (b: Backend) => b.db.prepare('SELECT count(*) FROM people').pluck().get() as number;

describe('what makes two rows the same person', () => {
  it('reads a LinkedIn profile the same whatever its scheme, host, case, query or trailing slash', () => {
    const key = linkedinKey('https://www.linkedin.com/in/ana-souza/');
    expect(key).toBe('linkedin:in/ana-souza');
    expect(linkedinKey('linkedin.com/in/Ana-Souza?trk=profile')).toBe(key);
    expect(linkedinKey('http://br.linkedin.com/in/ana-souza#about')).toBe(key);
    expect(linkedinKey('https://www.linkedin.com/in/ana-souza-2')).not.toBe(key);
    expect(linkedinKey('https://www.linkedin.com/in/jos%C3%A9')).toBe(linkedinKey('linkedin.com/in/José'));
    expect(linkedinKey('  ')).toBeNull();
  });

  it('compares name and employer loosely, and only when both are there', () => {
    expect(nameAndEmployerKey('Ana Souza', 'Acme Ltda.')).toBe(nameAndEmployerKey('  ana  SOUZA ', 'ACME ltda'));
    expect(nameAndEmployerKey('Lucía Fernández', 'Óptica')).toBe(nameAndEmployerKey('Lucia Fernandez', 'Optica'));
    expect(nameAndEmployerKey('Ana Souza', 'Acme')).not.toBe(nameAndEmployerKey('Ana Souza', 'Initech'));
    expect(nameAndEmployerKey('Ana Souza', null)).toBeNull();
    expect(nameAndEmployerKey('', 'Acme')).toBeNull();
  });

  it("recognises Politely's own people export by its columns", () => {
    expect(isPolitelyPeopleExport(['id', 'kind', 'name', 'email', 'created'])).toBe(true);
    expect(isPolitelyPeopleExport(['id', 'name', 'email'])).toBe(false);
  });
});

describe('time-ordered ids', () => {
  it('sort in the order they were made, after ids made earlier, and never repeat', () => {
    const first = timeOrderedIds(3, '2026-03-02T09:00:00.000Z');
    const sameInstant = timeOrderedIds(3, '2026-03-02T09:00:00.000Z');
    const later = timeOrderedIds(3, '2026-03-02T09:00:00.001Z');
    expect(first).toEqual([...first].sort());
    expect(first[0]!.slice(0, 13)).toBe('019cadc6-9a80'); // 2026-03-02T09:00:00Z in milliseconds, in hex
    expect(later.every((id) => first.every((earlier) => id > earlier))).toBe(true);
    expect(new Set([...first, ...sameInstant]).size).toBe(6);
  });
});

describe('importing people who are already here', () => {
  it('skips everyone in a re-imported Politely export by its id, even with no email or phone, and says why', async () => {
    const b = makeBackend();
    await b.ok('people.create', { kind: 'candidate', name: 'Ana Souza', title: 'Designer' });
    await b.ok('people.create', { kind: 'candidate', name: 'Ben Lindqvist', location: 'Malmö' });
    const exported = await b.ok('io.exportCsv', { entity: 'people' });
    const before = count(b);
    const again = await b.ok('io.importCsv', { path: csvFile(exported.content), kind: 'candidate' });
    expect(again).toMatchObject({ imported: 0, skipped: 2, errors: [] });
    expect(again.duplicates!.map((d) => d.message).sort()).toEqual([
      'Ana Souza: already in Politely (same Politely id)',
      'Ben Lindqvist: already in Politely (same Politely id)',
    ]);
    expect(count(b)).toBe(before);

    // In another profile the ids mean nothing: everyone is new there.
    const elsewhere = makeBackend();
    expect(await elsewhere.ok('io.importCsv', { path: csvFile(exported.content), kind: 'candidate' })).toMatchObject({
      imported: 2,
      skipped: 0,
    });
  });

  it('finds someone by their LinkedIn profile when nothing else is alike', async () => {
    const b = makeBackend();
    await b.ok('people.create', {
      kind: 'candidate',
      name: 'Ana Souza',
      linkedinUrl: 'https://www.linkedin.com/in/ana-souza/',
    });
    const file = csvFile(
      'Name,LinkedIn URL\nAna C. Souza,https://linkedin.com/in/Ana-Souza?trk=x\nAna S.,https://www.linkedin.com/in/ana-souza\nCarla Dias,https://www.linkedin.com/in/carla-dias\nCarla D.,https://linkedin.com/in/carla-dias/\n',
    );
    const result = await b.ok('io.importCsv', { path: file, kind: 'candidate' });
    expect(result).toMatchObject({ imported: 1, skipped: 3 });
    expect(result.duplicates!.map((d) => d.message)).toEqual([
      'Ana C. Souza: already in Politely (same LinkedIn profile)',
      'Ana S.: already in Politely (same LinkedIn profile)',
      'Carla D.: also on row 4 of this file (same LinkedIn profile)',
    ]);
  });

  it('asks about people with the same name and employer before writing anything, then does as told', async () => {
    const b = makeBackend();
    // A contacts file with names and employers only: imported once, three people.
    const file = csvFile(
      'First Name,Last Name,Organization Name\nAna,Souza,Acme\nBen,Lindqvist,Initech\nCarla,Dias,Globex\n',
    );
    expect(await b.ok('io.importCsv', { path: file, kind: 'candidate' })).toMatchObject({ imported: 3 });
    const before = tableCounts(b.db);

    // Again: nothing is added on a guess. The three are listed for the recruiter, and nothing is written.
    const asked = await b.ok('io.importCsv', { path: file, kind: 'candidate' });
    expect(asked).toMatchObject({ imported: 0, merged: 0, skipped: 0, errors: [] });
    expect(asked.possibleDuplicates!.map((p) => [p.row, p.name, p.company])).toEqual([
      [2, 'Ana Souza', 'Acme'],
      [3, 'Ben Lindqvist', 'Initech'],
      [4, 'Carla Dias', 'Globex'],
    ]);
    expect(asked.possibleDuplicates![0]!.message).toBe(
      'Ana Souza at Acme may already be in Politely: same name and employer, but no email, phone or LinkedIn profile in common.',
    );
    const ana = (await b.ok('people.get', { id: asked.possibleDuplicates![0]!.personId })).name;
    expect(ana).toBe('Ana Souza');
    expect(tableCounts(b.db)).toEqual(before);

    // The recruiter says Ana and Ben are the same people, Carla someone new: 4 people, not 6.
    const answered = await b.ok('io.importCsv', {
      path: file,
      kind: 'candidate',
      decisions: [
        { row: 2, same: true },
        { row: 3, same: true },
        { row: 4, same: false },
      ],
    });
    expect(answered).toMatchObject({ imported: 1, skipped: 2 });
    expect(answered.possibleDuplicates).toBeUndefined();
    expect(answered.duplicates!.map((d) => d.message)).toEqual([
      'Ana Souza: already in Politely (you said it is the same person)',
      'Ben Lindqvist: already in Politely (you said it is the same person)',
    ]);
    expect(count(b)).toBe(4);

    // One answer for all of them: the same people.
    expect(await b.ok('io.importCsv', { path: file, kind: 'candidate', possibleDuplicates: 'same' })).toMatchObject({
      imported: 0,
      skipped: 3,
    });
    expect(count(b)).toBe(4);
  });

  it('writes one audit entry for the whole import, naming whom it added and whom it filled in', async () => {
    const b = makeBackend();
    const ada = await b.ok('people.create', { kind: 'candidate', name: 'Ada Okafor', email: 'ada@mail.example' });
    const auditBefore = b.db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
    const file = csvFile(
      'Name,Email,Title\nAda O.,ada@mail.example,Engineer\nBen,ben@mail.example,\nCal,cal@mail.example,\n',
    );
    await b.ok('io.importCsv', { path: file, kind: 'candidate', onDuplicate: 'merge' });
    const entries = b.db.prepare("SELECT entity, action, changes FROM audit_log WHERE entity = 'import'").all() as {
      entity: string;
      action: string;
      changes: string;
    }[];
    expect(entries).toHaveLength(1);
    const changes = JSON.parse(entries[0]!.changes) as { kind: string; people: string[]; merged: string[] };
    const added = b.db.prepare("SELECT id FROM people WHERE name IN ('Ben', 'Cal') ORDER BY name").pluck().all();
    expect(changes).toMatchObject({ kind: 'candidate', people: added, merged: [ada.id] });
    // Besides it, only Ada's merge is audited, on her: no entry for each new person.
    expect(b.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(auditBefore + 2);
  });
});
