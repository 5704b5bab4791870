// Steps on many people at once, chosen on the People list. Each checks every id first and runs in one transaction:
// all the people chosen, or none of them.

import { spreadsheetCsv } from '../../core/csv';
import { peopleCount, withoutTags, withTags } from '../../core/peopleBulk';
import { TAGS_PER_PERSON_MAX } from '../../core/tags';
import { createApplication, findOpenApplication } from '../../db/applications';
import { inTransaction } from '../../db/connection';
import { erasePerson, exportPeopleRows, scrubAfterErasure } from '../../db/dataRights';
import { getPosition } from '../../db/positions';
import { setTags, tagsOf } from '../../db/tags';
import { requirePeople } from '../chosenPeople';
import { isoNow } from '../context';
import type { Channel, FieldIssue } from '../contract';
import { AppError, invalidField } from '../errors';
import type { Handlers } from './types';

type BulkChannel = Extract<
  Channel,
  'tags.add' | 'tags.remove' | 'applications.createMany' | 'io.exportPeople' | 'io.erasePeople'
>;

/** Sets each person's tags to `change` of their own, refusing (for all) anyone it would give too many. */
function retag(
  ctx: Parameters<Handlers['tags.add']>[0],
  personIds: string[],
  tags: string[],
  change: (current: string[], tags: string[]) => string[],
) {
  return inTransaction(ctx.db, () => {
    const people = requirePeople(ctx.db, personIds, 'personIds');
    const now = isoNow(ctx);
    const issues: FieldIssue[] = [];
    const planned = people.map((person, index) => {
      const before = tagsOf(ctx.db, person.id);
      const after = change(before, tags);
      if (after.length > TAGS_PER_PERSON_MAX)
        issues.push({
          path: ['personIds', index],
          message: `${person.name} would have ${after.length} tags; a person carries at most ${TAGS_PER_PERSON_MAX}. Remove some of theirs first.`,
        });
      return { id: person.id, changed: after.length !== before.length, after };
    });
    if (issues.length)
      throw new AppError(
        'validation',
        issues.length === 1
          ? issues[0]!.message
          : `${peopleCount(issues.length)} would have too many tags. Nothing was changed.`,
        { issues },
      );
    for (const { id, changed, after } of planned) if (changed) setTags(ctx.db, id, after, now);
    return { people: people.length, changed: planned.filter((p) => p.changed).length, tags };
  });
}

export const bulkHandlers: Pick<Handlers, BulkChannel> = {
  'tags.add': (ctx, { personIds, tags }) => retag(ctx, personIds, tags, withTags),
  'tags.remove': (ctx, { personIds, tags }) => retag(ctx, personIds, tags, withoutTags),

  'applications.createMany': (ctx, { candidateIds, positionId }) =>
    inTransaction(ctx.db, () => {
      const position = getPosition(ctx.db, positionId);
      if (!position) throw invalidField(['positionId'], 'That position no longer exists. Choose another one.');
      if (position.status === 'filled' || position.status === 'cancelled')
        throw invalidField(
          ['positionId'],
          `${position.title} is ${position.status}. Reopen the position before adding candidates.`,
        );
      const people = requirePeople(ctx.db, candidateIds, 'candidateIds');
      const contacts = people.flatMap((person, index) =>
        person.kind === 'candidate'
          ? []
          : [{ path: ['candidateIds', index], message: `${person.name} is a client contact, not a candidate.` }],
      );
      if (contacts.length)
        throw new AppError(
          'validation',
          contacts.length === 1
            ? `${contacts[0]!.message} Leave them out and try again.`
            : `${contacts.length} of those chosen are client contacts, not candidates. Leave them out and try again.`,
          { issues: contacts },
        );
      const now = isoNow(ctx);
      const created = [];
      const skipped = [];
      for (const person of people) {
        const existing = findOpenApplication(ctx.db, person.id, positionId);
        if (existing) skipped.push({ candidateId: person.id, name: person.name, stage: existing.stage });
        else created.push(createApplication(ctx.db, { candidateId: person.id, positionId }, now));
      }
      return { created, skipped };
    }),

  /** The people export of io.exportCsv, for just the people chosen, to download: never written here. */
  'io.exportPeople': (ctx, { ids }) => {
    requirePeople(ctx.db, ids, 'ids');
    const { header, rows } = exportPeopleRows(ctx.db, ids);
    return {
      rows: rows.length,
      fileName: `Politely people ${isoNow(ctx).slice(0, 10)}.csv`,
      content: spreadsheetCsv([header, ...rows]),
    };
  },

  'io.erasePeople': (ctx, { ids }) => {
    const removed = inTransaction(ctx.db, () => {
      requirePeople(ctx.db, ids, 'ids');
      const now = isoNow(ctx);
      const total = { touches: 0, applications: 0, interviews: 0 };
      for (const id of ids) {
        const counts = erasePerson(ctx.db, id, now);
        // Checked above in this same transaction, so only a fault could get here; it undoes every erasure.
        if (!counts) throw new Error(`A person chosen for erasure vanished mid-way: ${id}`);
        total.touches += counts.touches;
        total.applications += counts.applications;
        total.interviews += counts.interviews;
      }
      return total;
    });
    scrubAfterErasure(ctx.db);
    return { erased: ids.length, removed };
  },
};
