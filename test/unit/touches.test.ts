import { describe, expect, it } from 'vitest';
import { makeBackend, seedBasics, tableCounts, type Backend } from './helpers';

/** Sets the backend's clock to `iso`. */
function clockAt(b: Backend, iso: string) {
  b.advance(Date.parse(iso) - b.ctx.now().getTime());
}

/** A candidate in Berlin, with the clock at `now`: contacts are logged once they have happened. */
async function withCandidate(timezone: string | null = 'Europe/Berlin', now = '2026-01-14T08:00:00Z') {
  const b = makeBackend();
  clockAt(b, now);
  const person = await b.ok('people.create', { kind: 'candidate', name: 'Ada Okafor', timezone });
  return { b, person };
}

const email = (personId: string, at: string, extra: Record<string, unknown> = {}) =>
  ({ personId, at, channel: 'email', direction: 'out', kind: 'follow-up', outcome: 'sent', ...extra }) as const;

async function logged(b: Backend, personId: string) {
  return (await b.ok('touches.list', { personId })).map((t) => [t.at, t.direction, t.kind, t.flagged]);
}

describe('touches.log', () => {
  it('refuses an outbound contact that breaks a hard rule, says which and when, and stores nothing', async () => {
    const { b, person } = await withCandidate('Europe/Berlin', '2026-01-14T16:00:00Z');
    await b.ok('touches.log', email(person.id, '2026-01-14T09:00:00+01:00'));
    const before = tableCounts(b.db);
    const again = await b.send('touches.log', email(person.id, '2026-01-14T15:00:00+01:00'));
    expect(again.ok).toBe(false);
    if (again.ok) return;
    expect(again.error.code).toBe('policy-blocked');
    // It leads with the earliest time every rule allows, not with the first rule's own time.
    expect(again.error.message).toMatch(/^Not now\. Next allowed: Fri, Jan 16, 9:00 AM their time\. /);
    expect(again.error.message).toMatch(/already contacted them today/);
    const details = again.error.details as { reasons: { rule: string }[]; nextAllowedAt: string };
    expect(details.reasons.map((r) => r.rule)).toEqual(expect.arrayContaining(['one-per-day', 'min-gap']));
    expect(details.nextAllowedAt).toBe('2026-01-16T08:00:00.000Z');
    expect(tableCounts(b.db)).toEqual(before);
  });

  it('stores a rule-breaking contact only with a written reason, flagged, and lists it among overrides', async () => {
    const { b, person } = await withCandidate('Europe/Berlin', '2026-01-20T12:00:00Z');
    await b.ok('touches.log', email(person.id, '2026-01-14T09:00:00Z'));
    const short = await b.send(
      'touches.log',
      email(person.id, '2026-01-14T10:00:00Z', { override: { reason: 'urgent' } }),
    );
    expect(short).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { issues: [{ path: ['override', 'reason'] }] } },
    });
    const kept = await b.ok(
      'touches.log',
      email(person.id, '2026-01-14T10:00:00Z', {
        override: { reason: 'She asked me to resend the job description right away.' },
      }),
    );
    expect(kept).toMatchObject({
      flagged: true,
      overrideReason: 'She asked me to resend the job description right away.',
    });
    expect((await b.ok('touches.list', { flagged: true })).map((t) => t.id)).toEqual([kept.id]);
    // An override on a contact that broke nothing is not a flag.
    const fine = await b.ok(
      'touches.log',
      email(person.id, '2026-01-20T10:00:00Z', { kind: 'take-away', override: { reason: 'Just being careful here.' } }),
    );
    expect(fine.flagged).toBe(false);
  });

  it('always accepts inbound, even from someone who asked to stop, and reads it as neutral by default', async () => {
    const { b, person } = await withCandidate('Europe/Berlin', '2026-03-01T12:00:00Z');
    await b.ok('touches.log', {
      personId: person.id,
      at: '2026-01-14T09:00:00Z',
      channel: 'email',
      direction: 'in',
      kind: 'reply',
      outcome: 'replied',
      response: 'stop',
    });
    expect(await b.send('touches.log', email(person.id, '2026-02-14T09:00:00Z'))).toMatchObject({
      ok: false,
      error: { code: 'policy-blocked' },
    });
    const theyWrote = await b.ok('touches.log', {
      personId: person.id,
      at: '2026-03-01T09:00:00Z',
      channel: 'phone',
      direction: 'in',
      kind: 'other',
      outcome: 'connected',
    });
    expect(theyWrote.response).toBe('neutral');
    expect(await logged(b, person.id)).toHaveLength(2);
  });

  it('holds the agreed date: blocked before it, due on it', async () => {
    const { b, person } = await withCandidate('Europe/Berlin', '2026-01-14T12:00:00Z');
    await b.ok('touches.log', {
      personId: person.id,
      at: '2026-01-14T10:00:00Z',
      channel: 'phone',
      direction: 'out',
      kind: 'check-in',
      outcome: 'connected',
      agreedNextAt: '2026-01-28T09:00:00+01:00',
    });
    const early = await b.ok('followups.check', { personId: person.id, channel: 'phone', at: '2026-01-27T10:00:00Z' });
    expect(early).toMatchObject({
      verdict: 'blocked',
      reasons: [{ rule: 'agreed-date' }],
      nextAllowedAt: '2026-01-28T08:00:00.000Z',
    });
    expect(
      (await b.ok('followups.check', { personId: person.id, channel: 'phone', at: '2026-01-28T08:00:00Z' })).verdict,
    ).toBe('allowed');
  });

  it('refuses malformed times and unknown people with the field named', async () => {
    const { b, person } = await withCandidate('Europe/Berlin', '2026-01-14T12:00:00Z');
    expect(await b.send('touches.log', email(person.id, '14/01/2026 09:00'))).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { issues: [{ path: ['at'] }] } },
    });
    expect(await b.send('touches.log', email('nobody', '2026-01-14T09:00:00Z'))).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { issues: [{ path: ['personId'] }] } },
    });
    expect(
      await b.send('touches.log', email(person.id, '2026-01-14T09:00:00Z', { channel: 'carrier-pigeon' })),
    ).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { issues: [{ path: ['channel'] }] } },
    });
  });
});

