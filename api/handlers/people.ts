import { hasApplications } from '../../db/applications';
import { getCompany } from '../../db/companies';
import { inTransaction, type Db } from '../../db/connection';
import { createPerson, getPerson, listPeople, updatePerson } from '../../db/people';
import { isoNow } from '../context';
import { found, invalidField } from '../errors';
import type { HandlersOf } from './types';

function checkCompany(db: Db, companyId: string | null | undefined): void {
  if (companyId && !getCompany(db, companyId))
    throw invalidField(['companyId'], 'That company no longer exists. Choose another one.');
}

export const peopleHandlers: HandlersOf<'people'> = {
  'people.create': (ctx, input) =>
    inTransaction(ctx.db, () => {
      checkCompany(ctx.db, input.companyId);
      return createPerson(ctx.db, input, isoNow(ctx));
    }),
  'people.get': (ctx, { id }) => found(getPerson(ctx.db, id), 'person'),
  'people.update': (ctx, { id, ...patch }) =>
    inTransaction(ctx.db, () => {
      const current = found(getPerson(ctx.db, id), 'person');
      checkCompany(ctx.db, patch.companyId);
      if (patch.kind === 'contact' && current.kind === 'candidate' && hasApplications(ctx.db, id)) {
        throw invalidField(['kind'], `${current.name} has applications, so they must stay a candidate.`);
      }
      return updatePerson(ctx.db, id, patch, isoNow(ctx))!;
    }),
  'people.list': (ctx, filter) => listPeople(ctx.db, filter),
};
