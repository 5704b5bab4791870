import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TOUCH_CHANNELS, TOUCH_KINDS, type TouchChannel, type TouchKind } from '../../core/model';
import {
  checkContact,
  DEFAULT_SETTINGS,
  MAX_STEPS,
  parseInstant,
  wakingTime,
  type Intent,
  type LoggedTouch,
  type PolicySettings,
  type Recipient,
  type Verdict,
} from '../../core/policy';
import { makeBackend } from './helpers';

// The search for the next allowed time skips ahead where the rules say nothing can change ("stop" never lifts but for
// a thank-you letter after a later "stop"; the take-away, the ball in their court and the client's feedback wait for
// their next conversation), and the check reads what was logged after its moment only when that search runs. Both
// must answer as the plain search does: one step at a time, to the latest rule's lift or the next logged contact,
// over the whole log.

const DAY = 86_400_000;
const HOUR = 3_600_000;
const START = Date.parse('2026-01-01T00:00:00Z');
const SPAN = 120 * DAY;

/**
 * The plain search, as first written: the reasons at each moment come from `checkContact` given only what was
 * logged up to that moment, so no later contact can be skipped.
 */
function reference(
  history: readonly LoggedTouch[],
  recipient: Recipient,
  settings: PolicySettings,
  intent: Intent,
): Verdict {
  const times = [...new Set(history.map((t) => Date.parse(t.at)))].sort((a, b) => a - b);
  const reasonsAt = (at: number, kind: TouchKind) =>
    checkContact(
      history.filter((t) => Date.parse(t.at) <= at),
      recipient,
      settings,
      { ...intent, kind, at: new Date(at) },
    ).reasons;
  const reasons = reasonsAt(intent.at.getTime(), intent.kind);
  const blocks = reasons.filter((r) => r.severity === 'block');
  if (blocks.length === 0) return { verdict: reasons.length ? 'warn' : 'allowed', reasons };
  const requiredKind = blocks.some((r) => r.rule === 'take-away') ? ('take-away' as const) : undefined;
  let next: number | undefined;
  let at = intent.at.getTime();
  for (let step = 0; step < MAX_STEPS; step++) {
    const pending = reasonsAt(at, requiredKind ?? intent.kind).filter((r) => r.severity === 'block');
    const touch = times.find((t) => t > at);
    let candidate: number | undefined;
    if (pending.length === 0) {
      candidate = wakingTime(at, recipient.timezone, settings);
      if (candidate === at) {
        next = at;
        break;
      }
    } else if (pending.every((r) => r.until !== undefined)) {
      candidate = Math.max(...pending.map((r) => Date.parse(r.until!)));
    }
    if (touch !== undefined) candidate = Math.min(candidate ?? Infinity, touch);
    if (candidate === undefined) break;
    at = Math.max(candidate, at + 1);
  }
  return {
    verdict: 'blocked',
    reasons,
    ...(next !== undefined ? { nextAllowedAt: new Date(next).toISOString() } : {}),
    ...(requiredKind ? { requiredKind } : {}),
  };
}

// Whole hours, so several contacts share a moment and the order within one is tested too.
const time = fc.integer({ min: 0, max: SPAN / HOUR }).map((h) => new Date(START + h * HOUR).toISOString());

const anyTouch = fc.record({
  at: time,
  channel: fc.constantFrom<TouchChannel>(...TOUCH_CHANNELS),
  direction: fc.constantFrom<'in' | 'out'>('in', 'out', 'out', 'out'),
  kind: fc.constantFrom<TouchKind>(...TOUCH_KINDS),
  outcome: fc.constantFrom('no-answer', 'voicemail', 'connected', 'replied', 'sent' as const),
  response: fc.oneof(
    { arbitrary: fc.constant(null), weight: 60 },
    { arbitrary: fc.constantFrom('interested', 'permission', 'soft-no', 'no', 'neutral' as const), weight: 30 },
    { arbitrary: fc.constant('stop' as const), weight: 2 },
  ),
  agreedNextAt: fc.option(time, { nil: null, freq: 4 }),
});

