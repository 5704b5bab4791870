import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TOUCH_CHANNELS, TOUCH_KINDS, type TouchChannel, type TouchKind } from '../../core/model';
import {
  checkContact,
  contactState,
  DEFAULT_SETTINGS,
  historyUntil,
  outlookOf,
  type BookedInterview,
  type LoggedTouch,
  type PolicySettings,
  type Recipient,
  wakingTime,
} from '../../core/policy';
import { localDayKey, localTime } from '../../core/zoned';

const DAY = 86_400_000;
const START = Date.parse('2026-01-01T00:00:00Z');
const zones = fc.constantFrom('Europe/Berlin', 'America/Chicago', 'Asia/Tokyo', 'Australia/Sydney', 'UTC');
const channels = fc.constantFrom<TouchChannel>(...TOUCH_CHANNELS);
const kinds = fc.constantFrom<TouchKind>(...TOUCH_KINDS);
const settings = fc
  .record({
    weeklyCap: fc.integer({ min: 1, max: 7 }),
    monthlyCap: fc.integer({ min: 7, max: 12 }),
    minGapBusinessDays: fc.integer({ min: 1, max: 4 }),
    takeAwayAfter: fc.integer({ min: 1, max: 4 }),
  })
  .map((s): PolicySettings => ({ ...DEFAULT_SETTINGS, ...s }));

const out = (at: number, channel: TouchChannel, kind: TouchKind): LoggedTouch => ({
  at: new Date(at).toISOString(),
  channel,
  direction: 'out',
  kind,
  outcome: 'sent',
  response: null,
  agreedNextAt: null,
});

const touchArb = fc.record({
  at: fc.integer({ min: START, max: START + 60 * DAY }).map((t) => new Date(t).toISOString()),
  channel: channels,
  direction: fc.constantFrom<'in' | 'out'>('in', 'out'),
  kind: kinds,
  outcome: fc.constantFrom('no-answer', 'voicemail', 'connected', 'replied', 'sent' as const),
  response: fc.constantFrom(null, 'interested', 'permission', 'soft-no', 'no', 'stop', 'neutral' as const),
  agreedNextAt: fc.option(
    fc.integer({ min: START, max: START + 90 * DAY }).map((t) => new Date(t).toISOString()),
    { nil: null },
  ),
});

function maxInAnyWindow(times: number[], windowMs: number): number {
  let best = 0;
  for (let i = 0; i < times.length; i++)
    best = Math.max(best, times.filter((t) => t >= times[i]! && t - times[i]! < windowMs).length);
  return best;
}

