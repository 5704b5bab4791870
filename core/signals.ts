import { detectAll } from 'tinyld/light';
import type { ResponseClass } from './model';
import { addDays, dayNumber, type CivilDate } from './signals/calendar';
import { isLimitBefore, nextMonthDay, nextWeekday, readDate, type DateReading } from './signals/dates';
import { LANGS, TABLES, UNIVERSAL_MENTIONS_STOP, UNIVERSAL_STOP, type Lang, type PhraseTable } from './signals/index';
import { firstHit, mask, normalise, originalSpan, type Hit, type Normalised } from './signals/text';
import { fromLocal, localTime, startOfLocalDay } from './zoned';

export type { Lang } from './signals/index';

export interface Signal {
  class: ResponseClass;
  /** The instant they named, when they named one (follow up on or after it): a day starts at their midnight. */
  until?: string;
  /** The words that decided the class, as they wrote them. */
  phrase?: string;
  /** The language the reply was read in (ISO 639-1). */
  language: Lang;
  /** They named a time of day ("Thursday at 3pm"), so `until` is that moment, not the start of the day. */
  hasTime: boolean;
  /** A numeric date whose day and month could be swapped (3/4): show it as read so it can be fixed. */
  ambiguousDate?: boolean;
  /** The text holds a word that often means stop (list, unsubscribe, remove, contact again …). */
  mentionsStop: boolean;
}

export interface ReadOptions {
  /** The replier's IANA time zone: the times they name are theirs. UTC when absent. */
  timezone?: string;
  /**
   * Numeric dates are day first (3/4 is 3 April) when true, month first when false. By default
   * day first, except for English written from a US or Canadian time zone.
   */
  dayMonth?: boolean;
}

// Longer replies are essays or quoted threads; what decides them is at the top.
const MAX_READ = 10_000;

// Zones of the United States and Canada, where English numeric dates are month first.
const MONTH_FIRST_ZONES = new Set(
  [
    'St_Johns Halifax Glace_Bay Moncton Goose_Bay Blanc-Sablon Toronto Iqaluit Atikokan Winnipeg Resolute',
    'Rankin_Inlet Regina Swift_Current Edmonton Cambridge_Bay Inuvik Creston Dawson_Creek Fort_Nelson Whitehorse',
    'Dawson Vancouver New_York Detroit',
    'Kentucky/Louisville Kentucky/Monticello Indiana/Indianapolis Indiana/Vincennes Indiana/Winamac Indiana/Marengo',
    'Indiana/Petersburg Indiana/Vevay Chicago Indiana/Tell_City Indiana/Knox Menominee North_Dakota/Center',
    'North_Dakota/New_Salem North_Dakota/Beulah Denver Boise Phoenix Los_Angeles Anchorage Juneau Sitka',
    'Metlakatla Yakutat Nome Adak Montreal Nipigon Thunder_Bay Rainy_River Pangnirtung Yellowknife Indianapolis',
    'Fort_Wayne Louisville Knox_IN Shiprock',
  ]
    .join(' ')
    .split(' ')
    .map((z) => `America/${z}`)
    .concat(['Pacific/Honolulu', 'Navajo', 'EST5EDT', 'CST6CDT', 'MST7MDT', 'PST8PDT']),
);

function monthFirstZone(zone: string): boolean {
  return MONTH_FIRST_ZONES.has(zone) || zone.startsWith('US/') || zone.startsWith('Canada/');
}

/**
 * Zones south of the equator, where "after the summer" means March: Australia, New Zealand, the south of Africa and
 * of South America. Zones on or near the equator keep the northern seasons, as their people mostly speak of them.
 */
