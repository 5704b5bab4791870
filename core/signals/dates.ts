import {
  addDays,
  addMonths,
  compareDates,
  daysInMonth,
  isValidDate,
  mondayOf,
  weekdayOf,
  type CivilDate,
} from './calendar';
import { anyOf } from './text';
import type { DateWords, Lang } from './types';

/*
 * How a reply's dates are read, always in the replier's own calendar (the caller turns the day
 * and time into an instant in their zone):
 * - "the 3rd of March", "3 March", "March 3rd", "3. März", "3 de marzo" are one day, always the
 *   next one after today (said on 1 December 2026, it is 3 March 2027). With a year, that year.
 * - A weekday alone ("Tuesday", "this Tuesday", "this coming Tuesday") is the next such day
 *   after today: said on a Tuesday, it is a week later.
 * - "next Tuesday", "Tuesday next week", "nächsten Dienstag", "mardi prochain": the Tuesday of
 *   the calendar week after this one, weeks starting on Monday. Said on Monday 30 November
 *   2026 it is 8 December; said on Sunday 6 December it is also 8 December.
 * - "next week" is the Monday of next week; "next month" the 1st of next month; "next year"
 *   1 January; "next quarter" the first day of the next calendar quarter.
 * - "in March" is the 1st of the next March after today; "early/mid/end of March" the 1st,
 *   the 15th and the last day of it; "after March" the 1st of April.
 * - "on the 20th" is the next 20th after today; "after the 15th" the 16th (this month when it
 *   is still to come, else next month). "after <a day>" is the day after it, "after next
 *   week" the Monday after it.
 * - "tomorrow" +1 day, "the day after tomorrow" +2; "in a couple of days" +2, "in a few days"
 *   +3, "in a couple of weeks" +14, "in N days/weeks" +N days/weeks; "in N months" is the same
 *   day N months on (the month's last day when it is shorter); "half a year" is 6 months.
 *   Outside English "eight days" means a week and "fifteen days" two weeks, as people say it.
 * - "end of the month" is this month's last day; "end of the week" this week's Friday (next
 *   week's when this Friday has passed).
 * - Numeric dates (3/4, 3.4., 03-04-2027) are day first when `dayMonth` is true, month first
 *   otherwise; when both numbers could be the month the reading is flagged as ambiguous. A
 *   numeric date that cannot be read in that order but can the other way is read that way.
 * - Times of day: "3pm", "15:00", "15 Uhr", "15h30", "om 15 uur", "alle 15", "às 15h". A bare
 *   hour after "at" (and its equivalents) from 1 to 6 is in the afternoon, as meetings are.
 *   A time with no day is today when it is still to come, else tomorrow.
 * - When a reply names several dates, one after "until", "back on" (and their equivalents)
 *   wins, the last such; otherwise the first.
 */

export interface TimeOfDay {
  hour: number;
  minute: number;
}

export interface DateReading {
  date: CivilDate;
  time?: TimeOfDay;
  /** 'day' when they named a day ("Thursday", "3 March"), 'period' for a span ("next week", "in March"). */
  kind: 'day' | 'period';
  /** A numeric date whose day and month could be swapped. */
  ambiguous: boolean;
  index: number;
  length: number;
}

export interface DateContext {
  today: CivilDate;
  /** Minutes since local midnight, now. */
  minutesNow: number;
  dayMonth: boolean;
  lang: Lang;
  /** The replier lives south of the equator, where summer is December to February. */
  southern?: boolean;
}

type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year';

interface Candidate {
  date: CivilDate;
  kind: 'day' | 'period';
  unit?: Unit;
  ambiguous: boolean;
  index: number;
  length: number;
  /** Read from a weekday alone: dropped when an explicit date stands beside it ("Monday 7 December"). */
  weekdayOnly?: boolean;
  /** A calendar date written out ("7 December", "7.12."). */
  explicit?: boolean;
  /**
   * Said as "after" a day ("after the 15th") or counted from now ("in 2 months"): when to write, which wins
   * over the day they are busy until.
   */
  after?: boolean;
}

interface TimeCandidate extends TimeOfDay {
  index: number;
  length: number;
}

