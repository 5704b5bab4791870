import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TOUCH_CHANNELS, TOUCH_KINDS, type TouchChannel, type TouchKind } from '../../core/model';
import {
  checkContact,
  DEFAULT_SETTINGS,
  historyUntil,
  outlookOf,
  type LoggedTouch,
  type PolicySettings,
} from '../../core/policy';
import { openDatabase } from '../../db/connection';
import { loggedHistory, RELEVANT_SQL, relevantHistory } from '../../db/outlook';

const DAY = 86_400_000;
const START = Date.parse('2026-01-01T00:00:00Z');
const SPAN = 150 * DAY;
// Coarse times (whole hours) so ties at one instant, and their ordering, are tested too.
const time = fc.integer({ min: 0, max: SPAN / 3_600_000 }).map((h) => new Date(START + h * 3_600_000).toISOString());

const anyTouch = fc.record({
  at: time,
  channel: fc.constantFrom<TouchChannel>(...TOUCH_CHANNELS),
  direction: fc.constantFrom<'in' | 'out'>('in', 'out', 'out', 'out'),
  kind: fc.constantFrom<TouchKind>(...TOUCH_KINDS),
  outcome: fc.constantFrom('no-answer', 'voicemail', 'connected', 'replied', 'sent' as const),
  // A "stop" ends every other rule, so it must be rare for the others to be tested.
  response: fc.oneof(
    { arbitrary: fc.constant(null), weight: 60 },
    { arbitrary: fc.constantFrom('interested', 'permission', 'soft-no', 'no', 'neutral' as const), weight: 30 },
    { arbitrary: fc.constant('stop' as const), weight: 1 },
  ),
  agreedNextAt: fc.option(time, { nil: null, freq: 4 }),
});

// Long runs of unanswered outreach, as with a cold candidate, mixed with every other kind of contact.
const coldTouch = fc.record({
  at: time,
  channel: fc.constantFrom<TouchChannel>('email', 'phone', 'linkedin'),
  direction: fc.constant('out' as const),
  kind: fc.constantFrom<TouchKind>('follow-up', 'value-add', 'take-away', 'thank-you-letter'),
  outcome: fc.constantFrom('no-answer', 'voicemail', 'sent' as const),
  response: fc.constant(null),
  agreedNextAt: fc.constant(null),
});
const touchArb = fc.oneof({ arbitrary: coldTouch, weight: 3 }, { arbitrary: anyTouch, weight: 1 });

const settingsArb = fc
  .record({
    monthlyCap: fc.integer({ min: 7, max: 12 }),
    valueFirstCount: fc.integer({ min: 2, max: 6 }),
    sameChannelCount: fc.integer({ min: 2, max: 6 }),
    takeAwayAfter: fc.integer({ min: 1, max: 4 }),
  })
  .map((s): PolicySettings => ({ ...DEFAULT_SETTINGS, ...s }));

