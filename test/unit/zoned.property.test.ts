import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromLocal, localDayKey, localTime, startOfLocalDay, type LocalTime } from '../../core/zoned';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const FROM = Date.UTC(2026, 0, 1);
const UNTIL = Date.UTC(2029, 0, 1);
const ZONES = Intl.supportedValuesOf('timeZone');
const SEED = 20_270_314;

// The oracle reads offsets the way Intl names them ("GMT-05:00", "GMT+05:45", "GMT"), not through core/zoned.
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

function offset(zone: string, at: number): number {
  let f = offsetFormats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    offsetFormats.set(zone, f);
  }
  const name = f.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const match = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(name);
  if (!match) throw new Error(`Unreadable offset "${name}" in ${zone}`);
  const [, sign, h = '0', m = '0', s = '0'] = match;
  return (sign === '-' ? -1 : 1) * (Number(h) * HOUR + Number(m) * MINUTE + Number(s) * 1000);
}

interface Transition {
  zone: string;
  /** The first instant of the new offset. */
  at: number;
  before: number;
  after: number;
}

/** Weekly samples, then a binary search to the millisecond wherever the offset differs between two samples. */
function transitionsOf(zone: string): Transition[] {
  const found: Transition[] = [];
  const step = 7 * DAY;
  for (let t = FROM - step; t < UNTIL + step; t += step) {
    const before = offset(zone, t);
    const after = offset(zone, t + step);
    if (before === after) continue;
    let lo = t;
    let hi = t + step;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (offset(zone, mid) === before) lo = mid;
      else hi = mid;
    }
    found.push({ zone, at: hi, before, after: offset(zone, hi) });
  }
  return found;
}

const transitionsByZone = new Map(ZONES.map((zone) => [zone, transitionsOf(zone)]));
const TRANSITIONS = [...transitionsByZone.values()].flat();

/** A wall-clock time is kept as milliseconds read as if they were UTC: Date.UTC(year, month - 1, day, ...). */
function fields(wall: number): LocalTime {
  const d = new Date(wall);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    weekday: d.getUTCDay(),
  };
}

function wallAt(zone: string, at: number): number {
  return at + offset(zone, at);
}

function dateOf(zone: string, at: number): string {
  return new Date(wallAt(zone, at)).toISOString().slice(0, 10);
}

function nearestTransition(zone: string, wall: number): Transition | undefined {
  return transitionsByZone.get(zone)!.find((t) => Math.abs(t.at - wall) < 2 * DAY);
}

/** Where the wall time `wall` should land: itself (its first showing), or past a gap by the gap's length. */
function expectedInstant(zone: string, wall: number): number {
  const t = nearestTransition(zone, wall);
  if (!t) return wall - offset(zone, wall);
  if (wall - t.before < t.at) return wall - t.before;
  if (wall - t.after >= t.at) return wall - t.after;
  return wall - t.before;
}

/** The first instant whose local date is `date`: local midnight on either side of a change, or the change itself. */
function expectedStartOfDay(zone: string, date: string): number {
  const midnight = Date.parse(`${date}T00:00:00Z`);
  const t = nearestTransition(zone, midnight);
  const candidates = t ? [midnight - t.before, midnight - t.after, t.at] : [midnight - offset(zone, midnight)];
  const starts = candidates.filter((c) => dateOf(zone, c) === date && dateOf(zone, c - 1) !== date);
  expect(starts.length).toBeGreaterThan(0);
  return Math.min(...starts);
}

function resolveWall(zone: string, wall: number): Date {
  const f = fields(wall);
  return fromLocal(zone, f.year, f.month, f.day, f.hour, f.minute);
}

/** fromLocal against the oracle, and the wall clock it lands on. */
function checkWall(zone: string, wall: number): void {
  const at = resolveWall(zone, wall);
  const expected = expectedInstant(zone, wall);
  expect({ zone, wall: new Date(wall).toISOString(), at: at.toISOString() }).toEqual({
    zone,
    wall: new Date(wall).toISOString(),
    at: new Date(expected).toISOString(),
  });
  const exists = wallAt(zone, expected) === wall;
  const shown = exists ? wall : wallAt(zone, expected);
  expect(localTime(at, zone)).toEqual(fields(shown));
}

