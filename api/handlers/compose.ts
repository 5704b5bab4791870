import { mailtoHref } from '../../core/contactAddress';
import { buildEml } from '../../core/eml';
import { TOUCH_KIND_OF } from '../../core/templates';
import { inTransaction } from '../../db/connection';
import { recruiterForCandidates } from '../../db/recruiter';
import { getPerson } from '../../db/people';
import { invalidField } from '../errors';
import { fillTemplate, refuseIfBlocked, templateById } from '../messages';
import { recordTouch } from '../touchLog';
import { isoNow } from '../context';
import type { HandlersOf } from './types';

/** A file name from the subject: letters, digits and dashes, so every system saves it as it is. */
function emlFileName(subject: string): string {
  const stem = subject
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${stem || 'message'}.eml`;
}

export const composeHandlers: HandlersOf<'compose'> = {
  // Checks first, then fills in: a message the rules would refuse is never written out. Nothing is logged here.
  'compose.email': (ctx, { personId, templateId, kind, applicationId }) => {
    const verdict = refuseIfBlocked(ctx, personId, 'email', TOUCH_KIND_OF[kind]);
    const template = templateById(ctx, templateId ?? kind);
    const person = getPerson(ctx.db, personId)!;
    const filled = fillTemplate(ctx, template, personId, applicationId);
    const message = { subject: filled.subject, body: filled.body };
    const mailto = mailtoHref(person.email, message);
    if (!person.email || !mailto) {
      throw invalidField(
        ['personId'],
        `${person.name} has no email address on file. Add one on their page, then write to them.`,
      );
    }
    const recruiter = recruiterForCandidates(ctx.db, ctx.profile?.name);
    const eml = buildEml({
      from: recruiter.email ? { name: recruiter.name, address: recruiter.email } : null,
      to: { name: person.name, address: person.email },
      ...message,
      date: ctx.now(),
    });
    return {
      to: person.email,
      ...message,
      mailto,
      eml,
      fileName: emlFileName(filled.subject),
      applicationId: filled.applicationId,
      warnings: verdict.reasons.filter((r) => r.severity === 'warn'),
    };
  },

  // The recruiter confirms it went: logged now as an outbound contact of the message's kind, its subject the summary.
  'compose.sent': (ctx, { personId, kind, channel, subject, applicationId }) =>
    inTransaction(ctx.db, () =>
      recordTouch(ctx, {
        personId,
        applicationId: applicationId ?? null,
        at: isoNow(ctx),
        channel,
        direction: 'out',
        kind: TOUCH_KIND_OF[kind],
        outcome: 'sent',
        summary: subject,
      }),
    ),
};
