import { formatLocal } from '../zoned';
import type { ContactState } from './state';

/** The state banner, in the recruiter's words: where things stand and when they may next reach out. */
export function describeState(state: ContactState, zone: string): string {
  const when = state.until ? `${formatLocal(new Date(state.until), zone)} their time` : '';
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
      if (state.unansweredStreak === 0) return 'Open: no pause is in force.';
      return `Open: ${state.unansweredStreak} ${state.unansweredStreak === 1 ? 'contact is' : 'contacts in a row are'} unanswered.`;
  }
}
