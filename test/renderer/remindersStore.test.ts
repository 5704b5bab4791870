import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { selectDue, useRemindersStore } from '../../renderer/stores/reminders';
import { makeBackend, seedBasics, T0, type Backend } from '../unit/helpers';

let backend: Backend;
/** reminders.list answers held back until the test lets them go, to make reads overlap as they do in the app. */
let held: (() => void)[];
let holdLists: boolean;

/** Ada's interview ended two hours ago: her debrief is due. */
async function debriefDue(b: Backend): Promise<string> {
  const { candidate, position } = await seedBasics(b);
  const application = await b.ok('applications.create', { candidateId: candidate.id, positionId: position.id });
  const interview = await b.ok('interviews.schedule', {
    applicationId: application.id,
    startsAt: new Date(T0.getTime() - 3 * 3_600_000).toISOString(),
    durationMinutes: 60,
    timezone: 'UTC',
  });
  return interview.id;
}

beforeEach(() => {
  backend = makeBackend();
  held = [];
  holdLists = false;
  // The desktop app's bridge, answered by a real backend.
  vi.stubGlobal('window', {
    politely: {
      invoke: async (channel: string, input: unknown) => {
        // The backend reads its answer now; the page hears it only when the test lets it through.
        const answer = await backend.send(channel as never, input as never);
        if (channel === 'reminders.list' && holdLists) await new Promise<void>((resolve) => held.push(resolve));
        return answer;
      },
    },
  });
  useRemindersStore.getState().reset();
});
afterEach(() => {
  useRemindersStore.getState().reset();
  vi.unstubAllGlobals();
});

const state = () => useRemindersStore.getState();
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('the reminders store: the bell and its list say the same', () => {
  it('a read answered late, after a dismissal, does not bring back what was dismissed', async () => {
    const interviewId = await debriefDue(backend);
    await state().load();
    expect(selectDue(state()).map((r) => r.key)).toEqual([`debrief-due:${interviewId}`]);

    // The minute's read is on its way (and saw the debrief still due) when the recruiter dismisses it.
    holdLists = true;
    const minuteRead = state().load();
    await settle();
    const dismissed = state().dismiss(`debrief-due:${interviewId}`);
    await settle();
    // Gone from the bell and the list at once, before any read answers.
    expect(selectDue(state())).toEqual([]);
    held.splice(1, 1)[0]!(); // the read after the dismissal answers first: nothing is due
    await dismissed;
    held.shift()!(); // then the stale one, which still held the debrief
    await minuteRead;

    expect(selectDue(state())).toEqual([]);
    expect((await backend.ok('reminders.list', {})).length).toBe(0);
  });

  it('an answer from before a lock is dropped, so a new profile never starts with its bell counting', async () => {
    await debriefDue(backend);
    holdLists = true;
    const read = state().load();
    await settle();
    state().reset();
    held.shift()!();
    await read;
    expect(selectDue(state())).toEqual([]);
  });

  it('of overlapping reads, the latest one asked is the one kept', async () => {
    const interviewId = await debriefDue(backend);
    holdLists = true;
    const older = state().load();
    await settle();
    // The debrief is dismissed behind the store's back (another window), then read again.
    await backend.ok('reminders.dismiss', { key: `debrief-due:${interviewId}` });
    const newer = state().load();
    await settle();
    held[1]!();
    await newer;
    held[0]!();
    await older;
    expect(selectDue(state())).toEqual([]);
  });
});