/** Their message to us: inbound, always logged. */
const theirReply = (personId: string, at: string, extra: Record<string, unknown> = {}) =>
  ({ ...email(personId, at), direction: 'in', kind: 'reply', outcome: 'replied', ...extra }) as const;
const blockedBy = (rule: string) => ({ verdict: 'blocked', reasons: [{ rule }] });

describe('the time of a contact', () => {
  it('refuses a contact dated over five minutes ahead of the clock, inbound or outbound, storing nothing', async () => {
    const { b, person } = await withCandidate('Europe/Berlin', '2026-01-14T08:00:00Z');
    const before = tableCounts(b.db);
    const ahead = [
      [theirReply(person.id, '2026-01-14T08:06:00Z'), '6 minutes'],
      [email(person.id, '2026-01-14T10:00:00+01:00'), '1 hour'],
      [email(person.id, '2026-01-16T08:00:00Z'), '2 days'],
    ] as const;
    for (const [input, howFar] of ahead) {
      const refused = await b.send('touches.log', input);
      expect(refused).toMatchObject({
        ok: false,
        error: { code: 'validation', details: { issues: [{ path: ['at'] }] } },
      });
      if (refused.ok) return;
      expect(refused.error.message).toBe(
        `That contact is dated in the future: ${howFar} from now. ` +
          'Log a contact once it has happened, and check the date and time you entered.',
      );
    }
    expect(tableCounts(b.db)).toEqual(before);
    // Five minutes ahead is a clock a little off, not a contact yet to come.
    await b.ok('touches.log', email(person.id, '2026-01-14T08:05:00Z'));
    await b.ok('touches.log', theirReply(person.id, '2026-01-14T08:05:00Z'));
    expect(await logged(b, person.id)).toHaveLength(2);
  });
});

describe('the opening message', () => {
  it('is logged as a first contact, and the take-away comes after it and two follow-ups', async () => {
    const { b, person } = await withCandidate('Europe/Berlin', '2026-01-20T12:00:00Z');
    const opening = await b.ok('touches.log', email(person.id, '2026-01-05T09:00:00Z', { kind: 'first-contact' }));
    expect(opening.kind).toBe('first-contact');
    await b.ok('touches.log', email(person.id, '2026-01-07T09:00:00Z'));
    const second = await b.ok('followups.check', { personId: person.id, channel: 'email', at: '2026-01-09T09:00:00Z' });
    expect(second.verdict).not.toBe('blocked');
    await b.ok('touches.log', email(person.id, '2026-01-09T09:00:00Z'));
    const third = await b.ok('followups.check', { personId: person.id, channel: 'email', at: '2026-01-13T09:00:00Z' });
    expect(third).toMatchObject({
      verdict: 'blocked',
      requiredKind: 'take-away',
      nextAllowedAt: '2026-01-13T09:00:00.000Z',
    });
    expect(third.reasons.filter((r) => r.severity === 'block').map((r) => r.rule)).toEqual(['take-away']);
    expect(await logged(b, person.id)).toEqual([
      ['2026-01-09T09:00:00.000Z', 'out', 'follow-up', false],
      ['2026-01-07T09:00:00.000Z', 'out', 'follow-up', false],
      ['2026-01-05T09:00:00.000Z', 'out', 'first-contact', false],
    ]);
  });
});

