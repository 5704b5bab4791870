import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../api/contract';
import { formatIn, fromZonedInput, theirTime, toZonedInput } from '../../renderer/person/labels';
import { standingOf } from '../../renderer/person/standing';

const NOW = Date.parse('2026-03-10T11:00:00Z');
const allowed: Verdict = { verdict: 'allowed', reasons: [] };
const warn: Verdict = {
  verdict: 'warn',
  reasons: [{ rule: 'value-first', severity: 'warn', message: 'Bring something of value.' }],
};
const blockedUntil = (until: string): Verdict => ({
  verdict: 'blocked',
  reasons: [{ rule: 'soft-no', severity: 'block', message: 'Their "not now" is a no for now.', until }],
  nextAllowedAt: until,
});
const stop: Verdict = {
  verdict: 'blocked',
  reasons: [{ rule: 'do-not-contact', severity: 'block', message: 'They asked not to be contacted.' }],
};
const takeAway: Verdict = {
  verdict: 'blocked',
  reasons: [{ rule: 'take-away', severity: 'block', message: 'The next contact must be the take-away.' }],
  nextAllowedAt: '2026-03-10T11:00:00.000Z',
  requiredKind: 'take-away',
};

describe('whether contact is allowed now, for the person page', () => {
  it('waits until every channel has been checked', () => {
    expect(standingOf([allowed, null], NOW)).toBeNull();
    expect(standingOf([], NOW)).toBeNull();
  });

  it('takes the most open channel: one allowed channel is enough', () => {
    expect(standingOf([blockedUntil('2026-03-11T07:00:00.000Z'), allowed], NOW)).toEqual({
      tone: 'allowed',
      takeAway: false,
    });
    expect(standingOf([warn, blockedUntil('2026-03-11T07:00:00.000Z')], NOW)).toEqual({
      tone: 'warn',
      takeAway: false,
    });
  });

  it('leads a block with the earliest moment any channel opens', () => {
    const later = blockedUntil('2026-04-01T06:00:00.000Z');
    const sooner = blockedUntil('2026-03-12T18:00:00.000Z');
    expect(standingOf([later, sooner], NOW)).toEqual({
      tone: 'blocked',
      takeAway: false,
      nextAllowedAt: sooner.nextAllowedAt,
    });
    expect(standingOf([stop, later], NOW)).toMatchObject({ tone: 'blocked', nextAllowedAt: later.nextAllowedAt });
    expect(standingOf([stop, stop], NOW)).toEqual({ tone: 'blocked', takeAway: false });
  });

  it('reads a take-away that may go now as a caution, and one still to wait for as a block', () => {
    expect(standingOf([takeAway, stop], NOW)).toEqual({ tone: 'warn', takeAway: true });
    const notYet = { ...takeAway, nextAllowedAt: '2026-03-12T08:00:00.000Z' };
    expect(standingOf([notYet, notYet], NOW)).toEqual({
      tone: 'blocked',
      takeAway: false,
      nextAllowedAt: notYet.nextAllowedAt,
    });
  });
});

describe('times as the person lives them', () => {
  it('writes the day and time on their wall clock, not the computer’s', () => {
    expect(formatIn('2026-03-12T18:00:00.000Z', 'America/Sao_Paulo')).toBe('Thursday 12 Mar, 15:00');
    expect(theirTime('2026-03-12T18:00:00.000Z', 'America/Sao_Paulo')).toBe('Thursday 12 Mar, 15:00 their time');
    expect(theirTime('2026-03-12T18:00:00.000Z', 'Asia/Tokyo', false)).toBe('Friday 13 Mar their time');
    expect(theirTime('2026-03-12T18:00:00.000Z', 'UTC')).toBe('Thursday 12 Mar, 18:00 UTC');
  });

  it('turns a date field in their zone into the instant and back, across a change of the clocks', () => {
    expect(toZonedInput('2026-03-12T18:00:00.000Z', 'America/Sao_Paulo')).toBe('2026-03-12T15:00');
    expect(fromZonedInput('2026-03-12T15:00', 'America/Sao_Paulo')).toBe('2026-03-12T18:00:00.000Z');
    // Berlin moves to summer time on 29 March 2026: 10:00 is 08:00 UTC after it, 09:00 UTC before.
    expect(fromZonedInput('2026-03-30T10:00', 'Europe/Berlin')).toBe('2026-03-30T08:00:00.000Z');
    expect(fromZonedInput('2026-03-28T10:00', 'Europe/Berlin')).toBe('2026-03-28T09:00:00.000Z');
    expect(toZonedInput('2026-03-30T08:00:00.000Z', 'Europe/Berlin')).toBe('2026-03-30T10:00');
    expect(fromZonedInput('', 'Europe/Berlin')).toBe('');
  });
});
