import { describe, expect, it } from 'vitest';
import type { Reminder } from '../../api/contract';
import { ReminderScheduler, group, type SchedulerClock } from '../../api/reminderScheduler';
import { nextReminderAt, takeReminders } from '../../api/reminders';
import { makeBackend, seedBasics, tableCounts, type Backend } from './helpers';

const HOUR = 3_600_000;

/** The backend's clock, turned by hand: timers fire in order as it is moved on. */
class HandClock implements SchedulerClock {
  private timers: { at: number; fn: () => void; id: number }[] = [];
  private ids = 0;
  constructor(private readonly b: Backend) {}
  now = () => this.b.ctx.now().getTime();
  setTimeout = (fn: () => void, ms: number) => {
    const id = ++this.ids;
    this.timers.push({ at: this.now() + ms, fn, id });
    return id;
  };
  clearTimeout = (id: unknown) => {
    this.timers = this.timers.filter((t) => t.id !== id);
  };
  /** Moves the clock to `until`, firing each timer at its moment and letting its work finish. */
  async runUntil(until: number) {
    for (;;) {
      await settle();
      const next = this.timers.sort((a, b) => a.at - b.at)[0];
      if (!next || next.at > until) break;
      this.timers.shift();
      this.b.advance(next.at - this.now());
      next.fn();
    }
    this.b.advance(until - this.now());
  }
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

/** Ada agreed to be called back on Thursday; her interview is Tuesday 10 March, 10:00–11:00 Berlin. */
async function agency() {
  const b = makeBackend();
  b.ctx.zone = 'Europe/Berlin';
  const basics = await seedBasics(b);
  const application = await b.ok('applications.create', {
    candidateId: basics.candidate.id,
    positionId: basics.position.id,
  });
  await b.ok('touches.log', {
    personId: basics.candidate.id,
    at: '2026-03-02T08:00:00Z',
    channel: 'email',
    direction: 'in',
    kind: 'reply',
    outcome: 'replied',
    response: 'permission',
    agreedNextAt: '2026-03-05T09:00:00Z',
    summary: 'Call me on Thursday.',
  });
  const interview = await b.ok('interviews.schedule', {
    applicationId: application.id,
    startsAt: '2026-03-10T10:00:00+01:00',
    durationMinutes: 60,
    timezone: 'Europe/Berlin',
    format: 'video',
    place: 'https://meet.example/ada',
    interviewerIds: [basics.manager.id],
  });
  const followUpAt = b.db
    .prepare('SELECT due_at FROM contact_outlook WHERE person_id = ?')
    .pluck()
    .get(basics.candidate.id) as string;
  return { b, ...basics, interview, followUpAt };
}

describe('reminders', () => {
  it('fire each at the moment it falls due, once, with a digest at the chosen time each day', async () => {
    const { b, interview, followUpAt } = await agency();
    expect(followUpAt).toBe('2026-03-05T09:00:00.000Z');
    const clock = new HandClock(b);
    const heard: { at: string; kind: string; title: string; body: string }[] = [];
    const scheduler = new ReminderScheduler({
      take: async () => (await b.ok('reminders.take', {})) as Reminder[],
      next: async () => nextReminderAt(b.ctx),
      announce: (list) =>
        heard.push(...list.map((r) => ({ at: b.ctx.now().toISOString(), kind: r.kind, title: r.title, body: r.body }))),
      clock,
      longestSleepMs: 24 * HOUR,
    });
    scheduler.start();
    await clock.runUntil(Date.parse('2026-03-10T11:30:00Z'));
    scheduler.stop();

    const digests = heard.filter((h) => h.kind === 'digest');
    // Monday's is late (Politely opened at 10:00 Berlin), the rest at 08:30 Berlin, one a day.
    expect(digests.map((d) => d.at)).toEqual([
      '2026-03-02T09:00:00.000Z',
      ...['03', '04', '05', '06', '07', '08', '09', '10'].map((d) => `2026-03-${d}T07:30:00.000Z`),
    ]);
    expect(digests[0]!.body).toBe('Nothing is due. A good day to look for new people.');
    expect(digests.at(-1)!.body).toBe('1 follow-up due, 1 interview in the next two hours.');
    expect(heard.filter((h) => h.kind !== 'digest')).toEqual([
      {
        at: '2026-03-05T09:00:00.000Z',
        kind: 'follow-up-due',
        title: 'Follow up with Ada Okafor',
        body: expect.any(String),
      },
      {
        at: '2026-03-10T07:00:00.000Z',
        kind: 'interview-soon',
        title: 'Ada Okafor’s interview starts at 10:00 AM',
        body: 'Senior Backend Engineer at Acme Robotics. A good moment to check they are ready.',
      },
      {
        at: '2026-03-10T10:00:00.000Z',
        kind: 'debrief-due',
        title: 'Debrief Ada Okafor',
        body: expect.stringContaining('Call them now'),
      },
    ]);

    // The list holds what is still due, and opens each where the work is done.
    const list = await b.ok('reminders.list', {});
    expect(list.map((r) => [r.kind, r.target])).toEqual([
      ['debrief-due', { screen: 'interviews', id: interview.id, params: { debrief: '1' } }],
      ['follow-up-due', { screen: 'people', id: expect.any(String) }],
    ]);
    expect(list.every((r) => r.fresh === false)).toBe(true);
  });

  it('sleeps no longer than the longest sleep, and keeps going when a look fails', async () => {
    const { b } = await agency();
    const clock = new HandClock(b);
    let looks = 0;
    const scheduler = new ReminderScheduler({
      take: async () => {
        looks++;
        if (looks === 2) throw new Error('the disk is busy');
        return [];
      },
      next: async () => null,
      announce: () => {},
      clock,
      longestSleepMs: 60_000,
    });
    const quiet = console.error;
    console.error = () => {};
    scheduler.start();
    await clock.runUntil(b.ctx.now().getTime() + 5 * 60_000);
    console.error = quiet;
    scheduler.stop();
    expect(looks).toBe(6);
    await clock.runUntil(b.ctx.now().getTime() + 5 * 60_000);
    expect(looks).toBe(6);
  });

  it('snooze brings a reminder back when it ends; dismiss puts it away for good', async () => {
    const { b, candidate } = await agency();
    b.advance(Date.parse('2026-03-05T09:00:00Z') - b.ctx.now().getTime());
    const [followUp] = (await b.ok('reminders.take', {})).filter((r) => r.kind === 'follow-up-due');
    expect(followUp).toBeDefined();
    expect(await b.ok('reminders.take', {})).toEqual([]);

    expect(await b.ok('reminders.snooze', { key: followUp!.key, minutes: 60 })).toEqual({
      snoozedUntil: '2026-03-05T10:00:00.000Z',
    });
    expect(await b.ok('reminders.list', {})).toEqual([]);
    expect(nextReminderAt(b.ctx)?.toISOString()).toBe('2026-03-05T10:00:00.000Z');
    b.advance(HOUR);
    expect((await b.ok('reminders.list', {})).map((r) => [r.key, r.fresh])).toEqual([[followUp!.key, true]]);
    expect((await b.ok('reminders.take', {})).map((r) => r.key)).toEqual([followUp!.key]);
    expect(await b.ok('reminders.take', {})).toEqual([]);

    await b.ok('reminders.dismiss', { key: followUp!.key });
    expect(await b.ok('reminders.list', {})).toEqual([]);
    b.advance(24 * HOUR);
    expect((await b.ok('reminders.take', {})).filter((r) => r.kind !== 'digest')).toEqual([]);

    // Acting on it is what really clears it: a new agreed date is a new reminder.
    await b.ok('touches.log', {
      personId: candidate.id,
      at: b.ctx.now().toISOString(),
      channel: 'phone',
      direction: 'out',
      kind: 'follow-up',
      outcome: 'connected',
      response: 'permission',
      agreedNextAt: '2026-03-09T09:00:00Z',
      summary: 'Next Monday.',
    });
    b.advance(Date.parse('2026-03-09T09:00:00Z') - b.ctx.now().getTime());
    expect((await b.ok('reminders.list', {})).map((r) => r.kind)).toEqual(['follow-up-due']);
  });

  it('takes the digest time as HH:MM or none, refusing anything else without change', async () => {
    const { b } = await agency();
    expect(await b.ok('reminders.settings', {})).toEqual({ digestAt: '08:30', hideNames: false });
    for (const bad of ['8:30', '24:00', '08:60', 'morning', '']) {
      const before = tableCounts(b.db);
      const result = await b.send('reminders.updateSettings', { digestAt: bad });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'validation', message: 'Give the digest time as hours and minutes, like 08:30.' },
      });
      expect(tableCounts(b.db)).toEqual(before);
    }
    expect(await b.ok('reminders.settings', {})).toEqual({ digestAt: '08:30', hideNames: false });
    await b.ok('reminders.updateSettings', { digestAt: null });
    expect(takeReminders(b.ctx).filter((r) => r.kind === 'digest')).toEqual([]);
    await b.ok('reminders.updateSettings', { digestAt: '17:45' });
    b.advance(Date.parse('2026-03-02T16:45:00Z') - b.ctx.now().getTime());
    expect(takeReminders(b.ctx).map((r) => r.kind)).toEqual(['digest']);
    expect(await b.send('reminders.snooze', { key: 'x', minutes: 2 })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
  });

