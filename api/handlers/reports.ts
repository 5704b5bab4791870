import { groupBy } from '../../core/group';
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
import {
  outboundBetween,
  overrides,
  positionsWithApplications,
  readingPairs,
  stageHistory,
  unmovedByPosition,
  unmovedWaiting,
} from '../../db/reports';
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
};
