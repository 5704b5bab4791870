import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContactState, Verdict } from '../../api/contract';
import { checkContact, DEFAULT_SETTINGS } from '../../core/policy';
import { setDateLocale } from '../../renderer/dates';
import { formatIn, fromZonedInput, theirTime, toZonedInput } from '../../renderer/person/labels';
import { bannerLead, standingOf, type WayCheck } from '../../renderer/person/standing';

const NOW = Date.parse('2026-03-10T11:00:00Z');

// Dates are written in the recruiter's locale: these expectations are American English, wherever they run.
beforeAll(() => setDateLocale('en-US'));
afterAll(() => setDateLocale(undefined));
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

const email = (verdict: Verdict | null, onFile = true): WayCheck => ({ way: 'email', verdict, onFile });
const phone = (verdict: Verdict | null, onFile = true): WayCheck => ({ way: 'phone', verdict, onFile });

describe('whether contact is allowed now, for the person page', () => {
  it('waits until every way has been checked', () => {
    expect(standingOf([email(allowed), phone(null)], NOW)).toBeNull();
    expect(standingOf([], NOW)).toBeNull();
  });

  it('is open only when every way is; one way blocked makes it a caution, every way a block', () => {
    expect(standingOf([email(allowed), phone(allowed)], NOW)).toMatchObject({ tone: 'allowed', takeAway: false });
    expect(standingOf([email(allowed), phone(blockedUntil('2026-03-11T07:00:00.000Z'))], NOW)).toMatchObject({
      tone: 'warn',
      takeAway: false,
    });
    expect(standingOf([email(warn), phone(allowed)], NOW)).toMatchObject({ tone: 'warn', takeAway: false });
    expect(standingOf([email(stop), phone(stop)], NOW)).toMatchObject({ tone: 'blocked' });
  });

  it('weighs only the ways with an address on file, and every way when none has one', () => {
    const quiet = blockedUntil('2026-03-11T07:00:00.000Z');
    // No phone number: the Call button cannot be used, so its block does not colour the banner.
    expect(standingOf([email(allowed), phone(quiet, false)], NOW)).toMatchObject({
      tone: 'allowed',
      ways: [{ way: 'email' }],
    });
    // Only a phone number: a block on calls is a block, whatever email would allow.
    expect(standingOf([email(allowed, false), phone(quiet)], NOW)).toMatchObject({
      tone: 'blocked',
      nextAllowedAt: quiet.nextAllowedAt,
    });
    expect(standingOf([email(allowed, false), phone(quiet, false)], NOW)).toMatchObject({
      tone: 'warn',
      ways: [{ way: 'email' }, { way: 'phone' }],
    });
  });

  it('leads a block with the earliest moment any way opens', () => {
    const later = blockedUntil('2026-04-01T06:00:00.000Z');
    const sooner = blockedUntil('2026-03-12T18:00:00.000Z');
    expect(standingOf([email(later), phone(sooner)], NOW)).toMatchObject({
      tone: 'blocked',
      takeAway: false,
      nextAllowedAt: sooner.nextAllowedAt,
    });
    expect(standingOf([email(stop), phone(later)], NOW)).toMatchObject({
      tone: 'blocked',
      nextAllowedAt: later.nextAllowedAt,
    });
    expect(standingOf([email(stop), phone(stop)], NOW)).not.toHaveProperty('nextAllowedAt');
  });

  it('reads a take-away that may go now as a caution, and one still to wait for as a block', () => {
    expect(standingOf([email(takeAway), phone(stop)], NOW)).toMatchObject({ tone: 'warn', takeAway: true });
    const notYet = { ...takeAway, nextAllowedAt: '2026-03-12T08:00:00.000Z' };
    expect(standingOf([email(notYet), phone(notYet)], NOW)).toMatchObject({
      tone: 'blocked',
      takeAway: false,
      nextAllowedAt: notYet.nextAllowedAt,
    });
  });
});

