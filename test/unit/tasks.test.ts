import { describe, expect, it } from 'vitest';
import { TASK_PAGE_MAX, type Input, type Task } from '../../api/contract';
import { nextReminderAt, takeReminders } from '../../api/reminders';
import { makeBackend, seedBasics, tableCounts, type Backend } from './helpers';

// 2026-03-02 09:00 UTC is the backends' clock to start with.
const NOON = '2026-03-04T12:00:00.000Z';

/** Moves the backend's clock to `iso`. */
const setClock = (b: Backend, iso: string) => b.advance(Date.parse(iso) - b.ctx.now().getTime());

/** The validation issues of a refused call, as [path, message]. */
async function issues(b: Backend, ...call: Parameters<Backend['send']>) {
  const result = await b.send(...call);
  if (result.ok) throw new Error(`${call[0]} was accepted`);
  expect(result.error.code).toBe('validation');
  return (result.error.details?.issues ?? []).map((i) => [i.path.join('.'), i.message]);
}

async function code(b: Backend, ...call: Parameters<Backend['send']>) {
  const result = await b.send(...call);
  return result.ok ? 'ok' : result.error.code;
}

/** Ada, a candidate in the running for the Senior Backend Engineer position at Acme Robotics. */
async function agency(b: Backend = makeBackend()) {
  const basics = await seedBasics(b);
  const application = await b.ok('applications.create', {
    candidateId: basics.candidate.id,
    positionId: basics.position.id,
  });
  return { b, ...basics, application };
}

const task = (b: Backend, input: Input<'tasks.create'>) => b.ok('tasks.create', input);

describe('tasks.create', () => {
  it('keeps a task on a person, and one on an application on its candidate too', async () => {
    const { b, candidate, manager, application } = await agency();
    const onDana = await task(b, { personId: manager.id, title: '  Ask for the interview slots ', dueAt: NOON });
    expect(onDana).toMatchObject({
      personId: manager.id,
      personName: 'Dana Whitfield',
      applicationId: null,
      positionTitle: null,
      title: 'Ask for the interview slots',
      notes: null,
      dueAt: NOON,
      doneAt: null,
      createdAt: '2026-03-02T09:00:00.000Z',
    });
    // A due time with an offset is kept as the same instant, in UTC.
    const onApplication = await task(b, {
      applicationId: application.id,
      title: 'Send the references',
      dueAt: '2026-03-04T14:30:00+01:00',
      notes: 'Two from Initech.',
    });
    expect(onApplication).toMatchObject({
      personId: candidate.id,
      personName: 'Ada Okafor',
      applicationId: application.id,
      positionTitle: 'Senior Backend Engineer',
      companyName: 'Acme Robotics',
      dueAt: '2026-03-04T13:30:00.000Z',
      notes: 'Two from Initech.',
    });
    const ada = await b.ok('tasks.list', { personId: candidate.id });
    expect(ada).toEqual({ tasks: [onApplication], total: 1 });
    expect((await b.ok('tasks.list', { applicationId: application.id })).tasks).toEqual([onApplication]);
  });

  it('says which field is wrong, in plain words, and keeps nothing', async () => {
    const { b, candidate, application } = await agency();
    const before = tableCounts(b.db);
    expect(await issues(b, 'tasks.create', { title: 'Call', dueAt: NOON })).toEqual([
      ['personId', 'Choose the person (or the application) the task is for.'],
    ]);
    expect(
      await issues(b, 'tasks.create', {
        personId: candidate.id,
        applicationId: application.id,
        title: 'x',
        dueAt: NOON,
      }),
    ).toEqual([['applicationId', 'A task is for a person or for one of their applications, not both. Choose one.']]);
    expect(
      await issues(b, 'tasks.create', {
        personId: candidate.id,
        title: '   ',
        dueAt: '2026-03-04 12:00',
        notes: 'n'.repeat(5_001),
      }),
    ).toEqual([
      ['title', 'Fill in the title.'],
      ['dueAt', 'The due date must be a date and time with its offset, e.g. 2026-01-14T09:00:00+01:00.'],
      ['notes', 'Details can be at most 5,000 characters.'],
    ]);
    expect(await issues(b, 'tasks.create', { personId: candidate.id, title: 't'.repeat(201), dueAt: NOON })).toEqual([
      ['title', 'Title can be at most 200 characters.'],
    ]);
    expect(await code(b, 'tasks.create', { personId: 'nobody', title: 'Call', dueAt: NOON })).toBe('not-found');
    expect(await code(b, 'tasks.create', { applicationId: 'none', title: 'Call', dueAt: NOON })).toBe('not-found');
    expect(tableCounts(b.db)).toEqual(before);
  });
});

