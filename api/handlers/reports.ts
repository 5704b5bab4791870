import { breadth, weekBoundaries } from '../../core/reports';
import { outboundBetween, overrides } from '../../db/reports';
import type { HandlersOf } from './types';

export const reportHandlers: HandlersOf<'reports'> = {
  'reports.overrides': (ctx, { limit }) => overrides(ctx.db, limit),

  'reports.breadth': (ctx, { weeks, now, timezone = 'UTC' }) => {
    const bounds = weekBoundaries(now ? new Date(now) : ctx.now(), timezone, weeks);
    const outbound = outboundBetween(ctx.db, bounds[0]!.toISOString(), bounds.at(-1)!.toISOString());
    return { timezone, weeks: breadth(outbound, bounds) };
  },
};
