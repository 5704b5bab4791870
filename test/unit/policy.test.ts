import { describe, expect, it } from 'vitest';
import type { ResponseClass, TouchChannel, TouchKind } from '../../core/model';
import {
  checkContact,
  checkSettings,
  contactState,
  DEFAULT_SETTINGS,
  describeVerdict,
  RULE_IDS,
  ruleLabel,
  type BookedInterview,
  type Intent,
  type LoggedTouch,
  type Reason,
  type Recipient,
} from '../../core/policy';

const BERLIN = { timezone: 'Europe/Berlin' };
const S = DEFAULT_SETTINGS;

function touch(at: string, fields: Partial<Omit<LoggedTouch, 'at'>> = {}): LoggedTouch {
  return {
    at: new Date(at).toISOString(),
    channel: 'email',
    direction: 'out',
    kind: 'follow-up',
    outcome: 'sent',
    response: null,
    agreedNextAt: null,
    ...fields,
  };
}
const inbound = (at: string, response: ResponseClass = 'neutral', agreedNextAt: string | null = null) =>
  touch(at, {
    direction: 'in',
    kind: 'reply',
    outcome: 'replied',
    response,
    agreedNextAt: agreedNextAt && new Date(agreedNextAt).toISOString(),
  });
// The reasons' dates in a pinned locale, whatever the machine's.
const intent = (at: string, channel: TouchChannel = 'email', kind: TouchKind = 'follow-up'): Intent => ({
  at: new Date(at),
  channel,
  kind,
  locale: 'en-US',
});
const rules = (history: LoggedTouch[], i: Intent, recipient: Recipient = BERLIN) =>
  checkContact(history, recipient, S, i).reasons.map((r) => r.rule);
const blocking = (reasons: Reason[]) => reasons.filter((r) => r.severity === 'block').map((r) => r.rule);

describe('quiet-hours (recipient time zone)', () => {
  it('allows a call at 20:59 their time and blocks it at 21:00 until 08:00 next day', () => {
    // 2026-01-14 is winter: Berlin is UTC+1.
    expect(checkContact([], BERLIN, S, intent('2026-01-14T19:59:00Z', 'phone')).verdict).toBe('allowed');
    const late = checkContact([], BERLIN, S, intent('2026-01-14T20:00:00Z', 'phone'));
    expect(late.verdict).toBe('blocked');
    expect(late.reasons[0]).toMatchObject({ rule: 'quiet-hours', until: '2026-01-15T07:00:00.000Z' });
    expect(late.reasons[0]!.message).toBe(
      'It is 9:00 PM where they are. Calls and messages wait until Thu, Jan 15, 8:00 AM their time.',
    );
    expect(late.nextAllowedAt).toBe('2026-01-15T07:00:00.000Z');
  });

  it('blocks 07:59 and allows 08:00 in their zone, not ours', () => {
    const chicago = { timezone: 'America/Chicago' };
    expect(rules([], intent('2026-01-14T13:59:00Z', 'sms'), chicago)).toEqual(['quiet-hours']);
    expect(rules([], intent('2026-01-14T14:00:00Z', 'sms'), chicago)).toEqual([]);
  });

  it('follows the DST night: 08:00 Berlin is 07:00Z before the change and 06:00Z after it', () => {
    const beforeDawn = checkContact([], BERLIN, S, intent('2026-03-29T05:30:00Z', 'phone'));
    expect(beforeDawn.nextAllowedAt).toBe('2026-03-29T06:00:00.000Z');
    const lateNight = checkContact([], BERLIN, S, intent('2026-03-28T21:30:00Z', 'im'));
    expect(lateNight.nextAllowedAt).toBe('2026-03-29T06:00:00.000Z');
  });

  it('does not apply to email or letters', () => {
    expect(rules([], intent('2026-01-14T23:00:00Z', 'email'))).toEqual([]);
    expect(rules([], intent('2026-01-14T23:00:00Z', 'letter'))).toEqual([]);
  });
});

