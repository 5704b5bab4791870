import type { PersonKind } from '../core/model';
import { companyIdsByName, createCompany } from '../db/companies';
import type { Db } from '../db/connection';
import { timeOrderedIds } from '../db/ids';
import { addingInBulk, auditImport } from '../db/imports';
import { addPeople, getPerson, updatePerson, type PersonFields } from '../db/people';
import type { ImportJob } from './importPeople';

// The import's write: what its check planned, in one transaction the caller opens.

/** A checked row: a person's fields, with the company or employer still a name. */
export type Draft = Omit<PersonFields, 'companyId'> & { company: string | null };

/** What to do with a checked row: add a new person, or fill in what someone saved is missing. */
export type Plan = { kind: 'create'; draft: Draft } | { kind: 'merge'; personId: string; draft: Draft };

/** What a merge may fill in, where the saved person has nothing. */
const MERGEABLE = ['email', 'phone', 'title', 'location', 'linkedinUrl', 'notes'] as const;

/** Thrown from inside the write once Cancel is pressed, so the transaction rolls back. */
export class Cancelled extends Error {}

/**
 * Writes what the check planned: new people in bulk, then what merges fill in, then one audit
 * entry for the import. Reports each chunk to `job`, and stops (throwing, so the transaction rolls
 * back) once Cancel is pressed.
 */
export function savePlans(db: Db, plans: readonly Plan[], kind: PersonKind, now: string, job?: ImportJob): void {
  const progress = (done: number) => {
    if (!job) return;
    job.done = done;
    if (job.cancelled) throw new Cancelled();
  };
  const companies = companyIdsByName(db);
  const createdCompanies: string[] = [];
  const companyId = (name: string | null) => {
    if (!name) return null;
    let id = companies.get(name.toLowerCase());
    if (!id) {
      id = createCompany(db, { name }, now).id;
      companies.set(name.toLowerCase(), id);
      createdCompanies.push(id);
    }
    return id;
  };
  // A candidate's company is their employer, kept as a name: only a contact's company is a client.
  const companyOf = (name: string | null): Partial<PersonFields> =>
    kind === 'candidate' ? { employer: name } : { companyId: companyId(name) };
  const added: PersonFields[] = [];
  for (const plan of plans) {
    if (plan.kind !== 'create') continue;
    const { company, ...fields } = plan.draft;
    added.push({ ...fields, ...companyOf(company) });
  }
  const addedIds = addingInBulk(db, added.length, () => addPeople(db, added, now, progress));
  const merged: string[] = [];
  for (const plan of plans) {
    if (plan.kind !== 'merge') continue;
    const { company, ...fields } = plan.draft;
    // Merging fills what is empty; it never overwrites what the recruiter already has.
    const existing = getPerson(db, plan.personId)!;
    const patch: Partial<PersonFields> = {};
    for (const key of MERGEABLE) if (!existing[key] && fields[key]) patch[key] = fields[key];
    if (company && kind === 'candidate' && !existing.employer) patch.employer = company;
    if (company && kind === 'contact' && !existing.companyId) patch.companyId = companyId(company);
    updatePerson(db, plan.personId, patch, now);
    merged.push(plan.personId);
    if (merged.length % 500 === 0) progress(added.length + merged.length);
  }
  progress(plans.length);
  if (addedIds.length + merged.length > 0)
    auditImport(db, timeOrderedIds(1, now)[0]!, now, { kind, added: addedIds, merged, companies: createdCompanies });
}

/** Fills what is empty in an earlier row's plan from a later row about the same person. */
export function fillBlanks(target: Draft, source: Draft): void {
  for (const key of MERGEABLE) if (!target[key] && source[key]) target[key] = source[key];
  if (!target.company && source.company) target.company = source.company;
}
