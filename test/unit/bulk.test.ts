import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BULK_PEOPLE_MAX } from '../../core/peopleBulk';
import { TAGS_PER_PERSON_MAX } from '../../core/tags';
import { openDatabase } from '../../db/connection';
import { expectErased, fullCandidate } from './erasureSetup';
import { makeBackend, seedBasics, tableCounts, tempDir, type Backend } from './helpers';

async function candidates(b: Backend, ...names: string[]) {
  const people = [];
  for (const name of names) people.push(await b.ok('people.create', { kind: 'candidate', name }));
  return people;
}

/** A refused call's code, and its issues as [path, message]. */
async function refusal(b: Backend, ...call: Parameters<Backend['send']>) {
  const result = await b.send(...call);
  if (result.ok) throw new Error(`${call[0]} was accepted`);
  return {
    code: result.error.code,
    message: result.error.message,
    issues: (result.error.details?.issues ?? []).map((i) => [i.path.join('.'), i.message]),
  };
}

const tagsOf = async (b: Backend, ids: string[]) =>
  Promise.all(ids.map(async (id) => (await b.ok('people.get', { id })).tags));

/** As many ids as the limit and one more, each different, so only the count can be refused. */
const tooMany = Array.from({ length: BULK_PEOPLE_MAX + 1 }, (_, i) => `person-${i}`);

describe('the people a bulk step is given', () => {
  it.each([
    ['tags.add', { personIds: tooMany, tags: ['Go'] }, 'personIds'],
    ['tags.remove', { personIds: tooMany, tags: ['Go'] }, 'personIds'],
    ['applications.createMany', { candidateIds: tooMany, positionId: 'p' }, 'candidateIds'],
    ['io.exportPeople', { ids: tooMany }, 'ids'],
    ['io.erasePeople', { ids: tooMany }, 'ids'],
  ] as const)('%s takes at most 500 people and at least one, named by their field', async (channel, input, field) => {
    const b = makeBackend();
    expect(await refusal(b, channel, input as never)).toEqual({
      code: 'validation',
      message: 'Choose at most 500 people at a time, then do the rest in another step.',
      issues: [[field, 'Choose at most 500 people at a time, then do the rest in another step.']],
    });
    const none = await refusal(b, channel, { ...input, [field]: [] } as never);
    expect(none.issues).toEqual([[field, expect.stringMatching(/^Choose at least one (person|candidate)\.$/)]]);
    const blank = await refusal(b, channel, { ...input, [field]: ['ok', '  '] } as never);
    expect(blank.issues).toEqual([[`${field}.1`, expect.stringMatching(/^Choose a (person|candidate)\.$/)]]);
  });
});