describe('a booked interview', () => {
  /** Ada, with an application open and the clock at Mon 2 Mar 2026, 09:00 UTC. */
  async function withApplication() {
    const b = makeBackend();
    const { candidate: ada, position } = await seedBasics(b);
    const application = await b.ok('applications.create', { candidateId: ada.id, positionId: position.id });
    const book = () =>
      b.ok('interviews.schedule', {
        applicationId: application.id,
        startsAt: '2026-03-10T10:00:00+01:00',
        durationMinutes: 60,
        timezone: 'Europe/Berlin',
      });
    const phone = (kind: 'prep-call' | 'debrief-call' | 'follow-up', at: string) =>
      b.ok('followups.check', { personId: ada.id, channel: 'phone', kind, at });
    return { b, ada, book, phone };
  }

  it('is their yes to its prep and debrief calls during an earlier "not now", within quiet hours', async () => {
    const { b, ada, book, phone } = await withApplication();
    // She says "not now" (30 days without a date), and then agrees to an interview after all.
    await b.ok('touches.log', theirReply(ada.id, '2026-03-02T08:30:00Z', { response: 'soft-no' }));
    expect(await phone('prep-call', '2026-03-05T10:00:00Z')).toMatchObject(blockedBy('soft-no'));
    const interview = await book();

    expect((await phone('prep-call', '2026-03-05T10:00:00Z')).verdict).toBe('allowed');
    expect(await phone('follow-up', '2026-03-05T10:00:00Z')).toMatchObject(blockedBy('soft-no'));
    expect(await phone('prep-call', '2026-03-05T21:30:00Z')).toMatchObject({
      ...blockedBy('quiet-hours'),
      nextAllowedAt: '2026-03-06T07:00:00.000Z',
    });
    // The prep window closes when the interview starts; the debrief's opens then.
    expect(await phone('prep-call', '2026-03-10T09:30:00Z')).toMatchObject(blockedBy('soft-no'));
    expect((await phone('debrief-call', '2026-03-10T10:30:00Z')).verdict).toBe('allowed');

    clockAt(b, '2026-03-05T10:00:00Z');
    const prep = email(ada.id, '2026-03-05T10:00:00Z', { channel: 'phone', kind: 'prep-call', outcome: 'connected' });
    expect(await b.ok('touches.log', prep)).toMatchObject({ kind: 'prep-call', flagged: false });
    // Cancelled, the interview no longer speaks for her.
    await b.ok('interviews.cancel', { id: interview.id });
    expect(await phone('prep-call', '2026-03-06T10:00:00Z')).toMatchObject(blockedBy('soft-no'));
  });

  it('never opens the way past a stop', async () => {
    const { b, ada, book, phone } = await withApplication();
    await book();
    await b.ok('touches.log', theirReply(ada.id, '2026-03-02T08:30:00Z', { response: 'stop' }));
    expect(await phone('prep-call', '2026-03-05T10:00:00Z')).toMatchObject(blockedBy('do-not-contact'));
  });
});

