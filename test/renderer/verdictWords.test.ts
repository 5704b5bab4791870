import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIRECTIONS, TOUCH_KINDS } from '../../api/contract';
import { checkContact, DEFAULT_SETTINGS, type LoggedTouch } from '../../core/policy';
import { setDateLocale } from '../../renderer/dates';
import { KIND_DONE, KIND_LABELS } from '../../renderer/person/labels';
import { verdictWords } from '../../renderer/person/VerdictPanel';

beforeAll(() => setDateLocale('en-US'));
afterAll(() => setDateLocale(undefined));

const touch = (at: string, over: Partial<LoggedTouch> = {}): LoggedTouch => ({
  at,
  channel: 'email',
  direction: 'out',
  kind: 'follow-up',
  outcome: 'sent',
  response: null,
  agreedNextAt: null,
  ...over,
});
const LONDON = { timezone: 'Europe/London' };
const at = new Date('2026-11-23T10:00:00.000Z');
const check = (history: LoggedTouch[]) =>
  checkContact(history, LONDON, DEFAULT_SETTINGS, { channel: 'email', kind: 'follow-up', at });

describe('the rule box says what the verdict is', () => {
  it('heads a "stop" Do not contact, with no date to wait for', () => {
    const stop = touch('2026-11-20T10:00:00.000Z', {
      direction: 'in',
      kind: 'reply',
      outcome: 'replied',
      response: 'stop',
    });
    const words = verdictWords(check([stop]), at.getTime(), 'Europe/London');
    expect(words).toEqual({ title: 'Do not contact', next: null });
  });

  it('says only the take-away may go when that is all that blocks, not that the earliest moment is the one asked about', () => {
    const verdict = check([
      touch('2026-11-02T10:00:00.000Z', { kind: 'first-contact' }),
      touch('2026-11-06T10:00:00.000Z'),
      touch('2026-11-12T10:00:00.000Z'),
    ]);
    // The rules answer the take-away is allowed at the very moment checked.
    expect(verdict).toMatchObject({ verdict: 'blocked', requiredKind: 'take-away', nextAllowedAt: at.toISOString() });
    const words = verdictWords(verdict, at.getTime(), 'Europe/London');
    expect(words.title).toBe('Only the take-away');
    expect(words.next).not.toMatch(/Earliest allowed/);
  });

  it('names the earliest allowed moment when it is later than the moment checked', () => {
    const verdict = check([touch('2026-11-23T09:00:00.000Z')]);
    const words = verdictWords(verdict, at.getTime(), 'Europe/London');
    expect(words.title).toBe('Not now');
    expect(words.next).toMatch(/^Earliest allowed: Wed, Nov 25, 9:00 AM their time/);
  });
});

describe('the history says what each contact was as a sentence', () => {
  it('reads an inbound reply as what they did', () => {
    expect(`They ${KIND_DONE.in.reply}`).toBe('They replied');
    expect(`You ${KIND_DONE.out.reply}`).toBe('You replied');
  });

  it('reads every kind, either way, as a verb after You or They, never as the name of the kind', () => {
    for (const direction of DIRECTIONS)
      for (const kind of TOUCH_KINDS) {
        const done = KIND_DONE[direction][kind];
        expect(done, `${direction} ${kind}`).toMatch(/^[a-z][a-z -]+[a-z]$/);
        expect(done.toLowerCase()).not.toBe(KIND_LABELS[kind].toLowerCase());
        expect(done).not.toMatch(/(^| )(you|your|them|their)( |$)/);
      }
  });
});