describe('ticking a task done, and undoing it', () => {
  it('keeps when it was done, lists it under done, and opens it again', async () => {
    const { b, candidate } = await agency();
    const call = await task(b, { personId: candidate.id, title: 'Call about the offer', dueAt: NOON });
    setClock(b, '2026-03-03T10:15:00.000Z');
    const done = await b.ok('tasks.complete', { id: call.id });
    expect(done).toMatchObject({ doneAt: '2026-03-03T10:15:00.000Z', updatedAt: '2026-03-03T10:15:00.000Z' });
    // Ticking it again changes nothing: it was done then.
    setClock(b, '2026-03-03T11:00:00.000Z');
    expect((await b.ok('tasks.complete', { id: call.id })).doneAt).toBe('2026-03-03T10:15:00.000Z');
    expect((await b.ok('tasks.list', { personId: candidate.id, status: 'done' })).tasks.map((t) => t.id)).toEqual([
      call.id,
    ]);
    expect((await b.ok('tasks.list', { personId: candidate.id, status: 'open' })).total).toBe(0);

    const reopened = await b.ok('tasks.reopen', { id: call.id });
    expect(reopened).toMatchObject({ doneAt: null, updatedAt: '2026-03-03T11:00:00.000Z' });
    expect((await b.ok('tasks.list', { personId: candidate.id, status: 'open' })).tasks.map((t) => t.id)).toEqual([
      call.id,
    ]);
    for (const channel of ['tasks.complete', 'tasks.reopen', 'tasks.remove'] as const)
      expect(await code(b, channel, { id: 'gone' })).toBe('not-found');
  });

  it('changes a task’s title, time and notes, clears its notes, and removes it', async () => {
    const { b, candidate } = await agency();
    const call = await task(b, { personId: candidate.id, title: 'Call', dueAt: NOON, notes: 'About Friday' });
    const moved = await b.ok('tasks.update', { id: call.id, title: 'Call Ada', dueAt: '2026-03-05T08:00:00-05:00' });
    expect(moved).toMatchObject({ title: 'Call Ada', dueAt: '2026-03-05T13:00:00.000Z', notes: 'About Friday' });
    expect((await b.ok('tasks.update', { id: call.id, notes: '' })).notes).toBeNull();
    expect(await issues(b, 'tasks.update', { id: call.id, title: '' })).toEqual([['title', 'Fill in the title.']]);
    expect(await code(b, 'tasks.update', { id: 'gone', title: 'x' })).toBe('not-found');
    expect(await b.ok('tasks.remove', { id: call.id })).toEqual({ removed: true });
    expect(await b.send('tasks.remove', { id: call.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'That task is already gone.' },
    });
  });
});

describe('tasks.list', () => {
  it('pages to the end, soonest due first, each task once, and filters by status and due time', async () => {
    const { b, candidate, manager } = await agency();
    const made: Task[] = [];
    // 23 tasks over five due times, so pages end in the middle of ties.
    for (let i = 0; i < 23; i++) {
      const dueAt = new Date(Date.parse(NOON) + (i % 5) * 3_600_000).toISOString();
      made.push(await task(b, { personId: i % 3 ? candidate.id : manager.id, title: `Task ${i}`, dueAt }));
    }
    await b.ok('tasks.complete', { id: made[4]!.id });
    const expected = [...made].sort((x, y) =>
      x.dueAt === y.dueAt ? (x.id < y.id ? -1 : 1) : x.dueAt < y.dueAt ? -1 : 1,
    );

    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const page = await b.ok('tasks.list', { limit: 5, ...(after ? { after } : {}) });
      expect(page.total).toBe(23);
      expect(page.tasks.length).toBeLessThanOrEqual(5);
      seen.push(...page.tasks.map((t) => t.id));
      after = page.next;
      pages++;
    } while (after);
    expect(pages).toBe(5);
    expect(seen).toEqual(expected.map((t) => t.id));

    const open = await b.ok('tasks.list', { status: 'open', limit: TASK_PAGE_MAX });
    expect(open.total).toBe(22);
    expect(open.tasks.map((t) => t.id)).not.toContain(made[4]!.id);
    const early = await b.ok('tasks.list', { dueBefore: '2026-03-04T14:00:00+01:00' });
    expect(early.tasks.map((t) => t.dueAt)).toEqual(Array(5).fill(NOON));
    const dana = await b.ok('tasks.list', { personId: manager.id, status: 'done' });
    expect(dana.tasks.map((t) => t.title)).toEqual([]);
    expect((await b.ok('tasks.list', { personId: candidate.id })).total).toBe(15);
  });

  it('refuses a page too large or a cursor it did not give', async () => {
    const b = makeBackend();
    expect(await issues(b, 'tasks.list', { limit: 501 })).toEqual([
      ['limit', 'Ask for at most 500 tasks at a time, then for the next page with its cursor.'],
    ]);
    expect(await issues(b, 'tasks.list', { after: 'not-a-cursor' })).toEqual([
      ['after', 'That page of the list is no longer known. Load the list again from the top.'],
    ]);
    expect(await issues(b, 'tasks.list', { status: 'late' as 'open' })).toEqual([
      ['status', 'Ask for open tasks or done ones.'],
    ]);
  });
});