  it('are forgotten with the person when they are erased', async () => {
    const { b, candidate } = await agency();
    b.advance(Date.parse('2026-03-05T09:00:00Z') - b.ctx.now().getTime());
    const [followUp] = (await b.ok('reminders.take', {})).filter((r) => r.kind === 'follow-up-due');
    await b.ok('reminders.snooze', { key: followUp!.key, minutes: 60 });
    expect(b.db.prepare('SELECT count(*) FROM reminder_state WHERE person_id = ?').pluck().get(candidate.id)).toBe(1);
    await b.ok('io.erasePerson', { id: candidate.id });
    expect(b.db.prepare('SELECT count(*) FROM reminder_state WHERE key LIKE ?').pluck().get(`%${candidate.id}%`)).toBe(
      0,
    );
  });
});

describe('grouping a batch', () => {
  const r = (kind: Reminder['kind'], n: number): Reminder => ({
    key: `${kind}:${n}`,
    kind,
    title: `${kind} ${n}`,
    body: '',
    at: '2026-03-02T09:00:00Z',
    target: { screen: 'today' },
  });
  it('shows a few one by one, and sums up the rest of a kind', () => {
    expect(group([r('follow-up-due', 1), r('debrief-due', 1)]).map((x) => x.title)).toEqual([
      'follow-up-due 1',
      'debrief-due 1',
    ]);
    const many = [1, 2, 3, 4, 5].map((n) => r('follow-up-due', n));
    expect(group([...many, r('debrief-due', 1)]).map((x) => x.title)).toEqual([
      'follow-up-due 1',
      'follow-up-due 2',
      '3 more follow-ups are due',
      'debrief-due 1',
    ]);
    expect(group([1, 2, 3, 4].map((n) => r('debrief-due', n))).at(-1)!.title).toBe('2 more debriefs to call');
  });
});

