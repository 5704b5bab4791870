import { STAGE_LABELS } from '../../core/model';
import { nextAfterFeedback, VERDICT_LABELS, type Submittal } from '../../core/submittals';
import { renderSubmittalPacket, submittalFileName } from '../../core/submittalPacket';
import { closeApplication, getApplication } from '../../db/applications';
import { inTransaction } from '../../db/connection';
import { getPerson } from '../../db/people';
import { getPosition } from '../../db/positions';
import { recruiterForCandidates } from '../../db/recruiter';
import {
  getSubmittal,
  insertSubmittal,
  recordVerdict,
  submittalsOfPosition,
  updateSubmittal,
} from '../../db/submittals';
import type { FieldIssue } from '../contract';
import { isoNow, type Context } from '../context';
import { AppError, found, invalidField } from '../errors';
import { packetFile, printAddress } from '../packetFile';
import type { HandlersOf } from './types';

const load = (ctx: Context, id: string) => found(getSubmittal(ctx.db, id), 'shortlist');

/** Every problem with the fields at once, so the form can mark each; the first one is the message. */
function refuse(issues: FieldIssue[]): void {
  if (issues.length > 0) throw new AppError('validation', issues[0]!.message, { issues });
}

/** Summaries may only be given for candidates in the shortlist. */
function summaryIssues(summaries: Record<string, string> | undefined, applicationIds: readonly string[]): FieldIssue[] {
  return Object.keys(summaries ?? {})
    .filter((key) => !applicationIds.includes(key))
    .map((key) => ({ path: ['summaries', key], message: 'That candidate is not in this shortlist.' }));
}

/** The client's packet as HTML, with the recruiter's details as a client reads them. */
function packetHtml(ctx: Context, submittal: Submittal): string {
  return renderSubmittalPacket({ submittal, recruiter: recruiterForCandidates(ctx.db, ctx.profile?.name) });
}

export const submittalHandlers: HandlersOf<'submittals'> = {
  'submittals.create': (ctx, input) =>
    inTransaction(ctx.db, () => {
      const position = getPosition(ctx.db, input.positionId);
      if (!position) throw invalidField(['positionId'], 'That position no longer exists. Choose another one.');
      if (position.status === 'filled' || position.status === 'cancelled')
        throw invalidField(
          ['positionId'],
          `${position.title} is ${position.status}. Reopen the position before sending candidates.`,
        );
      const issues: FieldIssue[] = [];
      const contact = getPerson(ctx.db, input.contactId);
      if (!contact) issues.push({ path: ['contactId'], message: 'That contact no longer exists. Choose another one.' });
      else if (contact.kind !== 'contact' || contact.companyId !== position.companyId)
        issues.push({
          path: ['contactId'],
          message: `${contact.name} is not a contact at ${position.companyName}. Send the shortlist to someone there.`,
        });
      input.applicationIds.forEach((applicationId, index) => {
        const path = ['applicationIds', index];
        const application = getApplication(ctx.db, applicationId);
        if (!application)
          issues.push({ path, message: 'That candidate’s application no longer exists. Choose another one.' });
        else if (input.applicationIds.indexOf(applicationId) !== index)
          issues.push({ path, message: `${application.candidateName} is in the shortlist twice.` });
        else if (application.positionId !== position.id)
          issues.push({ path, message: `${application.candidateName} is not a candidate for ${position.title}.` });
        else if (application.stage === 'closed' || application.stage === 'placed')
          issues.push({
            path,
            message: `${application.candidateName}’s application is ${STAGE_LABELS[application.stage].toLowerCase()}. Send only open applications.`,
          });
      });
      issues.push(...summaryIssues(input.summaries, input.applicationIds));
      refuse(issues);
      const id = insertSubmittal(
        ctx.db,
        {
          positionId: position.id,
          contactId: input.contactId,
          note: input.note ?? null,
          includeContactDetails: input.include?.contactDetails ?? false,
        },
        input.applicationIds.map((applicationId) => ({
          applicationId,
          summary: input.summaries?.[applicationId]?.trim() ?? '',
        })),
        isoNow(ctx),
      );
      return load(ctx, id);
    }),

  'submittals.get': (ctx, { submittalId }) => load(ctx, submittalId),

  'submittals.list': (ctx, { positionId }) => {
    found(getPosition(ctx.db, positionId), 'position');
    return submittalsOfPosition(ctx.db, positionId);
  },

  'submittals.update': (ctx, { submittalId, summaries, note, include }) =>
    inTransaction(ctx.db, () => {
      const submittal = load(ctx, submittalId);
      refuse(
        summaryIssues(
          summaries,
          submittal.candidates.map((c) => c.applicationId),
        ),
      );
      updateSubmittal(
        ctx.db,
        submittalId,
        {
          ...(note !== undefined ? { note } : {}),
          ...(include?.contactDetails !== undefined ? { includeContactDetails: include.contactDetails } : {}),
        },
        new Map(Object.entries(summaries ?? {}).map(([key, text]) => [key, text.trim()])),
        isoNow(ctx),
      );
      return load(ctx, submittalId);
    }),

  'submittals.packet': (ctx, { submittalId, format }) => {
    const submittal = load(ctx, submittalId);
    return packetFile(ctx, packetHtml(ctx, submittal), format, (ext) => submittalFileName(submittal, ext));
  },

  'submittals.printPacket': (ctx, { submittalId }) => printAddress(ctx, () => packetHtml(ctx, load(ctx, submittalId))),

  'submittals.recordFeedback': (ctx, { submittalId, applicationId, verdict, reason }) =>
    inTransaction(ctx.db, () => {
      const submittal = load(ctx, submittalId);
      const candidate = submittal.candidates.find((c) => c.applicationId === applicationId);
      if (!candidate) throw invalidField(['applicationId'], 'That candidate is not in this shortlist.');
      // On hold is an answer for now: the client may still say yes or no later.
      if (candidate.feedback && candidate.feedback.verdict !== 'hold')
        throw new AppError(
          'conflict',
          `The client’s answer on ${candidate.candidateName} is already recorded: ${VERDICT_LABELS[candidate.feedback.verdict]}.`,
        );
      if (candidate.stage === 'closed' || candidate.stage === 'placed')
        throw invalidField(
          ['applicationId'],
          `${candidate.candidateName}’s application is ${STAGE_LABELS[candidate.stage].toLowerCase()}, so there is no answer to record.`,
        );
      const now = isoNow(ctx);
      recordVerdict(ctx.db, submittalId, applicationId, verdict, reason ?? null, now);
      if (verdict === 'reject') closeApplication(ctx.db, applicationId, 'client-rejected', now);
      return {
        submittal: load(ctx, submittalId),
        application: getApplication(ctx.db, applicationId)!,
        next: {
          personId: candidate.candidateId,
          personName: candidate.candidateName,
          phone: candidate.phone,
          message: nextAfterFeedback(candidate.candidateName, submittal.contact.name, {
            verdict,
            reason: reason ?? null,
            at: now,
          }),
        },
      };
    }),
};