// Unanswered outreach, take-aways and letters among it: the searches that pass many contacts.
const coldTouch = fc.record({
  at: time,
  channel: fc.constantFrom<TouchChannel>('email', 'phone', 'linkedin', 'letter'),
  direction: fc.constant('out' as const),
  kind: fc.constantFrom<TouchKind>('follow-up', 'value-add', 'take-away', 'thank-you-letter'),
  outcome: fc.constantFrom('no-answer', 'voicemail', 'sent' as const),
  response: fc.constant(null),
  agreedNextAt: fc.constant(null),
});
// Long logs too (fast-check keeps arrays short unless asked): the searches that pass many contacts need them.
const historyArb = fc.array(fc.oneof({ arbitrary: coldTouch, weight: 3 }, { arbitrary: anyTouch, weight: 1 }), {
  maxLength: 150,
  size: 'max',
});

const settingsArb = fc
  .record({
    weeklyCap: fc.integer({ min: 1, max: 7 }),
    monthlyCap: fc.integer({ min: 7, max: 12 }),
    minGapBusinessDays: fc.integer({ min: 1, max: 4 }),
    takeAwayAfter: fc.integer({ min: 1, max: 4 }),
    clientFeedbackMax: fc.integer({ min: 1, max: 3 }),
  })
  .map((s): PolicySettings => ({ ...DEFAULT_SETTINGS, ...s }));

const recipientArb = fc.record(
  {
    timezone: fc.constantFrom('Europe/Berlin', 'America/Chicago', 'Asia/Tokyo', 'UTC'),
    feedbackSince: time,
  },
  { requiredKeys: ['timezone'] },
);

const intentArb = fc.record({
  at: time.map((t) => new Date(Date.parse(t) + 30 * 60_000)),
  channel: fc.constantFrom<TouchChannel>(...TOUCH_CHANNELS),
  kind: fc.constantFrom<TouchKind>(...TOUCH_KINDS),
});

const outbound = (at: number, kind: TouchKind = 'follow-up'): LoggedTouch => ({
  at: new Date(at).toISOString(),
  channel: 'email',
  direction: 'out',
  kind,
  outcome: 'sent',
  response: null,
  agreedNextAt: null,
});