describe('the next wake', () => {
  it('is tomorrow’s digest after today’s, on the long and the short day of daylight saving too', async () => {
    for (const [now, expected] of [
      // Berlin, Sunday 25 October 2026 has 25 hours; the digest after 08:30 that day is Monday's.
      ['2026-10-24T22:30:00Z', '2026-10-25T07:30:00.000Z'],
      ['2026-10-25T22:30:00Z', '2026-10-26T07:30:00.000Z'],
      // Sunday 29 March 2026 has 23 hours.
      ['2026-03-28T23:30:00Z', '2026-03-29T06:30:00.000Z'],
      // 23:30 on Saturday: 24 hours on is already Monday, but Sunday's digest comes first.
      ['2026-03-28T22:30:00Z', '2026-03-29T06:30:00.000Z'],
      ['2026-03-29T07:00:00Z', '2026-03-30T06:30:00.000Z'],
    ] as const) {
      const b = makeBackend();
      b.ctx.zone = 'Europe/Berlin';
      b.advance(Date.parse(now) - b.ctx.now().getTime());
      takeReminders(b.ctx);
      expect(nextReminderAt(b.ctx)?.toISOString(), now).toBe(expected);
    }
  });
});

describe('notifications that keep names private', () => {
  /** Everything the notifications of a morning with a follow-up due and an interview ahead would say. */
  async function announced(setup: (b: Backend) => Promise<void> | void) {
    const { b, candidate } = await agency();
    await setup(b);
    b.advance(Date.parse('2026-03-10T07:30:00Z') - b.ctx.now().getTime());
    const taken = await b.ok('reminders.take', {});
    return { b, candidate, taken, text: taken.map((r) => `${r.title} ${r.body}`).join('\n') };
  }

  it('say what is due but not whom, while the list in the window still names them', async () => {
    const { b, taken, text } = await announced(async (b) => {
      await b.ok('reminders.updateSettings', { hideNames: true });
    });
    expect(taken.map((r) => r.kind).sort()).toEqual(['digest', 'follow-up-due', 'interview-soon']);
    expect(text).not.toMatch(/Ada|Okafor|Acme|Senior Backend/);
    expect(text).toContain('A follow-up is due');
    expect(text).toContain('An interview starts within two hours');
    const listed = (await b.ok('reminders.list', {})).map((r) => r.title).join('\n');
    expect(listed).toContain('Ada Okafor');
  });

  it('name people when the recruiter has the laptop to themselves', async () => {
    const { text } = await announced(() => undefined);
    expect(text).toContain('Ada Okafor');
  });

  it('are private by default where profiles share the computer, until the recruiter says otherwise', async () => {
    const shared = await announced((b) => void (b.ctx.sharedComputer = () => true));
    expect(await shared.b.ok('reminders.settings', {})).toEqual({ digestAt: '08:30', hideNames: true });
    expect(shared.text).not.toContain('Ada');

    const chosen = await announced(async (b) => {
      b.ctx.sharedComputer = () => true;
      await b.ok('reminders.updateSettings', { hideNames: false });
      // Changing the digest later keeps that choice.
      await b.ok('reminders.updateSettings', { digestAt: '07:00' });
    });
    expect(await chosen.b.ok('reminders.settings', {})).toEqual({ digestAt: '07:00', hideNames: false });
    expect(chosen.text).toContain('Ada Okafor');
  });

  it('refuses a setting that is not yes or no, and changes nothing', async () => {
    const { b } = await agency();
    const before = tableCounts(b.db);
    expect(await b.send('reminders.updateSettings', { hideNames: 'yes' } as never)).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { issues: [{ path: ['hideNames'] }] } },
    });
    expect(tableCounts(b.db)).toEqual(before);
  });
});