type Reader = (m: RegExpExecArray, ctx: DateContext) => Omit<Candidate, 'index' | 'length'> | undefined;

interface Grammar {
  rules: { re: RegExp; read: Reader }[];
  times: { re: RegExp; read: (m: RegExpExecArray) => TimeOfDay | undefined }[];
  afterBefore: RegExp;
  returnBefore: RegExp;
  returnStart: RegExp;
  backBefore: RegExp;
  backAfter: RegExp;
  rejectedAfter: RegExp;
  beforeTime: RegExp;
}

const grammars = new WeakMap<DateWords, Grammar>();

function lookup(groups: readonly (readonly string[])[]): Map<string, number> {
  const map = new Map<string, number>();
  groups.forEach((spellings, i) => spellings.forEach((s) => map.set(s, i)));
  return map;
}

/** The next date after today with this month and day (this year or a later one). */
export function nextMonthDay(today: CivilDate, month: number, day: number): CivilDate | undefined {
  for (let year = today.year; year <= today.year + 4; year++) {
    if (!isValidDate(year, month, day)) continue;
    const date = { year, month, day };
    if (compareDates(date, today) > 0) return date;
  }
  return undefined;
}

/** The next day of the month `day` after today: this month or the next that has it. */
function nextDayOfMonth(today: CivilDate, day: number): CivilDate | undefined {
  for (let step = 0; step < 3; step++) {
    const first = addMonths({ year: today.year, month: today.month, day: 1 }, step);
    if (!isValidDate(first.year, first.month, day)) continue;
    const date = { ...first, day };
    if (compareDates(date, today) > 0) return date;
  }
  return undefined;
}

export function nextWeekday(today: CivilDate, weekday: number): CivilDate {
  const ahead = (weekday - weekdayOf(today) + 7) % 7 || 7;
  return addDays(today, ahead);
}

/** The weekday in the calendar week after this one. */
function weekdayNextWeek(today: CivilDate, weekday: number): CivilDate {
  return addDays(mondayOf(today), 7 + ((weekday + 6) % 7));
}

function firstOfNextMonth(today: CivilDate, month: number): CivilDate {
  const year = month > today.month ? today.year : today.year + 1;
  return { year, month, day: 1 };
}

