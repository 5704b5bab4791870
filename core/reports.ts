import { groupBy } from './group';
import { OPEN_STAGES, type OpenStage, type ResponseClass, type Stage } from './model';
import type { Touch } from './policy';
import { localTime, startOfLocalDay } from './zoned';

/** A contact logged although a hard rule said no, with whom it went to. */
export type OverrideRow = Touch & { personName: string };

/** How often the reply reader's class was the one the recruiter kept, by what it read. */
export interface ReplyReading {
  read: number;
  corrected: number;
  classes: {
    readAs: ResponseClass;
    read: number;
    corrected: number;
    correctedTo: Partial<Record<ResponseClass, number>>;
  }[];
}

/** Sums what the reader read against what the recruiter confirmed, one row per (read, confirmed) pair. */
export function replyReading(
  pairs: readonly { readAs: ResponseClass; response: ResponseClass; count: number }[],
): ReplyReading {
  const classes = new Map<ResponseClass, ReplyReading['classes'][number]>();
  let read = 0;
  let corrected = 0;
  for (const { readAs, response, count } of pairs) {
    const row = classes.get(readAs) ?? { readAs, read: 0, corrected: 0, correctedTo: {} };
    classes.set(readAs, row);
    row.read += count;
    read += count;
    if (response === readAs) continue;
    row.corrected += count;
    corrected += count;
    row.correctedTo[response] = (row.correctedTo[response] ?? 0) + count;
  }
  return { read, corrected, classes: [...classes.values()].sort((a, b) => b.read - a.read) };
}

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

/**
 * The Monday-midnight boundaries of the `weeks` weeks up to and including the one holding `now`, and the next Monday.
 */
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
  /** How many debriefs waited how long: within an hour, up to 3 hours, the same day, longer. */
  buckets: { label: string; count: number }[];
}

const BUCKETS: [string, number][] = [
  ['Within an hour', 60],
  ['1 to 3 hours', 180],
  ['3 to 24 hours', 1_440],
  ['Over a day', Infinity],
];

/** How fast this recruiter calls after interviews, from the sorted latencies of every debrief. */
export function debriefSpeed(sortedMinutes: readonly number[]): DebriefSpeed {
  const n = sortedMinutes.length;
  const buckets = BUCKETS.map(([label, most], i) => ({
    label,
    count: sortedMinutes.filter((m) => m <= most && (i === 0 || m > BUCKETS[i - 1]![1])).length,
  }));
  if (n === 0) return { count: 0, medianMinutes: null, p90Minutes: null, withinHour: null, buckets };
  const at = (p: number) => sortedMinutes[Math.min(n - 1, Math.ceil(p * n) - 1)]!;
  return {
    count: n,
    medianMinutes: at(0.5),
    p90Minutes: at(0.9),
    withinHour: sortedMinutes.filter((m) => m <= 60).length / n,
    buckets,
  };
}

/** A stage change of one application, as the audit log recorded it. An undo takes back the change before it. */
export interface StageEvent {
  applicationId: string;
  at: string;
  stage: Stage;
  undo: boolean;
}

export interface ApplicationStart {
  id: string;
  positionId: string;
  createdAt: string;
}

/** The stages the funnel and the clock follow: placed and closed end the road. */
export const FUNNEL_STAGES = OPEN_STAGES;
const TIMED_STAGES = OPEN_STAGES.filter((s) => s !== 'placed');

/** Each application's stays, oldest first: which stage, from when. An undone change never happened. */
export function histories(
  apps: readonly ApplicationStart[],
  events: readonly StageEvent[],
): Map<string, { stage: Stage; from: number }[]> {
  const byApp = new Map<string, { stage: Stage; from: number }[]>(
    apps.map((a) => [a.id, [{ stage: 'sourced', from: Date.parse(a.createdAt) }]]),
  );
  for (const e of events) {
    const stays = byApp.get(e.applicationId);
    if (!stays) continue;
    if (e.undo) {
      // The undo puts back the stay before the last change, as it was: it never ended.
      if (stays.length > 1) stays.pop();
      continue;
    }
    stays.push({ stage: e.stage, from: Date.parse(e.at) });
  }
  return byApp;
}

export interface FunnelRow {
  stage: OpenStage;
  /** Applications that got this far (or further) at some point. */
  reached: number;
  /** Of those that reached the stage before, the share that reached this one, 0 to 1; null for the first. */
  conversion: number | null;
}

export interface PositionFunnel {
  positionId: string;
  title: string;
  companyName: string;
  stages: FunnelRow[];
}

/**
 * How far applications got: for each open stage, how many reached it or a later one. `unmoved`
 * counts more applications that never left their first stage, without a list of stays each.
 */
export function funnel(stays: Iterable<{ stage: Stage }[]>, unmoved = 0): FunnelRow[] {
  const reached = FUNNEL_STAGES.map(() => 0);
  reached[0] = unmoved;
  for (const list of stays) {
    const furthest = Math.max(...list.map((s) => (FUNNEL_STAGES as readonly string[]).indexOf(s.stage)));
    for (let i = 0; i <= furthest; i++) reached[i]!++;
  }
  return FUNNEL_STAGES.map((stage, i) => ({
    stage,
    reached: reached[i]!,
    conversion: i === 0 ? null : reached[i - 1] ? reached[i]! / reached[i - 1]! : null,
  }));
}

export interface StageTime {
  stage: OpenStage;
  /** Stays that have ended, and how long they lasted. */
  stays: number;
  medianDays: number | null;
  p90Days: number | null;
  /** Applications in the stage now, and the longest of their waits so far. */
  now: number;
  longestNowDays: number | null;
}

const DAY = 86_400_000;
const days = (ms: number) => Math.round((ms / DAY) * 10) / 10;

/**
 * How long applications stay in each stage before moving on, and who is waiting in each now.
 * `unmoved` counts more applications still in their first stage, never moved, and when the
 * longest-waiting of them was added, without a list of stays each.
 */
export function timeInStage(
  all: Iterable<{ stage: Stage; from: number }[]>,
  now: Date,
  unmoved: { count: number; since: number } = { count: 0, since: Infinity },
): StageTime[] {
  // Every stay, with how long it lasted (or has lasted, for the last one), by stage.
  const timed = [...all].flatMap((stays) =>
    stays.map((stay, i) => ({
      stage: stay.stage,
      ms: (stays[i + 1]?.from ?? now.getTime()) - stay.from,
      ended: i + 1 < stays.length,
    })),
  );
  const byStage = groupBy(timed, (t) => t.stage);
  return TIMED_STAGES.map((stage) => {
    const stays = byStage.get(stage) ?? [];
    const done = stays
      .filter((s) => s.ended)
      .map((s) => s.ms)
      .sort((a, b) => a - b);
    const open = stays.filter((s) => !s.ended).map((s) => s.ms);
    const waiting = stage === FUNNEL_STAGES[0] && unmoved.count > 0 ? unmoved : undefined;
    const longest = Math.max(...open, waiting ? now.getTime() - waiting.since : -Infinity);
    const nowCount = open.length + (waiting?.count ?? 0);
    const at = (p: number) => days(done[Math.min(done.length - 1, Math.ceil(p * done.length) - 1)]!);
    return {
      stage,
      stays: done.length,
      medianDays: done.length ? at(0.5) : null,
      p90Days: done.length ? at(0.9) : null,
      now: nowCount,
      longestNowDays: nowCount ? days(longest) : null,
    };
  });
}
