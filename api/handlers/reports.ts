import { breadth, debriefSpeed, weekBoundaries } from '../../core/reports';
import { debriefLatencies } from '../../db/interviews';
import { outboundBetween, overrides } from '../../db/reports';
import type { HandlersOf } from './types';

export const reportHandlers: HandlersOf<'reports'> = {
  'reports.overrides': (ctx, { limit }) => overrides(ctx.db, limit),

  'reports.debriefs': (ctx) => debriefSpeed(debriefLatencies(ctx.db)),

  'reports.breadth': (ctx, { weeks, now, timezone = 'UTC' }) => {
    const bounds = weekBoundaries(now ? new Date(now) : ctx.now(), timezone, weeks);
    const outbound = outboundBetween(ctx.db, bounds[0]!.toISOString(), bounds.at(-1)!.toISOString());
    return { timezone, weeks: breadth(outbound, bounds) };
  },
};