describe('one-per-day (their calendar)', () => {
  it('blocks a second touch the same local day and allows it after their midnight, suggesting their morning', () => {
    const history = [touch('2026-01-14T09:00:00Z', { outcome: 'connected', agreedNextAt: '2026-01-14T10:00:00Z' })];
    const again = checkContact(history, BERLIN, S, intent('2026-01-14T22:59:00Z'));
    expect(again.reasons.map((r) => r.rule)).toContain('one-per-day');
    // The rule lifts at their midnight, but no time Politely suggests falls in their night.
    expect(again.reasons.find((r) => r.rule === 'one-per-day')).toMatchObject({
      until: '2026-01-15T07:00:00.000Z',
      message: 'You already contacted them today (their calendar). Next contact from Thu, Jan 15, 8:00 AM their time.',
    });
    expect(again.nextAllowedAt).toBe('2026-01-15T07:00:00.000Z');
    expect(rules(history, intent('2026-01-14T23:00:00Z'))).not.toContain('one-per-day');
  });
});

describe('min-gap (business days)', () => {
  it('after an unanswered Friday touch, waits until Tuesday', () => {
    const friday = [touch('2026-03-06T09:00:00Z')];
    const monday = checkContact(friday, BERLIN, S, intent('2026-03-09T09:00:00Z'));
    expect(monday.reasons.map((r) => r.rule)).toEqual(['min-gap']);
    expect(monday.nextAllowedAt).toBe('2026-03-10T09:00:00.000Z');
    expect(rules(friday, intent('2026-03-10T08:59:00Z'))).toEqual(['min-gap']);
    expect(rules(friday, intent('2026-03-10T09:00:00Z'))).toEqual([]);
  });
});

describe('weekly-cap and monthly-cap (rolling windows)', () => {
  const three = [touch('2026-01-05T09:00:00Z'), touch('2026-01-07T09:00:00Z'), touch('2026-01-09T09:00:00Z')];

  it('counts a touch for exactly 7 days: blocked at its last minute, free at the first minute after', () => {
    const at = (iso: string) => rules(three, intent(iso)).filter((r) => r === 'weekly-cap');
    expect(at('2026-01-12T08:59:00Z')).toEqual(['weekly-cap']);
    expect(at('2026-01-12T09:00:00Z')).toEqual([]);
    expect(
      checkContact(three, BERLIN, S, intent('2026-01-11T09:00:00Z')).reasons.find((r) => r.rule === 'weekly-cap')!
        .until,
    ).toBe('2026-01-12T09:00:00.000Z');
  });

  it('caps any 30 days at six', () => {
    const six = [1, 5, 9, 13, 17, 21].map((d) => touch(`2026-01-${String(d).padStart(2, '0')}T09:00:00Z`));
    const verdict = checkContact(six, BERLIN, S, intent('2026-01-29T09:00:00Z', 'email', 'take-away'));
    expect(verdict.reasons.map((r) => r.rule)).toContain('monthly-cap');
    expect(verdict.reasons.find((r) => r.rule === 'monthly-cap')!.until).toBe('2026-01-31T09:00:00.000Z');
  });
});

describe('after-conversation and agreed-date', () => {
  it('waits 7 days after a conversation', () => {
    const talked = [touch('2026-01-14T10:00:00Z', { channel: 'phone', outcome: 'connected' })];
    expect(rules(talked, intent('2026-01-21T09:59:00Z'))).toEqual(['after-conversation']);
    expect(rules(talked, intent('2026-01-21T10:00:00Z'))).toEqual([]);
  });

  it('blocks before an agreed date, even an early one, and allows it on the date', () => {
    const agreed = [
      touch('2026-01-14T10:00:00Z', {
        channel: 'phone',
        outcome: 'connected',
        agreedNextAt: '2026-01-16T09:00:00.000Z',
      }),
    ];
    const early = checkContact(agreed, BERLIN, S, intent('2026-01-15T10:00:00Z'));
    expect(early.reasons.map((r) => r.rule)).toEqual(['agreed-date']);
    expect(early.nextAllowedAt).toBe('2026-01-16T09:00:00.000Z');
    expect(rules(agreed, intent('2026-01-16T09:00:00Z'))).toEqual([]);
  });
});

describe('soft-no and no-for-now', () => {
  it('pauses 30 days after a polite "not now", or until the date they named', () => {
    expect(
      checkContact([inbound('2026-01-14T10:00:00Z', 'soft-no')], BERLIN, S, intent('2026-02-12T10:00:00Z'))
        .nextAllowedAt,
    ).toBe('2026-02-13T10:00:00.000Z');
    const dated = [inbound('2026-01-14T10:00:00Z', 'soft-no', '2026-01-28T08:00:00Z')];
    expect(rules(dated, intent('2026-01-27T10:00:00Z'))).toEqual(['soft-no']);
    expect(rules(dated, intent('2026-01-28T08:00:00Z'))).toEqual([]);
  });

  it('pauses 90 days after a clear no', () => {
    const no = [inbound('2026-01-14T10:00:00Z', 'no')];
    expect(rules(no, intent('2026-04-14T09:59:00Z'))).toEqual(['no-for-now']);
    expect(rules(no, intent('2026-04-14T10:00:00Z'))).toEqual([]);
  });
});

