import { stateAt, type Outlook } from '../../core/policy/state';
import { formatDay } from '../dates';

export interface Chip {
  label: string;
  tone: 'due' | 'wait' | 'stop' | 'quiet';
  /** The same in a full sentence, for the title and screen readers. */
  title: string;
}

/** Where things stand with the candidate, in two or three words for a board card; null when there is nothing to say. */
export function contactChip(outlook: Outlook | null, now: Date): Chip | null {
  if (!outlook) return null;
  const day = (iso: string) => formatDay(iso, now);
  if (outlook.dueAt && Date.parse(outlook.dueAt) <= now.getTime() && !outlook.stop) {
    return {
      label: 'Follow-up due',
      tone: 'due',
      title: `Their wait is over: a follow-up is due since ${day(outlook.dueAt)}.`,
    };
  }
  const state = stateAt(outlook, now);
  switch (state.state) {
    case 'do-not-contact':
    case 'final-letter-sent':
      return { label: 'Do not contact', tone: 'stop', title: 'They asked not to be contacted.' };
    case 'no-for-now':
      return { label: 'No for now', tone: 'stop', title: `They said no. Paused until ${day(state.until!)}.` };
    case 'paused-soft-no':
      return { label: 'Not now', tone: 'wait', title: `They said "not now". Paused until ${day(state.until!)}.` };
    case 'waiting-agreed-date':
      return {
        label: `Agreed: ${day(state.until!)}`,
        tone: 'wait',
        title: `You agreed to follow up on ${day(state.until!)}.`,
      };
    case 'ball-in-their-court':
      return {
        label: 'Ball in their court',
        tone: 'wait',
        title: 'Your take-away is unanswered. Wait for them to reach out.',
      };
    case 'open':
      if (state.unansweredStreak === 0) return null;
      return {
        label: `${state.unansweredStreak} unanswered`,
        tone: 'quiet',
        title: `${state.unansweredStreak} ${state.unansweredStreak === 1 ? 'contact is' : 'contacts in a row are'} unanswered.`,
      };
  }
}