function checkStartOfDay(zone: string, at: number, days: number): void {
  const start = startOfLocalDay(new Date(at), zone, days).getTime();
  const date = new Date(Date.parse(`${dateOf(zone, at)}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
  expect({ zone, date, start: new Date(start).toISOString() }).toEqual({
    zone,
    date,
    start: new Date(expectedStartOfDay(zone, date)).toISOString(),
  });
  expect(localDayKey(new Date(start), zone)).toBe(date);
  expect(localDayKey(new Date(start - 1), zone)).not.toBe(date);
  const shown = localTime(new Date(start), zone);
  expect(`${shown.year}-${String(shown.month).padStart(2, '0')}-${String(shown.day).padStart(2, '0')}`).toBe(date);
}

describe('wall time to instant, in every zone', () => {
  it('finds the offset changes of 2026 to 2028, each far from the next', () => {
    // The oracle above reads one change per four days; the scan must see the changes a calendar knows.
    expect(TRANSITIONS.length).toBeGreaterThan(500);
    expect(transitionsByZone.get('America/New_York')!.filter((t) => t.at >= FROM && t.at < UNTIL)).toHaveLength(6);
    expect(transitionsOf('Asia/Kathmandu')).toHaveLength(0);
    for (const list of transitionsByZone.values()) {
      for (let i = 1; i < list.length; i++) expect(list[i]!.at - list[i - 1]!.at).toBeGreaterThan(4 * DAY);
    }
  });

  it('at every change: the edges of a gap or overlap and the times either side', () => {
    for (const t of TRANSITIONS) {
      const low = t.at + Math.min(t.before, t.after);
      const high = t.at + Math.max(t.before, t.after);
      for (const wall of [low - HOUR, low - MINUTE, low, (low + high) / 2, high - MINUTE, high, high + HOUR]) {
        checkWall(t.zone, Math.floor(wall / MINUTE) * MINUTE);
      }
    }
  });

  it('in a gap the time moves forward by the gap; in an overlap it is the first of the two', () => {
    const gaps = TRANSITIONS.filter((t) => t.after > t.before);
    const overlaps = TRANSITIONS.filter((t) => t.after < t.before);
    expect(gaps.length).toBeGreaterThan(0);
    expect(overlaps.length).toBeGreaterThan(0);
    for (const t of gaps) {
      const wall = t.at + t.before;
      const at = resolveWall(t.zone, wall).getTime();
      expect(at).toBe(t.at);
      expect(localTime(new Date(at), t.zone)).toEqual(fields(wall + t.after - t.before));
    }
    for (const t of overlaps) {
      const wall = t.at + t.before - MINUTE;
      const at = resolveWall(t.zone, wall).getTime();
      expect(at).toBe(t.at - MINUTE);
      expect(offset(t.zone, wall - t.after)).toBe(t.after);
    }
  });

  it('any minute within a day and a half of a change lands where the oracle says', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TRANSITIONS), fc.integer({ min: -36 * 60, max: 36 * 60 }), (t, minutes) => {
        checkWall(t.zone, Math.floor((t.at + t.before) / MINUTE) * MINUTE + minutes * MINUTE);
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('any minute of 2026 to 2028 in any zone maps back to itself, or past a gap', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: FROM / MINUTE, max: UNTIL / MINUTE - 1 }), (zone, m) => {
        checkWall(zone, m * MINUTE);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('the start of a day is its first instant, on every day next to a change', () => {
    for (const t of TRANSITIONS) {
      for (const days of [-1, 0, 1]) checkStartOfDay(t.zone, t.at - 1, days);
      checkStartOfDay(t.zone, t.at, 0);
    }
  });

  it('the start of any day in any zone is its first instant', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: FROM, max: UNTIL - 1 }),
        fc.integer({ min: -3, max: 3 }),
        (zone, at, days) => checkStartOfDay(zone, at, days),
      ),
      { seed: SEED, numRuns: 2000 },
    );
  });
});

describe('wall time to instant, by example', () => {
  const instant = (zone: string, y: number, mo: number, d: number, h: number, mi: number) =>
    fromLocal(zone, y, mo, d, h, mi).toISOString();
  const dayStart = (zone: string, at: string) => startOfLocalDay(new Date(at), zone).toISOString();

  it('New York: 02:30 on the spring-forward day is 03:30; 01:30 on the fall-back day is the first (EDT)', () => {
    expect(instant('America/New_York', 2027, 3, 14, 2, 30)).toBe('2027-03-14T07:30:00.000Z');
    expect(localTime(new Date('2027-03-14T07:30:00Z'), 'America/New_York')).toMatchObject({ hour: 3, minute: 30 });
    expect(instant('America/New_York', 2027, 3, 14, 1, 59)).toBe('2027-03-14T06:59:00.000Z');
    expect(instant('America/New_York', 2027, 11, 7, 1, 30)).toBe('2027-11-07T05:30:00.000Z');
    expect(dayStart('America/New_York', '2027-03-14T12:00:00Z')).toBe('2027-03-14T05:00:00.000Z');
  });

  it('Berlin: 02:30 on the spring-forward day is 03:30; 02:30 on the fall-back day is the first (CEST)', () => {
    expect(instant('Europe/Berlin', 2027, 3, 28, 2, 30)).toBe('2027-03-28T01:30:00.000Z');
    expect(instant('Europe/Berlin', 2027, 10, 31, 2, 30)).toBe('2027-10-31T00:30:00.000Z');
    expect(dayStart('Europe/Berlin', '2027-10-31T12:00:00Z')).toBe('2027-10-30T22:00:00.000Z');
  });

  it('Havana: the clocks jump at midnight, so 14 March 2027 starts at 01:00', () => {
    expect(dayStart('America/Havana', '2027-03-14T12:00:00Z')).toBe('2027-03-14T05:00:00.000Z');
    const dayAfter = startOfLocalDay(new Date('2027-03-13T12:00:00Z'), 'America/Havana', 1);
    expect(dayAfter.toISOString()).toBe('2027-03-14T05:00:00.000Z');
    expect(instant('America/Havana', 2027, 3, 14, 0, 30)).toBe('2027-03-14T05:30:00.000Z');
    expect(instant('America/Havana', 2027, 11, 7, 0, 30)).toBe('2027-11-07T04:30:00.000Z');
  });

  it('Santiago: 5 September 2027 starts at 01:00; 23:30 on 3 April 2027 is the first (-03)', () => {
    expect(dayStart('America/Santiago', '2027-09-05T12:00:00Z')).toBe('2027-09-05T04:00:00.000Z');
    const shown = localTime(new Date('2027-09-05T04:00:00Z'), 'America/Santiago');
    expect(shown).toMatchObject({ day: 5, hour: 1, minute: 0 });
    expect(instant('America/Santiago', 2027, 4, 3, 23, 30)).toBe('2027-04-04T02:30:00.000Z');
    expect(dayStart('America/Santiago', '2027-04-04T12:00:00Z')).toBe('2027-04-04T04:00:00.000Z');
    expect(dayStart('America/Santiago', '2027-04-03T12:00:00Z')).toBe('2027-04-03T03:00:00.000Z');
  });

  it('Lord Howe: the half-hour jump moves 02:15 to 02:45; 01:45 on the fall-back day is the first (+11)', () => {
    expect(instant('Australia/Lord_Howe', 2027, 10, 3, 2, 15)).toBe('2027-10-02T15:45:00.000Z');
    expect(localTime(new Date('2027-10-02T15:45:00Z'), 'Australia/Lord_Howe')).toMatchObject({ hour: 2, minute: 45 });
    expect(instant('Australia/Lord_Howe', 2027, 4, 4, 1, 45)).toBe('2027-04-03T14:45:00.000Z');
  });

  it('Kathmandu: +05:45 all year', () => {
    expect(instant('Asia/Kathmandu', 2027, 3, 14, 9, 0)).toBe('2027-03-14T03:15:00.000Z');
    expect(dayStart('Asia/Kathmandu', '2027-03-14T03:15:00Z')).toBe('2027-03-13T18:15:00.000Z');
  });
});