describe('reading their words', () => {
  it('classifies an inbound reply from its text and takes the date they named as the agreed one', async () => {
    const { b, person } = await withCandidate('Europe/Berlin', '2026-01-14T12:00:00Z');
    const reply = await b.ok('touches.log', {
      personId: person.id,
      at: '2026-01-14T11:00:00Z',
      channel: 'email',
      direction: 'in',
      kind: 'reply',
      outcome: 'replied',
      summary: "I'm in the middle of a project. Can you call me back in a couple of weeks?",
    });
    // Read in her zone: a day without a time starts at her midnight, 28 January in Berlin.
    expect(reply).toMatchObject({ response: 'soft-no', agreedNextAt: '2026-01-27T23:00:00.000Z' });
    const early = await b.ok('followups.check', { personId: person.id, channel: 'phone', at: '2026-01-27T11:00:00Z' });
    // The first call she can take that day is after her quiet hours: 08:00 in Berlin.
    expect(early).toMatchObject({
      verdict: 'blocked',
      reasons: [{ rule: 'soft-no' }],
      nextAllowedAt: '2026-01-28T07:00:00.000Z',
    });
  });

  it('answers signals.classify for any text', async () => {
    const { b } = await withCandidate();
    expect(await b.ok('signals.classify', { text: 'Please stop contacting me.' })).toMatchObject({ class: 'stop' });
    expect(await b.ok('signals.classify', { text: 'Try me in March.', now: '2026-01-14T10:00:00Z' })).toMatchObject({
      class: 'soft-no',
      until: expect.stringMatching(/^2026-03-01/),
    });
    expect(await b.ok('signals.classify', { text: '"NEAR( * AND 🤷' })).toMatchObject({ class: 'neutral' });
  });
});

describe('followups.state', () => {
  it('says where things stand in plain words, in their time zone', async () => {
    const { b, person } = await withCandidate();
    expect(await b.ok('followups.state', { personId: person.id })).toMatchObject({
      state: 'open',
      unansweredStreak: 0,
      summary: 'Nothing they said asks you to wait.',
      timezone: 'Europe/Berlin',
    });
    await b.ok('touches.log', {
      personId: person.id,
      at: '2026-01-14T07:30:00Z',
      channel: 'phone',
      direction: 'out',
      kind: 'check-in',
      outcome: 'connected',
      agreedNextAt: '2026-01-28T08:00:00Z',
    });
    expect(await b.ok('followups.state', { personId: person.id })).toMatchObject({
      state: 'waiting-agreed-date',
      summary: 'You agreed to follow up on Wed, Jan 28, 9:00 AM their time. Not before.',
    });
  });
});

describe('followups.check', () => {
  it('is a pure question: it judges at the given time (default now) and writes nothing', async () => {
    const { b, person } = await withCandidate();
    const before = tableCounts(b.db);
    b.advance(12 * 3_600_000); // 20:00 UTC = 21:00 in Berlin
    expect(await b.ok('followups.check', { personId: person.id, channel: 'phone' })).toMatchObject({
      verdict: 'blocked',
      reasons: [{ rule: 'quiet-hours' }],
    });
    expect(
      (await b.ok('followups.check', { personId: person.id, channel: 'phone', at: '2026-01-14T09:00:00Z' })).verdict,
    ).toBe('allowed');
    expect(tableCounts(b.db)).toEqual(before);
  });

  it('reads the clock in UTC for someone without a time zone', async () => {
    const { b, person } = await withCandidate(null);
    expect(
      (await b.ok('followups.check', { personId: person.id, channel: 'phone', at: '2026-01-14T20:59:00Z' })).verdict,
    ).toBe('allowed');
    expect(
      (await b.ok('followups.check', { personId: person.id, channel: 'phone', at: '2026-01-14T21:00:00Z' })).verdict,
    ).toBe('blocked');
  });
});

describe('settings', () => {
  it('starts at the defaults, keeps changes within bounds, and refuses a weekly cap over 7', async () => {
    const { b, person } = await withCandidate();
    const start = await b.ok('settings.get', {});
    expect(start.policy).toMatchObject({ weeklyCap: 3, monthlyCap: 6, quietStartHour: 8, quietEndHour: 21 });
    expect(start.bounds.find((s) => s.key === 'weeklyCap')).toMatchObject({ min: 1, max: 7 });

    const tooMany = await b.send('settings.update', { weeklyCap: 8, monthlyCap: 12 });
    expect(tooMany).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { issues: [{ path: ['weeklyCap'] }] } },
    });
    expect((await b.ok('settings.get', {})).policy.weeklyCap).toBe(3);

    await b.ok('settings.update', { quietEndHour: 18 });
    expect(
      (await b.ok('followups.check', { personId: person.id, channel: 'phone', at: '2026-01-14T17:30:00Z' })).reasons[0],
    ).toMatchObject({ rule: 'quiet-hours' });
    const audit = b.db.prepare("SELECT changes FROM audit_log WHERE entity = 'settings'").all() as {
      changes: string;
    }[];
    expect(audit.map((a) => JSON.parse(a.changes))).toEqual([{ quietEndHour: [21, 18] }]);
  });
});
