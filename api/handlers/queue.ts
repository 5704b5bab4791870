import { describeDue, describeQuiet, describeWait } from '../../core/policy';
import { queueRows, type QueueRow } from '../../db/queue';
import { readPolicy } from '../../db/settings';
import type { QueueItem, QueueType } from '../contract';
import type { HandlersOf } from './types';

const DAY_MS = 86_400_000;

function item(type: QueueType, row: QueueRow, due: string, reason: (zone: string) => string): QueueItem {
  const zone = row.timezone ?? 'UTC';
  return {
    type,
    personId: row.personId,
    personName: row.personName,
    timezone: zone,
    ...(row.applicationId ? { applicationId: row.applicationId } : {}),
    ...(row.positionTitle ? { positionTitle: row.positionTitle } : {}),
    ...(row.companyName ? { companyName: row.companyName } : {}),
    due,
    reason: reason(zone),
  };
}

export const queueHandlers: HandlersOf<'queue'> = {
  /** The day's work, most pressing first: follow-ups whose date has come, people gone quiet, then who we wait for. */
  'queue.today': (ctx, { now: asked, limit }) => {
    const now = asked ? new Date(asked) : ctx.now();
    const policy = readPolicy(ctx.db);
    const params = { now: now.toISOString(), cutoff: new Date(now.getTime() - policy.staleAfterDays * DAY_MS).toISOString(), limit };
    return [
      ...queueRows(ctx.db, 'due', params).map((r) => item('follow-up-due', r, r.at, (zone) => describeDue(r.dueReason!, r.at, zone))),
      ...queueRows(ctx.db, 'stale', params).map((r) =>
        item('stale', r, new Date(Date.parse(r.at) + policy.staleAfterDays * DAY_MS).toISOString(), () => describeQuiet(r.at, now, r)),
      ),
      ...queueRows(ctx.db, 'waiting', params).map((r) => item('waiting', r, r.at, (zone) => describeWait(r.dueReason!, r.at, zone))),
    ];
  },
};
