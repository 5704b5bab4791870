import type { Touch } from './policy';
import { localTime, startOfLocalDay } from './zoned';

/** A contact logged although a hard rule said no, with whom it went to. */
export type OverrideRow = Touch & { personName: string };

export interface BreadthWeek {
  /** Monday 00:00 in the recruiter's time zone. */
  start: string;
  /** Distinct people contacted (outbound) that week. */
  people: number;
  /** Outbound contacts that week. */
  touches: number;
  /** Contacts per person contacted: pressure on each one. 0 when nobody was contacted. */
  perPerson: number;
}

/** The Monday-midnight boundaries of the `weeks` weeks up to and including the one holding `now`, and the next Monday. */
export function weekBoundaries(now: Date, zone: string, weeks: number): Date[] {
  const weekday = localTime(now, zone).weekday; // 0 = Sunday
  const sinceMonday = (weekday + 6) % 7;
  const bounds: Date[] = [];
  for (let w = weeks - 1; w >= -1; w--) bounds.push(startOfLocalDay(now, zone, -sinceMonday - 7 * w));
  return bounds;
}

/**
 * Persistence is activity across many people, not pressure on one: for each week, how many
 * people were contacted and how many contacts each got on average.
 */
export function breadth(outbound: readonly { at: string; personId: string }[], bounds: readonly Date[]): BreadthWeek[] {
  const weeks = bounds.slice(0, -1).map(() => ({ people: new Set<string>(), touches: 0 }));
  const edges = bounds.map((b) => b.getTime());
  for (const touch of outbound) {
    const at = Date.parse(touch.at);
    // The last boundary at or before the touch.
    let low = 0;
    let high = edges.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (edges[mid]! <= at) low = mid + 1;
      else high = mid;
    }
    const week = weeks[low - 1];
    if (!week) continue;
    week.people.add(touch.personId);
    week.touches++;
  }
  return weeks.map((w, i) => ({
    start: bounds[i]!.toISOString(),
    people: w.people.size,
    touches: w.touches,
    perPerson: w.people.size ? Math.round((w.touches / w.people.size) * 100) / 100 : 0,
  }));
}

export interface DebriefSpeed {
  count: number;
  /** Minutes from interview end to debrief call; null with no debriefs yet. */
  medianMinutes: number | null;
  p90Minutes: number | null;
  /** Share of debriefs called within an hour of the interview ending, 0 to 1. */
  withinHour: number | null;
}

/** How fast this recruiter calls after interviews, from the sorted latencies of every debrief. */
export function debriefSpeed(sortedMinutes: readonly number[]): DebriefSpeed {
  const n = sortedMinutes.length;
  if (n === 0) return { count: 0, medianMinutes: null, p90Minutes: null, withinHour: null };
  const at = (p: number) => sortedMinutes[Math.min(n - 1, Math.ceil(p * n) - 1)]!;
  return { count: n, medianMinutes: at(0.5), p90Minutes: at(0.9), withinHour: sortedMinutes.filter((m) => m <= 60).length / n };
}
