// The business reports: placements and fees by month, time to fill, and how often one step leads to the next.
// Pure: the rows come from db/placementReports.ts and the clock and the recruiter's zone are passed in.

import { localTime, startOfLocalDay, fromLocal } from './zoned';

const DAY = 86_400_000;
// One collator for every sort: localeCompare with options builds a new one on each call.
const byName = new Intl.Collator('en', { sensitivity: 'base' }).compare;

/**
 * The first instants of the `months` calendar months up to and including the one holding `now` in `zone`, and of
 * the month after: `months + 1` boundaries, oldest first.
 */
export function monthBoundaries(now: Date, zone: string, months: number): Date[] {
  const { year, month } = localTime(now, zone);
  const bounds: Date[] = [];
  for (let m = months - 1; m >= -1; m--) {
    const at = new Date(Date.UTC(year, month - 1 - m, 1));
    // Noon on the 1st is on that day in any zone; the day's own start may not be midnight (Havana, Santiago).
    bounds.push(startOfLocalDay(fromLocal(zone, at.getUTCFullYear(), at.getUTCMonth() + 1, 1, 12), zone));
  }
  return bounds;
}

/** "2026-03": the month of `at` on the recruiter's calendar. */
export function monthKey(at: Date, zone: string): string {
  const { year, month } = localTime(at, zone);
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** A placement as the report lists it. The fee is in minor units of its currency, or unknown. */
export interface PlacedRow {
  placementId: string;
  applicationId: string;
  placedAt: string;
  personName: string;
  positionTitle: string;
  companyName: string;
  /** The fee as a percentage, or null for a fixed fee. */
  feePercent: number | null;
  /** A fixed fee, or the percentage of the accepted offer's base; null when no base was recorded to take it from. */
  feeAmount: number | null;
  feeCurrency: string | null;
  /** It fell off: listed, but neither counted as a placement nor its fee as earned. */
  fellOff: boolean;
}

export interface PlacementMonth {
  /** "2026-03", on the recruiter's calendar. */
  month: string;
  /** The month's first instant in the recruiter's zone. */
  start: string;
  /** Placements recorded that month that still stand. */
  placements: number;
  /** Of those, how many have a percentage fee with no offer base to take it from. */
  feeNotKnown: number;
  /** Placements recorded that month that fell off since. */
  fellOff: number;
  /** What the standing placements earn, one sum per currency, by code: different currencies are never added. */
  fees: { currency: string; amount: number }[];
}

export interface PlacementsReport {
  timezone: string;
  /** Every currency a fee in these months was in, by code. */
  currencies: string[];
  months: PlacementMonth[];
  /** The placements in these months, newest first. */
  placements: PlacedRow[];
}

/** Where `at` falls among `edges` (sorted instants): the index of the span it is in, or -1 outside them all. */
function spanOf(edges: readonly number[], at: number): number {
  let low = 0;
  let high = edges.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (edges[mid]! <= at) low = mid + 1;
    else high = mid;
  }
  return low === 0 || low === edges.length ? -1 : low - 1;
}

/** Placements and fees in each month between `bounds`, each currency summed on its own. */
export function placementsByMonth(rows: readonly PlacedRow[], bounds: readonly Date[], zone: string): PlacementsReport {
  const edges = bounds.map((b) => b.getTime());
  const months = bounds.slice(0, -1).map((b) => ({
    month: monthKey(b, zone),
    start: b.toISOString(),
    placements: 0,
    feeNotKnown: 0,
    fellOff: 0,
    fees: new Map<string, number>(),
  }));
  const currencies = new Set<string>();
  const listed: PlacedRow[] = [];
  for (const row of rows) {
    const month = months[spanOf(edges, Date.parse(row.placedAt))];
    if (!month) continue;
    listed.push(row);
    if (row.fellOff) {
      month.fellOff++;
      continue;
    }
    month.placements++;
    if (row.feeAmount === null || row.feeCurrency === null) {
      month.feeNotKnown++;
      continue;
    }
    currencies.add(row.feeCurrency);
    month.fees.set(row.feeCurrency, (month.fees.get(row.feeCurrency) ?? 0) + row.feeAmount);
  }
  const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    timezone: zone,
    currencies: [...currencies].sort(byCode),
    months: months.map((m) => ({
      ...m,
      fees: [...m.fees].sort((a, b) => byCode(a[0], b[0])).map(([currency, amount]) => ({ currency, amount })),
    })),
    placements: listed.sort((a, b) => Date.parse(b.placedAt) - Date.parse(a.placedAt)),
  };
}

/** A position, when it was opened, and when its first placement that still stands was recorded. */
export interface PositionOpening {
  positionId: string;
  title: string;
  companyName: string;
  openedAt: string;
  filledAt: string | null;
}

export interface PositionFill extends PositionOpening {
  /** Filled: days from opening to the first placement. Still open: days so far. Whole days. */
  days: number;
  filled: boolean;
}

export interface TimeToFill {
  filled: number;
  open: number;
  /** The median of the filled positions' days; null until one is filled. */
  medianDays: number | null;
  /** Filled and still-open positions by how many days they took or have taken so far. */
  buckets: { label: string; filled: number; open: number }[];
  /** Still open first, longest open first; then filled, slowest first. */
  positions: PositionFill[];
}

