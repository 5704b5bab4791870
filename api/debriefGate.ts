import { debriefMissing } from '../core/interviews';
import { longLocal } from '../core/packet';
import { gateInterviews, getInterview } from '../db/interviews';
import type { Context } from './context';
import { AppError } from './errors';

/** Refuses to go on while an ended interview of this application has no debrief. */
export function requireDebriefs(ctx: Context, applicationId: string, action: string): void {
  const missing = debriefMissing(gateInterviews(ctx.db, applicationId), ctx.now());
  if (!missing) return;
  const interview = getInterview(ctx.db, missing.id)!;
  throw new AppError(
    'gate-debrief-required',
    `Debrief ${interview.candidateName} first: their round ${interview.round} interview for ${interview.positionTitle} ended ${longLocal(interview.endsAt, interview.timezone)} (${interview.timezone}). Record the debrief, then ${action}.`,
    { interviewId: interview.id },
  );
}
