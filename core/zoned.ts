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

/** How far `zone` is ahead of UTC at `at`, in milliseconds. */
function offsetAt(at: number, zone: string): number {
  const l = localTime(new Date(at), zone);
  const seconds = new Date(at).getUTCSeconds();
  const asUtc = Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, seconds);
  return asUtc - (at - (at % 1000));
}

/**
 * The instant when the wall clock in `zone` shows the given date and time. A time skipped by a
 * daylight-saving jump moves forward by the jump (02:30 becomes 03:30), as calendars do; a time
 * that happens twice resolves to the first.
 */
export function fromLocal(zone: string, year: number, month: number, day: number, hour = 0, minute = 0): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  let guess = wall - offsetAt(wall, zone);
  guess = wall - offsetAt(guess, zone);
  const check = localTime(new Date(guess), zone);
  if (check.hour !== hour % 24 || check.minute !== minute) {
    // In a spring-forward gap: use the offset from after the jump.
    const after = wall - offsetAt(guess + 3_600_000, zone);
    return new Date(Math.max(guess, after));
  }
  return new Date(guess);
}

/** Local midnight at the start of the calendar day `days` after the day of `at`, in `zone`. */
export function startOfLocalDay(at: Date, zone: string, days = 0): Date {
  const l = localTime(at, zone);
  const d = new Date(Date.UTC(l.year, l.month - 1, l.day + days));
  return fromLocal(zone, d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
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

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** "Thu 14 Jan, 09:00" on the wall clock in `zone`, built from parts so it reads the same everywhere. */
export function formatLocal(at: Date, zone: string): string {
  const l = localTime(at, zone);
  return `${DAY_NAMES[l.weekday]} ${l.day} ${MONTHS[l.month - 1]}, ${String(l.hour).padStart(2, '0')}:${String(l.minute).padStart(2, '0')}`;
}
