/**
 * The app's date shapes on screen, in the recruiter's locale: core/dates.ts defines them, for these screens and for
 * the sentences the backend writes alike. A day and a day and time carry the year only when it is not the current
 * one, so they take "now". Times are the recruiter's own unless a `timeZone` is given (someone else's clock: a
 * candidate's, an interview's).
 */
import * as dates from '../core/dates';
import type { Instant } from '../core/dates';

export type { Instant };

export interface InZone {
  /** An IANA zone whose clock to read; the recruiter's own when absent. */
  timeZone?: string | undefined;
}

// The computer's own locale (Intl's `undefined`) unless a test pins one.
let locale: string | undefined;

/** Pins the locale every shape is written in (tests do; the app leaves it to the computer). */
export function setDateLocale(next: string | undefined): void {
  locale = next;
}

/** The locale these shapes are written in, for the backend to write its sentences in the same one. */
export const dateLocale = (): string => locale ?? new Intl.DateTimeFormat().resolvedOptions().locale;

/** "Tue, Mar 10" ("Tue, Mar 10, 2025" in another year). */
export const formatDay = (at: Instant, now: Instant, { timeZone }: InZone = {}): string =>
  dates.formatDay(at, now, { timeZone, locale });

/** "Tue, Mar 10, 3:00 PM" ("Tue, Mar 10, 2025, 3:00 PM" in another year). */
export const formatDayTime = (at: Instant, now: Instant, { timeZone }: InZone = {}): string =>
  dates.formatDayTime(at, now, { timeZone, locale });

/** "3:00 PM". */
export const formatTime = (at: Instant, { timeZone }: InZone = {}): string =>
  dates.formatTime(at, { timeZone, locale });

/** "Mar 2026". */
export const formatMonth = (at: Instant, { timeZone }: InZone = {}): string =>
  dates.formatMonth(at, { timeZone, locale });

/** A calendar date ("2026-03-10") as a day, read as the date itself whatever the zone: "Tue, Mar 10". */
export const formatDate = (date: string, now: Instant): string => dates.formatDate(date, now, { locale });