function twoDigitYear(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

function compile(w: DateWords): Grammar {
  const monthOf = lookup(w.months);
  const weekdayIndex = lookup(w.weekdays);
  const numberOf = new Map(Object.entries(w.numbers));
  const MONTH = `(${anyOf(w.months.flat())})`;
  const FULL_MONTH = `(${anyOf(w.months.flatMap((m) => m.filter((s, i) => i === 0 || s.length >= 4)))})`;
  const WD = `(${anyOf(w.weekdays.flat())})`;
  const NUM = `(\\d{1,3}|${anyOf(Object.keys(w.numbers))})`;
  const UNIT = `(${w.unitDays}|${w.unitWeeks}|${w.unitMonths}|${w.unitYears}|${w.unitFortnights})`;
  const ORD = w.ordinal ? `(?:${w.ordinal})?` : '';
  const NEXT_BEFORE = `(?:${w.nextBefore})`;
  const NEXT_PERIOD = w.nextPeriodBefore ? `(?:${w.nextBefore}|${w.nextPeriodBefore})` : NEXT_BEFORE;
  const NOT_WD = w.notWeekday ? `(?!${w.notWeekday})` : '';
  const NEXT_AFTER = `(?:${w.nextAfter})`;
  const notTime = `(?!\\s*(?::\\d|(?:${w.hourWord})\\b|(?:${w.pm})|(?:${w.am})\\b))`;
  const re = (source: string) => new RegExp(source, 'g');
  const month = (text: string) => (monthOf.get(text.replace(/\.$/, '')) ?? 0) + 1;
  const weekday = (text: string) => weekdayIndex.get(text) ?? 0;
  const number = (text: string) => (/^\d+$/.test(text) ? Number(text) : (numberOf.get(text) ?? 1));
  const unitOf = (text: string): Unit | 'fortnight' => {
    if (new RegExp(`^(?:${w.unitFortnights})$`).test(text)) return 'fortnight';
    if (new RegExp(`^(?:${w.unitDays})$`).test(text)) return 'day';
    if (new RegExp(`^(?:${w.unitWeeks})$`).test(text)) return 'week';
    if (new RegExp(`^(?:${w.unitMonths})$`).test(text)) return 'month';
    return 'year';
  };
  const inUnits: Reader = (m, ctx) => {
    let value = number(m[1]!);
    const unit = unitOf(m[2]!);
    const base = ctx.today;
    let date: CivilDate;
    if (unit === 'day') {
      if (w.fewDays && new RegExp(`^(?:${w.fewDays})$`).test(m[1]!)) value = 3;
      // "huit jours", "quindici giorni": a week and two weeks, as said outside English.
      if (ctx.lang !== 'en' && value === 8) value = 7;
      if (ctx.lang !== 'en' && value === 15) value = 14;
      date = addDays(base, Math.round(value));
    } else if (unit === 'week') date = addDays(base, Math.round(value * 7));
    else if (unit === 'fortnight') date = addDays(base, Math.round(value * 14));
    else if (unit === 'month' && Number.isInteger(value)) date = addMonths(base, value);
    else if (unit === 'month') date = addDays(base, Math.round(value * 30));
    else date = addMonths(base, Math.round(value * 12));
    // "Hiring freeze until the end of Q1, get in touch in 2 months": a count from now is when to write.
    return { date, kind: 'period', ambiguous: false, after: true };
  };
  const explicit = (day: number, monthNumber: number, year: number | undefined, ctx: DateContext) => {
    if (year !== undefined) return isValidDate(year, monthNumber, day) ? { year, month: monthNumber, day } : undefined;
    return nextMonthDay(ctx.today, monthNumber, day);
  };
  const dayRead = (date: CivilDate | undefined, unit: Unit = 'day') =>
    date ? { date, kind: 'day' as const, unit, ambiguous: false } : undefined;
  const periodRead = (date: CivilDate, unit?: Unit) => ({
    date,
    kind: 'period' as const,
    ...(unit ? { unit } : {}),
    ambiguous: false,
  });
  const numericPrefix = new RegExp(
    `(?:${w.onDay}|${w.after}|${w.returnCue}|${anyOf(w.weekdays.flat())}|${w.inPrefix})[\\s,]*$`,
  );
  const nextQuarter = (today: CivilDate) =>
    addMonths({ year: today.year, month: Math.floor((today.month - 1) / 3) * 3 + 1, day: 1 }, 3);
  const seasons = w.seasons;
  const seasonRules: Grammar['rules'] = seasons
    ? [
        {
          re: re(
            `\\b(?:(${seasons.after})|${seasons.in})\\s*(?:(${seasons.names[0]})|(${seasons.names[1]})|(${seasons.names[2]})` +
              `|(${seasons.names[3]}))\\b`,
          ),
          read: (m, ctx) => {
            const season = [m[2], m[3], m[4], m[5]].findIndex(Boolean);
            // After a season: the first day of the next, once the one now under way (or the next) is over.
            if (m[1]) return periodRead(addMonths(seasonStart(season, ctx, true), 3), 'month');
            return periodRead(seasonStart(season, ctx, false), 'month');
          },
        },
        ...(seasons.afterSummer
          ? [
              {
                re: re(`\\b(?:${seasons.afterSummer})\\b`),
                read: (_m: RegExpExecArray, ctx: DateContext) =>
                  periodRead(addMonths(seasonStart(1, ctx, true), 3), 'month'),
              },
            ]
          : []),
      ]
    : [];

  const rules: Grammar['rules'] = [
    {
      re: /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g,
      read: (m, ctx) => dayRead(explicit(Number(m[3]), Number(m[2]), Number(m[1]), ctx)),
    },
    {
      re: /(?<![\d.:/,])(\d{1,2})([./-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d:]|[./-]\d)(\.)?/g,
      read: (m, ctx) => {
        const [, a, sep, b, yearText, trailingDot] = m;
        if (sep === '-' && !yearText) return undefined;
        const first = Number(a);
        const second = Number(b);
        let day = ctx.dayMonth ? first : second;
        let monthNumber = ctx.dayMonth ? second : first;
        let ambiguous = first <= 12 && second <= 12 && first !== second;
        if (monthNumber > 12 && day <= 12) {
          [day, monthNumber] = [monthNumber, day];
          ambiguous = false;
        }
        if (monthNumber < 1 || monthNumber > 12 || day < 1 || day > 31) return undefined;
        // "3.30" is a time and "2.5" a number: a dotted date needs a year, a closing dot or a word before it.
        const before = m.input.slice(Math.max(0, m.index - 25), m.index);
        if (sep === '.' && !yearText && !trailingDot && !numericPrefix.test(before)) {
          return undefined;
        }
        const date = explicit(day, monthNumber, twoDigitYear(yearText), ctx);
        return date ? { date, kind: 'day', unit: 'day', ambiguous } : undefined;
      },
    },
    {
      re: re(`\\b(\\d{1,2})${ORD}\\.?\\s*(?:(?:${w.dayMonthJoin})\\s+)?${MONTH}\\b\\.?(?:,?\\s*(\\d{4})\\b)?`),
      read: (m, ctx) => dayRead(explicit(Number(m[1]), month(m[2]!), twoDigitYear(m[3]), ctx)),
    },
    {
      re: re(`\\b${MONTH}\\.?\\s+(?:the\\s+)?(\\d{1,2})${ORD}\\b${notTime}(?:,?\\s*(\\d{4})\\b)?`),
      read: (m, ctx) => dayRead(explicit(Number(m[2]), month(m[1]!), twoDigitYear(m[3]), ctx)),
    },
    { re: re(`\\b(?:${w.dayAfterTomorrow})\\b`), read: (_m, ctx) => dayRead(addDays(ctx.today, 2)) },
    { re: re(`\\b(?:${w.tomorrow})\\b`), read: (_m, ctx) => dayRead(addDays(ctx.today, 1)) },
    { re: re(`\\b(?:${w.today})\\b`), read: (_m, ctx) => dayRead(ctx.today) },
    { re: re(`\\b(?:${w.inPrefix})\\s+${NUM}\\s*${UNIT}\\b`), read: inUnits },
    { re: re(`\\b${NUM}\\s*${UNIT}\\s+(?:${w.fromNow})\\b`), read: inUnits },
    // Weekdays of next week, in each word order people use.
    { re: re(`\\b${NEXT_BEFORE}\\s+${WD}\\b`), read: (m, ctx) => dayRead(weekdayNextWeek(ctx.today, weekday(m[1]!))) },
    { re: re(`\\b${WD}\\s+${NEXT_AFTER}`), read: (m, ctx) => dayRead(weekdayNextWeek(ctx.today, weekday(m[1]!))) },
    {
      re: re(
        `\\b${WD},?\\s+(?:(?:of|de|da|della|van)\\s+)?(?:(?:the|la|a|de)\\s+)?` +
          `(?:${NEXT_BEFORE}\\s+(?:${w.week})|(?:${w.week})\\s+${NEXT_AFTER})`,
      ),
      read: (m, ctx) => dayRead(weekdayNextWeek(ctx.today, weekday(m[1]!))),
    },
    {
      re: re(`\\b${NEXT_BEFORE}\\s+(?:${w.week})\\s+${WD}\\b`),
      read: (m, ctx) => dayRead(weekdayNextWeek(ctx.today, weekday(m[1]!))),
    },
    {
      re: re(`\\b(?:${w.comingBefore})\\s+${WD}\\b`),
      // "On Monday 4 January": the explicit date beside it says which Monday.
      read: (m, ctx) => ({ ...dayRead(nextWeekday(ctx.today, weekday(m[1]!)))!, weekdayOnly: true }),
    },
    {
      re: re(`\\b${WD}\\b${NOT_WD}`),
      read: (m, ctx) => ({ ...dayRead(nextWeekday(ctx.today, weekday(m[1]!)))!, weekdayOnly: true }),
    },
    {
      // "Die nächsten Wochen", "the next weeks": a span of weeks with no end, not next week.
      re: re(`\\b(?:${NEXT_PERIOD}\\s+(?:${w.week})(?![a-z])|(?:${w.week})\\s+${NEXT_AFTER})`),
      read: (_m, ctx) => periodRead(addDays(mondayOf(ctx.today), 7), 'week'),
    },
    {
      re: re(`\\b(?:${NEXT_PERIOD}\\s+(?:${w.month})|(?:${w.month})\\s+${NEXT_AFTER})`),
      read: (_m, ctx) => periodRead(addMonths({ ...ctx.today, day: 1 }, 1), 'month'),
    },
    {
      re: re(`\\b(?:${NEXT_PERIOD}\\s+(?:${w.quarter})|(?:${w.quarter})\\s+${NEXT_AFTER})`),
      read: (_m, ctx) => periodRead(nextQuarter(ctx.today), 'quarter'),
    },
    {
      re: re(`\\bq([1-4])\\b(?:\\s*(?:(\\d{4})|${NEXT_BEFORE}\\s+(?:${w.year})|(?:${w.year})\\s+${NEXT_AFTER}))?`),
      read: (m, ctx) => {
        const startMonth = (Number(m[1]) - 1) * 3 + 1;
        const thisYearsIsAhead = startMonth > ctx.today.month;
        // "Q2" alone is the next Q2; "Q1 next year" and "Q1 2028" say which.
        const year = m[2] ? Number(m[2]) : m[0].length > 2 || !thisYearsIsAhead ? ctx.today.year + 1 : ctx.today.year;
        return periodRead({ year, month: startMonth, day: 1 }, 'quarter');
      },
    },
    {
      re: re(`\\b(?:${NEXT_PERIOD}\\s+(?:${w.year})|(?:${w.year})\\s+${NEXT_AFTER}|${w.newYear})`),
      read: (_m, ctx) => periodRead({ year: ctx.today.year + 1, month: 1, day: 1 }, 'year'),
    },
    ...seasonRules,
    {
      re: re(
        `\\b(?:(${w.earlyMonth})|(${w.midMonth})|(${w.endMonth})|(${w.after})|(?:${w.inMonth})|${NEXT_BEFORE})` +
          `\\s*${FULL_MONTH}\\b(?:\\s+(\\d{4})\\b)?`,
      ),
      read: (m, ctx) => {
        const monthNumber = month(m[5]!);
        const year = m[6] ? Number(m[6]) : undefined;
        const start = year ? { year, month: monthNumber, day: 1 } : firstOfNextMonth(ctx.today, monthNumber);
        if (m[2]) return periodRead({ ...start, day: 15 });
        if (m[3]) return periodRead({ ...start, day: daysInMonth(start.year, start.month) });
        if (m[4]) return periodRead(addMonths(start, 1), 'month');
        return periodRead(start, 'month');
      },
    },
    {
      re: re(`\\b(?:${w.endOfThisMonth})\\b`),
      read: (_m, ctx) => {
        const last = { ...ctx.today, day: daysInMonth(ctx.today.year, ctx.today.month) };
        return periodRead(compareDates(last, ctx.today) > 0 ? last : addMonths(last, 1));
      },
    },
    {
      re: re(`\\b(?:${w.endOfThisWeek})\\b`),
      read: (_m, ctx) => {
        const friday = addDays(mondayOf(ctx.today), 4);
        return periodRead(compareDates(friday, ctx.today) > 0 ? friday : addDays(friday, 7));
      },
    },
    {
      re: re(`\\b(?:${w.after})\\s+(\\d{1,2})${ORD}\\.?(?![\\d:]|\\s*(?:${UNIT}|${MONTH}|(?:${w.hourWord})\\b))`),
      read: (m, ctx) => {
        const day = Number(m[1]);
        if (day < 1 || day > 31) return undefined;
        const first = { year: ctx.today.year, month: ctx.today.month, day: 1 };
        for (let step = 0; step < 3; step++) {
          const start = addMonths(first, step);
          if (!isValidDate(start.year, start.month, day)) continue;
          const date = addDays({ ...start, day }, 1);
          if (compareDates(date, ctx.today) > 0) return { ...periodRead(date), after: true };
        }
        return undefined;
      },
    },
    {
      re: re(
        `\\b(?:${w.onDay})\\s*(\\d{1,2})${ORD}\\.?` +
          `(?![\\d:,]|\\s*(?:${UNIT}|${MONTH}|(?:${w.hourWord})\\b|${w.pm}|${w.am}|%|€|\\$|k\\b))`,
      ),
      read: (m, ctx) => {
        const day = Number(m[1]);
        return day >= 1 && day <= 31 ? dayRead(nextDayOfMonth(ctx.today, day)) : undefined;
      },
    },
  ];

  const hour = (h: string, minute: string | undefined, meridiem: 'am' | 'pm' | undefined): TimeOfDay | undefined => {
    let value = Number(h);
    const minutes = minute ? Number(minute) : 0;
    if (value > 24 || minutes > 59) return undefined;
    if (meridiem === 'pm' && value < 12) value += 12;
    if (meridiem === 'am' && value === 12) value = 0;
    return { hour: value % 24, minute: minutes };
  };
  const meridiemOf = (text: string | undefined): 'am' | 'pm' | undefined => {
    if (!text) return undefined;
    return new RegExp(`^(?:${w.pm})$`).test(text.trim()) ? 'pm' : 'am';
  };
  const AMPM = `(${w.pm}|${w.am})`;
  // Hours said in words ("a las cinco", "halb elf"). One is left out: "om een", "a la una" are rarer than
  // "een" and "una" meaning "a".
  const hourWords = Object.entries(w.numbers)
    .filter(([k, v]) => Number.isInteger(v) && v >= 2 && v <= 12 && !/\s/.test(k))
    .map(([k]) => k);
  const HOUR = `(\\d{1,2}|${anyOf(hourWords)})`;
  const hourValue = (text: string) => (/^\d+$/.test(text) ? Number(text) : (numberOf.get(text) ?? 0));
  // "at 3" or "half drie" with no am or pm is in the afternoon: nobody books a call at 3 in the night.
  const daytime = (value: number, minute: string, meridiem: 'am' | 'pm' | undefined) =>
    hour(String(value), minute, meridiem ?? (value >= 1 && value <= 6 ? 'pm' : undefined));
  const atBefore = new RegExp(`\\b(?:${w.atHour})\\s*$`);
  const times: Grammar['times'] = [
    ...(w.halfHour
      ? [
          {
            re: re(`\\b(?:${w.halfHour})\\s+${HOUR}\\b(?![:.]\\d)(?:\\s*${AMPM})?`),
            read: (m: RegExpExecArray) => daytime((hourValue(m[1]!) + 11) % 12 || 12, '30', meridiemOf(m[2])),
          },
        ]
      : []),
    ...(w.halfPast
      ? [
          {
            re: re(`\\b(?:${w.halfPast})\\s+${HOUR}\\b(?![:.]\\d)(?:\\s*${AMPM})?`),
            read: (m: RegExpExecArray) => daytime(hourValue(m[1]!), '30', meridiemOf(m[2])),
          },
        ]
      : []),
    {
      re: re(`\\b(\\d{1,2})\\s*(?::|h|\\.)\\s*(\\d{2})\\s*(?:(?:${w.hourWord})\\b)?\\s*${AMPM}?(?![\\d/])`),
      read: (m) => {
        // "3.30" alone may be a number; "3.30pm" and "10.30 Uhr" are times.
        // "at 9.30" is a time too.
        const atWord = atBefore.test(m.input.slice(Math.max(0, m.index - 15), m.index));
        if (m[0].includes('.') && !atWord && !/[a-z]/.test(m[0].slice(m[0].indexOf('.')))) return undefined;
        return hour(m[1]!, m[2], meridiemOf(m[3]));
      },
    },
    { re: re(`\\b(\\d{1,2})\\s*${AMPM}(?![a-z])`), read: (m) => hour(m[1]!, undefined, meridiemOf(m[2])) },
    {
      re: re(`\\b(\\d{1,2})\\s*(?:${w.hourWord})\\b(?:\\s*(\\d{2})\\b)?(?:\\s*${AMPM})?`),
      read: (m) => hour(m[1]!, m[2], meridiemOf(m[3])),
    },
    {
      re: re(`\\b(?:${w.atHour})\\s+(\\d{1,2})(?![\\d:]|[./]\\d|\\s*(?:${UNIT}|${MONTH}|%))(?:\\s*${AMPM})?`),
      read: (m) => {
        const meridiem = meridiemOf(m[2]);
        const value = Number(m[1]);
        // "at 3" with no am or pm is in the afternoon: nobody books a call at 3 in the night.
        return hour(m[1]!, undefined, meridiem ?? (value >= 1 && value <= 6 ? 'pm' : undefined));
      },
    },
    {
      re: re(`\\b(?:${w.atHour})\\s+${HOUR}\\b(?!\\s*(?:${UNIT}|${MONTH})\\b)(?:\\s*${AMPM})?`),
      read: (m) => (/^\d+$/.test(m[1]!) ? undefined : daytime(hourValue(m[1]!), '0', meridiemOf(m[2]))),
    },
    { re: re(`\\b(?:${w.noon})\\b`), read: () => ({ hour: 12, minute: 0 }) },
  ];

  return {
    rules,
    times,
    afterBefore: new RegExp(`(?:^|\\s)(?:${w.after})\\s+(?:(?:the|dem|den|le|la|el|il|o|a|de|het)\\s+)?$`),
    returnBefore: new RegExp(`(?:${w.returnCue})\\b(?:[\\s,]+[^\\s.!?]+){0,4}[\\s,]*$`),
    returnStart: new RegExp(`^(?:${w.returnCue})\\b`),
    backBefore: new RegExp(`(?:${w.backCue})\\b(?:[\\s,]+[^\\s.!?]+){0,4}[\\s,]*$`),
    backAfter: new RegExp(`^[\\s,]*(?:${w.backCue})\\b`),
    rejectedAfter: new RegExp(`^[\\s,]*(?:${w.dayRejected})`),
    beforeTime: new RegExp(`(?:^|\\s)(?:${w.beforeTime})\\s*$`),
  };
}

function grammarOf(w: DateWords): Grammar {
  let g = grammars.get(w);
  if (!g) {
    g = compile(w);
    grammars.set(w, g);
  }
  return g;
}

function overlaps(spans: { index: number; length: number }[], index: number, length: number): boolean {
  return spans.some((s) => index < s.index + s.length && s.index < index + length);
}

/** "after <day>" is the day after it; "after next week" the Monday after that week, and so on. */
function shiftAfter(c: Candidate): Candidate {
  const unit = c.unit ?? 'day';
  const date =
    unit === 'day'
      ? addDays(c.date, 1)
      : unit === 'week'
        ? addDays(c.date, 7)
        : addMonths(c.date, unit === 'month' ? 1 : unit === 'quarter' ? 3 : 12);
  return { ...c, date, kind: 'period', after: true };
}

/** Every date the text names, in text order, read in the words of one language. */
function candidates(
  text: string,
  words: DateWords,
  ctx: DateContext,
): { dates: Candidate[]; times: TimeCandidate[]; returning: Set<Candidate>; back: Set<Candidate> } {
  const g = grammarOf(words);
  const dates: Candidate[] = [];
  for (const { re, read } of g.rules) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (overlaps(dates, m.index, m[0].length)) continue;
      const reading = read(m, ctx);
      if (!reading) continue;
      let candidate: Candidate = { ...reading, index: m.index, length: m[0].length, explicit: /\d/.test(m[0]) };
      if (g.afterBefore.test(text.slice(Math.max(0, m.index - 20), m.index))) candidate = shiftAfter(candidate);
      dates.push(candidate);
    }
  }
  // "Monday, 7 December": the explicit date says it all. "Tuesday doesn't work": not that day.
  const kept = dates
    .filter((c) => !c.weekdayOnly || !dates.some((o) => o.explicit && Math.abs(o.index - c.index) < 24))
    .filter((c) => !g.rejectedAfter.test(text.slice(c.index + c.length, c.index + c.length + 30)))
    .sort((a, b) => a.index - b.index);
  const times: TimeCandidate[] = [];
  for (const { re, read } of g.times) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (overlaps(kept, m.index, m[0].length) || overlaps(times, m.index, m[0].length)) continue;
      // "Don't call me before 9am" sets a limit, not a time.
      if (g.beforeTime.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
      const time = read(m);
      if (time) times.push({ ...time, index: m.index, length: m[0].length });
    }
  }
  times.sort((a, b) => a.index - b.index);
  const returning = new Set(
    kept.filter(
      (c) =>
        g.returnBefore.test(text.slice(Math.max(0, c.index - 40), c.index)) ||
        g.returnStart.test(text.slice(c.index, c.index + c.length)),
    ),
  );
  const back = new Set(
    kept.filter(
      (c) =>
        g.backBefore.test(text.slice(Math.max(0, c.index - 40), c.index)) ||
        g.backAfter.test(text.slice(c.index + c.length, c.index + c.length + 30)),
    ),
  );
  return { dates: kept, times, returning, back };
}