const SOUTHERN_ZONES = new Set(
  [
    'Pacific/Auckland Pacific/Chatham Pacific/Fiji Pacific/Noumea Pacific/Norfolk Africa/Johannesburg Africa/Maputo',
    'Africa/Harare Africa/Lusaka Africa/Windhoek Africa/Gaborone Africa/Maseru Africa/Mbabane Africa/Blantyre',
    'Indian/Mauritius Indian/Reunion Indian/Antananarivo America/Santiago America/Punta_Arenas America/Montevideo',
    'America/Asuncion America/Sao_Paulo America/Buenos_Aires Atlantic/Stanley Antarctica/McMurdo NZ',
  ]
    .join(' ')
    .split(' '),
);

function southernZone(zone: string): boolean {
  return SOUTHERN_ZONES.has(zone) || zone.startsWith('Australia/') || zone.startsWith('America/Argentina/');
}

/** The reply without the message it quotes ("On Monday … wrote:", "> …"). */
function ownWords(text: string): string {
  const lines = text.slice(0, MAX_READ).split(/\r?\n/);
  const kept: string[] = [];
  for (const [i, line] of lines.entries()) {
    if (/^\s*>/.test(line)) continue;
    const n = normalise(line).text;
    if (i > 0 && kept.some((k) => k.trim() !== '') && TABLES.some((t) => t.quoteHeader.test(n))) break;
    kept.push(line);
  }
  return kept.join('\n').trim();
}

const calendarCache = new Map<PhraseTable, RegExp>();

/** The language's names of weekdays and months (full names only): "Tuesday" is English, "Dienstag" German. */
function calendarWords(t: PhraseTable): RegExp {
  let re = calendarCache.get(t);
  if (!re) {
    const names = [...t.dates.weekdays.map((w) => w[0]!), ...t.dates.months.map((m) => m[0]!)];
    const words = names.filter((w) => w.length > 3);
    re = new RegExp(`\\b(?:${words.join('|')})\\b`, 'g');
    calendarCache.set(t, re);
  }
  return re;
}

function hits(text: string, patterns: readonly RegExp[]): number {
  return patterns.reduce((n, p) => n + (p.test(text) ? 1 : 0), 0);
}

/**
 * The language of a reply: the detector's guess, weighed with the language's frequent words and
 * with its phrases, which decide short replies ("Nein danke", "STOP") that no detector can.
 */
function chooseTable(own: string, text: string): PhraseTable {
  const score = new Map<Lang, number>();
  const add = (lang: Lang, value: number) => score.set(lang, (score.get(lang) ?? 0) + value);
  const detected = /\p{L}{2}/u.test(own) ? detectAll(own, { only: [...LANGS] }) : [];
  for (const { lang, accuracy } of detected) {
    if ((LANGS as readonly string[]).includes(lang)) add(lang as Lang, 4 * accuracy);
  }
  for (const t of TABLES) {
    add(t.lang, 0.5 * (text.match(t.markers)?.length ?? 0));
    add(t.lang, 1 * (text.match(calendarWords(t))?.length ?? 0));
    const phrases = [t.stop, t.no, t.notNo, t.forNow, t.notNow, t.later, t.interested, t.yes, t.autoReply, t.agree];
    phrases.push([t.asks]);
    add(t.lang, 1.5 * phrases.reduce((n, list) => n + hits(text, list), 0));
  }
  const order = [...detected.map((d) => d.lang), ...LANGS];
  let best: PhraseTable = TABLES[0]!;
  let bestScore = 0;
  for (const lang of order) {
    const s = score.get(lang as Lang) ?? 0;
    if (s > bestScore) {
      bestScore = s;
      best = TABLES.find((t) => t.lang === lang) ?? best;
    }
  }
  return best;
}

/** A stop in any language: stop requests are read in every table, so a wrong language guess cannot miss one. */
function findStop(text: string, chosen: PhraseTable): Hit | undefined {
  // "Don't take me off your list", "Não para de me mandar vagas": what is not a stop in one language is in none.
  const guarded = mask(
    text,
    TABLES.flatMap((t) => t.notStop),
  );
  const universal = firstHit(guarded, UNIVERSAL_STOP);
  if (universal) return universal;
  for (const t of [chosen, ...TABLES.filter((x) => x !== chosen)]) {
    const hit = firstHit(guarded, t.stop);
    if (hit) return hit;
  }
  return undefined;
}