describe('tags.add and tags.remove', () => {
  it('add tags to each person beside their own, and take any spelling of them off', async () => {
    const b = makeBackend();
    const [ada, ben, cy] = await candidates(b, 'Ada Okafor', 'Ben Ito', 'Cy Park');
    await b.ok('tags.set', { personId: ada!.id, tags: ['senior', 'GO'] });
    const ids = [ada!.id, ben!.id, cy!.id];
    expect(await b.ok('tags.add', { personIds: ids, tags: [' Go ', 'Berlin', 'go'] })).toEqual({
      people: 3,
      changed: 3,
      tags: ['Go', 'Berlin'],
    });
    // Ada's own spelling of Go stays where it was.
    expect(await tagsOf(b, ids)).toEqual([
      ['senior', 'GO', 'Berlin'],
      ['Go', 'Berlin'],
      ['Go', 'Berlin'],
    ]);
    // Adding what they all have already changes no one.
    expect(await b.ok('tags.add', { personIds: ids, tags: ['berlin'] })).toMatchObject({ people: 3, changed: 0 });
    expect(await b.ok('tags.remove', { personIds: [ada!.id, ben!.id], tags: ['go', 'nothing'] })).toEqual({
      people: 2,
      changed: 2,
      tags: ['go', 'nothing'],
    });
    expect(await tagsOf(b, ids)).toEqual([['senior', 'Berlin'], ['Berlin'], ['Go', 'Berlin']]);
    expect((await b.ok('people.list', { tags: ['Berlin'] })).total).toBe(3);
  });

  it('folds an id given twice into one', async () => {
    const b = makeBackend();
    const [ada, ben] = await candidates(b, 'Ada Okafor', 'Ben Ito');
    expect(await b.ok('tags.add', { personIds: [ada!.id, ben!.id, ada!.id], tags: ['Go'] })).toMatchObject({
      people: 2,
      changed: 2,
    });
    expect(await tagsOf(b, [ada!.id, ben!.id])).toEqual([['Go'], ['Go']]);
  });

  it('changes no one when an id is unknown, naming it by its place', async () => {
    const b = makeBackend();
    const [ada, ben] = await candidates(b, 'Ada Okafor', 'Ben Ito');
    const before = tableCounts(b.db);
    expect(await refusal(b, 'tags.add', { personIds: [ada!.id, 'gone', ben!.id], tags: ['Go'] })).toEqual({
      code: 'not-found',
      message: '1 person of those chosen is no longer here, so nothing was changed. Refresh the list and choose again.',
      issues: [['personIds.1', 'No one kept has the id “gone”. They may have been erased.']],
    });
    expect(await tagsOf(b, [ada!.id, ben!.id])).toEqual([[], []]);
    expect(tableCounts(b.db)).toEqual(before);
  });

  it(`refuses for everyone a tag that would take anyone past ${TAGS_PER_PERSON_MAX}`, async () => {
    const b = makeBackend();
    const [ada, ben] = await candidates(b, 'Ada Okafor', 'Ben Ito');
    const full = Array.from({ length: TAGS_PER_PERSON_MAX }, (_, i) => `skill ${i}`);
    await b.ok('tags.set', { personId: ben!.id, tags: full });
    expect(await refusal(b, 'tags.add', { personIds: [ada!.id, ben!.id], tags: ['Go'] })).toEqual({
      code: 'validation',
      message: 'Ben Ito would have 51 tags; a person carries at most 50. Remove some of theirs first.',
      issues: [
        ['personIds.1', 'Ben Ito would have 51 tags; a person carries at most 50. Remove some of theirs first.'],
      ],
    });
    expect((await tagsOf(b, [ada!.id]))[0]).toEqual([]);
    // A tag Ben has already does not count twice.
    expect(await b.ok('tags.add', { personIds: [ada!.id, ben!.id], tags: ['SKILL 7'] })).toMatchObject({ changed: 1 });
    const bad = await refusal(b, 'tags.add', { personIds: [ada!.id], tags: ['fine', 'a, b'] });
    expect(bad.issues).toEqual([['tags.1', '“a, b” holds a comma, which separates tags. Make it two tags.']]);
  });
});

describe('applications.createMany', () => {
  it('puts each candidate forward once, and names those already in the running', async () => {
    const b = makeBackend();
    const { position, candidate: ada } = await seedBasics(b);
    const [ben, cy] = await candidates(b, 'Ben Ito', 'Cy Park');
    const earlier = await b.ok('applications.create', { candidateId: ada.id, positionId: position.id });
    await b.ok('applications.move', { id: earlier.id, stage: 'prep' });
    const result = await b.ok('applications.createMany', {
      candidateIds: [ben!.id, ada.id, cy!.id, ben!.id],
      positionId: position.id,
    });
    expect(result.created.map((c) => [c.candidateName, c.positionTitle, c.stage])).toEqual([
      ['Ben Ito', 'Senior Backend Engineer', 'sourced'],
      ['Cy Park', 'Senior Backend Engineer', 'sourced'],
    ]);
    expect(result.skipped).toEqual([{ candidateId: ada.id, name: 'Ada Okafor', stage: 'prep' }]);
    const board = await b.ok('applications.board', { positionId: position.id });
    expect(
      board.cards
        .filter((c) => c.stage === 'sourced')
        .map((c) => c.candidateName)
        .sort(),
    ).toEqual(['Ben Ito', 'Cy Park']);
  });

  it('adds no one when an id is unknown, a client contact is among them, or the position is closed', async () => {
    const b = makeBackend();
    const { position, manager, candidate: ada } = await seedBasics(b);
    const before = tableCounts(b.db);
    expect(
      await refusal(b, 'applications.createMany', { candidateIds: [ada.id, 'nobody'], positionId: position.id }),
    ).toMatchObject({ code: 'not-found', issues: [['candidateIds.1', expect.stringContaining('“nobody”')]] });
    expect(
      await refusal(b, 'applications.createMany', { candidateIds: [ada.id, manager.id], positionId: position.id }),
    ).toEqual({
      code: 'validation',
      message: 'Dana Whitfield is a client contact, not a candidate. Leave them out and try again.',
      issues: [['candidateIds.1', 'Dana Whitfield is a client contact, not a candidate.']],
    });
    expect(await refusal(b, 'applications.createMany', { candidateIds: [ada.id], positionId: 'gone' })).toEqual({
      code: 'validation',
      message: 'That position no longer exists. Choose another one.',
      issues: [['positionId', 'That position no longer exists. Choose another one.']],
    });
    await b.ok('positions.update', { id: position.id, status: 'cancelled' });
    const closed = await refusal(b, 'applications.createMany', { candidateIds: [ada.id], positionId: position.id });
    expect(closed.issues).toEqual([
      ['positionId', 'Senior Backend Engineer is cancelled. Reopen the position before adding candidates.'],
    ]);
    const after = tableCounts(b.db);
    // Only the position's change of status was written (with its history entry).
    expect({ ...after, audit_log: before.audit_log }).toEqual(before);
  });
});

