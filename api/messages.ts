// Filling a template in for one person, and the check before a message goes: plain functions the templates
// and compose handlers share (no handler calls another).
import { checkContact, type Verdict } from '../core/policy';
import type { Person, TouchChannel, TouchKind } from '../core/model';
import { mergeValues } from '../core/templateValues';
import { renderTemplate, templateProblems, type TemplateProblem, type TemplateText } from '../core/templates';
import { getApplication } from '../db/applications';
import { getCompany } from '../db/companies';
import { relevantHistory } from '../db/outlook';
import { recruiterForCandidates } from '../db/recruiter';
import { readPolicy } from '../db/settings';
import { getTemplate, interviewToName, openApplicationsOf } from '../db/templates';
import type { MessageTemplate } from '../core/templates';
import { isoNow, localeOf, type Context } from './context';
import { AppError, found, invalidField } from './errors';
import { blockedError, recipientOf } from './touchLog';

/** A validation error that lists every problem, each on the part of the template it is in. */
export function templateError(problems: TemplateProblem[]): AppError {
  const message =
    problems.length === 1
      ? problems[0]!.message
      : `${problems.length} things to fix: ${problems.map((p) => p.message).join(' ')}`;
  return new AppError('validation', message, {
    issues: problems.map((p) => ({ path: [p.part], message: p.message })),
    fields: problems.flatMap((p) => (p.field ? [p.field] : [])),
  });
}

/** A template's wording, refused as a whole when it uses a field Politely does not know. */
export function checkedText(text: TemplateText): TemplateText {
  const problems = templateProblems(text);
  if (problems.length) throw templateError(problems);
  return text;
}

export function templateById(ctx: Context, id: string): MessageTemplate {
  return found(getTemplate(ctx.db, id), 'template');
}

/**
 * The application a message is about: the one asked for (it must be theirs, or one they are the client on),
 * else their only open one. None, or several with none chosen, leave the position's fields empty, and say why.
 */
function applicationFor(ctx: Context, person: Person, applicationId: string | undefined) {
  if (applicationId) {
    const card = getApplication(ctx.db, applicationId);
    if (!card) throw invalidField(['applicationId'], 'That application no longer exists. Choose another one.');
    if (person.kind === 'candidate' && card.candidateId !== person.id) {
      throw invalidField(['applicationId'], `That application is not ${person.name}'s. Choose one of theirs.`);
    }
    return { id: card.id, positionTitle: card.positionTitle, companyName: card.companyName };
  }
  const open = openApplicationsOf(ctx.db, person.id);
  if (open.length === 1) return open[0]!;
  return { missing: open.length ? ('several' as const) : ('none' as const), count: open.length };
}

/** The message a template makes for this person (and application), or a validation error naming each empty field. */
export function fillTemplate(
  ctx: Context,
  text: TemplateText,
  personId: string,
  applicationId?: string,
): { subject: string; body: string; applicationId: string | null } {
  checkedText(text);
  const { person } = recipientOf(ctx, personId);
  const application = applicationFor(ctx, person, applicationId);
  const interview = 'id' in application ? interviewToName(ctx.db, application.id, isoNow(ctx)) : undefined;
  // Until the recruiter gives a name, the profile's name stands in, as in the prep packet.
  const recruiter = recruiterForCandidates(ctx.db, ctx.profile?.name);
  const { values, gaps } = mergeValues({
    person: {
      name: person.name,
      kind: person.kind,
      timezone: person.timezone,
      companyName: person.companyId ? (getCompany(ctx.db, person.companyId)?.name ?? null) : null,
    },
    application,
    interview: interview ?? null,
    recruiter,
  });
  const rendered = renderTemplate(text, values, gaps);
  if (!rendered.ok) throw templateError(rendered.problems);
  return { subject: rendered.subject, body: rendered.body, applicationId: 'id' in application ? application.id : null };
}

/**
 * The follow-up check, as followups.check makes it, for a contact made now: a blocked one is refused with the
 * rules' reasons exactly as touches.log refuses it; an allowed one returns the verdict and its warnings.
 */
export function refuseIfBlocked(ctx: Context, personId: string, channel: TouchChannel, kind: TouchKind): Verdict {
  const { person, recipient } = recipientOf(ctx, personId);
  const at = ctx.now();
  const locale = localeOf(ctx);
  const verdict = checkContact(relevantHistory(ctx.db, person.id, at), recipient, readPolicy(ctx.db), {
    channel,
    kind,
    at,
    locale,
  });
  if (verdict.verdict === 'blocked') throw blockedError(verdict, recipient.timezone, { locale, now: at });
  return verdict;
}
