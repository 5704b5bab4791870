// Wall-clock arithmetic in a person's own time zone, with Intl only (no clock, no I/O).

export interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(zone, f);
  }
  return f;
}

const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** The wall-clock time in `zone` at the instant `at`. */
export function localTime(at: Date, zone: string): LocalTime {
  const parts: Record<string, string> = {};
  for (const p of formatter(zone).formatToParts(at)) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekday: WEEKDAYS[parts.weekday!]!,
  };
}

/** How far `zone` is ahead of UTC at the instant `at`, in milliseconds, to the second (old local mean times have them). */
export function zoneOffset(at: number, zone: string): number {
  const parts: Record<string, string> = {};
  for (const p of formatter(zone).formatToParts(new Date(at))) parts[p.type] = p.value;
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return wall - Math.floor(at / 1000) * 1000;
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

interface Resolved {
  /** The first instant showing the wall time, or for a skipped one the instant the jump lands on it. */
  at: number;
  /** The wall time never shows: the clocks jumped over it. */
  skipped: boolean;
  /** The offsets in force a day before and a day after the wall time, read as if it were UTC. */
  before: number;
  after: number;
}

/** `wall` is a wall-clock date and time written as if it were UTC milliseconds. */
function resolve(wall: number, zone: string): Resolved {
  // A day either side brackets a change of offset: zones change theirs a few times a year at most.
  const before = zoneOffset(wall - DAY_MS, zone);
  const after = zoneOffset(wall + DAY_MS, zone);
  // The larger offset gives the earlier instant, so trying it first picks the first of two occurrences.
  for (const offset of before >= after ? [before, after] : [after, before]) {
    if (zoneOffset(wall - offset, zone) === offset) return { at: wall - offset, skipped: false, before, after };
  }
  // Skipped: read with the offset from before the jump, it lands as far past the jump as it was into the gap.
  return { at: wall - before, skipped: true, before, after };
}

/**
 * The instant when the wall clock in `zone` shows the given date and time. A time skipped by a
 * daylight-saving jump moves forward by the jump (02:30 becomes 03:30), as calendars do; a time
 * that happens twice resolves to the first.
 */
export function fromLocal(zone: string, year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return new Date(resolve(Date.UTC(year, month - 1, day, hour, minute), zone).at);
}

/**
 * The first instant of the calendar day `days` after the day of `at`, in `zone`: local midnight, or where the
 * clocks jump over midnight (Havana, Santiago), the moment of the jump, so the day starts at 01:00.
 */
export function startOfLocalDay(at: Date, zone: string, days = 0): Date {
  const l = localTime(at, zone);
  const midnight = Date.UTC(l.year, l.month - 1, l.day + days);
  const first = resolve(midnight, zone);
  if (!first.skipped) return new Date(first.at);
  // The jump itself starts the day: the clock shows the end of the gap, which may be later than where a skipped
  // midnight lands (23:30 to 00:30 starts the day at 00:30, not 01:00). Before it lies the old offset.
  let lo = midnight - first.after;
  let hi = first.at;
  while (hi - lo > MINUTE_MS) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
    if (zoneOffset(mid, zone) === first.after) hi = mid;
    else lo = mid;
  }
  return new Date(hi);
}

/** The same local date, as a key: two instants fall on one calendar day in `zone` when keys match. */
export function localDayKey(at: Date, zone: string): string {
  const l = localTime(at, zone);
  return `${l.year}-${String(l.month).padStart(2, '0')}-${String(l.day).padStart(2, '0')}`;
}

/** `count` business days after `at` (weekends skipped), at the same local time of day. */
export function addBusinessDays(at: Date, zone: string, count: number): Date {
  const l = localTime(at, zone);
  const date = new Date(Date.UTC(l.year, l.month - 1, l.day));
  let left = count;
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return fromLocal(zone, date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), l.hour, l.minute);
}

/** True at the very start of a day in `zone`: a date named without a time of day. */
export function isLocalMidnight(at: Date, zone: string): boolean {
  const l = localTime(at, zone);
  return l.hour === 0 && l.minute === 0;
}