describe('take-away and ball-in-their-court', () => {
  const twoUnanswered = [
    touch('2026-01-05T09:00:00Z'),
    touch('2026-01-08T09:00:00Z', { channel: 'phone', outcome: 'voicemail' }),
  ];

  it('after two unanswered follow-ups, only the take-away may come next', () => {
    const next = checkContact(twoUnanswered, BERLIN, S, intent('2026-01-13T09:00:00Z'));
    expect(next.reasons.map((r) => r.rule)).toEqual(['take-away']);
    expect(next.requiredKind).toBe('take-away');
    expect(next.nextAllowedAt).toBe('2026-01-13T09:00:00.000Z');
    expect(
      checkContact(twoUnanswered, BERLIN, S, intent('2026-01-13T09:00:00Z', 'email', 'take-away')).verdict,
    ).not.toBe('blocked');
  });

  it('after an unanswered take-away, nothing until they reach out, then a reply is fine', () => {
    const tookAway = [...twoUnanswered, touch('2026-01-13T09:00:00Z', { kind: 'take-away' })];
    const after = checkContact(tookAway, BERLIN, S, intent('2026-03-01T09:00:00Z'));
    expect(after.reasons.filter((r) => r.severity === 'block').map((r) => r.rule)).toEqual(['ball-in-their-court']);
    expect(after.nextAllowedAt).toBeUndefined();
    const theyWrote = [...tookAway, inbound('2026-03-02T09:00:00Z', 'interested')];
    expect(checkContact(theyWrote, BERLIN, S, intent('2026-03-02T10:00:00Z', 'email', 'reply')).verdict).toBe(
      'allowed',
    );
  });
});

describe('do-not-contact', () => {
  const stopped = [inbound('2026-01-14T10:00:00Z', 'stop')];

  it('blocks everything forever, except one handwritten thank-you letter', () => {
    const call = checkContact(stopped, BERLIN, S, intent('2027-06-01T10:00:00Z', 'phone', 'reply'));
    expect(call).toMatchObject({ verdict: 'blocked', reasons: [{ rule: 'do-not-contact' }] });
    expect(call.nextAllowedAt).toBeUndefined();
    expect(checkContact(stopped, BERLIN, S, intent('2026-01-15T10:00:00Z', 'letter', 'thank-you-letter')).verdict).toBe(
      'allowed',
    );
    expect(checkContact(stopped, BERLIN, S, intent('2026-01-15T10:00:00Z', 'email', 'thank-you-letter')).verdict).toBe(
      'blocked',
    );
    const sent = [...stopped, touch('2026-01-15T10:00:00Z', { channel: 'letter', kind: 'thank-you-letter' })];
    expect(checkContact(sent, BERLIN, S, intent('2026-02-15T10:00:00Z', 'letter', 'thank-you-letter')).verdict).toBe(
      'blocked',
    );
    expect(contactState(sent, S, new Date('2026-02-01T00:00:00Z')).state).toBe('final-letter-sent');
  });
});

describe('answering them', () => {
  it('is exempt from gap, caps and after-conversation within 2 days of their message, but not quiet hours', () => {
    const busy = [touch('2026-01-14T08:00:00Z'), inbound('2026-01-14T09:00:00Z', 'interested')];
    expect(checkContact(busy, BERLIN, S, intent('2026-01-14T10:00:00Z', 'email', 'reply')).verdict).toBe('allowed');
    expect(rules(busy, intent('2026-01-14T10:00:00Z', 'email', 'follow-up'))).toEqual(
      expect.arrayContaining(['one-per-day', 'after-conversation']),
    );
    expect(rules(busy, intent('2026-01-14T21:30:00Z', 'phone', 'reply'))).toEqual(['quiet-hours']);
    expect(rules(busy, intent('2026-01-16T09:01:00Z', 'email', 'reply'))).toContain('after-conversation');
  });
});

