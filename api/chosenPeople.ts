// The people a bulk step on the People list was given, checked as one: each id must be someone kept, and a step on
// several people changes all of them or none.

import { peopleCount } from '../core/peopleBulk';
import { peopleByIds, type PersonBrief } from '../db/peopleBulk';
import type { Db } from '../db/connection';
import type { FieldIssue } from './contract';
import { AppError } from './errors';

/**
 * The people `ids` name, in the order given. Any id no one has is named by its place in `field`, and nothing is
 * done: the list they were chosen from is out of date.
 */
export function requirePeople(db: Db, ids: readonly string[], field: string): PersonBrief[] {
  const byId = peopleByIds(db, ids);
  const issues: FieldIssue[] = [];
  ids.forEach((id, index) => {
    if (!byId.has(id))
      issues.push({
        path: [field, index],
        message: `No one kept has the id “${id.slice(0, 40)}”. They may have been erased.`,
      });
  });
  if (issues.length)
    throw new AppError(
      'not-found',
      `${peopleCount(issues.length)} of those chosen ${issues.length === 1 ? 'is' : 'are'} no longer here, so nothing was changed. Refresh the list and choose again.`,
      { issues },
    );
  return ids.map((id) => byId.get(id)!);
}