describe('relevantHistory', () => {
  const db = openDatabase(':memory:');
  db.prepare(
    "INSERT INTO people (id, kind, name, created_at, updated_at) VALUES ('p', 'candidate', 'P', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')",
  ).run();
  const insert = db.prepare(
    "INSERT INTO touches (id, person_id, at, channel, direction, kind, outcome, response, agreed_next_at, created_at) VALUES (?, 'p', ?, ?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00.000Z')",
  );
  const store = (history: LoggedTouch[]) => {
    db.prepare('DELETE FROM touches').run();
    for (const t of history)
      insert.run(randomUUID(), t.at, t.channel, t.direction, t.kind, t.outcome, t.response, t.agreedNextAt);
  };

  it('gives every check the same verdict as the whole contact log', () => {
    fc.assert(
      fc.property(
        fc.array(touchArb, { maxLength: 120 }),
        settingsArb,
        fc.array(
          fc.tuple(time, fc.constantFrom<TouchChannel>(...TOUCH_CHANNELS), fc.constantFrom<TouchKind>(...TOUCH_KINDS)),
          { minLength: 1, maxLength: 4 },
        ),
        fc.option(time, { nil: undefined }),
        (history, settings, intents, feedbackSince) => {
          store(history as LoggedTouch[]);
          const whole = loggedHistory(db, 'p');
          for (const [at, channel, kind] of intents) {
            const intent = { at: new Date(at), channel, kind };
            const part = relevantHistory(db, 'p', intent.at);
            expect(part.length).toBeLessThanOrEqual(whole.length);
            const recipient = { timezone: 'Europe/Berlin', ...(feedbackSince ? { feedbackSince } : {}) };
            expect(checkContact(part, recipient, settings, intent)).toEqual(
              checkContact(whole, recipient, settings, intent),
            );
            // Later contacts beyond the search's reach are left out, so the outlook is the same as of the check.
            expect(outlookOf(historyUntil(part, intent.at.getTime()), settings)).toEqual(
              outlookOf(historyUntil(whole, intent.at.getTime()), settings),
            );
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('counts every contact of the last 30 days, even those before a conversation inside them', () => {
    const at = START + 100 * DAY;
    const history: LoggedTouch[] = [];
    for (let d = 30; d >= 1; d--) {
      for (const h of [9, 15])
        history.push({
          at: new Date(at - d * DAY + h * 3_600_000 - 24 * 3_600_000).toISOString(),
          channel: 'email',
          direction: 'out',
          kind: 'value-add',
          outcome: 'sent',
          response: null,
          agreedNextAt: null,
        });
    }
    history.push({
      at: new Date(at - 25 * DAY).toISOString(),
      channel: 'phone',
      direction: 'in',
      kind: 'reply',
      outcome: 'connected',
      response: 'neutral',
      agreedNextAt: null,
    });
    store(history);
    const intent = { at: new Date(at), channel: 'email' as const, kind: 'value-add' as const };
    const settings = { ...DEFAULT_SETTINGS, weeklyCap: 7, monthlyCap: 12 };
    const verdict = checkContact(relevantHistory(db, 'p', intent.at), { timezone: 'UTC' }, settings, intent);
    expect(verdict.reasons.find((r) => r.rule === 'monthly-cap')?.message).toMatch(/^58 contacts in the last 30 days/);
    expect(verdict).toEqual(checkContact(loggedHistory(db, 'p'), { timezone: 'UTC' }, settings, intent));
  });

  it('reads a month and a few anchors, not a long history', () => {
    const history: LoggedTouch[] = [];
    for (let i = 0; i < 400; i++) {
      const at = new Date(START + i * DAY).toISOString();
      history.push(
        i % 2
          ? {
              at,
              channel: 'email',
              direction: 'out',
              kind: 'follow-up',
              outcome: 'sent',
              response: null,
              agreedNextAt: null,
            }
          : {
              at,
              channel: 'email',
              direction: 'in',
              kind: 'reply',
              outcome: 'replied',
              response: 'neutral',
              agreedNextAt: null,
            },
      );
    }
    store(history);
    expect(relevantHistory(db, 'p', new Date(START + 399 * DAY)).length).toBeLessThan(45);
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

  it('reads as far ahead as the search for the next allowed time can go, not the rest of the log', () => {
    // A contact a day for three years; the check is at the end of the first month.
    const history: LoggedTouch[] = [];
    for (let i = 0; i < 1_000; i++) history.push(outbound(START + i * DAY + 10 * 3_600_000));
    store(history);
    const at = new Date(START + 30 * DAY);
    const part = relevantHistory(db, 'p', at);
    expect(part.length).toBe(30 + 64);
    expect(part.map((t) => t.at).sort()[part.length - 1]).toBe(
      new Date(START + 93 * DAY + 10 * 3_600_000).toISOString(),
    );
    expect(relevantHistory(db, 'p', at, 8)).toHaveLength(30 + 8);
  });

  it('reads ahead as far as the answer lies, past contacts logged while only they could open the way', () => {
    // An unanswered take-away, then ten more contacts logged with a reason, then their reply:
    // only from the reply on can the recruiter write again.
    const history = [outbound(START + 9 * 3_600_000, 'take-away')];
    for (let d = 1; d <= 10; d++) history.push(outbound(START + d * DAY + 9 * 3_600_000));
    history.push({
      at: new Date(START + 12 * DAY + 9 * 3_600_000).toISOString(),
      channel: 'email',
      direction: 'in',
      kind: 'reply',
      outcome: 'replied',
      response: 'neutral',
      agreedNextAt: null,
    });
    store(history);
    const intent = { at: new Date(START + 12 * 3_600_000), channel: 'email' as const, kind: 'follow-up' as const };
    const recipient = { timezone: 'UTC' };
    const whole = checkContact(loggedHistory(db, 'p'), recipient, DEFAULT_SETTINGS, intent);
    expect(Date.parse(whole.nextAllowedAt!)).toBeGreaterThan(START + 12 * DAY);
    expect(checkContact(relevantHistory(db, 'p', intent.at), recipient, DEFAULT_SETTINGS, intent)).toEqual(whole);
    // Reading less far ahead would miss the reply, and say only they can open the way.
    const short = checkContact(relevantHistory(db, 'p', intent.at, 8), recipient, DEFAULT_SETTINGS, intent);
    expect(short.nextAllowedAt).toBeUndefined();
  });

  it('finds each older moment through its own index', () => {
    const plan = (sql: string) =>
      (
        db
          .prepare(`EXPLAIN QUERY PLAN ${sql}`)
          .all({ person: 'p', from: 'x', after: 'y', at: 'z', until: 'w', skip: 3 }) as {
          detail: string;
        }[]
      )
        .map((r) => r.detail)
        .join('\n');
    expect(plan(RELEVANT_SQL.lastConversation)).toMatch(/USING (COVERING )?INDEX touches_conversations/);
    expect(plan(RELEVANT_SQL.lastResponse)).toMatch(/USING (COVERING )?INDEX touches_responses/);
    expect(plan(RELEVANT_SQL.lastStop)).toMatch(/USING (COVERING )?INDEX touches_stops/);
    expect(plan(RELEVANT_SQL.nthOutbound)).toMatch(/USING (COVERING )?INDEX touches_outbound/);
    for (const sql of Object.values(RELEVANT_SQL)) expect(plan(sql)).not.toMatch(/SCAN|TEMP B-TREE/);
  });
});