const FILL_BUCKETS: [string, number][] = [
  ['Under 30 days', 30],
  ['30 to 59 days', 60],
  ['60 to 89 days', 90],
  ['90 days or more', Infinity],
];

/** How long each position took to fill, from its opening to its first placement, or has been open so far. */
export function timeToFill(openings: readonly PositionOpening[], now: Date): TimeToFill {
  const positions = openings.map((p) => {
    const until = p.filledAt === null ? now.getTime() : Date.parse(p.filledAt);
    return { ...p, days: Math.max(0, Math.floor((until - Date.parse(p.openedAt)) / DAY)), filled: p.filledAt !== null };
  });
  positions.sort((a, b) => Number(a.filled) - Number(b.filled) || b.days - a.days || byName(a.title, b.title));
  const filledDays = positions
    .filter((p) => p.filled)
    .map((p) => p.days)
    .sort((a, b) => a - b);
  const n = filledDays.length;
  const medianDays =
    n === 0 ? null : n % 2 ? filledDays[(n - 1) / 2]! : (filledDays[n / 2 - 1]! + filledDays[n / 2]!) / 2;
  const buckets = FILL_BUCKETS.map(([label, below], i) => {
    const from = i === 0 ? 0 : FILL_BUCKETS[i - 1]![1];
    const inIt = positions.filter((p) => p.days >= from && p.days < below);
    return { label, filled: inIt.filter((p) => p.filled).length, open: inIt.filter((p) => !p.filled).length };
  });
  return { filled: n, open: positions.length - n, medianDays, buckets, positions };
}

/** An application first sent to the client in a shortlist, and whether an interview was arranged after it. */
export interface SubmittedRow {
  applicationId: string;
  companyId: string;
  companyName: string;
  sentAt: string;
  interviewed: boolean;
}

/** An application's first interview that took place, and whether an offer followed it. */
export interface InterviewedRow {
  applicationId: string;
  companyId: string;
  companyName: string;
  interviewedAt: string;
  offered: boolean;
}

export interface ConversionRow {
  /** "2026-03" for a month, the company's id for a client, "all" for the total. */
  key: string;
  label: string;
  /** Applications first submitted to the client in this month (or to this client). */
  submitted: number;
  /** Of those, how many had an interview arranged after the submittal. */
  toInterview: number;
  /** Applications first interviewed in this month (or by this client). */
  interviewed: number;
  /** Of those, how many got an offer after it. */
  toOffer: number;
  /** toInterview / submitted, 0 to 1; null with nothing submitted. */
  submittalToInterview: number | null;
  /** toOffer / interviewed, 0 to 1; null with nobody interviewed. */
  interviewToOffer: number | null;
}

export interface ConversionReport {
  timezone: string;
  total: ConversionRow;
  months: ConversionRow[];
  /** Each client with a submittal or an interview in these months, by name. */
  clients: ConversionRow[];
}

function conversionRow(key: string, label: string): ConversionRow {
  return {
    key,
    label,
    submitted: 0,
    toInterview: 0,
    interviewed: 0,
    toOffer: 0,
    submittalToInterview: null,
    interviewToOffer: null,
  };
}

const withRates = (row: ConversionRow): ConversionRow => ({
  ...row,
  submittalToInterview: row.submitted ? row.toInterview / row.submitted : null,
  interviewToOffer: row.interviewed ? row.toOffer / row.interviewed : null,
});

/**
 * Submittal-to-interview and interview-to-offer rates, in all, by month (of the submittal or of the first
 * interview, on the recruiter's calendar) and by client.
 */
export function conversion(
  submitted: readonly SubmittedRow[],
  interviewed: readonly InterviewedRow[],
  bounds: readonly Date[],
  zone: string,
): ConversionReport {
  const edges = bounds.map((b) => b.getTime());
  const total = conversionRow('all', 'All clients');
  const months = bounds.slice(0, -1).map((b) => {
    const key = monthKey(b, zone);
    return conversionRow(key, key);
  });
  const clients = new Map<string, ConversionRow>();
  const client = (id: string, name: string) => {
    let row = clients.get(id);
    if (!row) clients.set(id, (row = conversionRow(id, name)));
    return row;
  };
  for (const s of submitted) {
    const month = months[spanOf(edges, Date.parse(s.sentAt))];
    if (!month) continue;
    for (const row of [total, month, client(s.companyId, s.companyName)]) {
      row.submitted++;
      if (s.interviewed) row.toInterview++;
    }
  }
  for (const i of interviewed) {
    const month = months[spanOf(edges, Date.parse(i.interviewedAt))];
    if (!month) continue;
    for (const row of [total, month, client(i.companyId, i.companyName)]) {
      row.interviewed++;
      if (i.offered) row.toOffer++;
    }
  }
  return {
    timezone: zone,
    total: withRates(total),
    months: months.map(withRates),
    clients: [...clients.values()].sort((a, b) => byName(a.label, b.label) || (a.key < b.key ? -1 : 1)).map(withRates),
  };
}
