import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { seedBasics, type Backend } from './helpers';

/**
 * A candidate who has been through everything: contacts, an application, an interview with prep and a debrief, and a
 * note to the client about them. `mark` is in everything about them, and `word` (one word, as the search index keeps
 * words) in their notes and their reply. `basics` are the client and position they are put forward for.
 */
export async function fullCandidate(
  b: Backend,
  mark: string,
  word: string,
  basics?: Pick<Awaited<ReturnType<typeof seedBasics>>, 'manager' | 'position'>,
) {
  const { manager, position } = basics ?? (await seedBasics(b));
  const ada = await b.ok('people.create', {
    kind: 'candidate',
    name: `Ada ${mark}`,
    email: `erase.me.${mark.toLowerCase()}@mail.example`,
    notes: `${mark} notes ${word}`,
    timezone: 'UTC',
  });
  const application = await b.ok('applications.create', { candidateId: ada.id, positionId: position.id });
  await b.ok('touches.log', {
    personId: ada.id,
    at: '2026-03-01T10:00:00Z',
    channel: 'email',
    direction: 'in',
    kind: 'reply',
    outcome: 'replied',
    summary: `${mark} reply ${word}`,
  });
  await b.ok('touches.log', {
    personId: manager.id,
    applicationId: application.id,
    at: '2026-03-01T15:00:00Z',
    channel: 'email',
    direction: 'out',
    kind: 'follow-up',
    outcome: 'sent',
    summary: `About ${mark}`,
  });
  const interview = await b.ok('interviews.schedule', {
    applicationId: application.id,
    startsAt: '2026-03-01T11:00:00Z',
    durationMinutes: 30,
    timezone: 'UTC',
    notes: `${mark} interview`,
    interviewerIds: [manager.id],
  });
  await b.ok('prep.update', {
    interviewId: interview.id,
    items: [{ label: `${mark} prep`, body: mark, visibility: 'internal', done: true }],
  });
  await b.ok('debriefs.record', {
    interviewId: interview.id,
    calledAt: '2026-03-01T12:00:00Z',
    arrivalTime: mark,
    durationMinutes: 30,
    metWith: mark,
    questionsAsked: mark,
    answers: mark,
    vibe: mark,
    acceptance: 'yes',
  });
  return { ada, manager, position, application, interview };
}

/**
 * Nothing of a fullCandidate erased is left anywhere: not in any table, not in the history but for one entry that says
 * an erasure happened and how much it removed, and not in the database's files (`file`, with its WAL), not even as a
 * word in the search index.
 */
export function expectErased(
  b: Backend,
  file: string,
  personId: string,
  mark: string,
  word: string,
  removed: { touches: number; applications: number; interviews: number },
) {
  for (const table of ['people', 'applications', 'interviews', 'prep_items', 'debriefs', 'touches', 'contact_outlook'])
    expect(JSON.stringify(b.db.prepare(`SELECT * FROM ${table}`).all()), table).not.toContain(mark);
  expect(JSON.stringify(b.db.prepare('SELECT * FROM audit_log').all())).not.toContain(mark);
  expect(b.db.prepare('SELECT entity, action, changes FROM audit_log WHERE entity_id = ?').all(personId)).toEqual([
    { entity: 'person', action: 'delete', changes: JSON.stringify({ erased: 1, ...removed }) },
  ]);
  for (const f of fs.readdirSync(path.dirname(file)))
    expect(fs.readFileSync(path.join(path.dirname(file), f)).includes(Buffer.from(mark)), f).toBe(false);
  // The search index stores words, not text: a word only they had is gone from it too.
  // (The index shares leading letters between neighbouring words, so the test looks for the tail.)
  for (const f of fs.readdirSync(path.dirname(file)))
    expect(fs.readFileSync(path.join(path.dirname(file), f)).includes(Buffer.from(word.slice(2))), f).toBe(false);
}
