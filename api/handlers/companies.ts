import { createCompany, findCompanyByName, getCompanyRecord, listCompanies, updateCompany } from '../../db/companies';
import { inTransaction } from '../../db/connection';
import { isoNow } from '../context';
import { found, invalidField } from '../errors';
import type { HandlersOf } from './types';

const STALE_PAGE = 'That page of the list is no longer known. Load the list again from the top.';

export const companyHandlers: HandlersOf<'companies'> = {
  'companies.create': (ctx, input) => inTransaction(ctx.db, () => createCompany(ctx.db, input, isoNow(ctx))),
  'companies.get': (ctx, { id }) => found(getCompanyRecord(ctx.db, id), 'company'),
  'companies.update': (ctx, { id, ...patch }) =>
    found(
      inTransaction(ctx.db, () => updateCompany(ctx.db, id, patch, isoNow(ctx))),
      'company',
    ),
  'companies.list': (ctx, filter) => {
    const page = listCompanies(ctx.db, filter);
    if (!page) throw invalidField(['after'], STALE_PAGE);
    return page;
  },
  'companies.makeClient': (ctx, { name }) =>
    inTransaction(ctx.db, () => {
      const existing = findCompanyByName(ctx.db, name);
      if (existing) return { company: existing, created: false };
      return { company: createCompany(ctx.db, { name }, isoNow(ctx)), created: true };
    }),
};
