import { localeOf } from '../context';
import { zoneOf } from '../reminders';
import { todayQueue } from '../todayQueue';
import type { HandlersOf } from './types';

export const queueHandlers: HandlersOf<'queue'> = {
  'queue.today': (ctx, { now, limit }) =>
    todayQueue(ctx.db, now ? new Date(now) : ctx.now(), limit, zoneOf(ctx), localeOf(ctx)),
};
