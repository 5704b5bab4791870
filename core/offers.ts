// Offers and placements: money, dates and the strict YES/NO, as pure rules. Time is passed in.

import type { Stage } from './model';
import { STAGE_LABELS } from './model';
import { fromLocal } from './zoned';

/** What the recruiter asks when the offer is on the table; only a plain YES counts. */
export const OFFER_QUESTION = 'Do you accept this offer, as it stands? YES or NO.';

/** How many days before a guarantee ends its reminder comes, so there is time to check in with both sides. */
export const GUARANTEE_NOTICE_DAYS = 14;
/** The hour (on the clock where the candidate works) a guarantee reminder falls due on its day. */
export const GUARANTEE_NOTICE_HOUR = 9;
/** The longest guarantee a placement may carry. */
export const GUARANTEE_DAYS_MAX = 365;

export type OfferAnswer = 'yes' | 'no';

/** One offer made to a candidate. Money is in the currency's minor units (cents), so sums and fees are exact. */
export interface Offer {
  id: string;
  applicationId: string;
  base: number;
  currency: string;
  bonus: number | null;
  /** The first working day offered, as a calendar date (YYYY-MM-DD). */
  startDate: string;
  expiresAt: string | null;
  offeredAt: string;
  answer: OfferAnswer | null;
  /** Their own words, kept when they said anything but a plain yes. */
  answerVerbatim: string | null;
  answeredAt: string | null;
}

/** A placement and its fee: a percentage of the accepted offer's base, or a fixed amount. */
export interface Placement {
  id: string;
  applicationId: string;
  /** The accepted offer it follows, if one was recorded. */
  offerId: string | null;
  startDate: string;
  /** The fee as a percentage (e.g. 20 or 22.5), or null for a fixed fee. */
  feePercent: number | null;
  /** A fixed fee, or a percentage of the accepted offer's base; null when there is no base to take it from. */
  feeAmount: number | null;
  feeCurrency: string | null;
  invoiceDate: string | null;
  guaranteeDays: number;
  /** The day the guarantee ends: the start date plus its days (YYYY-MM-DD). */
  guaranteeEndsOn: string;
  /** When the reminder before the guarantee ends falls due; null without a guarantee. */
  guaranteeNoticeAt: string | null;
  fellOffAt: string | null;
  fellOffReason: string | null;
  createdAt: string;
}

/** The judged answer: what is recorded, and their words when they are kept. */
export interface JudgedAnswer {
  answer: OfferAnswer;
  verbatim: string | null;
  /** They said something other than a plain yes or no: recorded as NO, not the right fit. */
  hedged: boolean;
}

/** A plain yes: the word alone, in any case, with at most punctuation around it ("Yes!", "yes."). */
export function isPlainYes(words: string): boolean {
  return /^[\s"'“”‘’.!¡]*yes[\s"'“”‘’.!]*$/iu.test(words);
}

/**
 * The same strictness as the debrief: only a plain YES is a yes. A yes with anything more ("yes, but I need to
 * think") is NO, kept with their words; a NO keeps their words too when they gave them.
 */
export function judgeAnswer(answer: OfferAnswer, verbatim: string | null | undefined): JudgedAnswer {
  const words = verbatim?.trim() ? verbatim.trim() : null;
  if (answer === 'no') return { answer: 'no', verbatim: words, hedged: false };
  if (words === null || isPlainYes(words)) return { answer: 'yes', verbatim: null, hedged: false };
  return { answer: 'no', verbatim: words, hedged: true };
}

/** ISO 4217 codes this runtime knows, upper case (e.g. USD, EUR, JPY). */
export function isCurrencyCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && Intl.supportedValuesOf('currency').includes(code);
}

/** How many minor units a currency has after the point: 2 for USD, 0 for JPY, 3 for BHD. */
export function currencyDigits(currency: string): number {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** "USD 120,000.00": an amount in minor units, written with its code so no symbol is ambiguous. */
export function formatMoney(minor: number, currency: string): string {
  const digits = currencyDigits(currency);
  const major = minor / 10 ** digits;
  const number = new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return `${currency} ${number.format(major)}`;
}

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const at = new Date(Date.UTC(year, month - 1, day));
  return at.getUTCFullYear() === year && at.getUTCMonth() === month - 1 && at.getUTCDate() === day;
}

/** The calendar date `days` after `date` (both YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** "1 April 2026": a calendar date in words, with no time zone to shift it. */
export function longDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** A fee percentage, kept in hundredths (basis points) so 22.5% stays exact. */
export const percentToBasisPoints = (percent: number): number => Math.round(percent * 100);

/** The fee a percentage earns on a base, rounded to the minor unit. */
export const feeOnBase = (base: number, basisPoints: number): number => Math.round((base * basisPoints) / 10_000);

/**
 * The guarantee's last day and its reminder: the guarantee runs `days` days from the start date, and the reminder
 * falls due GUARANTEE_NOTICE_DAYS before it ends (on the start date if it is shorter), at 09:00 where they work.
 */
export function guaranteeTimes(
  startDate: string,
  days: number,
  zone: string,
): { endsOn: string; noticeAt: string | null } {
  const endsOn = addDays(startDate, days);
  if (days === 0) return { endsOn, noticeAt: null };
  const noticeOn = days > GUARANTEE_NOTICE_DAYS ? addDays(endsOn, -GUARANTEE_NOTICE_DAYS) : startDate;
  const [year, month, day] = noticeOn.split('-').map(Number) as [number, number, number];
  return { endsOn, noticeAt: fromLocal(zone, year, month, day, GUARANTEE_NOTICE_HOUR).toISOString() };
}

/** Why an offer cannot be recorded on an application at this stage, or null when it can. */
export function offerRefusal(stage: Stage): string | null {
  if (stage === 'closed') return 'This application is closed, so no offer can be recorded on it.';
  if (stage === 'placed') return 'This candidate is already placed in this position.';
  if (stage !== 'offer') {
    return (
      `An offer comes after the debrief's YES, and this application is at ${STAGE_LABELS[stage]}. ` +
      'Record the debrief (or move the card to Offer) first.'
    );
  }
  return null;
}

/** Why a placement cannot be recorded on an application at this stage, or null when it can. */
export function placementRefusal(stage: Stage): string | null {
  if (stage === 'closed') return 'This application is closed, so no placement can be recorded on it.';
  if (stage !== 'offer' && stage !== 'placed') {
    return `A placement follows an accepted offer, and this application is at ${STAGE_LABELS[stage]}.`;
  }
  return null;
}
