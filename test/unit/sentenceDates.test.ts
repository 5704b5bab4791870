import { afterEach, describe, expect, it } from 'vitest';
import type { Channel, Envelope, Input, Output } from '../../api/contract';
import { dispatch } from '../../api/dispatch';
import { Session } from '../../api/session';
import { readLocale } from '../../core/dates';
import { describeDue } from '../../core/policy';
import { describeTaskDue } from '../../core/tasks';
import { Vault } from '../../db/vault';
import { formatDayTime, formatTime, setDateLocale } from '../../renderer/dates';
import { makeBackend, seedBasics, T0, tempDir } from './helpers';

// Tuesday 10 March 2026, 11:00 UTC: the moment these dates are read.
const NOW = '2026-03-10T11:00:00Z';
const SAO_PAULO = 'America/Sao_Paulo';

afterEach(() => setDateLocale(undefined));

describe('the dates in the backend’s sentences', () => {
  it('are written exactly as the screens write the same instant, in the same zone and locale', () => {
    for (const locale of ['en-US', 'en-GB', 'de-DE']) {
      setDateLocale(locale);
      // This year and next: the year shows only in the second, on both sides.
      for (const at of ['2026-03-12T18:00:00.000Z', '2027-01-05T13:30:00.000Z']) {
        const screen = formatDayTime(at, NOW, { timeZone: SAO_PAULO });
        expect(describeDue('agreed-date', at, SAO_PAULO, { locale, now: NOW })).toBe(
          `They agreed to hear from you from ${screen} their time.`,
        );
        expect(describeTaskDue(at, new Date(NOW), SAO_PAULO, locale)).toBe(`Due ${screen}.`);
      }
      const today = '2026-03-10T20:00:00.000Z';
      expect(describeTaskDue(today, new Date(NOW), SAO_PAULO, locale)).toBe(
        `Due today at ${formatTime(today, { timeZone: SAO_PAULO })}.`,
      );
    }
    // And that shape is the one the screens show, not a second one.
    expect(describeDue('agreed-date', '2026-03-12T18:00:00.000Z', SAO_PAULO, { locale: 'en-US', now: NOW })).toBe(
      'They agreed to hear from you from Thu, Mar 12, 3:00 PM their time.',
    );
  });

  it('follow the recruiter’s locale: Today’s task in British English', async () => {
    const b = makeBackend();
    b.ctx.locale = 'en-GB';
    b.ctx.zone = 'Europe/London';
    const { candidate } = await seedBasics(b);
    await b.ok('tasks.create', { personId: candidate.id, title: 'Chase the reference', dueAt: '2026-03-01T10:00:00Z' });
    const [task] = (await b.ok('queue.today', {})).filter((i) => i.type === 'task-due');
    expect(task!.reason).toBe('Chase the reference. Overdue: it was due Sun 1 Mar, 10:00.');
  });
});

describe('the recruiter’s locale', () => {
  it('is a tag Intl can write dates in, canonical; anything else is American English', () => {
    expect(readLocale('de-DE')).toBe('de-DE');
    expect(readLocale('en-gb')).toBe('en-GB');
    expect(readLocale('en-US-u-hc-h23')).toBe('en-US-u-hc-h23');
    for (const bad of ['', 'en_US', 'not a locale', 'zz', 'i-klingon', 'en-'.repeat(40) + 'US', 42, null, undefined]) {
      expect(readLocale(bad)).toBe('en-US');
    }
  });

  it('is named by the app’s first call, profiles.list, and kept for the sentences until it names another', async () => {
    const session = new Session(new Vault(tempDir(), { N: 2 ** 10, r: 8, p: 1 }), 'test', () => T0);
    async function list(input: Input<'profiles.list'>): Promise<Envelope<Output<'profiles.list'>>> {
      return (await dispatch(session, 'profiles.list' as Channel, input, () => {})) as Envelope<
        Output<'profiles.list'>
      >;
    }
    expect(session.locale).toBeUndefined();
    expect((await list({ locale: 'de-de' })).ok).toBe(true);
    expect(session.locale).toBe('de-DE');
    expect((await list({})).ok).toBe(true);
    expect(session.locale).toBe('de-DE');
    // Not a tag, not a string: read as the default, never refused, or the app could not start.
    for (const bad of ['<script>', 'x'.repeat(5000), 7 as unknown as string]) {
      expect((await list({ locale: bad })).ok).toBe(true);
      expect(session.locale).toBe('en-US');
      session.locale = 'de-DE';
    }
  });
});
