import { debriefLatency, debriefMissing, PREP_TEMPLATE, type Interview } from '../../core/interviews';
import { renderIcs } from '../../core/ics';
import { packetFileName, renderPacket, type PacketData } from '../../core/packet';
import { closeApplication, getApplication, moveApplication } from '../../db/applications';
import { inTransaction, type Db } from '../../db/connection';
import { getCompany } from '../../db/companies';
import {
  createInterview,
  gateInterviews,
  getDebrief,
  getInterview,
  insertDebrief,
  interviewsOfApplication,
  interviewsOfCandidate,
  markInterview,
  nextRound,
  prepItems,
  raiseSequence,
  replacePrep,
  updateInterview,
  type InterviewFields,
} from '../../db/interviews';
import { getPerson } from '../../db/people';
import { getPosition } from '../../db/positions';
import { readRecruiter, recruiterForCandidates, skipRecruiter, writeRecruiter } from '../../db/recruiter';
import type { InterviewDetail, PacketFile } from '../contract';
import { isoNow, type Context } from '../context';
import { requireDebriefs } from '../debriefGate';
import { AppError, found, invalidField } from '../errors';
import { recordTouch } from '../touchLog';
import { packetFile, printAddress } from '../packetFile';
import type { HandlersOf } from './types';

const toUtc = (iso: string) => new Date(iso).toISOString();
const plus = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

function detail(ctx: Context, interview: Interview): InterviewDetail {
  return {
    ...interview,
    items: prepItems(ctx.db, interview.id),
    debrief: getDebrief(ctx.db, interview.id) ?? null,
    debriefDue:
      interview.cancelledAt === null &&
      interview.debriefedAt === null &&
      Date.parse(interview.endsAt) <= ctx.now().getTime(),
  };
}

const load = (ctx: Context, id: string) => found(getInterview(ctx.db, id), 'interview');

/** Interviewers come from the client's contacts. */
function checkInterviewers(db: Db, ids: readonly string[]): void {
  ids.forEach((id, index) => {
    const person = getPerson(db, id);
    if (!person)
      throw invalidField(['interviewerIds', index], 'That interviewer no longer exists. Choose another one.');
    if (person.kind !== 'contact')
      throw invalidField(['interviewerIds', index], `${person.name} is a candidate. Interviewers are client contacts.`);
  });
}

function notChangeable(interview: Interview, verb: string): void {
  if (interview.cancelledAt)
    throw new AppError(
      'validation',
      `This interview was cancelled, so it cannot be ${verb}. Schedule a new one instead.`,
    );
  if (interview.debriefedAt)
    throw new AppError(
      'validation',
      `This interview has its debrief, so it cannot be ${verb}. Schedule the next round instead.`,
    );
}

function packetData(ctx: Context, interview: InterviewDetail): PacketData {
  const candidate = getPerson(ctx.db, interview.candidateId)!;
  const application = getApplication(ctx.db, interview.applicationId)!;
  const position = getPosition(ctx.db, application.positionId)!;
  return {
    candidate: { name: candidate.name, timezone: candidate.timezone },
    interview,
    position: { title: position.title, location: position.location },
    company: { name: position.companyName },
    interviewers: interview.interviewers,
    items: interview.items,
    recruiter: recruiterForCandidates(ctx.db, ctx.profile?.name),
  };
}

/** What the invite shows changed: its time, its zone, its place or whom the candidate meets. */
function inviteChanged(before: Interview, after: Interview): boolean {
  const people = (i: Interview) => i.interviewers.map((p) => p.id).join(' ');
  return (
    before.startsAt !== after.startsAt ||
    before.endsAt !== after.endsAt ||
    before.timezone !== after.timezone ||
    before.place !== after.place ||
    people(before) !== people(after)
  );
}

/**
 * The interview's calendar file: an invite (REQUEST) from the recruiter to the candidate, or once it is
 * cancelled, the cancellation (CANCEL). Both keep the interview's UID and carry its SEQUENCE, so a calendar
 * moves or removes the event it already has.
 */
function inviteFile(ctx: Context, interview: InterviewDetail): PacketFile {
  const data = packetData(ctx, interview);
  const candidate = getPerson(ctx.db, interview.candidateId)!;
  const recruiter = data.recruiter;
  const callName = `${recruiter.name ?? 'your recruiter'}${recruiter.phone ? ` on ${recruiter.phone}` : ''}`;
  const who = interview.interviewers.map((p) => (p.title ? `${p.name} (${p.title})` : p.name)).join(', ');
  const description = interview.cancelledAt
    ? [`This interview is cancelled. Questions? Call ${callName}.`]
    : [who ? `You will meet: ${who}.` : '', `Afterwards, call ${callName} straight away.`];
  const content = renderIcs({
    uid: `${interview.id}@politely`,
    sequence: interview.sequence,
    start: interview.startsAt,
    end: interview.endsAt,
    timezone: interview.timezone,
    stamp: isoNow(ctx),
    summary: `Interview: ${data.position.title} at ${data.company.name}`,
    location: interview.place,
    description: description.filter(Boolean).join('\n'),
    cancelled: interview.cancelledAt !== null,
    organizer: { name: recruiter.name, email: recruiter.email },
    attendees: [{ name: candidate.name, email: candidate.email }],
  });
  const fileName = packetFileName(data, 'ics');
  return {
    fileName: interview.cancelledAt ? `Cancelled - ${fileName}` : fileName,
    mime: 'text/calendar',
    encoding: 'utf8',
    content,
  };
}

