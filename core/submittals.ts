// A submittal: a shortlist of a position's candidates sent to a client contact, and the client's answer on each.

import type { Stage } from './model';

export const FEEDBACK_VERDICTS = ['interview', 'reject', 'hold'] as const;
export type FeedbackVerdict = (typeof FEEDBACK_VERDICTS)[number];

export const VERDICT_LABELS: Record<FeedbackVerdict, string> = {
  interview: 'Wants to interview',
  reject: 'Said no',
  hold: 'On hold',
};

/** What the client answered about one candidate, and when it was recorded. */
export interface ClientFeedback {
  verdict: FeedbackVerdict;
  reason: string | null;
  at: string;
}

/** One candidate in a shortlist, with the recruiter's summary for the client. */
export interface SubmittedCandidate {
  applicationId: string;
  candidateId: string;
  candidateName: string;
  email: string | null;
  phone: string | null;
  /** The application's stage now: a candidate closed since is no longer waited for. */
  stage: Stage;
  summary: string;
  feedback: ClientFeedback | null;
}

export interface Submittal {
  id: string;
  positionId: string;
  positionTitle: string;
  positionLocation: string | null;
  companyId: string;
  companyName: string;
  contact: {
    id: string;
    name: string;
    title: string | null;
    email: string | null;
    phone: string | null;
    timezone: string | null;
  };
  note: string | null;
  /** The candidates' email and phone go in the client's packet only when this is true. */
  includeContactDetails: boolean;
  sentAt: string;
  candidates: SubmittedCandidate[];
}

/** A candidate the client still owes an answer on: none recorded, and the application still open. */
export function awaitingFeedback(c: SubmittedCandidate): boolean {
  return c.feedback === null && c.stage !== 'closed' && c.stage !== 'placed';
}

/** The first name, for "Call Ada": the whole name when it has one word. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/** What the recruiter does next once the client has answered, in plain words. */
export function nextAfterFeedback(candidateName: string, clientName: string, feedback: ClientFeedback): string {
  const who = firstName(candidateName);
  const client = firstName(clientName);
  if (feedback.verdict === 'reject') {
    // Their words end the sentence, or a full stop does when their words have none.
    const said = feedback.reason
      ? ` what the client said: “${feedback.reason}”${/[.!?]$/.test(feedback.reason) ? '' : '.'}`
      : '.';
    return `Call ${who} to tell them${said} Thank them, and ask what they would like next.`;
  }
  if (feedback.verdict === 'interview')
    return `${client} wants to meet ${who}. Call ${who} with the news, then schedule the interview.`;
  return `${client} put ${who} on hold. Tell ${who} there is no answer yet, and agree when you will call again.`;
}