// Where a signature or a company's legal footer starts: "--", a confidentiality notice, marketing
// preferences. Their "to unsubscribe" and "delete it from your system" are the company's words, not the replier's.
const FOOTER_START = new RegExp(
  String.raw`^\s*(?:--\s*$|__+\s*$|this (?:e-?mail|message)(?: and any (?:attachments|files))? (?:is|are|may be)` +
    String.raw` (?:confidential|privileged|intended)|to unsubscribe from\b|disclaimer\b|confidentiality notice\b` +
    String.raw`|registered (?:in|office)\b)`,
  'i',
);

/** The reply without its signature block and legal footer. */
function withoutFooter(own: string): string {
  const lines = own.split(/\r?\n/);
  const end = lines.findIndex((line, i) => i > 0 && FOOTER_START.test(line));
  return end < 0 ? own : lines.slice(0, end).join('\n');
}

// A recruiter's own offer to take them off the list, in the message a reply quotes.
const REMOVAL_OFFER = new RegExp(
  String.raw`\b(?:take you off|remove you from|unsubscribe you|rather not hear from (?:me|us)` +
    String.raw`|stop (?:contacting|emailing) you|vous retirer de|vous desinscrire` +
    String.raw`|sie (?:von|aus) (?:der|unserer) (?:liste|verteiler)` +
    String.raw`|darte de baja|le dare de baja|u van de lijst|cancellarti dalla lista|remover voce da lista)`,
);
// A bare yes, the whole of a reply: it says yes to whatever the quoted message asked.
const YES_WORDS = 'yes|yeah|yep|ok|okay|sure|please|please do|do that|go ahead|ja|oui|si|sim|graag|certo';
const BARE_YES = new RegExp(
  `^(?:${YES_WORDS})(?:[\\s,.!]+(?:${YES_WORDS}|do|that|thanks|thank you|bitte|merci|gracias|grazie|obrigad[oa]` +
    `|dank je))*[\\s.!]*$`,
);

/** "Yes please, do that" under "If you'd rather not hear from me again, I'll take you off my list": a stop. */
function agreesToRemoval(own: string, text: string): boolean {
  if (!BARE_YES.test(normalise(own).text)) return false;
  const quoted = normalise(text.slice(0, MAX_READ).slice(text.indexOf(own) + own.length)).text;
  return REMOVAL_OFFER.test(quoted);
}

// "It's actually me, not an auto-reply": a person writing about their leave.
const NOT_AUTO_REPLY = /\bnot an? auto(?:matic|mated)?[- ]?(?:reply|response|message)\b/;

interface Reading {
  class: ResponseClass;
  hit?: Hit;
  /** Whether the date they named travels with this class. */
  dated: boolean;
}

/** An invitation to contact them after a "but" that follows a no: the agreement, when there is one. */
function permittedAfter(text: string, no: Hit, t: PhraseTable): Hit | undefined {
  const from = no.index + no.text.length;
  const but = t.but.exec(text.slice(from));
  if (!but) return undefined;
  const start = from + but.index + but[0].length;
  // The invitation belongs to the same sentence as the "but".
  const rest = text.slice(start).split(/[.!?\n]/)[0]!;
  const agrees = firstHit(rest, t.agree);
  if (!agrees || !t.asks.test(rest.slice(agrees.index))) return undefined;
  return { index: start + agrees.index, text: agrees.text };
}

