import { getCompany } from '../../db/companies';
import { inTransaction, type Db } from '../../db/connection';
import { getPerson } from '../../db/people';
import { createPosition, getPosition, listPositions, updatePosition } from '../../db/positions';
import { isoNow } from '../context';
import { found, invalidField } from '../errors';
import type { HandlersOf } from './types';

const STALE_PAGE = 'That page of the list is no longer known. Load the list again from the top.';

function checkReferences(
  db: Db,
  input: { companyId?: string | undefined; hiringManagerIds?: string[] | undefined },
): void {
  if (input.companyId !== undefined && !getCompany(db, input.companyId)) {
    throw invalidField(['companyId'], 'That company no longer exists. Choose another one.');
  }
  input.hiringManagerIds?.forEach((personId, index) => {
    const person = getPerson(db, personId);
    if (!person) throw invalidField(['hiringManagerIds', index], 'One of the hiring managers no longer exists.');
    if (person.kind !== 'contact')
      throw invalidField(['hiringManagerIds', index], `${person.name} is a candidate, not a client contact.`);
  });
}

export const positionHandlers: HandlersOf<'positions'> = {
  'positions.create': (ctx, input) =>
    inTransaction(ctx.db, () => {
      checkReferences(ctx.db, input);
      return createPosition(ctx.db, input, isoNow(ctx));
    }),
  'positions.get': (ctx, { id }) => found(getPosition(ctx.db, id), 'position'),
  'positions.update': (ctx, { id, ...patch }) =>
    inTransaction(ctx.db, () => {
      const current = found(getPosition(ctx.db, id), 'position');
      checkReferences(ctx.db, patch);
      const min = patch.salaryMin === undefined ? current.salaryMin : patch.salaryMin;
      const max = patch.salaryMax === undefined ? current.salaryMax : patch.salaryMax;
      if (min != null && max != null && min > max)
        throw invalidField(['salaryMax'], 'The maximum salary must be at least the minimum.');
      return updatePosition(ctx.db, id, patch, isoNow(ctx))!;
    }),
  'positions.list': (ctx, filter) => {
    const page = listPositions(ctx.db, filter);
    if (!page) throw invalidField(['after'], STALE_PAGE);
    return page;
  },
};
