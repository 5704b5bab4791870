import { formatDay, formatDayTime, type Reader } from '../dates';
import { isLocalMidnight } from '../zoned';
import type { Verdict } from './evaluate';
import type { ContactState, DueReason } from './state';

// A date they named without a time reads as the day alone ("until Mon, Mar 16"), not as midnight.
const theirTime = (at: string, zone: string, { locale, now }: Reader) =>
  isLocalMidnight(new Date(at), zone)
    ? formatDay(at, now, { locale, timeZone: zone })
    : `${formatDayTime(at, now, { locale, timeZone: zone })} ${zone === 'UTC' ? 'UTC' : 'their time'}`;

/** The state banner, in the recruiter's words: where things stand and when they may next reach out. */
export function describeState(state: ContactState, zone: string, reader: Reader): string {
  const when = state.until ? theirTime(state.until, zone, reader) : '';
  switch (state.state) {
    case 'do-not-contact':
      return 'They asked not to be contacted. Only a handwritten thank-you letter may still go out.';
    case 'final-letter-sent':
      return 'They asked not to be contacted, and your thank-you letter has been sent. This is where it ends.';
    case 'no-for-now':
      return `They said no. Next contact from ${when} at the earliest.`;
    case 'paused-soft-no':
      return `They said "not now": a no for now. Next contact from ${when}.`;
    case 'ball-in-their-court':
      return 'Your take-away is unanswered: the ball is in their court. Wait for them to reach out.';
    case 'waiting-agreed-date':
      return `You agreed to follow up on ${when}. Not before.`;
    case 'open':
      // Nothing they said asks for a wait; the rules of timing (hours, gaps, caps) are the banner's lead.
      if (state.unansweredStreak === 0) return 'Nothing they said asks you to wait.';
      return state.unansweredStreak === 1
        ? 'Your last contact is unanswered.'
        : `Your last ${state.unansweredStreak} contacts in a row are unanswered.`;
  }
}

/**
 * A blocked verdict in plain sentences for the recruiter: first when contact is next allowed
 * (the earliest moment no rule blocks, their time), then each rule's reason.
 */
export function describeVerdict(verdict: Verdict, zone: string, reader: Reader): string {
  const blocks = verdict.reasons.filter((r) => r.severity === 'block').map((r) => r.message);
  if (verdict.verdict !== 'blocked') return blocks.join(' ');
  const takeAway = verdict.requiredKind === 'take-away' ? ', as the take-away' : '';
  const lead = verdict.nextAllowedAt
    ? `Not now. Next allowed: ${theirTime(verdict.nextAllowedAt, zone, reader)}${takeAway}.`
    : 'Not now, and no later time can be given.';
  return [lead, ...blocks].join(' ');
}

/** Why a follow-up is due now: the wait they asked for has ended. */
export function describeDue(reason: DueReason, at: string, zone: string, reader: Reader): string {
  const when = theirTime(at, zone, reader);
  switch (reason) {
    case 'agreed-date':
      return `They agreed to hear from you from ${when}.`;
    case 'soft-no':
      return `Their "not now" pause ended ${when}. Check in gently.`;
    case 'no-for-now':
      return `Their no-for-now pause ended ${when}. You may reconnect.`;
  }
}

/** Why someone is on the waiting list, and until when. */
export function describeWait(reason: DueReason, at: string, zone: string, reader: Reader): string {
  const when = theirTime(at, zone, reader);
  switch (reason) {
    case 'agreed-date':
      return `Follow up from ${when}, as agreed. Not before.`;
    case 'soft-no':
      return `They said "not now". Paused until ${when}.`;
    case 'no-for-now':
      return `They said no. Paused until ${when}.`;
  }
}

/** Why a candidate needs a word from you: their application is open and nobody has been in touch for a while. */
export function describeQuiet(
  quietSince: string,
  now: Date,
  application: { positionTitle: string | null; companyName: string | null },
): string {
  const days = Math.floor((now.getTime() - Date.parse(quietSince)) / 86_400_000);
  const where = application.positionTitle
    ? ` for ${application.positionTitle}${application.companyName ? ` at ${application.companyName}` : ''}`
    : '';
  return `No contact for ${days} days while their application${where} is open.`;
}