describe('warnings', () => {
  it('warns when three contacts carried no value, and when one channel went unanswered three times', () => {
    const dull = [
      touch('2026-01-01T09:00:00Z'),
      touch('2026-01-05T09:00:00Z'),
      touch('2026-01-09T09:00:00Z', { kind: 'take-away' }),
      inbound('2026-01-10T09:00:00Z', 'neutral'),
    ];
    const verdict = checkContact(dull, BERLIN, S, intent('2026-01-20T09:00:00Z'));
    expect(verdict).toMatchObject({ verdict: 'warn', reasons: [{ rule: 'value-first', severity: 'warn' }] });
    expect(checkContact(dull, BERLIN, S, intent('2026-01-20T09:00:00Z', 'email', 'value-add')).verdict).toBe('allowed');
    const silent = { ...S, takeAwayAfter: 4 };
    const emails = [
      touch('2026-01-01T09:00:00Z', { kind: 'value-add' }),
      touch('2026-01-05T09:00:00Z', { kind: 'value-add' }),
      touch('2026-01-09T09:00:00Z', { kind: 'value-add' }),
    ];
    expect(
      checkContact(emails, BERLIN, silent, intent('2026-01-20T09:00:00Z', 'email', 'value-add')).reasons.map(
        (r) => r.rule,
      ),
    ).toEqual(['same-channel']);
    expect(checkContact(emails, BERLIN, silent, intent('2026-01-20T09:00:00Z', 'phone', 'value-add')).verdict).toBe(
      'allowed',
    );
  });
});

describe('contact state', () => {
  it('names where things stand, with the unanswered streak', () => {
    const now = new Date('2026-01-20T12:00:00Z');
    expect(contactState([], S, now)).toEqual({ state: 'open', unansweredStreak: 0 });
    expect(contactState([touch('2026-01-19T09:00:00Z'), touch('2026-01-20T09:00:00Z')], S, now)).toEqual({
      state: 'open',
      unansweredStreak: 2,
    });
    expect(contactState([touch('2026-01-19T09:00:00Z', { kind: 'take-away' })], S, now).state).toBe(
      'ball-in-their-court',
    );
    expect(contactState([inbound('2026-01-19T09:00:00Z', 'soft-no')], S, now)).toMatchObject({
      state: 'paused-soft-no',
      until: '2026-02-18T09:00:00.000Z',
    });
    expect(contactState([inbound('2026-01-19T09:00:00Z', 'no')], S, now).state).toBe('no-for-now');
    expect(contactState([inbound('2026-01-19T09:00:00Z', 'permission', '2026-02-02T09:00:00Z')], S, now)).toMatchObject(
      { state: 'waiting-agreed-date', until: '2026-02-02T09:00:00.000Z' },
    );
    expect(contactState([inbound('2026-01-19T09:00:00Z', 'stop')], S, now).state).toBe('do-not-contact');
    expect(contactState([inbound('2025-01-19T09:00:00Z', 'no')], S, now).state).toBe('open');
  });
});

describe('the moment of a check', () => {
  it('counts a touch logged at the very same instant', () => {
    const now = '2026-01-14T10:00:00Z';
    expect(rules([touch(now)], intent(now))).toEqual(expect.arrayContaining(['one-per-day', 'min-gap']));
    const stopped = [
      inbound('2026-01-14T09:00:00Z', 'stop'),
      touch(now, { channel: 'letter', kind: 'thank-you-letter' }),
    ];
    expect(checkContact(stopped, BERLIN, S, intent(now, 'letter', 'thank-you-letter')).verdict).toBe('blocked');
  });
});

describe('settings bounds', () => {
  it('accepts the defaults and refuses a weekly cap over 7 or hours out of order', () => {
    expect(checkSettings(S)).toEqual([]);
    expect(checkSettings({ ...S, weeklyCap: 8, monthlyCap: 12 })).toEqual([
      { key: 'weeklyCap', message: expect.stringMatching(/from 1 to 7/) },
    ]);
    expect(checkSettings({ ...S, perDay: 2 }).map((p) => p.key)).toEqual(['perDay']);
    // The profile locks itself after at most 15 idle minutes.
    expect(S.lockAfterMinutes).toBe(10);
    expect(checkSettings({ ...S, lockAfterMinutes: 16 })).toEqual([
      { key: 'lockAfterMinutes', message: expect.stringMatching(/from 1 to 15 minutes/) },
    ]);
    expect(checkSettings({ ...S, quietStartHour: 10, quietEndHour: 17 })).toEqual([]);
    expect(checkSettings({ ...S, weeklyCap: 5, monthlyCap: 4 }).map((p) => p.key)).toEqual(['monthlyCap']);
    expect(checkSettings({ ...S, minGapBusinessDays: 1.5 }).map((p) => p.key)).toEqual(['minGapBusinessDays']);
  });
});

