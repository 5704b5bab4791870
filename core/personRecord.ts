// What a person's record shows besides their details: each application with the road it took, and
// their interviews, the coming ones apart from those past.

import type { Interview } from './interviews';
import type { CloseReason, Stage } from './model';

/** How an application ended: the candidate was placed, or it closed for a reason. */
export type ApplicationOutcome = 'placed' | CloseReason;

/** One stage an application entered, and when. */
export interface StageStep {
  stage: Stage;
  at: string;
}

/** One of a candidate's applications, as their record lists it. */
export interface PersonApplication {
  id: string;
  positionId: string;
  positionTitle: string;
  companyId: string;
  companyName: string;
  stage: Stage;
  /** When they were added to the position. */
  openedAt: string;
  /** When it ended (placed or closed), or null while it is still open. */
  closedAt: string | null;
  outcome: ApplicationOutcome | null;
  /** Every stage it entered, oldest first, the current one last. */
  history: StageStep[];
  /** When it last went to the client in a shortlist, and to whom there (a client contact's name); absent if never. */
  submittedAt?: string;
  submittedTo?: string;
}

/** One of a candidate's interviews, as their record lists it; times are read in the interview's own zone. */
export interface PersonInterview extends Interview {
  /** Ended, not cancelled, and no debrief yet. */
  debriefDue: boolean;
  /** Not cancelled and not started yet. */
  upcoming: boolean;
}

/** A stage change the audit log holds; `undo` marks one that put back the change before it. */
export interface StageChange {
  at: string;
  stage: Stage;
  undo: boolean;
}

/**
 * The stages an application entered, oldest first: sourced when it was added, then each change, an
 * undone change left out as if it never happened, and a move to the stage it was in not counted twice. Where the log says less than the row (an application
 * written without its changes logged), the row's stage closes the list, from when it was entered.
 */
export function stageSteps(
  application: { openedAt: string; stage: Stage; stageChangedAt: string },
  changes: readonly StageChange[],
): StageStep[] {
  const steps: StageStep[] = [{ stage: 'sourced', at: application.openedAt }];
  // For each change still standing, whether it added a step: an undo takes back the last change, and its step if any.
  const added: boolean[] = [];
  for (const change of changes) {
    if (change.undo) {
      if (added.pop()) steps.pop();
      continue;
    }
    // Another round keeps an application in Interview: it stays there, it does not enter it again.
    const enters = steps.at(-1)!.stage !== change.stage;
    if (enters) steps.push({ stage: change.stage, at: change.at });
    added.push(enters);
  }
  if (steps.at(-1)!.stage !== application.stage)
    steps.push({ stage: application.stage, at: application.stageChangedAt });
  return steps;
}

/** The record's order: coming interviews soonest first, then those past, latest first. */
export function personInterviews(interviews: readonly Interview[], now: number): PersonInterview[] {
  const marked = interviews.map((i) => ({
    ...i,
    debriefDue: i.cancelledAt === null && i.debriefedAt === null && Date.parse(i.endsAt) <= now,
    upcoming: i.cancelledAt === null && Date.parse(i.startsAt) > now,
  }));
  const byStart = (a: PersonInterview, b: PersonInterview) => Date.parse(a.startsAt) - Date.parse(b.startsAt);
  return [
    ...marked.filter((i) => i.upcoming).sort(byStart),
    ...marked.filter((i) => !i.upcoming).sort((a, b) => byStart(b, a)),
  ];
}