describe('io.exportPeople', () => {
  it('is the people export of io.exportCsv, for just the people chosen', async () => {
    const b = makeBackend();
    const { candidate: ada } = await seedBasics(b);
    const [ben] = await candidates(b, 'Ben Ito', 'Cy Park');
    await b.ok('people.update', { id: ben!.id, notes: '=HYPERLINK("https://evil.example","click")' });
    const all = await b.ok('io.exportCsv', { entity: 'people' });
    const chosen = await b.ok('io.exportPeople', { ids: [ben!.id, ada.id, ben!.id] });
    expect(chosen.rows).toBe(2);
    expect(chosen.fileName).toBe('Politely people 2026-03-02.csv');
    const lines = (csv: string) => csv.replace(/^\ufeff/, '').split('\r\n');
    expect(chosen.content.startsWith('\ufeff')).toBe(true);
    expect(lines(chosen.content)).toEqual(
      lines(all.content).filter(
        (line, i) => i === 0 || line === '' || line.startsWith(ada.id) || line.startsWith(ben!.id),
      ),
    );
    expect(chosen.content).toContain(`"'=HYPERLINK(""https://evil.example"",""click"")"`);
    expect(chosen.content).not.toContain('Cy Park');
    expect(await refusal(b, 'io.exportPeople', { ids: [ada.id, 'gone'] })).toMatchObject({
      code: 'not-found',
      issues: [['ids.1', 'No one kept has the id “gone”. They may have been erased.']],
    });
  });
});

describe('io.erasePeople', () => {
  it('erases each person as io.erasePerson does, in one step, and says how many', async () => {
    const file = path.join(tempDir(), 'politely.db');
    const b = makeBackend(openDatabase(file));
    const first = await fullCandidate(b, 'ERASE-ONE-51c2', 'zqvxfirstword');
    // Another client contact hears about the second, as one may be told of only one candidate a day.
    const other = await b.ok('people.create', {
      kind: 'contact',
      name: 'Eve Hart',
      companyId: first.position.companyId,
    });
    const second = await fullCandidate(b, 'ERASE-TWO-8d0e', 'zqvxsecondword', { ...first, manager: other });
    const kept = await b.ok('people.create', { kind: 'candidate', name: 'Ben Stays' });
    const result = await b.ok('io.erasePeople', { ids: [first.ada.id, second.ada.id, first.ada.id] });
    expect(result).toEqual({ erased: 2, removed: { touches: 6, applications: 2, interviews: 2 } });
    const each = { touches: 3, applications: 1, interviews: 1 };
    expectErased(b, file, first.ada.id, 'ERASE-ONE-51c2', 'zqvxfirstword', each);
    expectErased(b, file, second.ada.id, 'ERASE-TWO-8d0e', 'zqvxsecondword', each);
    expect((await b.ok('people.get', { id: kept.id })).name).toBe('Ben Stays');
    expect((await b.ok('people.get', { id: first.manager.id })).name).toBe('Dana Whitfield');
    expect(await refusal(b, 'io.erasePeople', { ids: [first.ada.id] })).toMatchObject({ code: 'not-found' });
  });

  it('erases no one when one id is unknown', async () => {
    const b = makeBackend();
    const first = await fullCandidate(b, 'KEEP-ONE-1f', 'zqvxkeepword');
    const [ben] = await candidates(b, 'Ben Ito');
    const before = tableCounts(b.db);
    expect(await refusal(b, 'io.erasePeople', { ids: [first.ada.id, ben!.id, 'gone', 'also-gone'] })).toEqual({
      code: 'not-found',
      message:
        '2 people of those chosen are no longer here, so nothing was changed. Refresh the list and choose again.',
      issues: [
        ['ids.2', 'No one kept has the id “gone”. They may have been erased.'],
        ['ids.3', 'No one kept has the id “also-gone”. They may have been erased.'],
      ],
    });
    expect(tableCounts(b.db)).toEqual(before);
    expect((await b.ok('people.get', { id: first.ada.id })).name).toBe('Ada KEEP-ONE-1f');
  });
});
