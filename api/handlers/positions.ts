import { getCompany } from '../../db/companies';
import { inTransaction, type Db } from '../../db/connection';
import { getPerson } from '../../db/people';
import {
  createPosition,
  getPosition,
  getPositionRecord,
  listPositions,
  updatePosition,
  type PositionInterviewRow,
} from '../../db/positions';
import { isoNow } from '../context';
import { found, invalidField } from '../errors';
import type { HandlersOf } from './types';

/**
 * A position's interviews as its page lists them: those coming, soonest first, then those past, latest
 * first, each marked when its debrief is due (ended, not cancelled, none recorded).
 */
function inPageOrder(interviews: readonly PositionInterviewRow[], now: number) {
  const marked = interviews.map((i) => ({
    ...i,
    debriefDue: i.cancelledAt === null && i.debriefedAt === null && Date.parse(i.endsAt) <= now,
    upcoming: i.cancelledAt === null && Date.parse(i.startsAt) > now,
  }));
  const coming = marked.filter((i) => i.upcoming).sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  return [...coming, ...marked.filter((i) => !i.upcoming)];
}

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
  'positions.get': (ctx, { id }) => {
    const { interviews, ...position } = found(getPositionRecord(ctx.db, id), 'position');
    return { ...position, interviews: inPageOrder(interviews, ctx.now().getTime()) };
  },
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
