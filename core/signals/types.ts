import type { Chrono } from 'chrono-node';

/** The languages Politely reads replies in, as ISO 639-1 codes. */
export type Lang = 'en' | 'de' | 'fr' | 'es' | 'nl' | 'it' | 'pt';

/**
 * How dates are said in one language. Every string is a regular-expression source written for
 * normalised text (lower case, accents folded, one space), so "März" is written "marz".
 */
export interface DateWords {
  /** January first; each entry lists the spellings of that month, full names first. */
  months: readonly (readonly string[])[];
  /** Sunday first. */
  weekdays: readonly (readonly string[])[];
  today: string;
  tomorrow: string;
  dayAfterTomorrow: string;
  /** "next" standing before a weekday, week, month, year or quarter ("next Tuesday", "nächsten Dienstag"). */
  nextBefore: string;
  /** "next" standing after it ("mardi prochain", "la semana que viene"). */
  nextAfter: string;
  /** Extra words for "next" that mean it only before week, month, year or quarter ("kommende Woche"). */
  nextPeriodBefore?: string;
  /** Count words that mean three when counting days ("ein paar Tage", "een paar dagen"). */
  fewDays?: string;
  /** What may not follow a weekday word for it to be one ("segunda vez" is the second time). */
  notWeekday?: string;
  /** "this coming" before a weekday: the first such day after today, not next week's. */
  comingBefore: string;
  week: string;
  month: string;
  year: string;
  quarter: string;
  /** "the new year", "early next year": 1 January. */
  newYear: string;
  /**
   * The seasons, spring first (each its spellings, as alternatives), and the words before one that mean after it
   * ("after the summer": the first day of the next season) and in it ("in the autumn": its first day). `afterSummer`
   * names the end of the summer break in a word of its own ("la rentrée").
   */
  seasons?: {
    names: readonly [string, string, string, string];
    after: string;
    in: string;
    afterSummer?: string;
  };
  /** Words for "day(s)", "week(s)", "month(s)" after a number ("in two weeks"). */
  unitDays: string;
  unitWeeks: string;
  unitMonths: string;
  unitYears: string;
  /** "fortnight", "quinzaine", "quincena": two weeks. */
  unitFortnights: string;
  /** Before a count of units: "in", "dans", "over", "tra", "daqui a". */
  inPrefix: string;
  /** After a count of units, for languages that say "two weeks from now". */
  fromNow: string;
  /** Number words, with their value. "a couple of" is 2 and "a few" 3. */
  numbers: Readonly<Record<string, number>>;
  /** Before a month alone: "in March", "im März", "en mars". */
  inMonth: string;
  /** Before a month: its start, middle and end ("early March", "Mitte März", "fin mars"). */
  earlyMonth: string;
  midMonth: string;
  endMonth: string;
  /** "end of the month" and "end of the week", resolved in the current or next period. */
  endOfThisMonth: string;
  endOfThisWeek: string;
  /** "after", before a date or a day of the month: the day after it. */
  after: string;
  /** A word that introduces a bare day of the month: "on the 20th", "am 20.", "le 20", "el día 20". */
  onDay: string;
  /** Ordinal endings after a day number ("3rd", "1er", "3e", "1º"). */
  ordinal: string;
  /** Between a day and its month ("the 3rd of March", "3 de marzo"). */
  dayMonthJoin: string;
  /** Words that make a following date the date they return ("until", "back on", "bis", "jusqu'au"). */
  returnCue: string;
  /** Words around a date that make it the day they are back ("back on", "wieder erreichbar"): they win over "until". */
  backCue: string;
  /** A half hour said as the next hour ("half 10", "halb 10" are 9:30), when the language says it so. */
  halfHour?: string;
  /** A half hour said as the hour before it, as in British English ("half ten" is 10:30). */
  halfPast?: string;
  /** Words after a day that turn it down ("Tuesday doesn't work"): that day is not the one they offer. */
  dayRejected: string;
  /** Time of day: the word before an hour ("at", "um", "à", "a las", "om", "alle", "às"). */
  atHour: string;
  /** Words after an hour that make it a time ("Uhr", "h", "heures", "uur", "horas"). */
  hourWord: string;
  /** Words after an hour meaning afternoon or evening ("pm", "de la tarde", "nachmittags"). */
  pm: string;
  /** Words after an hour meaning morning ("am", "de la mañana", "morgens"). */
  am: string;
  noon: string;
  /** "before", "until": a time after these is a limit they set, not a time to call. */
  beforeTime: string;
}

/**
 * The phrases of one language that decide a reply's class, as regular expressions over
 * normalised text. Adding a language means adding one of these and listing it in index.ts.
 */
export interface PhraseTable {
  lang: Lang;
  /** chrono-node's parser for this language, for dates the grammar in dates.ts does not know. */
  chrono: Chrono;
  /** Frequent short words of the language, to tell languages apart in short replies. */
  markers: RegExp;
  /** A request to stop all contact. */
  stop: readonly RegExp[];
  /** Words that look like a stop but are not ("don't stop sending me roles"). */
  notStop: readonly RegExp[];
  /** A clear no. */
  no: readonly RegExp[];
  /** Words that look like a no but are not ("no problem", "I'm not saying no"). */
  notNo: readonly RegExp[];
  /** A no that holds only for now ("not interested at the moment"): read as a soft no. */
  forNow: readonly RegExp[];
  /** Words that keep a no a no even with "for now" ("and won't be for a long while"). */
  forGood: readonly RegExp[];
  /** "Not now" and the polite euphemisms for it: a soft no. */
  notNow: readonly RegExp[];
  /** An invitation to come back later ("try me in March", "check back", "keep me in mind"). */
  later: readonly RegExp[];
  /** Agreement to be contacted ("yes", "sure", "feel free to", "let's"). */
  agree: readonly RegExp[];
  /** "But" between a no and what they allow after it ("not looking, but you can call me Monday"). */
  but: RegExp;
  /** Verbs of contact ("call", "follow up", "talk"). */
  asks: RegExp;
  /** Clear interest. */
  interested: readonly RegExp[];
  /** Words that look like interest but are not ("not interesting", "kein Interesse"). */
  notInterested: readonly RegExp[];
  /** A bare yes, read as interest when nothing else decides. */
  yes: readonly RegExp[];
  /** An automatic reply: out of office, leave, vacation. */
  autoReply: readonly RegExp[];
  /** Words that often mean stop, for the form to ask "Did they ask you to stop?". */
  mentionsStop: RegExp;
  /** Lines that start a quoted earlier message ("On Mon, … wrote:"), cut before reading. */
  quoteHeader: RegExp;
  dates: DateWords;
}
