import { describe, expect, it } from 'vitest';
import { makeBackend, tableCounts, T0 } from './helpers';

/** The calendar day an instant falls on in `zone`, as YYYY-MM-DD. */
const localDay = (iso: string | null | undefined, zone: string) =>
  iso ? new Date(iso).toLocaleDateString('en-CA', { timeZone: zone }) : undefined;

describe('how replies’ numeric dates are read', () => {
  const text = 'Busy now, call me back on 3/4 please.';

  it('reads as people write until the recruiter chooses, then in the order chosen, for classify and touches.log alike', async () => {
    const b = makeBackend();
    expect(await b.ok('settings.reading', {})).toEqual({ dateOrder: 'as-written' });
    const read = async (timezone: string) =>
      localDay((await b.ok('signals.classify', { text, timezone })).until, timezone);
    // As written: day first from London, month first from New York.
    expect(await read('Europe/London')).toBe('2026-04-03');
    expect(await read('America/New_York')).toBe('2026-03-04');

    expect(await b.ok('settings.updateReading', { dateOrder: 'month-day' })).toEqual({ dateOrder: 'month-day' });
    expect(await read('Europe/London')).toBe('2026-03-04');
    const ada = await b.ok('people.create', { kind: 'candidate', name: 'Ada Okafor', timezone: 'Europe/London' });
    const logged = await b.ok('touches.log', {
      personId: ada.id,
      at: T0.toISOString(),
      channel: 'email',
      direction: 'in',
      kind: 'reply',
      outcome: 'replied',
      summary: text,
    });
    expect(localDay(logged.agreedNextAt, 'Europe/London')).toBe('2026-03-04');

    await b.ok('settings.updateReading', { dateOrder: 'day-month' });
    expect(await read('America/New_York')).toBe('2026-04-03');
  });

  it('refuses an order it does not know, and keeps the one saved', async () => {
    const b = makeBackend();
    await b.ok('settings.updateReading', { dateOrder: 'day-month' });
    const before = tableCounts(b.db);
    const result = await b.send('settings.updateReading', { dateOrder: 'year-first' as never });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'validation', message: expect.stringMatching(/day first or month first/) },
    });
    expect(tableCounts(b.db)).toEqual(before);
    expect(await b.ok('settings.reading', {})).toEqual({ dateOrder: 'day-month' });
  });
});
