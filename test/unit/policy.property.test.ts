import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TOUCH_CHANNELS, TOUCH_KINDS, type TouchChannel, type TouchKind } from '../../core/model';
import { checkContact, contactState, DEFAULT_SETTINGS, historyUntil, outlookOf, type LoggedTouch, type PolicySettings } from '../../core/policy';
import { localDayKey } from '../../core/zoned';

const DAY = 86_400_000;
const START = Date.parse('2026-01-01T00:00:00Z');
const zones = fc.constantFrom('Europe/Berlin', 'America/Chicago', 'Asia/Tokyo', 'Australia/Sydney', 'UTC');
const channels = fc.constantFrom<TouchChannel>(...TOUCH_CHANNELS);
const kinds = fc.constantFrom<TouchKind>(...TOUCH_KINDS);
const settings = fc.record({
  weeklyCap: fc.integer({ min: 1, max: 7 }),
  monthlyCap: fc.integer({ min: 7, max: 12 }),
  minGapBusinessDays: fc.integer({ min: 1, max: 4 }),
  takeAwayAfter: fc.integer({ min: 1, max: 4 }),
}).map((s): PolicySettings => ({ ...DEFAULT_SETTINGS, ...s }));

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
  agreedNextAt: fc.option(fc.integer({ min: START, max: START + 90 * DAY }).map((t) => new Date(t).toISOString()), { nil: null }),
});

function maxInAnyWindow(times: number[], windowMs: number): number {
  let best = 0;
  for (let i = 0; i < times.length; i++) best = Math.max(best, times.filter((t) => t >= times[i]! && t - times[i]! < windowMs).length);
  return best;
}

describe('policy properties', () => {
  it('a recruiter who always waits for nextAllowedAt never exceeds a cap in any window, nor twice a day', () => {
    fc.assert(
      fc.property(zones, settings, fc.array(fc.tuple(fc.integer({ min: 0, max: 5 * DAY }), channels), { minLength: 5, maxLength: 25 }), (zone, s, attempts) => {
        const history: LoggedTouch[] = [];
        let now = START;
        for (const [wait, channel] of attempts) {
          now += wait;
          const verdict = checkContact(history, { timezone: zone }, s, { at: new Date(now), channel, kind: 'follow-up' });
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
      }),
      { numRuns: 150 },
    );
  });

  it('after "stop", nothing but one handwritten thank-you letter is ever allowed', () => {
    fc.assert(
      // Attempts move forward in time, as a recruiter does: each waits some while after the last.
      fc.property(zones, fc.array(fc.tuple(fc.integer({ min: 0, max: 40 * DAY }), channels, kinds), { minLength: 1, maxLength: 30 }), (zone, attempts) => {
        const stop: LoggedTouch = { at: new Date(START).toISOString(), channel: 'email', direction: 'in', kind: 'reply', outcome: 'replied', response: 'stop', agreedNextAt: null };
        const history = [stop];
        let letters = 0;
        let at = START + 1;
        for (const [wait, channel, kind] of attempts) {
          at += wait;
          const verdict = checkContact(history, { timezone: zone }, DEFAULT_SETTINGS, { at: new Date(at), channel, kind });
          if (verdict.verdict !== 'blocked') {
            expect([channel, kind]).toEqual(['letter', 'thank-you-letter']);
            letters++;
            history.push(out(at, channel, kind));
          } else {
            expect(verdict.nextAllowedAt).toBeUndefined();
          }
        }
        expect(letters).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same verdict for the same inputs, whatever order the history arrives in', () => {
    fc.assert(
      fc.property(zones, fc.array(touchArb, { maxLength: 20 }), fc.integer({ min: START, max: START + 90 * DAY }), channels, kinds, (zone, history, at, channel, kind) => {
        const intent = { at: new Date(at), channel, kind };
        const first = checkContact(history as LoggedTouch[], { timezone: zone }, DEFAULT_SETTINGS, intent);
        const second = checkContact([...history].reverse() as LoggedTouch[], { timezone: zone }, DEFAULT_SETTINGS, intent);
        expect(second).toEqual(first);
        if (first.nextAllowedAt) expect(Date.parse(first.nextAllowedAt)).toBeGreaterThanOrEqual(at);
      }),
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
        const verdict = checkContact(sorted, { timezone: zone }, DEFAULT_SETTINGS, { at: new Date(due), channel: 'email', kind: 'follow-up' });
        expect(verdict.reasons.map((r) => r.rule)).not.toEqual(expect.arrayContaining(['agreed-date']));
        expect(verdict.reasons.filter((r) => ['soft-no', 'no-for-now', 'do-not-contact', 'ball-in-their-court'].includes(r.rule))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
