/**
 * The app's few date shapes, each one `Intl.DateTimeFormat` in the recruiter's locale, so a date reads the same on
 * every screen: a day ("Tue, Mar 10"), a day and time ("Tue, Mar 10, 3:00 PM"), a time ("3:00 PM") and a month
 * ("Mar 2026"), as the locale writes them ("Di., 10. März, 15:00" in German). A day and a day and time carry the year
 * only when it is not the current one, so they take "now". Times are the recruiter's own unless a `timeZone` is given
 * (someone else's clock: a candidate's, an interview's). Never seconds. The prep packet, a document for the candidate,
 * keeps its own long dates (core/packet.ts).
 */

export type Instant = string | number | Date;

export interface InZone {
  /** An IANA zone whose clock to read; the recruiter's own when absent. */
  timeZone?: string | undefined;
}

// The computer's own locale (Intl's `undefined`) unless a test pins one.
let locale: string | undefined;
const formats = new Map<string, Intl.DateTimeFormat>();

/** Pins the locale every shape is written in (tests do; the app leaves it to the computer). */
export function setDateLocale(next: string | undefined): void {
  locale = next;
  formats.clear();
}

const DAY = { weekday: 'short', day: 'numeric', month: 'short' } as const;
const TIME = { hour: 'numeric', minute: '2-digit' } as const;
const SHAPES = {
  day: DAY,
  dayYear: { ...DAY, year: 'numeric' },
  dayTime: { ...DAY, ...TIME },
  dayYearTime: { ...DAY, year: 'numeric', ...TIME },
  time: TIME,
  month: { month: 'short', year: 'numeric' },
  year: { year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

function format(shape: keyof typeof SHAPES, at: Instant, timeZone: string | undefined): string {
  const key = `${shape} ${timeZone ?? ''}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...SHAPES[shape], ...(timeZone ? { timeZone } : {}) });
    formats.set(key, f);
  }
  return f.format(new Date(at));
}

const sameYear = (at: Instant, now: Instant, timeZone: string | undefined) =>
  format('year', at, timeZone) === format('year', now, timeZone);

/** "Tue, Mar 10" ("Tue, Mar 10, 2025" in another year). */
export function formatDay(at: Instant, now: Instant, { timeZone }: InZone = {}): string {
  return format(sameYear(at, now, timeZone) ? 'day' : 'dayYear', at, timeZone);
}

/** "Tue, Mar 10, 3:00 PM" ("Tue, Mar 10, 2025, 3:00 PM" in another year). */
export function formatDayTime(at: Instant, now: Instant, { timeZone }: InZone = {}): string {
  return format(sameYear(at, now, timeZone) ? 'dayTime' : 'dayYearTime', at, timeZone);
}

/** "3:00 PM". */
export function formatTime(at: Instant, { timeZone }: InZone = {}): string {
  return format('time', at, timeZone);
}

/** "Mar 2026". */
export function formatMonth(at: Instant, { timeZone }: InZone = {}): string {
  return format('month', at, timeZone);
}

/** A calendar date ("2026-03-10") as a day, read as the date itself whatever the zone: "Tue, Mar 10". */
export function formatDate(date: string, now: Instant): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const at = Date.UTC(year, month - 1, day, 12);
  // Its year is compared with the year it is now where the recruiter is.
  return format(format('year', now, undefined) === format('year', at, 'UTC') ? 'day' : 'dayYear', at, 'UTC');
}