/** The class, by precedence: stop > no > soft no > interest and permission > nothing in particular. */
function classify(text: string, t: PhraseTable, date: DateReading | undefined, stopText = text): Reading {
  const stop = findStop(stopText, t);
  if (stop) return { class: 'stop', hit: stop, dated: false };

  // "No es que no me interese", "not uninterested": a denied no is interest, so those words are kept.
  const interested = firstHit(mask(text, t.notInterested, mask(text, t.notNo)), t.interested);
  // An automatic reply says it is one; a person who says they are away and still interested is a person.
  const notNowWords = firstHit(mask(text, t.notNo), t.notNow);
  // "Estoy de viaje, llámame en tres días": a person's short not-now, in the words an auto-reply also uses.
  const personAway = notNowWords !== undefined && text.length < 100 && firstHit(text, t.later) !== undefined;
  const auto = NOT_AUTO_REPLY.test(text) || personAway ? undefined : firstHit(text, t.autoReply);
  // "I'll share it with the team and come back to you": a client passing a CV on, not a later.
  const later = firstHit(mask(text, t.notNo), t.later);
  // "Estoy de baja por maternidad, llámame dentro de dos meses": a person on leave who asks for a later call.
  if (auto && !interested && later && text.length < 200) return { class: 'soft-no', hit: auto, dated: true };
  if (auto && !interested) return { class: 'neutral', hit: auto, dated: true };

  const forGood = firstHit(text, t.forGood);
  const forNow = forGood ? undefined : firstHit(mask(text, t.notNo), t.forNow);
  const notNow = firstHit(mask(text, t.notNo), t.notNow);
  const no = firstHit(mask(text, forNow ? [...t.notNo, ...t.forNow] : t.notNo), t.no);
  const callable = date !== undefined && (date.time !== undefined || date.kind === 'day');
  if (no) {
    // "No, Tuesday doesn't work. Wednesday at 4pm is fine": a no to one time and a yes to another.
    const agrees = firstHit(text, t.agree);
    const bareNo = no.index === 0 && no.text.length <= 5;
    if (bareNo && date && (date.time || date.kind === 'day') && agrees && agrees.index > no.index) {
      return { class: 'permission', hit: agrees, dated: true };
    }
    // "I'm not looking, but you can call me Monday at 12:30": a no to a move, a yes to that call.
    const allowed = callable ? permittedAfter(text, no, t) : undefined;
    if (allowed) return { class: 'permission', hit: allowed, dated: true };
    // "Not interested now, but feel free to reach out in six months": a no for now.
    if (!forGood && (later || notNow || forNow)) return { class: 'soft-no', hit: forNow ?? notNow ?? no, dated: true };
    return { class: 'no', hit: no, dated: false };
  }
  const allowedNow = forNow && callable ? permittedAfter(text, forNow, t) : undefined;
  if (allowedNow) return { class: 'permission', hit: allowedNow, dated: true };
  if (forNow) return { class: 'soft-no', hit: forNow, dated: true };
  if (notNow) return { class: 'soft-no', hit: notNow, dated: true };
  if (interested) return { class: 'interested', hit: interested, dated: true };

  const asks = t.asks.exec(text);
  const agrees = firstHit(text, t.agree);
  // "Yes, feel free to follow up on 3 February", or an appointment: "call me Thursday at 3pm".
  if (date && asks && (agrees || (!later && (date.kind === 'day' || date.time)))) {
    const hit = agrees && agrees.index < asks.index ? agrees : { index: asks.index, text: asks[0] };
    return { class: 'permission', hit, dated: true };
  }
  if (later) return { class: 'soft-no', hit: later, dated: true };

  const yes = firstHit(text, t.yes);
  if (yes) return { class: 'interested', hit: yes, dated: true };
  return { class: 'neutral', dated: true };
}

interface Clock {
  zone: string;
  today: CivilDate;
  minutesNow: number;
}