describe('client-feedback', () => {
  const interviewEnded = '2026-01-12T17:00:00Z';
  const client = { timezone: 'Europe/Berlin', feedbackSince: new Date(interviewEnded).toISOString() };
  const asks = [touch('2026-01-13T09:00:00Z'), touch('2026-01-16T09:00:00Z')];

  it('allows asking for feedback up to the limit, then blocks until they answer', () => {
    expect(
      checkContact(asks.slice(0, 1), client, S, intent('2026-01-16T09:00:00Z')).reasons.map((r) => r.rule),
    ).not.toContain('client-feedback');
    const third = checkContact(asks, client, S, intent('2026-01-21T09:00:00Z'));
    expect(third.reasons.find((r) => r.rule === 'client-feedback')).toMatchObject({
      severity: 'block',
      message: /2 times without an answer/,
    });
    expect(third.reasons.find((r) => r.rule === 'client-feedback')!.until).toBeUndefined();
    expect(third.nextAllowedAt).toBeUndefined();
  });

  it('counts only what was sent after the interview ended, and lets go once they reply', () => {
    const before = [touch('2026-01-12T16:59:00Z'), touch('2026-01-14T09:00:00Z')];
    expect(checkContact(before, client, S, intent('2026-01-21T09:00:00Z')).reasons.map((r) => r.rule)).not.toContain(
      'client-feedback',
    );
    const answered = [...asks, inbound('2026-01-17T09:00:00Z')];
    expect(checkContact(answered, client, S, intent('2026-01-26T09:00:00Z')).reasons.map((r) => r.rule)).not.toContain(
      'client-feedback',
    );
    // Without an interview owed, the rule does not apply at all.
    expect(checkContact(asks, BERLIN, S, intent('2026-01-21T09:00:00Z')).reasons.map((r) => r.rule)).not.toContain(
      'client-feedback',
    );
  });
});

describe('the opening message (first-contact)', () => {
  it('is not a follow-up: the take-away comes after it and two unanswered follow-ups', () => {
    const opened = [touch('2026-01-05T09:00:00Z', { kind: 'first-contact' }), touch('2026-01-08T09:00:00Z')];
    expect(rules(opened, intent('2026-01-13T09:00:00Z'))).toEqual([]);
    const twice = [...opened, touch('2026-01-13T09:00:00Z')];
    const next = checkContact(twice, BERLIN, S, intent('2026-01-16T09:00:00Z'));
    expect(blocking(next.reasons)).toEqual(['take-away']);
    expect(next.reasons.find((r) => r.rule === 'take-away')!.message).toMatch(/^2 follow-ups in a row are unanswered/);
    expect(next.requiredKind).toBe('take-away');
    // Still a contact: the wait after an unanswered one applies to it as to any other.
    expect(rules(opened.slice(0, 1), intent('2026-01-06T09:00:00Z'))).toContain('min-gap');
  });
});

