import { search } from '../../db/search';
import type { HandlersOf } from './types';

export const searchHandlers: HandlersOf<'search'> = {
  'search.query': (ctx, { text, limit }) => search(ctx.db, text, limit),
};
