import { debriefMissing } from '../core/interviews';
import { formatDayTime } from '../core/dates';
import { gateInterviews, getInterview } from '../db/interviews';
import { localeOf, type Context } from './context';
import { AppError } from './errors';

/** Refuses to go on while an ended interview of this application has no debrief. */
export function requireDebriefs(ctx: Context, applicationId: string, action: string): void {
  const missing = debriefMissing(gateInterviews(ctx.db, applicationId), ctx.now());
  if (!missing) return;
  const interview = getInterview(ctx.db, missing.id)!;
  throw new AppError(
    'gate-debrief-required',
    `Debrief ${interview.candidateName} first: their round ${interview.round} interview for ${interview.positionTitle} ended ${formatDayTime(interview.endsAt, ctx.now(), { locale: localeOf(ctx), timeZone: interview.timezone })} (${interview.timezone}). Record the debrief, then ${action}.`,
    { interviewId: interview.id },
  );
}
