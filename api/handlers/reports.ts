import { groupBy } from '../../core/group';
import { conversion, monthBoundaries, placementsByMonth, timeToFill } from '../../core/placementReports';
import {
  breadth,
  debriefSpeed,
  funnel,
  histories,
  replyReading,
  timeInStage,
  weekBoundaries,
} from '../../core/reports';
import { debriefLatencies } from '../../db/interviews';
import { interviewedBetween, placementsBetween, positionOpenings, submittedBetween } from '../../db/placementReports';
import {
  outboundBetween,
  overrides,
  positionsWithApplications,
  readingPairs,
  stageHistory,
  unmovedByPosition,
  unmovedWaiting,
} from '../../db/reports';
import { zoneOf } from '../reminders';
import type { HandlersOf } from './types';

export const reportHandlers: HandlersOf<'reports'> = {
  'reports.overrides': (ctx, { limit }) => overrides(ctx.db, limit),

  'reports.debriefs': (ctx) => debriefSpeed(debriefLatencies(ctx.db)),

  /** How often the recruiter corrected what the reply reader made of a reply. */
  'reports.replyReading': (ctx) => replyReading(readingPairs(ctx.db)),

  /** How far applications got, in all and for each position. */
  'reports.funnel': (ctx) => {
    const { apps, events } = stageHistory(ctx.db);
    const stays = histories(apps, events);
    const byPosition = groupBy(apps, (a) => a.positionId);
    const unmoved = unmovedByPosition(ctx.db);
    let allUnmoved = 0;
    for (const count of unmoved.values()) allUnmoved += count;
    return {
      stages: funnel(stays.values(), allUnmoved),
      positions: positionsWithApplications(ctx.db).map((p) => ({
        ...p,
        stages: funnel(
          (byPosition.get(p.positionId) ?? []).map((a) => stays.get(a.id)!),
          unmoved.get(p.positionId) ?? 0,
        ),
      })),
    };
  },

  'reports.timeInStage': (ctx) => {
    const { apps, events } = stageHistory(ctx.db);
    return timeInStage(histories(apps, events).values(), ctx.now(), unmovedWaiting(ctx.db));
  },

  'reports.breadth': (ctx, { weeks, now, timezone = 'UTC' }) => {
    const bounds = weekBoundaries(now ? new Date(now) : ctx.now(), timezone, weeks);
    const outbound = outboundBetween(ctx.db, bounds[0]!.toISOString(), bounds.at(-1)!.toISOString());
    return { timezone, weeks: breadth(outbound, bounds) };
  },

  /** Placements and their fees in each month on the recruiter's calendar, each currency summed on its own. */
  'reports.placements': (ctx, { months, now, timezone = zoneOf(ctx) }) => {
    const bounds = monthBoundaries(now ? new Date(now) : ctx.now(), timezone, months);
    const rows = placementsBetween(ctx.db, bounds[0]!.toISOString(), bounds.at(-1)!.toISOString());
    return placementsByMonth(rows, bounds, timezone);
  },

  /** From each position's opening to its first placement, or how long it has been open so far. */
  'reports.timeToFill': (ctx) => timeToFill(positionOpenings(ctx.db), ctx.now()),

  /** How often a submittal led to an interview, and an interview to an offer, by month and by client. */
  'reports.conversion': (ctx, { months, now, timezone = zoneOf(ctx) }) => {
    const at = now ? new Date(now) : ctx.now();
    const bounds = monthBoundaries(at, timezone, months);
    const from = bounds[0]!.toISOString();
    // An interview counts once it has taken place (before now, which is within the last month): one still ahead
    // has had no chance to lead to an offer.
    return conversion(
      submittedBetween(ctx.db, from, bounds.at(-1)!.toISOString()),
      interviewedBetween(ctx.db, from, at.toISOString()),
      bounds,
      timezone,
    );
  },
};