describe('the search for the next allowed time', () => {
  it('answers as the plain step-by-step search does, over the whole log and with the later part read on demand', () => {
    fc.assert(
      fc.property(historyArb, recipientArb, settingsArb, intentArb, (history, recipient, settings, intent) => {
        const expected = reference(history, recipient, settings, intent);
        expect(checkContact(history, recipient, settings, intent)).toEqual(expected);
        const at = intent.at.getTime();
        const until = history.filter((t) => Date.parse(t.at) <= at);
        let asked = 0;
        const later = () => {
          asked++;
          return history.filter((t) => Date.parse(t.at) > at);
        };
        expect(checkContact(until, recipient, settings, intent, later)).toEqual(expected);
        // What came later is read once, and only when there is a next allowed time to look for.
        const stopped = expected.reasons.some((r) => r.rule === 'do-not-contact');
        const letter = intent.kind === 'thank-you-letter' && intent.channel === 'letter';
        const searched = expected.verdict === 'blocked' && (!stopped || letter);
        expect(asked).toBe(searched ? 1 : 0);
      }),
      { numRuns: 300, seed: 20260101 },
    );
  });

  it('counts the contacts it passes on the way to their reply as steps, and stops where the plain search stops', () => {
    const recipient = { timezone: 'UTC' };
    const intent = { at: new Date(START + 12 * HOUR), channel: 'email' as const, kind: 'follow-up' as const };
    const reply = (at: number): LoggedTouch => ({
      at: new Date(at).toISOString(),
      channel: 'email',
      direction: 'in',
      kind: 'reply',
      outcome: 'replied',
      response: 'neutral',
      agreedNextAt: null,
    });
    // An unanswered take-away, then contacts logged anyway, then their reply: only from it may they be contacted.
    const withContacts = (count: number) => {
      const history = [outbound(START + 9 * HOUR, 'take-away')];
      for (let i = 1; i <= count; i++) history.push(outbound(START + i * DAY + 9 * HOUR));
      history.push(reply(START + (count + 1) * DAY + 9 * HOUR));
      return history;
    };
    const reached: boolean[] = [];
    for (let count = MAX_STEPS - 8; count <= MAX_STEPS; count++) {
      const history = withContacts(count);
      const verdict = checkContact(history, recipient, DEFAULT_SETTINGS, intent);
      expect(verdict).toEqual(reference(history, recipient, DEFAULT_SETTINGS, intent));
      if (verdict.nextAllowedAt) expect(Date.parse(verdict.nextAllowedAt)).toBeGreaterThan(START + (count + 1) * DAY);
      reached.push(verdict.nextAllowedAt !== undefined);
    }
    // Nearer, the search reaches their reply and what follows it; farther, it gives up and leaves it to them.
    expect(reached[0]).toBe(true);
    expect(reached.at(-1)).toBe(false);
  });

  it('followups.check, reading the database, answers as the plain search over the whole log', async () => {
    const b = makeBackend();
    const person = await b.ok('people.create', { kind: 'candidate', name: 'Ada Okafor', timezone: 'Europe/Berlin' });
    const insert = b.db.prepare(
      `INSERT INTO touches (id, person_id, at, channel, direction, kind, outcome, response, agreed_next_at, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00.000Z')`,
    );
    const samples = fc.sample(fc.tuple(historyArb, fc.array(intentArb, { minLength: 1, maxLength: 4 })), {
      numRuns: 60,
      seed: 20260102,
    });
    for (const [history, intents] of samples) {
      b.db.prepare('DELETE FROM touches').run();
      for (const t of history) {
        insert.run(
          randomUUID(),
          person.id,
          t.at,
          t.channel,
          t.direction,
          t.kind,
          t.outcome,
          t.response,
          t.agreedNextAt,
        );
      }
      for (const intent of intents) {
        const answer = await b.ok('followups.check', {
          personId: person.id,
          channel: intent.channel,
          kind: intent.kind,
          at: intent.at.toISOString(),
        });
        expect(answer).toEqual(reference(history, { timezone: 'Europe/Berlin' }, DEFAULT_SETTINGS, intent));
      }
    }
  });
});

describe('parseInstant', () => {
  it('reads every time as Date.parse does, the stored form and anything else', () => {
    const instant = fc.integer({ min: -62_000_000_000_000, max: 253_000_000_000_000 }).map((ms) => new Date(ms));
    fc.assert(
      fc.property(instant, (at) => {
        expect(parseInstant(at.toISOString())).toBe(Date.parse(at.toISOString()));
      }),
      { numRuns: 2_000, seed: 20260103 },
    );
    // One character changed: other days of the month, other forms, and text that is no time at all.
    const changed = fc
      .tuple(instant, fc.nat({ max: 23 }), fc.constantFrom(...'0123456789-:.TZ +'))
      .map(([at, i, c]) => {
        const iso = at.toISOString();
        return iso.slice(0, i) + c + iso.slice(i + 1);
      });
    fc.assert(
      fc.property(changed, (text) => {
        expect(Object.is(parseInstant(text), Date.parse(text))).toBe(true);
      }),
      { numRuns: 5_000, seed: 20260104 },
    );
    for (const text of ['2024-02-29T12:00:00.000Z', '2023-02-29T12:00:00.000Z', '2026-04-31T00:00:00.000Z']) {
      expect(Object.is(parseInstant(text), Date.parse(text))).toBe(true);
    }
  });
});
