import { checkSettings, SETTINGS } from '../../core/policy';
import { inTransaction } from '../../db/connection';
import { refreshDefaultPauses } from '../../db/outlook';
import { readDateOrder, readPolicy, writeDateOrder, writePolicy } from '../../db/settings';
import { isoNow } from '../context';
import { AppError } from '../errors';
import type { HandlersOf } from './types';

export const settingsHandlers: HandlersOf<'settings'> = {
  'settings.reading': (ctx) => ({ dateOrder: readDateOrder(ctx.db) }),
  'settings.updateReading': (ctx, { dateOrder }) => {
    writeDateOrder(ctx.db, dateOrder);
    return { dateOrder: readDateOrder(ctx.db) };
  },
  'settings.get': (ctx) => ({ policy: readPolicy(ctx.db), bounds: SETTINGS }),
  'settings.update': (ctx, patch) =>
    inTransaction(ctx.db, () => {
      const before = readPolicy(ctx.db);
      const next = { ...before };
      for (const [key, value] of Object.entries(patch)) if (value !== undefined) next[key as keyof typeof next] = value;
      const problems = checkSettings(next);
      if (problems.length) {
        const issues = problems.map((p) => ({ path: [p.key], message: p.message }));
        throw new AppError(
          'validation',
          issues.length === 1 ? issues[0]!.message : `${issues.length} settings need attention.`,
          { issues },
        );
      }
      writePolicy(ctx.db, next, isoNow(ctx));
      if (next.softNoDays !== before.softNoDays || next.noForNowDays !== before.noForNowDays)
        refreshDefaultPauses(ctx.db, next);
      return { policy: readPolicy(ctx.db), bounds: SETTINGS };
    }),
};
