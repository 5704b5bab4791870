import { SAVED_FILTERS_MAX } from '../../core/tags';
import { inTransaction } from '../../db/connection';
import { getPerson } from '../../db/people';
import { getPosition } from '../../db/positions';
import {
  countSavedFilters,
  findSavedFilter,
  listSavedFilters,
  removeSavedFilter,
  saveFilter,
  setTags,
  tagCounts,
} from '../../db/tags';
import { isoNow } from '../context';
import { AppError, found, invalidField } from '../errors';
import type { HandlersOf } from './types';

export const tagHandlers: Omit<HandlersOf<'tags'>, 'tags.add' | 'tags.remove'> & HandlersOf<'filters'> = {
  'tags.set': (ctx, { personId, tags }) =>
    inTransaction(ctx.db, () => {
      found(getPerson(ctx.db, personId), 'person');
      return setTags(ctx.db, personId, tags, isoNow(ctx));
    }),

  'tags.list': (ctx) => tagCounts(ctx.db),

  'filters.save': (ctx, input) =>
    inTransaction(ctx.db, () => {
      if (input.positionId && !getPosition(ctx.db, input.positionId))
        throw invalidField(['positionId'], 'That position no longer exists. Choose another one.');
      // Saving over a filter of the same name keeps the count; only a new one may reach the limit.
      if (!findSavedFilter(ctx.db, input.screen, input.name) && countSavedFilters(ctx.db) >= SAVED_FILTERS_MAX)
        throw new AppError(
          'conflict',
          `You have ${SAVED_FILTERS_MAX} saved filters, the most Politely keeps. Remove one you no longer use first.`,
        );
      return saveFilter(
        ctx.db,
        {
          name: input.name,
          screen: input.screen,
          query: input.query ?? null,
          tags: input.tags ?? [],
          kind: input.kind ?? null,
          positionId: input.positionId ?? null,
        },
        isoNow(ctx),
      );
    }),

  'filters.list': (ctx) => listSavedFilters(ctx.db),

  'filters.remove': (ctx, { id }) => {
    if (!removeSavedFilter(ctx.db, id)) throw new AppError('not-found', 'That saved filter is already gone.');
    return { removed: true as const };
  },
};