describe('policy properties', () => {
  it('a recruiter who always waits for nextAllowedAt never exceeds a cap in any window, nor twice a day', () => {
    fc.assert(
      fc.property(
        zones,
        settings,
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 * DAY }), channels), { minLength: 5, maxLength: 25 }),
        (zone, s, attempts) => {
          const history: LoggedTouch[] = [];
          let now = START;
          for (const [wait, channel] of attempts) {
            now += wait;
            const verdict = checkContact(history, { timezone: zone }, s, {
              at: new Date(now),
              channel,
              kind: 'follow-up',
            });
            if (verdict.verdict === 'blocked') {
              if (!verdict.nextAllowedAt) break;
              now = Date.parse(verdict.nextAllowedAt);
            }
            const kind = verdict.requiredKind ?? 'follow-up';
            const again = checkContact(history, { timezone: zone }, s, { at: new Date(now), channel, kind });
            expect(again.verdict).not.toBe('blocked');
            history.push(out(now, channel, kind));
          }
          const times = history.map((t) => Date.parse(t.at));
          expect(maxInAnyWindow(times, 7 * DAY)).toBeLessThanOrEqual(s.weeklyCap);
          expect(maxInAnyWindow(times, 30 * DAY)).toBeLessThanOrEqual(s.monthlyCap);
          const days = times.map((t) => localDayKey(new Date(t), zone));
          expect(new Set(days).size).toBe(days.length);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('after "stop", nothing but one handwritten thank-you letter is ever allowed', () => {
    fc.assert(
      // Attempts move forward in time, as a recruiter does: each waits some while after the last.
      fc.property(
        zones,
        fc.array(fc.tuple(fc.integer({ min: 0, max: 40 * DAY }), channels, kinds), { minLength: 1, maxLength: 30 }),
        (zone, attempts) => {
          const stop: LoggedTouch = {
            at: new Date(START).toISOString(),
            channel: 'email',
            direction: 'in',
            kind: 'reply',
            outcome: 'replied',
            response: 'stop',
            agreedNextAt: null,
          };
          const history = [stop];
          let letters = 0;
          let at = START + 1;
          for (const [wait, channel, kind] of attempts) {
            at += wait;
            const verdict = checkContact(history, { timezone: zone }, DEFAULT_SETTINGS, {
              at: new Date(at),
              channel,
              kind,
            });
            if (verdict.verdict !== 'blocked') {
              expect([channel, kind]).toEqual(['letter', 'thank-you-letter']);
              letters++;
              history.push(out(at, channel, kind));
            } else {
              expect(verdict.nextAllowedAt).toBeUndefined();
            }
          }
          expect(letters).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives the same verdict for the same inputs, whatever order the history arrives in', () => {
    fc.assert(
      fc.property(
        zones,
        fc.array(touchArb, { maxLength: 20 }),
        fc.integer({ min: START, max: START + 90 * DAY }),
        channels,
        kinds,
        (zone, history, at, channel, kind) => {
          const intent = { at: new Date(at), channel, kind };
          const first = checkContact(history as LoggedTouch[], { timezone: zone }, DEFAULT_SETTINGS, intent);
          const second = checkContact(
            [...history].reverse() as LoggedTouch[],
            { timezone: zone },
            DEFAULT_SETTINGS,
            intent,
          );
          expect(second).toEqual(first);
          if (first.nextAllowedAt) expect(Date.parse(first.nextAllowedAt)).toBeGreaterThanOrEqual(at);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a follow-up falls due exactly when the wait they asked for ends, and the rules then let it through', () => {
    fc.assert(
      fc.property(zones, fc.array(touchArb, { minLength: 1, maxLength: 20 }), (zone, history) => {
        const sorted = historyUntil(history as LoggedTouch[], Infinity);
        const outlook = outlookOf(sorted, DEFAULT_SETTINGS);
        const last = Date.parse(sorted.at(-1)!.at);
        if (!outlook.dueAt || Date.parse(outlook.dueAt) <= last) return;
        const due = Date.parse(outlook.dueAt);
        expect(contactState(sorted, DEFAULT_SETTINGS, new Date(due)).state).toBe('open');
        expect(contactState(sorted, DEFAULT_SETTINGS, new Date(due - 1)).state).not.toBe('open');
        const verdict = checkContact(sorted, { timezone: zone }, DEFAULT_SETTINGS, {
          at: new Date(due),
          channel: 'email',
          kind: 'follow-up',
        });
        expect(verdict.reasons.map((r) => r.rule)).not.toEqual(expect.arrayContaining(['agreed-date']));
        expect(
          verdict.reasons.filter((r) =>
            ['soft-no', 'no-for-now', 'do-not-contact', 'ball-in-their-court'].includes(r.rule),
          ),
        ).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

// Where the clocks change in 2026 (and two zones where they do not), as the instants of the change.
const CLOCK_CHANGES: readonly [zone: string, instant: string][] = [
  ['America/New_York', '2026-03-08T07:00:00Z'],
  ['America/New_York', '2026-11-01T06:00:00Z'],
  ['Europe/Berlin', '2026-03-29T01:00:00Z'],
  ['Europe/Berlin', '2026-10-25T01:00:00Z'],
  ['Australia/Lord_Howe', '2026-04-04T15:00:00Z'],
  ['Australia/Lord_Howe', '2026-10-03T15:30:00Z'],
  ['Pacific/Chatham', '2026-04-04T14:00:00Z'],
  ['Pacific/Chatham', '2026-09-26T14:00:00Z'],
  ['Asia/Kolkata', '2026-03-29T01:00:00Z'],
  ['America/Sao_Paulo', '2026-11-01T06:00:00Z'],
];

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();
/** The hard rules that block this contact at `at`. */
function blocks(
  log: LoggedTouch[],
  recipient: Recipient,
  s: PolicySettings,
  at: number,
  channel: TouchChannel,
  kind: TouchKind,
) {
  const verdict = checkContact(log, recipient, s, { at: new Date(at), channel, kind });
  return verdict.reasons.filter((r) => r.severity === 'block');
}
const awake = (at: number, zone: string, s: PolicySettings) => {
  const hour = localTime(new Date(at), zone).hour;
  return hour >= s.quietStartHour && hour < s.quietEndHour;
};

/** A contact log, interviews and a moment to check, all within weeks of one change of the clocks. */
const nearClockChange = fc.constantFrom(...CLOCK_CHANGES).chain(([zone, instant]) => {
  const change = Date.parse(instant);
  const when = (from: number, to: number) => fc.integer({ min: change + from, max: change + to });
  const touch = fc.record({
    at: when(-35 * DAY, 4 * DAY).map(iso),
    channel: channels,
    direction: fc.constantFrom<'in' | 'out'>('out', 'out', 'in'),
    kind: kinds,
    outcome: fc.constantFrom('no-answer', 'voicemail', 'connected', 'replied', 'sent' as const),
    response: fc.option(fc.constantFrom('interested', 'permission', 'soft-no', 'no', 'stop', 'neutral' as const), {
      nil: null,
      freq: 2,
    }),
    agreedNextAt: fc.option(when(-20 * DAY, 40 * DAY).map(iso), { nil: null, freq: 3 }),
  });
  const interview = fc
    .record({
      booked: when(-25 * DAY, 3 * DAY),
      lead: fc.integer({ min: HOUR, max: 12 * DAY }),
      cancelledAfter: fc.option(fc.integer({ min: 0, max: 10 * DAY }), { nil: null }),
      debriefedAfter: fc.option(fc.integer({ min: 0, max: 3 * DAY }), { nil: null }),
    })
    .map(({ booked, lead, cancelledAfter, debriefedAfter }): BookedInterview => ({
      bookedAt: iso(booked),
      startsAt: iso(booked + lead),
      endsAt: iso(booked + lead + HOUR),
      cancelledAt: cancelledAfter === null ? null : iso(booked + cancelledAfter),
      debriefedAt: debriefedAfter === null ? null : iso(booked + lead + HOUR + debriefedAfter),
    }));
  return fc.record({
    recipient: fc.record({
      timezone: fc.constant(zone),
      interviews: fc.array(interview, { maxLength: 2 }),
      feedbackSince: fc.option(when(-10 * DAY, 0).map(iso), { nil: undefined, freq: 4 }),
    }),
    history: fc.array(touch, { maxLength: 14 }),
    at: when(-3 * DAY, 3 * DAY),
    // Points between the check and the answer, in thousandths of the way.
    between: fc.array(fc.integer({ min: 0, max: 999 }), { maxLength: 4 }),
  });
});

const hours = fc
  .record({ quietStartHour: fc.integer({ min: 6, max: 10 }), quietEndHour: fc.integer({ min: 17, max: 22 }) })
  .chain((h) => settings.map((s): PolicySettings => ({ ...s, ...h })));

describe('the earliest allowed time, across zones and the days their clocks change', () => {
  it('is never blocked by any rule, falls in their waking hours, and nothing earlier is allowed', () => {
    // Interview calls are drawn more often: their exemption has times of its own.
    const intentKinds = fc.oneof(kinds, fc.constantFrom<TouchKind>('prep-call', 'debrief-call'));
    fc.assert(
      fc.property(nearClockChange, hours, channels, intentKinds, (scenario, s, channel, kind) => {
        const { recipient, history, at, between } = scenario;
        const zone = recipient.timezone;
        const verdict = checkContact(history as LoggedTouch[], recipient, s, { at: new Date(at), channel, kind });
        if (verdict.verdict !== 'blocked') return;
        const required = verdict.requiredKind ?? kind;
        const log = history as LoggedTouch[];
        if (verdict.nextAllowedAt === undefined) {
          // Only they can open the way: nothing in the months ahead is allowed.
          for (const step of between) {
            expect(blocks(log, recipient, s, at + step * 200 * HOUR, channel, required)).not.toEqual([]);
          }
          return;
        }
        const next = Date.parse(verdict.nextAllowedAt);
        expect(next).toBeGreaterThanOrEqual(at);
        expect(blocks(log, recipient, s, next, channel, required)).toEqual([]);
        expect(awake(next, zone, s)).toBe(true);
        // The earliest: just before it, at every moment something changes (and the morning after it), and
        // anywhere between, a rule blocks or it is their night.
        const events = [
          ...log.flatMap((t) => [t.at, t.agreedNextAt]),
          ...recipient.interviews.flatMap((i) => [i.bookedAt, i.startsAt, i.cancelledAt, i.debriefedAt]),
        ].flatMap((e) => (e ? [Date.parse(e), wakingTime(Date.parse(e), zone, s)] : []));
        const probes = [next - 1, ...events, ...between.map((k) => at + Math.floor(((next - at) * k) / 1000))];
        for (const t of probes) {
          if (t < at || t >= next) continue;
          expect(blocks(log, recipient, s, t, channel, required).length > 0 || !awake(t, zone, s)).toBe(true);
        }
      }),
      { numRuns: 2000, seed: 20260329 },
    );
  }, 120_000);
});
