import {
  finalLetterSent,
  historyUntil,
  isConversation,
  lastResponse,
  lastWhere,
  pauseEnd,
  unansweredStreak,
  type LoggedTouch,
} from './history';
import type { PolicySettings } from './rules';

export const CONTACT_STATES = [
  'open',
  'waiting-agreed-date',
  'paused-soft-no',
  'no-for-now',
  'ball-in-their-court',
  'do-not-contact',
  'final-letter-sent',
] as const;
export type ContactStateName = (typeof CONTACT_STATES)[number];

export interface ContactState {
  state: ContactStateName;
  /** When the state ends by itself; absent when it waits for them (or never ends). */
  until?: string;
  unansweredStreak: number;
}

export type DueReason = 'agreed-date' | 'soft-no' | 'no-for-now';

/**
 * Everything a contact log says about the times ahead, read once: which pauses run until when,
 * and when the follow-up falls due. It holds no clock, so it can be kept with the person and
 * read at any later moment (`stateAt`) — which is how the today queue stays fast.
 */
export interface Outlook {
  stop: 'do-not-contact' | 'final-letter-sent' | null;
  pauseKind: 'soft-no' | 'no' | null;
  pauseUntil: string | null;
  /** The pause's length came from the settings (no date of theirs), so a settings change moves it. */
  pauseByDefault: boolean;
  ballInTheirCourt: boolean;
  agreedUntil: string | null;
  /**
   * When the wait they asked for ends and the follow-up is due; null once it has been made, or when none is pending.
   */
  dueAt: string | null;
  dueReason: DueReason | null;
  unansweredStreak: number;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** The outlook of a history sorted oldest first (see `historyUntil`). */
export function outlookOf(history: readonly LoggedTouch[], settings: PolicySettings): Outlook {
  const outlook: Outlook = {
    stop: null,
    pauseKind: null,
    pauseUntil: null,
    pauseByDefault: false,
    ballInTheirCourt: false,
    agreedUntil: null,
    dueAt: null,
    dueReason: null,
    unansweredStreak: 0,
  };
  const streak = unansweredStreak(history);
  outlook.unansweredStreak = streak.length;
  const stop = lastWhere(history, (t) => t.response === 'stop');
  if (stop) {
    outlook.stop = finalLetterSent(history, stop) ? 'final-letter-sent' : 'do-not-contact';
    return outlook;
  }
  const response = lastResponse(history);
  const pausedUntil = response && pauseEnd(response, settings);
  if (response && pausedUntil !== undefined) {
    outlook.pauseKind = response.response === 'no' ? 'no' : 'soft-no';
    outlook.pauseUntil = iso(pausedUntil);
    outlook.pauseByDefault = response.response === 'no' || !response.agreedNextAt;
  }
  outlook.ballInTheirCourt = streak.some((t) => t.kind === 'take-away');
  const conversation = lastWhere(history, isConversation);
  outlook.agreedUntil = conversation?.agreedNextAt ?? null;

  // The wait they set is over when it ends, unless we have already followed up since they set it.
  const setBy = Math.max(
    response && outlook.pauseUntil ? history.lastIndexOf(response) : -1,
    conversation && outlook.agreedUntil ? history.lastIndexOf(conversation) : -1,
  );
  const followedUp = setBy >= 0 && history.slice(setBy + 1).some((t) => t.direction === 'out' && t.kind !== 'reply');
  if (setBy >= 0 && !followedUp && !outlook.ballInTheirCourt) {
    const pause = outlook.pauseUntil ? Date.parse(outlook.pauseUntil) : -Infinity;
    const agreed = outlook.agreedUntil ? Date.parse(outlook.agreedUntil) : -Infinity;
    // A "not now" that named its date is still a "not now": the pause gives the reason.
    if (agreed > pause) {
      outlook.dueAt = iso(agreed);
      outlook.dueReason = 'agreed-date';
    } else {
      outlook.dueAt = iso(pause);
      outlook.dueReason = outlook.pauseKind === 'no' ? 'no-for-now' : 'soft-no';
    }
  }
  return outlook;
}

/** Where things stand at `now`, from an outlook read at or before it. */
export function stateAt(outlook: Outlook, now: Date): ContactState {
  const at = now.getTime();
  const base = { unansweredStreak: outlook.unansweredStreak };
  if (outlook.stop) return { ...base, state: outlook.stop };
  if (outlook.pauseUntil && Date.parse(outlook.pauseUntil) > at) {
    return { ...base, state: outlook.pauseKind === 'no' ? 'no-for-now' : 'paused-soft-no', until: outlook.pauseUntil };
  }
  if (outlook.ballInTheirCourt) return { ...base, state: 'ball-in-their-court' };
  if (outlook.agreedUntil && Date.parse(outlook.agreedUntil) > at)
    return { ...base, state: 'waiting-agreed-date', until: outlook.agreedUntil };
  return { ...base, state: 'open' };
}

/** Where things stand with a person at `now`, from their contact log alone. */
export function contactState(all: readonly LoggedTouch[], settings: PolicySettings, now: Date): ContactState {
  return stateAt(outlookOf(historyUntil(all, now.getTime()), settings), now);
}
