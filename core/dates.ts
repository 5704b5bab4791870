/**
 * The app's few date shapes, each one `Intl.DateTimeFormat` in the recruiter's locale, so a date reads the same on
 * every screen and in every sentence the backend writes: a day ("Tue, Mar 10"), a day and time ("Tue, Mar 10, 3:00
 * PM"), a time ("3:00 PM") and a month ("Mar 2026"), as the locale writes them ("Di., 10. März, 15:00" in German). A
 * day and a day and time carry the year only when it is not the current one, so they take "now". Times are the
 * computer's own unless a `timeZone` is given (someone else's clock: a candidate's, an interview's). Never seconds.
 * Documents for someone else keep their own long dates (the prep packet, the shortlist, the offer letter).
 */

export type Instant = string | number | Date;

export interface DateOptions {
  /** An IANA zone whose clock to read; the computer's own when absent. */
  timeZone?: string | undefined;
  /** A BCP 47 tag; the computer's own locale when absent. */
  locale?: string | undefined;
}

/** Who reads a sentence the backend writes: the recruiter's locale, and the moment that decides whether a year shows. */
export interface Reader {
  locale: string;
  now: Instant;
}

/** The locale the backend writes in until the recruiter's screen names theirs. */
export const DEFAULT_LOCALE = 'en-US';

/** A locale tag Intl accepts as one it can write dates in, canonical ("en-us" → "en-US"); anything else → 'en-US'. */
export function readLocale(tag: unknown): string {
  if (typeof tag !== 'string' || tag.length === 0 || tag.length > 100) return DEFAULT_LOCALE;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag])[0] ?? DEFAULT_LOCALE;
  } catch {
    // Not a well-formed BCP 47 tag.
    return DEFAULT_LOCALE;
  }
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

// A few locales and zones at most, each read again and again: a Today list writes hundreds of dates.
const formats = new Map<string, Intl.DateTimeFormat>();

function format(shape: keyof typeof SHAPES, at: Instant, { timeZone, locale }: DateOptions): string {
  const key = `${shape} ${timeZone ?? ''} ${locale ?? ''}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...SHAPES[shape], ...(timeZone ? { timeZone } : {}) });
    formats.set(key, f);
  }
  return f.format(new Date(at));
}

const sameYear = (at: Instant, now: Instant, options: DateOptions) =>
  format('year', at, options) === format('year', now, options);

/** "Tue, Mar 10" ("Tue, Mar 10, 2025" in another year). */
export function formatDay(at: Instant, now: Instant, options: DateOptions = {}): string {
  return format(sameYear(at, now, options) ? 'day' : 'dayYear', at, options);
}

/** "Tue, Mar 10, 3:00 PM" ("Tue, Mar 10, 2025, 3:00 PM" in another year). */
export function formatDayTime(at: Instant, now: Instant, options: DateOptions = {}): string {
  return format(sameYear(at, now, options) ? 'dayTime' : 'dayYearTime', at, options);
}

/** "3:00 PM". */
export function formatTime(at: Instant, options: DateOptions = {}): string {
  return format('time', at, options);
}

/** "Mar 2026". */
export function formatMonth(at: Instant, options: DateOptions = {}): string {
  return format('month', at, options);
}

/**
 * A calendar date ("2026-03-10") as a day, read as the date itself whatever the zone: "Tue, Mar 10". Its year is
 * compared with the year it is now in `timeZone` (the computer's when absent).
 */
export function formatDate(date: string, now: Instant, { timeZone, locale }: DateOptions = {}): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const at = Date.UTC(year, month - 1, day, 12);
  const thisYear = format('year', now, { timeZone, locale }) === format('year', at, { timeZone: 'UTC', locale });
  return format(thisYear ? 'day' : 'dayYear', at, { timeZone: 'UTC', locale });
}
