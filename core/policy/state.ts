import { finalLetterSent, historyUntil, isConversation, lastResponse, lastWhere, pauseEnd, unansweredStreak, type LoggedTouch } from './history';
import type { PolicySettings } from './rules';

export const CONTACT_STATES = ['open', 'waiting-agreed-date', 'paused-soft-no', 'no-for-now', 'ball-in-their-court', 'do-not-contact', 'final-letter-sent'] as const;
export type ContactStateName = (typeof CONTACT_STATES)[number];

export interface ContactState {
  state: ContactStateName;
  /** When the state ends by itself; absent when it waits for them (or never ends). */
  until?: string;
  unansweredStreak: number;
}

/** Where things stand with a person at `now`, from their contact log alone. */
export function contactState(all: readonly LoggedTouch[], settings: PolicySettings, now: Date): ContactState {
  const at = now.getTime();
  const history = historyUntil(all, at);
  const streak = unansweredStreak(history);
  const base = { unansweredStreak: streak.length };
  const iso = (ms: number) => new Date(ms).toISOString();

  const stop = lastWhere(history, (t) => t.response === 'stop');
  if (stop) {
    return { ...base, state: finalLetterSent(history, stop) ? 'final-letter-sent' : 'do-not-contact' };
  }
  const response = lastResponse(history);
  const pausedUntil = response && pauseEnd(response, settings);
  if (response && pausedUntil !== undefined && pausedUntil > at) {
    return { ...base, state: response.response === 'no' ? 'no-for-now' : 'paused-soft-no', until: iso(pausedUntil) };
  }
  if (streak.some((t) => t.kind === 'take-away')) return { ...base, state: 'ball-in-their-court' };
  const conversation = lastWhere(history, isConversation);
  if (conversation?.agreedNextAt && Date.parse(conversation.agreedNextAt) > at) {
    return { ...base, state: 'waiting-agreed-date', until: conversation.agreedNextAt };
  }
  return { ...base, state: 'open' };
}