/** The packet of an interview that is still on: a cancelled one has only its cancellation to send. */
function packetOf(ctx: Context, interview: InterviewDetail): { data: PacketData; html: string } {
  if (interview.cancelledAt)
    throw new AppError(
      'validation',
      'This interview was cancelled, so there is no packet to send. Save the cancellation for their calendar instead.',
    );
  const data = packetData(ctx, interview);
  return { data, html: renderPacket(data) };
}

export const interviewHandlers: HandlersOf<'interviews' | 'prep' | 'debriefs' | 'recruiter'> = {
  'interviews.schedule': (ctx, input) =>
    inTransaction(ctx.db, () => {
      const application = getApplication(ctx.db, input.applicationId);
      if (!application) throw invalidField(['applicationId'], 'That application no longer exists.');
      if (application.stage === 'closed' || application.stage === 'placed') {
        throw invalidField(
          ['applicationId'],
          `${application.candidateName}'s application is ${application.stage}. Interviews are for open applications.`,
        );
      }
      requireDebriefs(ctx, application.id, 'schedule the next round');
      checkInterviewers(ctx.db, input.interviewerIds);
      const startsAt = toUtc(input.startsAt);
      const now = isoNow(ctx);
      const fields: InterviewFields = {
        applicationId: application.id,
        round: nextRound(ctx.db, application.id),
        startsAt,
        endsAt: plus(startsAt, input.durationMinutes),
        durationMinutes: input.durationMinutes,
        timezone: input.timezone,
        format: input.format,
        place: input.place ?? null,
        notes: input.notes ?? null,
      };
      const id = createInterview(ctx.db, fields, input.interviewerIds, now);
      const position = getPosition(ctx.db, application.positionId)!;
      const company = getCompany(ctx.db, position.companyId)!;
      const context = { description: position.description, company: company.name, website: company.website };
      replacePrep(
        ctx.db,
        id,
        PREP_TEMPLATE.map((t) => ({
          template: t.template,
          label: t.label,
          body: t.body(context),
          visibility: t.visibility,
          done: false,
        })),
        now,
      );
      if (application.stage !== 'interview') moveApplication(ctx.db, application.id, 'interview', now);
      return detail(ctx, load(ctx, id));
    }),

  'interviews.get': (ctx, { id }) => detail(ctx, load(ctx, id)),

  'interviews.list': (ctx, { candidateId, applicationId }) =>
    (applicationId ? interviewsOfApplication(ctx.db, applicationId) : interviewsOfCandidate(ctx.db, candidateId!)).map(
      (i) => detail(ctx, i),
    ),

  'interviews.reschedule': (ctx, { id, interviewerIds, ...patch }) =>
    inTransaction(ctx.db, () => {
      const interview = load(ctx, id);
      notChangeable(interview, 'rescheduled');
      if (interviewerIds) checkInterviewers(ctx.db, interviewerIds);
      const startsAt = patch.startsAt ? toUtc(patch.startsAt) : interview.startsAt;
      const duration = patch.durationMinutes ?? interview.durationMinutes;
      const fields: Partial<InterviewFields> = {
        startsAt,
        endsAt: plus(startsAt, duration),
        durationMinutes: duration,
        ...(patch.timezone ? { timezone: patch.timezone } : {}),
        ...(patch.format ? { format: patch.format } : {}),
        ...(patch.place !== undefined ? { place: patch.place } : {}),
        ...(patch.notes !== undefined ? { notes: patch.notes } : {}),
      };
      const now = isoNow(ctx);
      updateInterview(ctx.db, id, fields, interviewerIds, now);
      if (inviteChanged(interview, load(ctx, id))) raiseSequence(ctx.db, id, now);
      return detail(ctx, load(ctx, id));
    }),

  'interviews.cancel': (ctx, { id }) =>
    inTransaction(ctx.db, () => {
      const interview = load(ctx, id);
      if (interview.cancelledAt) return detail(ctx, interview);
      notChangeable(interview, 'cancelled');
      markInterview(ctx.db, id, 'cancelled', isoNow(ctx));
      return detail(ctx, load(ctx, id));
    }),

  'interviews.feedbackDone': (ctx, { id, feedback }) =>
    inTransaction(ctx.db, () => {
      const interview = load(ctx, id);
      if (interview.cancelledAt)
        throw new AppError('validation', 'This interview was cancelled: there is no feedback to collect.');
      if (Date.parse(interview.endsAt) > ctx.now().getTime())
        throw new AppError('validation', 'The interview has not ended yet. Collect the client’s feedback afterwards.');
      requireDebriefs(ctx, interview.applicationId, 'mark the client’s feedback done');
      markInterview(ctx.db, id, 'client-feedback', isoNow(ctx), feedback ?? null);
      return detail(ctx, load(ctx, id));
    }),

  'prep.get': (ctx, { interviewId }) => detail(ctx, load(ctx, interviewId)),

  'prep.update': (ctx, { interviewId, items, prepCallAt }) =>
    inTransaction(ctx.db, () => {
      const interview = load(ctx, interviewId);
      if (interview.cancelledAt)
        throw new AppError('validation', 'This interview was cancelled. Its prep can no longer change.');
      if (items) {
        const unknown = replacePrep(ctx.db, interviewId, items, isoNow(ctx));
        if (unknown.length) {
          const index = items.findIndex((i) => i.id === unknown[0]);
          throw invalidField(
            ['items', index, 'id'],
            'That checklist item no longer exists. Reload the interview and try again.',
          );
        }
      }
      if (prepCallAt) {
        recordTouch(ctx, {
          personId: interview.candidateId,
          applicationId: interview.applicationId,
          at: prepCallAt,
          channel: 'phone',
          direction: 'out',
          kind: 'prep-call',
          outcome: 'connected',
          response: 'interested',
          summary: `Prep call for the round ${interview.round} interview (${interview.positionTitle}).`,
        });
      }
      return detail(ctx, load(ctx, interviewId));
    }),

  'prep.exportPacket': async (ctx, { interviewId, format }) => {
    const interview = detail(ctx, load(ctx, interviewId));
    // A cancelled interview still has a calendar file to send: the one that takes it off the candidate's calendar.
    if (format === 'ics') return inviteFile(ctx, interview);
    const { data, html } = packetOf(ctx, interview);
    return packetFile(ctx, html, format, (ext) => packetFileName(data, ext));
  },

  'prep.printPacket': (ctx, { interviewId }) =>
    printAddress(ctx, () => packetOf(ctx, detail(ctx, load(ctx, interviewId))).html),

  'debriefs.record': (ctx, input) =>
    inTransaction(ctx.db, () => {
      const interview = load(ctx, input.interviewId);
      if (interview.cancelledAt)
        throw new AppError('validation', 'This interview was cancelled: there is nothing to debrief.');
      if (interview.debriefedAt)
        throw new AppError(
          'conflict',
          `The debrief for this interview was already recorded. Open the interview to read it.`,
        );
      const calledAt = toUtc(input.calledAt);
      if (calledAt < interview.startsAt)
        throw invalidField(['calledAt'], 'The debrief call comes after the interview has started.');
      const now = isoNow(ctx);
      const hedged = input.acceptance === 'no' && input.acceptanceVerbatim ? input.acceptanceVerbatim : null;
      const debrief = insertDebrief(
        ctx.db,
        {
          interviewId: interview.id,
          calledAt,
          arrivalTime: input.arrivalTime,
          durationMinutes: input.durationMinutes,
          metWith: input.metWith,
          questionsAsked: input.questionsAsked,
          answers: input.answers,
          vibe: input.vibe,
          concerns: input.concerns ?? null,
          acceptance: input.acceptance,
          acceptanceVerbatim: input.acceptanceVerbatim ?? null,
          latencyMinutes: debriefLatency(interview.endsAt, calledAt),
        },
        now,
      );
      markInterview(ctx.db, interview.id, 'debriefed', now);
      recordTouch(ctx, {
        personId: interview.candidateId,
        applicationId: interview.applicationId,
        at: calledAt,
        channel: 'phone',
        direction: 'in',
        kind: 'debrief-call',
        outcome: 'connected',
        response: input.acceptance === 'yes' ? 'interested' : 'no',
        summary: `Debrief, round ${interview.round}: ${input.acceptance === 'yes' ? 'YES' : 'NO'}${hedged ? ` (they said: "${hedged}")` : ''}.`,
      });
      if (input.acceptance === 'no') {
        closeApplication(ctx.db, interview.applicationId, 'declined-at-debrief', now);
      } else if (!debriefMissing(gateInterviews(ctx.db, interview.applicationId), ctx.now())) {
        moveApplication(ctx.db, interview.applicationId, input.next === 'next-round' ? 'interview' : 'offer', now);
      }
      return {
        debrief,
        application: getApplication(ctx.db, interview.applicationId)!,
        interview: detail(ctx, load(ctx, interview.id)),
      };
    }),

  'recruiter.get': (ctx) => readRecruiter(ctx.db),
  'recruiter.update': (ctx, patch) => inTransaction(ctx.db, () => writeRecruiter(ctx.db, patch, isoNow(ctx))),
  'recruiter.skip': (ctx) => inTransaction(ctx.db, () => skipRecruiter(ctx.db, isoNow(ctx))),
};