describe('a booked interview', () => {
  // She said "not now" on Wed 14 Jan; on Thu 15 Jan she agreed to an interview on Tue 20 Jan, 10:00–11:00 in Berlin.
  const notNow = [inbound('2026-01-14T10:00:00Z', 'soft-no')];
  const booked: BookedInterview = {
    bookedAt: '2026-01-15T09:00:00.000Z',
    startsAt: '2026-01-20T09:00:00.000Z',
    endsAt: '2026-01-20T10:00:00.000Z',
    cancelledAt: null,
    debriefedAt: null,
  };
  const ada = (interview: BookedInterview = booked): Recipient => ({ ...BERLIN, interviews: [interview] });
  const call = (at: string, kind: 'prep-call' | 'debrief-call' | 'follow-up') => intent(at, 'phone', kind);

  it('is her yes to its prep call and its debrief call during her earlier "not now"', () => {
    expect(checkContact(notNow, ada(), S, call('2026-01-16T10:00:00Z', 'prep-call')).verdict).toBe('allowed');
    expect(checkContact(notNow, ada(), S, call('2026-01-20T10:30:00Z', 'debrief-call')).verdict).toBe('allowed');
    // Nothing else: a follow-up still waits for the end of the pause.
    expect(rules(notNow, call('2026-01-16T10:00:00Z', 'follow-up'), ada())).toEqual(['soft-no']);
    // Without the interview, the pause holds the prep call too.
    expect(rules(notNow, call('2026-01-16T10:00:00Z', 'prep-call'))).toEqual(['soft-no']);
  });

  it('covers each call only while it is due: prep until the start, the debrief from the start until recorded', () => {
    expect(rules(notNow, call('2026-01-15T08:59:00Z', 'prep-call'), ada())).toEqual(['soft-no']);
    expect(rules(notNow, call('2026-01-20T09:00:00Z', 'prep-call'), ada())).toEqual(['soft-no']);
    expect(rules(notNow, call('2026-01-19T10:00:00Z', 'debrief-call'), ada())).toEqual(['soft-no']);
    const debriefed = { ...booked, debriefedAt: '2026-01-20T11:00:00.000Z' };
    expect(rules(notNow, call('2026-01-20T10:30:00Z', 'debrief-call'), ada(debriefed))).toEqual([]);
    expect(rules(notNow, call('2026-01-20T11:30:00Z', 'debrief-call'), ada(debriefed))).toEqual(['soft-no']);
    const cancelled = { ...booked, cancelledAt: '2026-01-17T09:00:00.000Z' };
    expect(rules(notNow, call('2026-01-16T10:00:00Z', 'prep-call'), ada(cancelled))).toEqual([]);
    expect(rules(notNow, call('2026-01-18T10:00:00Z', 'prep-call'), ada(cancelled))).toEqual(['soft-no']);
  });

  it('does not outrank a "not now" said after the booking, a clear no, quiet hours or a stop', () => {
    const bookedBefore = { ...booked, bookedAt: '2026-01-13T09:00:00.000Z' };
    expect(rules(notNow, call('2026-01-16T10:00:00Z', 'prep-call'), ada(bookedBefore))).toEqual(['soft-no']);
    const no = [inbound('2026-01-14T10:00:00Z', 'no')];
    expect(rules(no, call('2026-01-16T10:00:00Z', 'prep-call'), ada())).toEqual(['no-for-now']);
    expect(checkContact(notNow, ada(), S, call('2026-01-16T22:00:00Z', 'prep-call'))).toMatchObject({
      verdict: 'blocked',
      reasons: [{ rule: 'quiet-hours' }],
      nextAllowedAt: '2026-01-17T07:00:00.000Z',
    });
    const stop = [inbound('2026-01-14T10:00:00Z', 'stop')];
    expect(rules(stop, call('2026-01-16T10:00:00Z', 'prep-call'), ada())).toEqual(['do-not-contact']);
  });

  it('names the booking as the earliest time for a prep call checked before it', () => {
    const early = checkContact(notNow, ada(), S, call('2026-01-14T12:00:00Z', 'prep-call'));
    expect(early).toMatchObject({ verdict: 'blocked', nextAllowedAt: '2026-01-15T09:00:00.000Z' });
  });
});

