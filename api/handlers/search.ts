import type { SearchHit } from '../../core/model';
import { searchAttachments } from '../../db/attachments';
import { search } from '../../db/search';
import type { HandlersOf } from './types';

/**
 * People, companies and positions best first, then people found only by a word in one of their documents (a CV),
 * then contacts, which keep at least a quarter of the places when they match, as db/search.ts gives them.
 */
export function withDocuments(hits: SearchHit[], inDocuments: SearchHit[], limit: number): SearchHit[] {
  const entities = hits.filter((h) => h.type !== 'touch');
  const touches = hits.filter((h) => h.type === 'touch');
  const shown = new Set(entities.filter((h) => h.type === 'person').map((h) => h.id));
  const front = [...entities, ...inDocuments.filter((h) => !shown.has(h.id))].slice(
    0,
    limit - Math.min(touches.length, Math.ceil(limit / 4)),
  );
  return [...front, ...touches.slice(0, limit - front.length)];
}

export const searchHandlers: HandlersOf<'search'> = {
  'search.query': (ctx, { text, limit }) =>
    withDocuments(search(ctx.db, text, limit), searchAttachments(ctx.db, text, limit), limit),
};
