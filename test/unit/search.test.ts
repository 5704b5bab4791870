import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../db/migrations';
import { ftsQuery } from '../../db/search';
import { makeBackend, seedBasics } from './helpers';

describe('search.query', () => {
  it('finds people, companies, positions and contacts, kept in step through create, update and erase', async () => {
    const b = makeBackend();
    const { candidate, company, position } = await seedBasics(b);
    await b.ok('touches.log', { personId: candidate.id, at: '2026-03-01T10:00:00Z', channel: 'email', direction: 'in', kind: 'reply', outcome: 'replied', summary: 'Loved the telemetry team.' });
    expect((await b.ok('search.query', { text: 'ada' })).map((h) => [h.type, h.id])).toEqual([['person', candidate.id]]);
    expect((await b.ok('search.query', { text: 'acme' })).map((h) => h.type)).toEqual(expect.arrayContaining(['company']));
    expect((await b.ok('search.query', { text: 'fleet platform' })).map((h) => [h.type, h.id])).toEqual([['position', position.id]]);
    const [touch] = await b.ok('search.query', { text: 'telemetry' });
    expect(touch).toMatchObject({ type: 'touch', snippet: 'Loved the [telemetry] team.' });

    // Accents and prefixes: "luc" finds Lucía.
    await b.ok('people.update', { id: candidate.id, name: 'Lucía Okafor' });
    // The old name is gone; "ada" now finds her only through her email address.
    expect((await b.ok('search.query', { text: 'ada' })).map((h) => [h.title, h.snippet])).toEqual([['Lucía Okafor', '[ada]@mail.example']]);
    expect((await b.ok('search.query', { text: 'luc' })).map((h) => h.title)).toEqual(['Lucía Okafor']);
    expect((await b.ok('search.query', { text: 'lucia okaf' })).map((h) => h.id)).toEqual([candidate.id]);

    await b.ok('io.erasePerson', { id: candidate.id });
    expect(await b.ok('search.query', { text: 'lucia' })).toEqual([]);
    expect(await b.ok('search.query', { text: 'telemetry' })).toEqual([]);
    expect((await b.ok('search.query', { text: company.name })).length).toBeGreaterThan(0);
  });

  it('takes any text without an error', async () => {
    const b = makeBackend();
    await seedBasics(b);
    const hostile = ['"', '""', '*', 'NEAR(', 'ada AND', 'OR', 'NOT ada', '(ada', 'ada)', '^ada', 'title:ada', '-ada', '😀', 'ada 😀', '\u0000', ' ', '', "'; DROP TABLE people; --", 'x'.repeat(10_000), 'a '.repeat(20_000)];
    for (const text of hostile) {
      const result = await b.send('search.query', { text });
      expect(result.ok, JSON.stringify(text.slice(0, 20))).toBe(true);
    }
    expect((await b.ok('search.query', { text: '"ada" AND (okafor' })).map((h) => h.title)).toEqual(['Ada Okafor']);
    expect(ftsQuery('  ')).toBeNull();
    expect(ftsQuery('say "hi" NEAR(x)')).toBe('"say" "hi" "x"*');
    expect(ftsQuery('AND OR')).toBeNull();
  });

  it('ranks a match in the name above one in the notes', async () => {
    const b = makeBackend();
    await b.ok('people.create', { kind: 'candidate', name: 'Someone Else', notes: 'Mentioned Rivera once.' });
    await b.ok('people.create', { kind: 'candidate', name: 'Sam Rivera' });
    expect((await b.ok('search.query', { text: 'rivera' })).map((h) => h.title)).toEqual(['Sam Rivera', 'Someone Else']);
  });

  it('indexes what was already there when a profile upgrades', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 4));
    db.exec("INSERT INTO people (id, kind, name, notes, created_at, updated_at) VALUES ('p', 'candidate', 'Zora Quint', 'likes kayaks', 'x', 'x')");
    migrate(db);
    expect(db.prepare("SELECT ref FROM search_index WHERE search_index MATCH 'kayak*'").pluck().all()).toEqual(['p']);
  });
});