describe('a time they agreed to', () => {
  // Three emails in three days, then on Thu 8 Jan they agree to hear from us on Fri 9 Jan, 10:00 in Berlin.
  const busyWeek = [
    touch('2026-01-05T09:00:00Z'),
    touch('2026-01-06T09:00:00Z'),
    touch('2026-01-07T09:00:00Z'),
    inbound('2026-01-08T09:00:00Z', 'permission', '2026-01-09T09:00:00Z'),
  ];

  it('goes beyond the weekly limit once, when it has come', () => {
    const before = checkContact(busyWeek, BERLIN, S, intent('2026-01-08T12:00:00Z'));
    expect(blocking(before.reasons)).toEqual(['agreed-date', 'weekly-cap']);
    // The limit alone would wait until Mon 12 Jan; their yes comes first.
    expect(before.nextAllowedAt).toBe('2026-01-09T09:00:00.000Z');
    expect(checkContact(busyWeek, BERLIN, S, intent('2026-01-09T09:00:00Z')).verdict).not.toBe('blocked');
    const used = [...busyWeek, touch('2026-01-09T09:00:00Z')];
    expect(rules(used, intent('2026-01-10T10:00:00Z'))).toContain('weekly-cap');
  });

  it('goes beyond the 30-day limit too', () => {
    const month = [1, 5, 9, 13, 17, 21].map((d) => touch(`2026-01-${String(d).padStart(2, '0')}T09:00:00Z`));
    const agreed = [...month, inbound('2026-01-22T09:00:00Z', 'permission', '2026-01-26T09:00:00Z')];
    const before = checkContact(agreed, BERLIN, S, intent('2026-01-25T09:00:00Z'));
    expect(blocking(before.reasons)).toEqual(['agreed-date', 'monthly-cap']);
    expect(checkContact(agreed, BERLIN, S, intent('2026-01-26T09:00:00Z')).verdict).not.toBe('blocked');
  });

  it('still keeps quiet hours and a stop', () => {
    const dawn = [...busyWeek.slice(0, 3), inbound('2026-01-08T09:00:00Z', 'permission', '2026-01-09T05:00:00Z')];
    const early = checkContact(dawn, BERLIN, S, intent('2026-01-09T05:00:00Z', 'phone'));
    expect(blocking(early.reasons)).toEqual(['quiet-hours']);
    expect(early.nextAllowedAt).toBe('2026-01-09T07:00:00.000Z');
    const stopped = [...busyWeek, inbound('2026-01-08T10:00:00Z', 'stop')];
    expect(rules(stopped, intent('2026-01-09T09:00:00Z'))).toEqual(['do-not-contact']);
  });
});

describe('the earliest allowed time', () => {
  it('is the moment no rule blocks, moved out of their night, for every channel', () => {
    // They wrote at 22:00 their time: seven days on is 22:00 again, so the suggestion is the morning after.
    const lateTalk = [inbound('2026-01-14T21:00:00Z', 'interested')];
    const verdict = checkContact(lateTalk, BERLIN, S, intent('2026-01-15T10:00:00Z'));
    expect(verdict.reasons).toMatchObject([{ rule: 'after-conversation', until: '2026-01-22T07:00:00.000Z' }]);
    expect(verdict.reasons[0]!.message).toMatch(/next contact from Thu, Jan 22, 8:00 AM their time/);
    expect(verdict.nextAllowedAt).toBe('2026-01-22T07:00:00.000Z');
    // A "not now" at 23:30 their time: thirty days on, the suggestion is 08:00.
    const lateNotNow = [inbound('2026-01-14T22:30:00Z', 'soft-no')];
    const lateNo = checkContact(lateNotNow, BERLIN, S, intent('2026-01-20T10:00:00Z'));
    expect(lateNo.nextAllowedAt).toBe('2026-02-14T07:00:00.000Z');
  });

  it('leads the words of a blocked verdict, in their time', () => {
    const gap = checkContact([touch('2026-01-14T09:00:00Z')], BERLIN, S, intent('2026-01-14T15:00:00Z'));
    expect(blocking(gap.reasons)).toEqual(['one-per-day', 'min-gap']);
    const reader = { locale: 'en-US', now: '2026-01-14T15:00:00Z' };
    expect(describeVerdict(gap, 'Europe/Berlin', reader)).toMatch(
      /^Not now\. Next allowed: Fri, Jan 16, 10:00 AM their time\. You already contacted them today/,
    );
    const stopped = checkContact([inbound('2026-01-14T10:00:00Z', 'stop')], BERLIN, S, intent('2026-01-15T10:00:00Z'));
    expect(describeVerdict(stopped, 'Europe/Berlin', reader)).toBe(
      'Not now, and no later time can be given. ' +
        'They asked not to be contacted. The one thing still allowed is a handwritten thank-you letter.',
    );
  });
});

describe('rule names for people', () => {
  it('names every rule in plain words, never by its id', () => {
    expect(ruleLabel('one-per-day')).toBe('One contact a day');
    expect(ruleLabel('do-not-contact')).toBe('Do not contact');
    for (const id of RULE_IDS) {
      expect(ruleLabel(id)).not.toBe(id);
      expect(ruleLabel(id)).not.toMatch(/^[a-z]+(-[a-z]+)+$/);
    }
    // An id stored by another version, or one that only looks like a key, still reads as words.
    expect(ruleLabel('no-such-rule')).toBe('A rule');
    expect(ruleLabel('toString')).toBe('A rule');
  });
});
