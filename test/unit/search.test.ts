import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../db/migrations';
import { registerNameKey } from '../../db/nameKey';
import { RANK_AT_MOST, ftsQuery, search } from '../../db/search';
import { makeBackend, seedBasics } from './helpers';

describe('search.query', () => {
  it('finds people, companies, positions and contacts, kept in step through create, update and erase', async () => {
    const b = makeBackend();
    const { candidate, company, position } = await seedBasics(b);
    await b.ok('touches.log', {
      personId: candidate.id,
      at: '2026-03-01T10:00:00Z',
      channel: 'email',
      direction: 'in',
      kind: 'reply',
      outcome: 'replied',
      summary: 'Loved the telemetry team.',
    });
    expect((await b.ok('search.query', { text: 'ada' })).map((h) => [h.type, h.id])).toEqual([
      ['person', candidate.id],
    ]);
    expect((await b.ok('search.query', { text: 'acme' })).map((h) => h.type)).toEqual(
      expect.arrayContaining(['company']),
    );
    expect((await b.ok('search.query', { text: 'fleet platform' })).map((h) => [h.type, h.id])).toEqual([
      ['position', position.id],
    ]);
    const [touch] = await b.ok('search.query', { text: 'telemetry' });
    expect(touch).toMatchObject({
      type: 'touch',
      title: 'Ada Okafor',
      personId: candidate.id,
      snippet: 'Loved the [telemetry] team.',
    });

    // Accents and prefixes: "luc" finds Lucía.
    await b.ok('people.update', { id: candidate.id, name: 'Lucía Okafor' });
    // The old name is gone; "ada" now finds her only through her email address.
    expect((await b.ok('search.query', { text: 'ada' })).map((h) => [h.title, h.snippet])).toEqual([
      ['Lucía Okafor', '[ada]@mail.example'],
    ]);
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
    const hostile = [
      '"',
      '""',
      '*',
      'NEAR(',
      'ada AND',
      'OR',
      'NOT ada',
      '(ada',
      'ada)',
      '^ada',
      'title:ada',
      '-ada',
      '😀',
      'ada 😀',
      '\u0000',
      ' ',
      '',
      "'; DROP TABLE people; --",
      'x'.repeat(10_000),
      'a '.repeat(20_000),
    ];
    for (const text of hostile) {
      const result = await b.send('search.query', { text });
      expect(result.ok, JSON.stringify(text.slice(0, 20))).toBe(true);
    }
    expect((await b.ok('search.query', { text: '"ada" AND (okafor' })).map((h) => h.title)).toEqual(['Ada Okafor']);
    expect(ftsQuery('  ')).toBeNull();
    expect(ftsQuery('say "hi" NEAR(x)')).toEqual({ prefix: '"say" "hi" "x"*' });
    // A last word longer than the indexed prefixes is tried whole first.
    expect(ftsQuery('call rivera*')).toEqual({ prefix: '"call" "rivera"*', exact: '"call" "rivera"' });
    expect(ftsQuery('AND OR')).toBeNull();
  });

  it('finds names with letters such as ß, ł and ø whether they are typed or not, and in both directions', async () => {
    const b = makeBackend();
    const weiss = await b.ok('people.create', { kind: 'candidate', name: 'Jürgen Weiß' });
    const lukasz = await b.ok('people.create', { kind: 'candidate', name: 'Łukasz Król' });
    const soren = await b.ok('people.create', { kind: 'contact', name: 'Søren Ødegård' });
    const plain = await b.ok('people.create', { kind: 'candidate', name: 'Anna Weiss' });
    const orsted = await b.ok('companies.create', { name: 'Ørsted' });
    const found = async (text: string) => (await b.ok('search.query', { text })).map((h) => h.id).sort();
    expect(await found('weiss')).toEqual([weiss.id, plain.id].sort());
    expect(await found('Weiß')).toEqual([weiss.id, plain.id].sort());
    expect(await found('jurgen weiss')).toEqual([weiss.id]);
    expect(await found('lukasz krol')).toEqual([lukasz.id]);
    expect(await found('Łuka')).toEqual([lukasz.id]);
    expect(await found('soren odegard')).toEqual([soren.id]);
    expect(await found('orsted')).toEqual([orsted.id]);
    // Renamed, the entry follows: the old spelling no longer finds them.
    await b.ok('people.update', { id: lukasz.id, name: 'Łucja Król' });
    expect(await found('lukasz')).toEqual([]);
    expect(await found('lucja')).toEqual([lukasz.id]);
    expect(ftsQuery('weiß')).toEqual({ prefix: '("weiß"* OR "weiss"*)' });
  });

  it('finds a long word as typed first, then the longer words it begins', async () => {
    const b = makeBackend();
    const longer = await b.ok('people.create', { kind: 'candidate', name: 'Greta Andersen' });
    const exact = await b.ok('people.create', { kind: 'candidate', name: 'Ola Anders' });
    expect((await b.ok('search.query', { text: 'anders' })).map((h) => h.id)).toEqual([exact.id, longer.id]);
    expect((await b.ok('search.query', { text: 'ande' })).map((h) => h.id).sort()).toEqual(
      [exact.id, longer.id].sort(),
    );
    // Enough exact matches fill the list without the longer words.
    for (let i = 0; i < 5; i++) await b.ok('people.create', { kind: 'candidate', name: `Anders ${i}` });
    const ids = (await b.ok('search.query', { text: 'anders', limit: 5 })).map((h) => h.id);
    expect(ids).toHaveLength(5);
    expect(ids).not.toContain(longer.id);
  });

  it('ranks a match in the name above one in the notes', async () => {
    const b = makeBackend();
    await b.ok('people.create', { kind: 'candidate', name: 'Someone Else', notes: 'Mentioned Rivera once.' });
    await b.ok('people.create', { kind: 'candidate', name: 'Sam Rivera' });
    expect((await b.ok('search.query', { text: 'rivera' })).map((h) => h.title)).toEqual([
      'Sam Rivera',
      'Someone Else',
    ]);
  });

  it('lists names first, newest first, when a word is too common to rank', async () => {
    const b = makeBackend();
    const named = await b.ok('people.create', { kind: 'candidate', name: 'Marlow Common' });
    const insert = b.db.prepare(
      "INSERT INTO people (id, kind, name, notes, created_at, updated_at) VALUES (?, 'candidate', ?, 'a common note', 'x', 'x')",
    );
    b.db.transaction(() => {
      for (let i = 0; i <= RANK_AT_MOST; i++) insert.run(`p${i}`, `Person ${i}`);
    })();
    const hits = await b.ok('search.query', { text: 'common', limit: 5 });
    expect(hits.map((h) => h.title)).toEqual([
      'Marlow Common',
      `Person ${RANK_AT_MOST}`,
      `Person ${RANK_AT_MOST - 1}`,
      `Person ${RANK_AT_MOST - 2}`,
      `Person ${RANK_AT_MOST - 3}`,
    ]);
    expect(hits[0]!.id).toBe(named.id);
    // Specific enough to rank: the one it names first, then those it begins ("42" may be the start of "420").
    const ranked = await b.ok('search.query', { text: 'common person 42', limit: 20 });
    expect(ranked.map((h) => h.title)).toEqual([
      'Person 42',
      ...Array.from({ length: 10 }, (_, i) => `Person ${420 + i}`),
    ]);
  });

  it('lists matching contacts newest first, keeping room for them beside names', async () => {
    const b = makeBackend();
    const { candidate } = await seedBasics(b);
    // Contacts are logged once they have happened.
    b.advance(Date.parse('2026-03-10T09:00:00Z') - b.ctx.now().getTime());
    for (let day = 1; day <= 9; day++) {
      await b.ok('touches.log', {
        personId: candidate.id,
        at: `2026-03-0${day}T10:00:00Z`,
        channel: 'email',
        direction: 'in',
        kind: 'reply',
        outcome: 'replied',
        summary: `Okafor update ${day}`,
      });
    }
    const hits = await b.ok('search.query', { text: 'okafor', limit: 4 });
    expect(hits.map((h) => [h.type, h.snippet])).toEqual([
      ['person', expect.any(String)],
      ['touch', '[Okafor] update 9'],
      ['touch', '[Okafor] update 8'],
      ['touch', '[Okafor] update 7'],
    ]);
    // A summary edited away leaves the index; one added joins it.
    const touchId = hits[1]!.id;
    b.db.prepare('UPDATE touches SET summary = NULL WHERE id = ?').run(touchId);
    expect((await b.ok('search.query', { text: 'update 9' })).map((h) => h.id)).toEqual([]);
    b.db.prepare("UPDATE touches SET summary = 'Okafor update nine' WHERE id = ?").run(touchId);
    expect((await b.ok('search.query', { text: 'update nine' })).map((h) => h.id)).toEqual([touchId]);
  });

  it('indexes what was already there when a profile upgrades', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 4));
    db.exec(
      "INSERT INTO people (id, kind, name, notes, created_at, updated_at) VALUES ('p', 'candidate', 'Zora Quint', 'likes kayaks', 'x', 'x')",
    );
    migrate(db);
    expect(db.prepare("SELECT ref FROM search_index WHERE search_index MATCH 'kayak*'").pluck().all()).toEqual(['p']);
  });

  it('keeps what version 5 indexed, contacts included, and edits it in place from then on', () => {
    const db = new Database(':memory:');
    // As every connection Politely opens does (db/connection.ts): the triggers key and index names with it.
    registerNameKey(db);
    migrate(db, MIGRATIONS.slice(0, 5));
    db.exec(`INSERT INTO people (id, kind, name, notes, created_at, updated_at) VALUES ('p', 'candidate', 'Zora Quint', 'likes kayaks', 'x', 'x');
             INSERT INTO touches (id, person_id, at, channel, direction, kind, outcome, summary, created_at)
               VALUES ('t', 'p', '2026-01-01T00:00:00.000Z', 'email', 'in', 'reply', 'replied', 'Talked about canoes', 'x')`);
    migrate(db);
    expect(search(db, 'kayak', 10).map((h) => h.id)).toEqual(['p']);
    expect(search(db, 'canoes', 10).map((h) => [h.id, h.personId])).toEqual([['t', 'p']]);
    db.exec("UPDATE people SET notes = 'likes sailing' WHERE id = 'p'");
    expect(search(db, 'kayak', 10)).toEqual([]);
    expect(search(db, 'sailing', 10).map((h) => h.id)).toEqual(['p']);
    expect(db.prepare('SELECT count(*) FROM search_index').pluck().get()).toBe(1);
  });
});