/** A date chrono-node finds where the grammar found none, read by the same rules. */
function chronoDate(t: PhraseTable, own: string, clock: Clock): DateReading | undefined {
  const { today, minutesNow } = clock;
  // chrono reads a wall clock: give it theirs as if it were UTC, and take only what the text says.
  const hours = Math.floor(minutesNow / 60);
  const instant = new Date(Date.UTC(today.year, today.month - 1, today.day, hours, minutesNow % 60));
  for (const result of t.chrono.parse(own, { instant, timezone: 0 })) {
    const s = result.start;
    if (isLimitBefore(normalise(own.slice(0, result.index)).text + ' ', t.dates)) continue;
    const time = s.isCertain('hour') ? { hour: s.get('hour') ?? 0, minute: s.get('minute') ?? 0 } : undefined;
    // Words alone ("ahora", "ter") are the grammar's to read: chrono takes them for dates too eagerly.
    if (!/\d/.test(result.text)) continue;
    let date: CivilDate | undefined;
    if (s.isCertain('day') && s.isCertain('month')) {
      const day = s.get('day')!;
      const month = s.get('month')!;
      date = s.isCertain('year') ? { year: s.get('year')!, month, day } : nextMonthDay(today, month, day);
    } else if (s.isCertain('weekday')) {
      date = nextWeekday(today, s.get('weekday')!);
    } else if (time) {
      date = time.hour * 60 + time.minute > minutesNow ? today : addDays(today, 1);
    }
    if (date) return { date, ...(time ? { time } : {}), kind: 'day', ambiguous: false, index: 0, length: 0 };
  }
  return undefined;
}

function instantOf(reading: DateReading, now: Date, clock: Clock): Date {
  const { date, time } = reading;
  if (time) return fromLocal(clock.zone, date.year, date.month, date.day, time.hour, time.minute);
  return startOfLocalDay(now, clock.zone, dayNumber(date) - dayNumber(clock.today));
}

function clockAt(now: Date, zone: string): Clock {
  const l = localTime(now, zone);
  return { zone, today: { year: l.year, month: l.month, day: l.day }, minutesNow: l.hour * 60 + l.minute };
}

function readIn(n: Normalised, own: string, t: PhraseTable, clock: Clock, dayMonth?: boolean): DateReading | undefined {
  const dayFirst = dayMonth ?? !(t.lang === 'en' && monthFirstZone(clock.zone));
  const ctx = {
    today: clock.today,
    minutesNow: clock.minutesNow,
    lang: t.lang,
    dayMonth: dayFirst,
    southern: southernZone(clock.zone),
  };
  return readDate(n.text, t.dates, ctx) ?? chronoDate(t, own, clock);
}

/** The date a reply names, as an instant, read by the rules in signals/dates.ts. */
export function extractDate(text: string, now: Date, options: ReadOptions = {}): Date | undefined {
  const own = ownWords(text);
  const n = normalise(own);
  const clock = clockAt(now, options.timezone ?? 'UTC');
  const reading = readIn(n, own, chooseTable(own, n.text), clock, options.dayMonth);
  return reading ? instantOf(reading, now, clock) : undefined;
}

/**
 * What a reply means for follow-up, in any of the languages in signals/index.ts: interest,
 * permission with a date, a polite "not now" (a no for now), a clear no, a request to stop, or
 * nothing in particular; with the date they named, as an instant in their own time zone.
 */
export function classifyReply(text: string, now: Date, options: ReadOptions = {}): Signal {
  const own = ownWords(text);
  const n = normalise(own);
  const t = chooseTable(own, n.text);
  const clock = clockAt(now, options.timezone ?? 'UTC');
  const reading = n.text ? readIn(n, own, t, clock, options.dayMonth) : undefined;
  const stopText = normalise(withoutFooter(own)).text;
  const result: Reading = agreesToRemoval(own, text)
    ? { class: 'stop', hit: { index: 0, text: n.text }, dated: false }
    : classify(n.text, t, reading, stopText);
  const mentionsStop = UNIVERSAL_MENTIONS_STOP.test(n.text) || TABLES.some((x) => x.mentionsStop.test(n.text));
  const signal: Signal = { class: result.class, language: t.lang, hasTime: false, mentionsStop };
  if (result.hit) signal.phrase = originalSpan(n, result.hit.index, result.hit.text.length) || result.hit.text;
  if (reading && result.dated) {
    signal.until = instantOf(reading, now, clock).toISOString();
    signal.hasTime = reading.time !== undefined;
    if (reading.ambiguous) signal.ambiguousDate = true;
  }
  return signal;
}