/** Whether the words just before `index` make what follows a limit ("before 9am"), not a time they offer. */
export function isLimitBefore(textBefore: string, words: DateWords): boolean {
  return grammarOf(words).beforeTime.test(textBefore.slice(-20));
}

/** The one date (and time) a reply names, by the rules above, or undefined. */
/** The months the seasons start in, north of the equator (spring first); south of it, six months later. */
const SEASON_STARTS = [3, 6, 9, 12] as const;

/**
 * The first day of a season (0 spring … 3 winter) in the replier's hemisphere: of the one under way today when
 * `current` allows it, else of the next to start after today. Seasons are the weather's: three whole months each.
 */
function seasonStart(season: number, ctx: DateContext, current: boolean): CivilDate {
  const month = ((SEASON_STARTS[season]! - 1 + (ctx.southern ? 6 : 0)) % 12) + 1;
  let start: CivilDate = { year: ctx.today.year - 1, month, day: 1 };
  while (compareDates(start, ctx.today) <= 0) {
    if (current && compareDates(addMonths(start, 3), ctx.today) > 0) return start;
    start = addMonths(start, 12);
  }
  return start;
}

export function readDate(text: string, words: DateWords, ctx: DateContext): DateReading | undefined {
  const { dates, times, returning, back } = candidates(text, words, ctx);
  // "Snowed under until the 15th, write after the 15th": the day to write wins over the day they are busy until.
  const after = dates.filter((c) => c.after && !returning.has(c));
  const ranked =
    back.size > 0
      ? [...back].slice(-1)
      : returning.size > 0
        ? after.length > 0
          ? after.slice(-1)
          : [...returning].slice(-1)
        : dates;
  // "Slammed today, call me Monday": a day still to come wins over today.
  const chosen =
    ranked.find((c) => compareDates(c.date, ctx.today) > 0) ??
    ranked.find((c) => compareDates(c.date, ctx.today) === 0) ??
    ranked[0];
  if (!chosen) {
    const time = times[0];
    if (!time) return undefined;
    const later = time.hour * 60 + time.minute > ctx.minutesNow;
    return {
      date: later ? ctx.today : addDays(ctx.today, 1),
      time: { hour: time.hour, minute: time.minute },
      kind: 'day',
      ambiguous: false,
      index: time.index,
      length: time.length,
    };
  }
  const nearest = times
    .map((t) => ({
      t,
      distance: t.index > chosen.index ? t.index - (chosen.index + chosen.length) : chosen.index - (t.index + t.length),
    }))
    .filter(({ distance }) => distance <= 40 || dates.length === 1)
    .sort((a, b) => a.distance - b.distance)[0]?.t;
  return {
    date: chosen.date,
    ...(nearest ? { time: { hour: nearest.hour, minute: nearest.minute } } : {}),
    kind: chosen.kind,
    ambiguous: chosen.ambiguous,
    index: chosen.index,
    length: chosen.length,
  };
}
