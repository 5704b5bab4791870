import { describe, expect, it } from 'vitest';
import { TAGS_PER_PERSON_MAX, type OpenStage, type Person } from '../../api/contract';
import { inTransaction } from '../../db/connection';
import { addPeople, nameSortKey } from '../../db/people';
import { makeBackend, seedBasics, T0, type Backend } from './helpers';

const NOW = T0.toISOString();

async function candidate(b: Backend, name: string, fields: { notes?: string } = {}) {
  return b.ok('people.create', { kind: 'candidate', name, ...fields });
}

/** The validation issues of a refused call, as [path, message]. */
async function issues(b: Backend, ...call: Parameters<Backend['send']>) {
  const result = await b.send(...call);
  if (result.ok) throw new Error(`${call[0]} was accepted`);
  expect(result.error.code).toBe('validation');
  return (result.error.details?.issues ?? []).map((i) => [i.path.join('.'), i.message]);
}

const byName = (a: string, b: string) =>
  nameSortKey(a) < nameSortKey(b) ? -1 : nameSortKey(a) > nameSortKey(b) ? 1 : 0;

describe('tags.set', () => {
  it('keeps the tags trimmed, one spelling of each (the first), in order, and people.get answers them', async () => {
    const b = makeBackend();
    const ada = await candidate(b, 'Ada Okafor');
    const kept = await b.ok('tags.set', {
      personId: ada.id,
      tags: ['  Go ', 'senior', 'GO', 'Berlin', ' go', 'Senior  '],
    });
    expect(kept).toEqual(['Go', 'senior', 'Berlin']);
    expect((await b.ok('people.get', { id: ada.id })).tags).toEqual(['Go', 'senior', 'Berlin']);
    // Inner spaces are made single, so "Tech  Lead" and "tech lead" are one tag.
    expect(await b.ok('tags.set', { personId: ada.id, tags: ['Tech  Lead', 'tech lead', 'Über', 'über'] })).toEqual([
      'Tech Lead',
      'Über',
    ]);
    // Replaced, not added to: the earlier tags are gone.
    expect((await b.ok('people.get', { id: ada.id })).tags).toEqual(['Tech Lead', 'Über']);
    expect(await b.ok('tags.set', { personId: ada.id, tags: [] })).toEqual([]);
    expect((await b.ok('people.get', { id: ada.id })).tags).toEqual([]);
  });

  it('names each tag that cannot be one by its place, and changes nothing', async () => {
    const b = makeBackend();
    const ada = await candidate(b, 'Ada Okafor');
    await b.ok('tags.set', { personId: ada.id, tags: ['Go'] });
    expect(
      await issues(b, 'tags.set', {
        personId: ada.id,
        tags: ['fine', '   ', 'x'.repeat(41), 'line\nbreak', 'a, b', `${'é'.repeat(40)}`],
      }),
    ).toEqual([
      ['tags.1', 'Tag 2 is empty. Type a word or remove it.'],
      ['tags.2', '“xxxxxxxxxxxxxxxxxxxx…” is longer than 40 characters. Shorten it.'],
      ['tags.3', 'Tag 4 holds a tab or line break. Type each tag on one line.'],
      ['tags.4', '“a, b” holds a comma, which separates tags. Make it two tags.'],
    ]);
    expect(await issues(b, 'tags.set', { personId: ada.id, tags: ['ok', 7 as unknown as string] })).toEqual([
      ['tags.1', 'Each tag must be text.'],
    ]);
    expect(await issues(b, 'tags.set', { personId: ada.id, tags: 'Go' as unknown as string[] })).toEqual([
      ['tags', 'Give the tags as a list.'],
    ]);
    expect((await b.ok('people.get', { id: ada.id })).tags).toEqual(['Go']);
  });

  it(`allows ${TAGS_PER_PERSON_MAX} different tags, counting spellings of one tag once`, async () => {
    const b = makeBackend();
    const ada = await candidate(b, 'Ada Okafor');
    const fifty = Array.from({ length: TAGS_PER_PERSON_MAX }, (_, i) => `skill ${i}`);
    expect(await b.ok('tags.set', { personId: ada.id, tags: [...fifty, 'SKILL 3', 'Skill 49'] })).toEqual(fifty);
    expect(await issues(b, 'tags.set', { personId: ada.id, tags: [...fifty, 'one more', 'and another'] })).toEqual([
      ['tags', 'At most 50 tags: these are 52 different ones. Remove 2.'],
    ]);
  });

  it('answers not-found for a person who is not there', async () => {
    const b = makeBackend();
    const result = await b.send('tags.set', { personId: 'nobody', tags: ['Go'] });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('lists every tag in use with its count, most used first, in the spelling most people have', async () => {
    const b = makeBackend();
    const people = await Promise.all(['A', 'B', 'C', 'D'].map((n) => candidate(b, n)));
    await b.ok('tags.set', { personId: people[0]!.id, tags: ['Go', 'Berlin'] });
    await b.ok('tags.set', { personId: people[1]!.id, tags: ['go', 'German'] });
    await b.ok('tags.set', { personId: people[2]!.id, tags: ['go', 'Berlin'] });
    await b.ok('tags.set', { personId: people[3]!.id, tags: ['Rust'] });
    expect(await b.ok('tags.list', {})).toEqual([
      { tag: 'go', count: 3 },
      { tag: 'Berlin', count: 2 },
      { tag: 'German', count: 1 },
      { tag: 'Rust', count: 1 },
    ]);
  });

  it('records the change in the person’s history', async () => {
    const b = makeBackend();
    const ada = await candidate(b, 'Ada Okafor');
    b.advance(60_000);
    await b.ok('tags.set', { personId: ada.id, tags: ['Go', 'Berlin'] });
    const person = await b.ok('people.get', { id: ada.id });
    expect(person.updatedAt).toBe(new Date(T0.getTime() + 60_000).toISOString());
    const audit = b.db
      .prepare("SELECT changes FROM audit_log WHERE entity_id = ? AND action = 'update'")
      .pluck()
      .all(ada.id) as string[];
    expect(audit.map((c) => JSON.parse(c) as unknown)).toEqual([{ tags: ['', 'Go, Berlin'] }]);
  });
});

describe('search finds people by their tags', () => {
  it('indexes the tags as they are set, and keeps them when the person is edited', async () => {
    const b = makeBackend();
    const ada = await candidate(b, 'Ada Okafor', { notes: 'met at a meetup' });
    await candidate(b, 'Bo Lind');
    const found = async (text: string) => (await b.ok('search.query', { text })).map((h) => h.id);
    expect(await found('kubernetes')).toEqual([]);
    await b.ok('tags.set', { personId: ada.id, tags: ['Kubernetes', 'Senior'] });
    expect(await found('kubernetes')).toEqual([ada.id]);
    expect(await found('kube')).toEqual([ada.id]);
    await b.ok('people.update', { id: ada.id, notes: 'prefers remote' });
    expect(await found('kubernetes')).toEqual([ada.id]);
    expect(await found('remote')).toEqual([ada.id]);
    expect(await found('meetup')).toEqual([]);
    await b.ok('tags.set', { personId: ada.id, tags: ['Senior'] });
    expect(await found('kubernetes')).toEqual([]);
    expect(await found('senior')).toEqual([ada.id]);
    // People's own filter reads the same index.
    expect((await b.ok('people.list', { query: 'senior' })).people.map((p) => p.id)).toEqual([ada.id]);
  });
});

/** Every page of people.list with the filter given, from the top. */
async function allPages(b: Backend, input: Record<string, unknown> & { limit: number }) {
  const people: Person[] = [];
  const totals = new Set<number>();
  let after: string | undefined;
  let pages = 0;
  do {
    const page = await b.ok('people.list', { ...input, ...(after ? { after } : {}) } as never);
    expect(page.people.length).toBeLessThanOrEqual(input.limit);
    people.push(...page.people);
    totals.add(page.total);
    after = page.next;
    pages++;
  } while (after && pages < 200);
  return { names: people.map((p) => p.name), totals: [...totals], pages };
}

describe('people.list by tags', () => {
  /** 300 candidates: every 3rd knows Go, every 5th is in Berlin, all but every 50th speak German; some contacts. */
  async function profile() {
    const b = makeBackend();
    const names = Array.from({ length: 300 }, (_, i) => `Person ${i}`);
    const ids = inTransaction(b.db, () =>
      addPeople(
        b.db,
        names.map((name, i) =>
          i % 10 === 9 ? { kind: 'contact' as const, name } : { kind: 'candidate' as const, name },
        ),
        NOW,
      ),
    );
    for (const [i, id] of ids.entries()) {
      const tags = [i % 3 === 0 ? 'Go' : '', i % 5 === 0 ? 'Berlin' : '', i % 50 === 0 ? '' : 'German'].filter(Boolean);
      if (tags.length) await b.ok('tags.set', { personId: id, tags });
    }
    const has = (i: number, tag: 'go' | 'berlin' | 'german') =>
      tag === 'go' ? i % 3 === 0 : tag === 'berlin' ? i % 5 === 0 : i % 50 !== 0;
    return { b, names, has };
  }

  it('pages to the end through exactly those with every tag, in name order, whatever the spelling asked', async () => {
    const { b, names, has } = await profile();
    const expected = names.filter((_, i) => has(i, 'go') && has(i, 'berlin')).sort(byName);
    expect(expected).toHaveLength(20);
    const listed = await allPages(b, { tags: ['GO', 'berlin'], limit: 7 });
    expect(listed.names).toEqual(expected);
    expect(listed.totals).toEqual([20]);
    expect(listed.pages).toBe(3);
  });

  it('walks a tag nearly everyone has page by page, newest first too, with the kind and words asked', async () => {
    const { b, names, has } = await profile();
    const german = names.filter((_, i) => has(i, 'german'));
    expect((await allPages(b, { tags: ['german'], limit: 9 })).names).toEqual([...german].sort(byName));
    const newest = await allPages(b, { tags: ['German'], sort: 'newest', limit: 9 });
    // Added in one batch at one instant: newest first is the reverse of their (time-ordered) ids.
    expect(newest.names).toEqual([...german].reverse());
    const candidates = await allPages(b, { tags: ['german', 'go'], kind: 'candidate', limit: 9 });
    expect(candidates.names).toEqual(
      names.filter((_, i) => has(i, 'german') && has(i, 'go') && i % 10 !== 9).sort(byName),
    );
    expect(candidates.totals).toEqual([candidates.names.length]);
    const worded = await allPages(b, { tags: ['berlin'], query: 'Person 1', limit: 4 });
    expect(worded.names).toEqual(names.filter((n, i) => has(i, 'berlin') && /^Person 1\d*$/.test(n)).sort(byName));
  });

  it('lists nobody for a tag nobody has, and refuses tags that cannot be ones', async () => {
    const { b } = await profile();
    expect(await b.ok('people.list', { tags: ['Cobol'] })).toEqual({ people: [], total: 0 });
    expect(await issues(b, 'people.list', { tags: ['Go', ''] })).toEqual([
      ['tags.1', 'Tag 2 is empty. Type a word or remove it.'],
    ]);
    expect(await issues(b, 'people.list', { tags: Array.from({ length: 11 }, (_, i) => `t${i}`) })).toEqual([
      ['tags', 'At most 10 tags: these are 11 different ones. Remove 1.'],
    ]);
  });
});

describe('the board by tags', () => {
  it('shows only the applications of candidates with every tag, each column paged to the end', async () => {
    const b = makeBackend();
    const { position } = await seedBasics(b);
    const stages: OpenStage[] = ['sourced', 'prep', 'interview'];
    const tagged: Record<OpenStage, string[]> = Object.fromEntries(stages.map((s) => [s, []])) as never;
    for (let i = 0; i < 36; i++) {
      const person = await candidate(b, `Candidate ${i}`);
      const card = await b.ok('applications.create', { candidateId: person.id, positionId: position.id });
      const stage = stages[i % 3]!;
      if (stage !== 'sourced') await b.ok('applications.move', { id: card.id, stage });
      // Every second candidate knows Go; every fourth is also senior (spelled two ways).
      const tags = [i % 2 === 0 ? 'Go' : 'Java', i % 4 === 0 ? (i % 8 === 0 ? 'Senior' : 'SENIOR') : 'junior'];
      await b.ok('tags.set', { personId: person.id, tags });
      if (i % 4 === 0) tagged[stage].unshift(card.id);
      b.advance(60_000);
    }
    const board = await b.ok('applications.board', { tags: ['go', 'senior'], limit: 2 });
    expect(board.total).toBe(9);
    expect(board.columns.filter((c) => c.total > 0).map((c) => [c.stage, c.total])).toEqual([
      ['sourced', 3],
      ['prep', 3],
      ['interview', 3],
    ]);
    for (const stage of stages) {
      const column = board.columns.find((c) => c.stage === stage)!;
      const ids = board.cards.filter((c) => c.stage === stage).map((c) => c.id);
      let next = column.next;
      while (next) {
        const page = await b.ok('applications.boardColumn', { tags: ['Senior', 'GO'], stage, after: next, limit: 2 });
        expect(page.total).toBe(3);
        ids.push(...page.cards.map((c) => c.id));
        next = page.next;
      }
      // Latest move first, as without a filter.
      expect(ids).toEqual(tagged[stage]);
    }
    const none = await b.ok('applications.board', { tags: ['Cobol'] });
    expect([none.total, none.cards]).toEqual([0, []]);
  });
});

describe('erasing a person', () => {
  it('exports their tags with everything else, and erasing them removes the tags', async () => {
    const b = makeBackend();
    const ada = await candidate(b, 'Ada Okafor');
    const bo = await candidate(b, 'Bo Lind');
    await b.ok('tags.set', { personId: ada.id, tags: ['Go', 'Berlin'] });
    await b.ok('tags.set', { personId: bo.id, tags: ['go'] });
    expect((await b.ok('io.exportPerson', { id: ada.id })).data.tags).toEqual(['Go', 'Berlin']);
    await b.ok('io.erasePerson', { id: ada.id });
    expect(b.db.prepare('SELECT count(*) FROM person_tags WHERE person_id = ?').pluck().get(ada.id)).toBe(0);
    expect(await b.ok('tags.list', {})).toEqual([{ tag: 'go', count: 1 }]);
    expect((await b.ok('people.list', { tags: ['berlin'] })).total).toBe(0);
    expect(await b.ok('search.query', { text: 'Berlin' })).toEqual([]);
  });
});

describe('saved filters', () => {
  it('saves, lists by name, replaces one saved again under its name, and removes', async () => {
    const b = makeBackend();
    const { position } = await seedBasics(b);
    const go = await b.ok('filters.save', {
      name: 'Senior Go, Berlin',
      screen: 'people',
      tags: [' Senior', 'go', 'GO', 'Berlin'],
      kind: 'candidate',
    });
    expect(go).toMatchObject({
      name: 'Senior Go, Berlin',
      screen: 'people',
      query: null,
      tags: ['Senior', 'go', 'Berlin'],
      kind: 'candidate',
      positionId: null,
      createdAt: NOW,
    });
    const pipeline = await b.ok('filters.save', {
      name: 'Backend, German',
      screen: 'pipeline',
      tags: ['German'],
      positionId: position.id,
    });
    // The same name on the other screen is another filter.
    const samePeople = await b.ok('filters.save', { name: 'Backend, German', screen: 'people', query: 'backend' });
    expect((await b.ok('filters.list', {})).map((f) => [f.name, f.screen])).toEqual([
      ['Backend, German', 'people'],
      ['Backend, German', 'pipeline'],
      ['Senior Go, Berlin', 'people'],
    ]);
    b.advance(60_000);
    const again = await b.ok('filters.save', { name: 'senior go, berlin', screen: 'people', tags: ['Senior', 'Go'] });
    expect(again).toMatchObject({
      id: go.id,
      name: 'senior go, berlin',
      tags: ['Senior', 'Go'],
      kind: null,
      createdAt: NOW,
    });
    expect(again.updatedAt).toBe(new Date(T0.getTime() + 60_000).toISOString());
    expect((await b.ok('filters.list', {})).map((f) => f.id).sort()).toEqual(
      [go.id, pipeline.id, samePeople.id].sort(),
    );
    expect(await b.ok('filters.remove', { id: pipeline.id })).toEqual({ removed: true });
    expect(await b.send('filters.remove', { id: pipeline.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect((await b.ok('filters.list', {})).map((f) => f.id).sort()).toEqual([go.id, samePeople.id].sort());
  });

  it('refuses a filter with no name, nothing to filter by, or what its screen does not filter by', async () => {
    const b = makeBackend();
    expect(await issues(b, 'filters.save', { name: '  ', screen: 'people', tags: ['Go'] })).toEqual([
      ['name', 'Fill in the name.'],
    ]);
    expect(await issues(b, 'filters.save', { name: 'Nothing', screen: 'people', tags: [] })).toEqual([
      ['', 'Choose something to filter by (words, tags, a kind or a position), then save the filter.'],
    ]);
    expect(
      await issues(b, 'filters.save', { name: 'Odd', screen: 'pipeline', kind: 'candidate', tags: ['Go'] }),
    ).toEqual([['kind', 'Only People filters by candidates or client contacts.']]);
    expect(await issues(b, 'filters.save', { name: 'Odd', screen: 'people', positionId: 'p1', tags: ['Go'] })).toEqual([
      ['positionId', 'Only the Pipeline filters by position.'],
    ]);
    expect(await issues(b, 'filters.save', { name: 'Odd', screen: 'board' as 'people', tags: ['Go'] })).toEqual([
      ['screen', 'Choose whether the filter is for People or the Pipeline.'],
    ]);
    expect(await issues(b, 'filters.save', { name: 'Odd', screen: 'people', tags: ['a\tb'] })).toEqual([
      ['tags.0', 'Tag 1 holds a tab or line break. Type each tag on one line.'],
    ]);
    expect(await issues(b, 'filters.save', { name: 'Gone', screen: 'pipeline', positionId: 'gone' })).toEqual([
      ['positionId', 'That position no longer exists. Choose another one.'],
    ]);
    expect(await b.ok('filters.list', {})).toEqual([]);
  });
});