describe('the banner’s first words, way by way when the ways differ', () => {
  const BERLIN = 'Europe/Berlin';
  // What the rules say of a first email and a first call to a Berlin candidate no one has contacted yet.
  const checksAt = (iso: string) =>
    (['email', 'phone'] as const).map((way) => ({
      way,
      onFile: true,
      verdict: checkContact([], { timezone: BERLIN }, DEFAULT_SETTINGS, {
        channel: way,
        kind: 'first-contact',
        at: new Date(iso),
      }),
    }));
  const leadAt = (iso: string, state: ContactState['state'] = 'open', zone = BERLIN) =>
    bannerLead(standingOf(checksAt(iso), Date.parse(iso))!, state, zone, Date.parse(iso));

  it('says email may go now and calls wait for the morning, in amber, during their quiet hours', () => {
    // 06:30 in Berlin: an email is fine, a call waits for 08:00 that same morning.
    const early = '2026-03-10T05:30:00Z';
    expect(standingOf(checksAt(early), Date.parse(early))!.tone).toBe('warn');
    expect(leadAt(early)).toBe('Email now; calls from 8:00 AM their time (quiet hours).');
    // 22:30 in Berlin: the next call is tomorrow morning.
    expect(leadAt('2026-03-10T21:30:00Z')).toBe('Email now; calls from tomorrow 8:00 AM their time (quiet hours).');
  });

  it('says simply that they may be contacted when every way is open', () => {
    const midday = '2026-03-10T11:00:00Z';
    expect(standingOf(checksAt(midday), Date.parse(midday))!.tone).toBe('allowed');
    expect(leadAt(midday)).toBe('You may contact them now.');
  });

  it('keeps the caution and the take-away in words when no way is blocked', () => {
    expect(bannerLead(standingOf([email(warn), phone(allowed)], NOW)!, 'open', BERLIN, NOW)).toBe(
      'You may contact them now, with care.',
    );
    expect(bannerLead(standingOf([email(takeAway), phone(takeAway)], NOW)!, 'open', BERLIN, NOW)).toBe(
      'You may contact them now, with the take-away only.',
    );
    expect(bannerLead(standingOf([email(takeAway), phone(stop)], NOW)!, 'open', BERLIN, NOW)).toBe(
      'Email now (the take-away only); no calls (do not contact).',
    );
  });

  it('names one moment when every way opens at once, and each way’s when they open apart', () => {
    const both = standingOf(
      [email(blockedUntil('2026-03-12T14:00:00.000Z')), phone(blockedUntil('2026-03-12T14:00:00.000Z'))],
      NOW,
    )!;
    expect(bannerLead(both, 'paused-soft-no', BERLIN, NOW)).toBe(
      'Next contact allowed: Thu, Mar 12, 3:00 PM their time.',
    );
    const apart = standingOf(
      [email(blockedUntil('2026-03-10T19:00:00.000Z')), phone(blockedUntil('2026-03-13T07:00:00.000Z'))],
      NOW,
    )!;
    expect(bannerLead(apart, 'paused-soft-no', BERLIN, NOW)).toBe(
      'Not now: email from 8:00 PM their time ("not now" pause); ' +
        'calls from Fri, Mar 13, 8:00 AM their time ("not now" pause).',
    );
    expect(bannerLead(standingOf([email(stop), phone(stop)], NOW)!, 'do-not-contact', BERLIN, NOW)).toBe(
      'Do not contact them.',
    );
  });

  it('says UTC, not their time, for someone with no time zone on file', () => {
    expect(leadAt('2026-03-10T05:30:00Z', 'open', 'UTC')).toBe('Email now; calls from 7:00 AM UTC (quiet hours).');
  });
});

describe('times as the person lives them', () => {
  it('writes the day and time on their wall clock, not the computer’s', () => {
    expect(formatIn('2026-03-12T18:00:00.000Z', 'America/Sao_Paulo', NOW)).toBe('Thu, Mar 12, 3:00 PM');
    expect(theirTime('2026-03-12T18:00:00.000Z', 'America/Sao_Paulo', NOW)).toBe('Thu, Mar 12, 3:00 PM their time');
    expect(theirTime('2026-03-12T18:00:00.000Z', 'Asia/Tokyo', NOW, false)).toBe('Fri, Mar 13 their time');
    expect(theirTime('2026-03-12T18:00:00.000Z', 'UTC', NOW)).toBe('Thu, Mar 12, 6:00 PM UTC');
    // New Year's Eve in São Paulo is already the new year in Tokyo, and there it says so.
    expect(theirTime('2026-12-31T23:30:00.000Z', 'America/Sao_Paulo', NOW)).toBe('Thu, Dec 31, 8:30 PM their time');
    expect(theirTime('2026-12-31T23:30:00.000Z', 'Asia/Tokyo', NOW)).toBe('Fri, Jan 1, 2027, 8:30 AM their time');
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
