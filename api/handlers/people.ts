import { hasApplications } from '../../db/applications';
import { findCompanyByName, getCompany } from '../../db/companies';
import { inTransaction, type Db } from '../../db/connection';
import { listEmployers } from '../../db/employers';
import { interviewsOfCandidate } from '../../db/interviews';
import { createPerson, getPerson, listPeople, personApplications, updatePerson } from '../../db/people';
import { personInterviews } from '../../core/personRecord';
import { latestSubmissions } from '../../db/submittals';
import { tagsOf } from '../../db/tags';
import { isoNow, type Context } from '../context';
import { found, invalidField } from '../errors';
import type { Person, PersonKind, PersonRecord } from '../contract';
import type { HandlersOf } from './types';

function checkCompany(db: Db, companyId: string | null | undefined): void {
  if (companyId && !getCompany(db, companyId))
    throw invalidField(['companyId'], 'That company no longer exists. Choose another one.');
}

/** A candidate's current company is their employer, by name; a client contact's is a client. */
function checkCompanyRole(kind: PersonKind, companyId: string | null | undefined, employer: string | null | undefined) {
  if (kind === 'candidate' && companyId)
    throw invalidField(
      ['companyId'],
      'A candidate’s current company is their employer, not a client: type its name under Current company.',
    );
  if (kind === 'contact' && employer)
    throw invalidField(['employer'], 'A client contact works for a client: choose the company from the list.');
}

type PersonPatch = Partial<Omit<Person, 'id' | 'companyName' | 'createdAt' | 'updatedAt'>>;

/**
 * A person changing kind takes their company along: a contact who becomes a candidate now works
 * for that company, by name; a candidate who becomes a contact belongs to the client of their
 * employer's name, if there is one. What the patch says itself wins.
 */
function carryCompany(db: Db, current: Person, patch: PersonPatch): PersonPatch {
  const kind = patch.kind ?? current.kind;
  if (kind === current.kind) return patch;
  if (kind === 'candidate') return { employer: current.companyName, companyId: null, ...patch };
  const employer = patch.employer === undefined ? current.employer : patch.employer;
  const client = employer ? findCompanyByName(db, employer) : undefined;
  return { companyId: client?.id ?? null, employer: null, ...patch };
}

/** An application sent to the client in a shortlist says when it last went, and to whom. */
function withSubmissions(db: Db, id: string, applications: PersonRecord['applications']): PersonRecord['applications'] {
  const sent = latestSubmissions(db, id);
  return applications.map((a) => ({ ...a, ...sent.get(a.id) }));
}

/** The person with their applications and interviews; only a candidate has either. */
function personRecord(ctx: Context, id: string): PersonRecord {
  const person = { ...found(getPerson(ctx.db, id), 'person'), tags: tagsOf(ctx.db, id) };
  if (person.kind !== 'candidate') return { ...person, applications: [], interviews: [] };
  return {
    ...person,
    applications: withSubmissions(ctx.db, id, personApplications(ctx.db, id)),
    interviews: personInterviews(interviewsOfCandidate(ctx.db, id), ctx.now().getTime()),
  };
}

export const peopleHandlers: HandlersOf<'people'> = {
  'people.create': (ctx, input) =>
    inTransaction(ctx.db, () => {
      checkCompanyRole(input.kind, input.companyId, input.employer);
      checkCompany(ctx.db, input.companyId);
      return createPerson(ctx.db, input, isoNow(ctx));
    }),
  'people.get': (ctx, { id }) => personRecord(ctx, id),
  'people.employers': (ctx) => listEmployers(ctx.db, 500),
  'people.update': (ctx, { id, ...input }) =>
    inTransaction(ctx.db, () => {
      const current = found(getPerson(ctx.db, id), 'person');
      const patch = carryCompany(ctx.db, current, input);
      checkCompanyRole(
        patch.kind ?? current.kind,
        patch.companyId === undefined ? current.companyId : patch.companyId,
        patch.employer === undefined ? current.employer : patch.employer,
      );
      checkCompany(ctx.db, patch.companyId);
      if (patch.kind === 'contact' && current.kind === 'candidate' && hasApplications(ctx.db, id)) {
        throw invalidField(['kind'], `${current.name} has applications, so they must stay a candidate.`);
      }
      return updatePerson(ctx.db, id, patch, isoNow(ctx))!;
    }),
  'people.list': (ctx, filter) => {
    const page = listPeople(ctx.db, filter);
    if (!page)
      throw invalidField(['after'], 'That page of the list is no longer known. Load the list again from the top.');
    return page;
  },
};