describe('erasing a person', () => {
  it('takes their tasks, those on their applications too, after the export carried them', async () => {
    const { b, candidate, manager, application } = await agency();
    await task(b, { personId: candidate.id, title: 'Call Ada', dueAt: NOON });
    await task(b, { applicationId: application.id, title: 'Send Ada’s references', dueAt: NOON });
    const danas = await task(b, { personId: manager.id, title: 'Ask Dana for slots', dueAt: NOON });

    const { data } = await b.ok('io.exportPerson', { id: candidate.id });
    expect((data.tasks as { title: string }[]).map((t) => t.title).sort()).toEqual([
      'Call Ada',
      'Send Ada’s references',
    ]);
    await b.ok('io.erasePerson', { id: candidate.id });
    expect((await b.ok('tasks.list', {})).tasks).toEqual([danas]);
    expect(b.db.prepare("SELECT count(*) FROM tasks WHERE title LIKE '%Ada%'").pluck().get()).toBe(0);
    expect(await code(b, 'tasks.create', { personId: candidate.id, title: 'Call', dueAt: NOON })).toBe('not-found');
  });
});

describe('tasks on Today', () => {
  // 23:30 on Monday 2 March in New York (EST, UTC−5) is 04:30 UTC on Tuesday.
  const LATE_MONDAY_NY = '2026-03-03T04:30:00.000Z';

  it('lists an open task due by the end of the recruiter’s day, not one due after their midnight', async () => {
    const { b, candidate } = await agency();
    b.ctx.zone = 'America/New_York';
    const overdue = await task(b, {
      personId: candidate.id,
      title: 'Chase the reference',
      dueAt: '2026-03-01T15:00:00Z',
    });
    const tonight = await task(b, { personId: candidate.id, title: 'Email Ada', dueAt: '2026-03-02T23:45:00-05:00' });
    await task(b, { personId: candidate.id, title: 'Call Ada', dueAt: '2026-03-03T00:15:00-05:00' });
    const done = await task(b, { personId: candidate.id, title: 'Done already', dueAt: '2026-03-02T20:00:00-05:00' });
    await b.ok('tasks.complete', { id: done.id });
    setClock(b, LATE_MONDAY_NY);

    const items = (await b.ok('queue.today', {})).filter((i) => i.type === 'task-due');
    expect(items.map((i) => i.taskId)).toEqual([overdue.id, tonight.id]);
    expect(items[1]).toMatchObject({
      personId: candidate.id,
      personName: 'Ada Okafor',
      timezone: 'America/New_York',
      due: '2026-03-03T04:45:00.000Z',
      reason: 'Email Ada. Due today at 11:45 PM.',
    });
    expect(items[0]!.reason).toBe('Chase the reference. Overdue: it was due Sun, Mar 1, 10:00 AM.');

    // The same instant is already Tuesday in London, so the 00:15 New York task is due today there.
    b.ctx.zone = 'Europe/London';
    expect((await b.ok('queue.today', {})).filter((i) => i.type === 'task-due')).toHaveLength(3);
  });
});

describe('task reminders', () => {
  async function withTask() {
    const { b, candidate, application } = await agency();
    b.ctx.zone = 'America/New_York';
    await b.ok('reminders.updateSettings', { digestAt: null });
    const due = '2026-03-03T14:00:00.000Z';
    const t = await task(b, { applicationId: application.id, title: 'Call Ada about Friday', dueAt: due });
    return { b, candidate, t, due };
  }

  it('comes once at its due time, not before, though Today lists it all day', async () => {
    const { b, candidate, t, due } = await withTask();
    setClock(b, '2026-03-03T13:59:00.000Z');
    expect((await b.ok('queue.today', {})).some((i) => i.taskId === t.id)).toBe(true);
    expect(takeReminders(b.ctx).filter((r) => r.kind === 'task-due')).toEqual([]);
    expect(nextReminderAt(b.ctx)?.toISOString()).toBe(due);

    setClock(b, due);
    expect(takeReminders(b.ctx)).toEqual([
      {
        key: `task-due:${t.id}:${due}`,
        kind: 'task-due',
        personId: candidate.id,
        title: 'Task for Ada Okafor',
        body: 'Call Ada about Friday. Due today at 9:00 AM. (Senior Backend Engineer at Acme Robotics)',
        at: due,
        target: { screen: 'people', id: candidate.id },
        fresh: true,
      },
    ]);
    setClock(b, '2026-03-03T14:05:00.000Z');
    expect(takeReminders(b.ctx)).toEqual([]);
    // Still listed until it is done; then it is gone from the list too.
    expect((await b.ok('reminders.list', {})).map((r) => r.kind)).toEqual(['task-due']);
    await b.ok('tasks.complete', { id: t.id });
    expect(await b.ok('reminders.list', {})).toEqual([]);
  });

  it('names neither the person nor the task when names are hidden', async () => {
    const { b, t, due } = await withTask();
    await b.ok('reminders.updateSettings', { hideNames: true });
    setClock(b, due);
    const [reminder] = takeReminders(b.ctx);
    expect(reminder).toMatchObject({ key: `task-due:${t.id}:${due}`, title: 'A task is due' });
    expect(JSON.stringify([reminder!.title, reminder!.body])).not.toMatch(/Ada|Call|Acme/);
  });
});
