// When they have said yes to a contact in advance: an interview they booked, or a time they agreed to.
// The rules still hold quiet hours and "stop"; these only lift the pauses and limits their yes covers.

import { isConversation, lastWhere, time, type LoggedTouch } from './history';

/** A candidate's interview, as the contact rules read it. Times are ISO-8601 instants. */
export interface BookedInterview {
  /** When it was booked: from then on the candidate has agreed to talk about it. */
  bookedAt: string;
  startsAt: string;
  endsAt: string;
  cancelledAt: string | null;
  debriefedAt: string | null;
}

export type InterviewCall = 'prep-call' | 'debrief-call';

/** A stretch of time, from its start up to (not including) its end, in milliseconds. */
export interface Span {
  from: number;
  to: number;
}

/**
 * When calls of this kind are expected for interviews booked at or after `since`: a prep call
 * from the booking until the interview starts, a debrief call from its start until the debrief
 * is recorded; neither once it is cancelled.
 */
export function interviewCallSpans(interviews: readonly BookedInterview[], kind: InterviewCall, since: number): Span[] {
  const spans: Span[] = [];
  for (const interview of interviews) {
    const booked = Date.parse(interview.bookedAt);
    if (booked < since) continue;
    const starts = Date.parse(interview.startsAt);
    const cancelled = interview.cancelledAt ? Date.parse(interview.cancelledAt) : Infinity;
    const debriefed = interview.debriefedAt ? Date.parse(interview.debriefedAt) : Infinity;
    const span: Span =
      kind === 'prep-call'
        ? { from: booked, to: Math.min(starts, cancelled) }
        : { from: Math.max(booked, starts), to: Math.min(cancelled, debriefed) };
    if (span.to > span.from) spans.push(span);
  }
  return spans;
}

/**
 * The time they last agreed to hear from you ("may I follow up on …?", or the date in their
 * "not now"), from what they said last; none after a clear no or a stop.
 */
export function agreedTime(history: readonly LoggedTouch[]): number | undefined {
  const last = lastWhere(history, (t) => isConversation(t) || t.response !== null);
  if (!last?.agreedNextAt || last.response === 'no' || last.response === 'stop') return undefined;
  return Date.parse(last.agreedNextAt);
}

/** Whether anything went out at or after `since`; `outbound` is oldest first. */
export function sentSince(outbound: readonly LoggedTouch[], since: number): boolean {
  const last = outbound.at(-1);
  return last !== undefined && time(last) >= since;
}
