import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatDay, formatDayTime, formatMonth, formatTime, setDateLocale } from '../../renderer/dates';

// Tuesday 10 March 2026, 11:00 UTC: the moment these dates are read.
const NOW = '2026-03-10T11:00:00Z';
// 23:30 UTC on New Year's Eve: still 2026 in New York, already 1 January 2027 in Tokyo.
const EVE = '2026-12-31T23:30:00Z';

afterEach(() => setDateLocale(undefined));

describe('the one date format, in the recruiter’s locale', () => {
  it('writes each shape the American way, without seconds', () => {
    setDateLocale('en-US');
    const at = '2026-03-12T18:05:09Z';
    expect(formatDay(at, NOW, { timeZone: 'UTC' })).toBe('Thu, Mar 12');
    expect(formatDayTime(at, NOW, { timeZone: 'UTC' })).toBe('Thu, Mar 12, 6:05 PM');
    expect(formatTime(at, { timeZone: 'UTC' })).toBe('6:05 PM');
    expect(formatMonth(at, { timeZone: 'UTC' })).toBe('Mar 2026');
    expect(formatDate('2026-02-22', NOW)).toBe('Sun, Feb 22');
  });

  it('writes the same shapes the German way', () => {
    setDateLocale('de-DE');
    const at = '2026-03-12T18:05:09Z';
    expect(formatDay(at, NOW, { timeZone: 'UTC' })).toBe('Do., 12. März');
    expect(formatDayTime(at, NOW, { timeZone: 'UTC' })).toBe('Do., 12. März, 18:05');
    expect(formatTime(at, { timeZone: 'UTC' })).toBe('18:05');
    expect(formatMonth(at, { timeZone: 'UTC' })).toBe('März 2026');
    expect(formatDate('2026-02-22', NOW)).toBe('So., 22. Feb.');
  });

  it('reads the day and time on the clock of the zone it is given, across midnight', () => {
    setDateLocale('en-US');
    expect(formatDayTime(EVE, NOW, { timeZone: 'America/New_York' })).toBe('Thu, Dec 31, 6:30 PM');
    expect(formatDay(EVE, NOW, { timeZone: 'America/New_York' })).toBe('Thu, Dec 31');
    // In Tokyo it is another day and another year, so the year is said.
    expect(formatDayTime(EVE, NOW, { timeZone: 'Asia/Tokyo' })).toBe('Fri, Jan 1, 2027, 8:30 AM');
    expect(formatDay(EVE, NOW, { timeZone: 'Asia/Tokyo' })).toBe('Fri, Jan 1, 2027');
    expect(formatTime(EVE, { timeZone: 'Asia/Tokyo' })).toBe('8:30 AM');
    expect(formatMonth(EVE, { timeZone: 'Asia/Tokyo' })).toBe('Jan 2027');
  });

  it('says the year only when it is not the current one', () => {
    setDateLocale('en-US');
    const lastYear = '2025-03-12T18:05:00Z';
    expect(formatDay(lastYear, NOW, { timeZone: 'UTC' })).toBe('Wed, Mar 12, 2025');
    expect(formatDayTime(lastYear, NOW, { timeZone: 'UTC' })).toBe('Wed, Mar 12, 2025, 6:05 PM');
    expect(formatDate('2025-02-22', NOW)).toBe('Sat, Feb 22, 2025');
    // Read on 1 January 2027, the same dates of 2026 carry their year.
    expect(formatDay('2026-03-12T18:05:00Z', '2027-01-01T12:00:00Z', { timeZone: 'UTC' })).toBe('Thu, Mar 12, 2026');
    setDateLocale('de-DE');
    expect(formatDayTime(lastYear, NOW, { timeZone: 'UTC' })).toBe('Mi., 12. März 2025, 18:05');
  });

  it('reads a calendar date as the date itself, whatever the clock’s zone', () => {
    setDateLocale('en-US');
    // The last day of a year is that day, not the evening before or the morning after.
    expect(formatDate('2026-12-31', NOW)).toBe('Thu, Dec 31');
    expect(formatDate('2026-01-01', NOW)).toBe('Thu, Jan 1');
  });

  it('never writes seconds or a numeric date, in any shape', () => {
    setDateLocale('en-US');
    const all = [
      formatDay(EVE, NOW),
      formatDayTime(EVE, NOW),
      formatTime(EVE),
      formatMonth(EVE),
      formatDate('2026-12-31', NOW),
    ].join(' | ');
    expect(all).not.toMatch(/\d:\d\d:\d\d/);
    expect(all).not.toMatch(/\d+\/\d+\/\d+/);
  });
});
