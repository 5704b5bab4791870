import { DEFAULT_LOCALE, formatDayTime, formatTime } from '../dates';
import type { TouchChannel, TouchKind } from '../model';
import { addBusinessDays, fromLocal, localDayKey, localTime, startOfLocalDay } from '../zoned';
import { agreedTime, interviewCallSpans, sentSince, type BookedInterview } from './exemptions';
import {
  DAY_MS,
  finalLetterSent,
  isConversation,
  lastResponse,
  lastWhere,
  pauseEnd,
  prefixUntil,
  REPLY_WINDOW_MS,
  sortTouches,
  time,
  unansweredStreak,
  type LoggedTouch,
} from './history';
import type { PolicySettings, RuleId } from './rules';

export interface Intent {
  channel: TouchChannel;
  kind: TouchKind;
  at: Date;
  /** The recruiter's locale, for the dates in the reasons' words; 'en-US' when not given. */
  locale?: string;
}

export interface Recipient {
  timezone: string;
  /** For a client contact: the end of the latest interview whose feedback they still owe. */
  feedbackSince?: string;
  /** For a candidate: their interviews, cancelled ones too (a check may look at the past). */
  interviews?: readonly BookedInterview[];
}

export interface Reason {
  rule: RuleId;
  severity: 'block' | 'warn';
  message: string;
  /** The earliest time this rule allows, moved out of their quiet hours; absent when only they can lift it. */
  until?: string;
}

export interface Verdict {
  verdict: 'allowed' | 'warn' | 'blocked';
  reasons: Reason[];
  /** The earliest moment no hard rule blocks, outside their quiet hours. */
  nextAllowedAt?: string;
  requiredKind?: TouchKind;
}

const VOICE_AND_TEXT: readonly TouchChannel[] = ['phone', 'sms', 'im'];

interface Situation {
  history: LoggedTouch[];
  feedbackSince: number | undefined;
  interviews: readonly BookedInterview[];
  zone: string;
  settings: PolicySettings;
  intent: Intent;
  at: number;
  outbound: LoggedTouch[];
}

/**
 * `at` itself when it falls in their waking hours, else the next start of them in their zone
 * (08:00 by default). No time Politely suggests falls in their night, whatever the channel.
 */
export function wakingTime(at: number, zone: string, settings: PolicySettings): number {
  const local = localTime(new Date(at), zone);
  if (local.hour >= settings.quietStartHour && local.hour < settings.quietEndHour) return at;
  const dayAfter = local.hour >= settings.quietEndHour ? 1 : 0;
  const day = new Date(Date.UTC(local.year, local.month - 1, local.day + dayAfter));
  const start = fromLocal(zone, day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), settings.quietStartHour);
  return Math.max(start.getTime(), at);
}

/** A moment on their clock, in the recruiter's locale; the year shows only when it is not the year being judged. */
const dayTime = (at: number, s: Situation) =>
  formatDayTime(at, s.at, { locale: s.intent.locale ?? DEFAULT_LOCALE, timeZone: s.zone });
const theirTime = (at: number, s: Situation) => `${dayTime(at, s)} their time`;
const block = (rule: RuleId, message: string, until?: number): Reason => ({
  rule,
  severity: 'block',
  message,
  ...(until !== undefined ? { until: new Date(until).toISOString() } : {}),
});
const warn = (rule: RuleId, message: string): Reason => ({ rule, severity: 'warn', message });
/** When a rule lifts, as Politely suggests it: never in their night. */
const suggest = (s: Situation, at: number) => wakingTime(at, s.zone, s.settings);

/** The one contact a "stop" still allows: a handwritten thank-you letter. */
const isFinalLetter = (intent: Pick<Intent, 'channel' | 'kind'>) =>
  intent.kind === 'thank-you-letter' && intent.channel === 'letter';

/**
 * Whether, once they have said "stop", that alone decides a check of this contact: for anything but the thank-you
 * letter, the last "stop" and the first letter after it are the whole of the history the check reads.
 */
export const stopDecides = (intent: Pick<Intent, 'channel' | 'kind'>): boolean => !isFinalLetter(intent);

/** "Stop contacting me" ends every outbound, but for one handwritten thank-you letter. */
function doNotContact(s: Situation): Reason | null | 'letter-allowed' {
  const stop = lastWhere(s.history, (t) => t.response === 'stop');
  if (!stop) return null;
  const letterSent = finalLetterSent(s.history, stop);
  if (isFinalLetter(s.intent) && !letterSent) return 'letter-allowed';
  return block(
    'do-not-contact',
    letterSent
      ? 'They asked not to be contacted, and your final thank-you letter has been sent. Do not contact them again.'
      : 'They asked not to be contacted. The one thing still allowed is a handwritten thank-you letter.',
  );
}

function quietHours(s: Situation): Reason | null {
  if (!VOICE_AND_TEXT.includes(s.intent.channel)) return null;
  const local = localTime(new Date(s.at), s.zone);
  if (local.hour >= s.settings.quietStartHour && local.hour < s.settings.quietEndHour) return null;
  const until = suggest(s, s.at);
  const now = formatTime(s.at, { locale: s.intent.locale ?? DEFAULT_LOCALE, timeZone: s.zone });
  const wait = `Calls and messages wait until ${theirTime(until, s)}.`;
  return block('quiet-hours', `It is ${now} where they are. ${wait}`, until);
}

/** The outbound touches after `since`, oldest first: a walk back from the newest, so a long history costs nothing. */
function outboundSince(s: Situation, since: number): LoggedTouch[] {
  const recent: LoggedTouch[] = [];
  for (let i = s.outbound.length - 1; i >= 0 && time(s.outbound[i]!) > since; i--) recent.push(s.outbound[i]!);
  return recent.reverse();
}

function onePerDay(s: Situation): Reason | null {
  const today = localDayKey(new Date(s.at), s.zone);
  // Only touches from the last 26 hours can share a calendar day (a DST day lasts 25).
  const recent = outboundSince(s, s.at - 26 * 3_600_000);
  const count = recent.filter((t) => localDayKey(new Date(time(t)), s.zone) === today).length;
  if (count < s.settings.perDay) return null;
  const until = suggest(s, startOfLocalDay(new Date(s.at), s.zone, 1).getTime());
  const next = `Next contact from ${theirTime(until, s)}.`;
  return block('one-per-day', `You already contacted them today (their calendar). ${next}`, until);
}

function minGap(s: Situation): Reason | null {
  const last = s.outbound.at(-1);
  if (!last || unansweredStreak(s.history).at(-1) !== last) return null;
  const lifts = addBusinessDays(new Date(time(last)), s.zone, s.settings.minGapBusinessDays).getTime();
  if (s.at >= lifts) return null;
  const until = suggest(s, lifts);
  const days = s.settings.minGapBusinessDays;
  const wait = `Give them ${days} business days: next contact from ${theirTime(until, s)}.`;
  return block('min-gap', `Your last contact is unanswered. ${wait}`, until);
}

function rollingCap(s: Situation, rule: 'weekly-cap' | 'monthly-cap', days: number, cap: number): Reason | null {
  const inWindow = outboundSince(s, s.at - days * DAY_MS);
  if (inWindow.length < cap) return null;
  // Contact at the time they agreed to is theirs, not ours: the first one then goes beyond the limits.
  const agreed = agreedTime(s.history);
  if (agreed !== undefined && s.at >= agreed && !sentSince(s.outbound, agreed)) return null;
  // The window must lose enough touches to leave room for one more, unless their agreed time comes first.
  let lifts = time(inWindow[inWindow.length - cap]!) + days * DAY_MS;
  if (agreed !== undefined && agreed > s.at) lifts = Math.min(lifts, agreed);
  const until = suggest(s, lifts);
  const count = `${inWindow.length} contacts in the last ${days} days is the limit of ${cap}.`;
  return block(rule, `${count} Next contact from ${theirTime(until, s)}.`, until);
}

function afterConversation(s: Situation): Reason | null {
  const last = lastWhere(s.history, isConversation);
  // A "not now" or a "no" sets its own, longer pause; naming it twice would only confuse.
  if (!last || last.response === 'soft-no' || last.response === 'no') return null;
  if (last.agreedNextAt) {
    const agreed = Date.parse(last.agreedNextAt);
    if (s.at >= agreed) return null;
    const until = suggest(s, agreed);
    return block('agreed-date', `You agreed to follow up on ${theirTime(agreed, s)}. Not before.`, until);
  }
  const lifts = time(last) + s.settings.afterConversationDays * DAY_MS;
  if (s.at >= lifts) return null;
  const until = suggest(s, lifts);
  const days = s.settings.afterConversationDays;
  return block(
    'after-conversation',
    `You spoke on ${dayTime(time(last), s)}. Give them ${days} days: next contact from ` +
      `${theirTime(until, s)}, unless they agree an earlier date.`,
    until,
  );
}

function pauses(s: Situation): Reason | null {
  const response = lastResponse(s.history);
  if (!response) return null;
  let lifts = pauseEnd(response, s.settings);
  if (lifts === undefined || s.at >= lifts) return null;
  if (response.response === 'soft-no') {
    // Booking an interview after their "not now" is their yes to the calls that go with it.
    const kind = s.intent.kind;
    if (kind === 'prep-call' || kind === 'debrief-call') {
      const spans = interviewCallSpans(s.interviews, kind, time(response));
      if (spans.some((span) => s.at >= span.from && s.at < span.to)) return null;
      for (const span of spans) if (span.from > s.at) lifts = Math.min(lifts, span.from);
    }
    const until = suggest(s, lifts);
    const named = response.agreedNextAt ? Date.parse(response.agreedNextAt) : undefined;
    const next = theirTime(until, s);
    let wait = `Without a date from them, wait until ${next}.`;
    if (named === until) wait = `They named ${next}: wait until then.`;
    else if (named !== undefined) wait = `They named ${theirTime(named, s)}. Next contact from ${next}.`;
    return block('soft-no', `Their "not now" is a no for now. ${wait}`, until);
  }
  const until = suggest(s, lifts);
  return block('no-for-now', `They said no. Respect it: no contact until ${theirTime(until, s)}.`, until);
}

function takeAway(s: Situation): Reason | null {
  const streak = unansweredStreak(s.history);
  if (streak.some((t) => t.kind === 'take-away')) {
    return block(
      'ball-in-their-court',
      'Your take-away is unanswered: the ball is in their court. Wait until they reach out.',
    );
  }
  // The opening message is not a follow-up: the take-away comes after it and the follow-ups.
  const followUps = streak.filter((t) => t.kind !== 'first-contact').length;
  if (followUps >= s.settings.takeAwayAfter && s.intent.kind !== 'take-away') {
    return block(
      'take-away',
      `${followUps} follow-ups in a row are unanswered. The next contact must be the take-away: ` +
        'ask whether to close their file, yes or no.',
    );
  }
  return null;
}

/** After an interview, ask the client for feedback at most a few times before they answer. */
function clientFeedback(s: Situation): Reason | null {
  if (s.feedbackSince === undefined) return null;
  let asked = 0;
  for (let i = s.history.length - 1; i >= 0 && time(s.history[i]!) > s.feedbackSince; i--) {
    const touch = s.history[i]!;
    if (isConversation(touch)) return null;
    if (touch.direction === 'out') asked++;
  }
  if (asked < s.settings.clientFeedbackMax) return null;
  return block(
    'client-feedback',
    `You have asked for feedback on the interview ${asked} times without an answer. Wait for them to reply.`,
  );
}

function warnings(s: Situation, answeringThem: boolean): Reason[] {
  const reasons: Reason[] = [];
  const n = s.settings.valueFirstCount;
  const recent = s.outbound.slice(-n);
  // Answering them is not chasing them: the value rule is about unprompted contact.
  const noValue = recent.length >= n && recent.every((t) => t.kind !== 'value-add');
  if (!answeringThem && s.intent.kind !== 'value-add' && noValue) {
    const bring = 'Bring something of value: news, an introduction, a resource.';
    reasons.push(warn('value-first', `Your last ${n} contacts carried nothing for them. ${bring}`));
  }
  const m = s.settings.sameChannelCount;
  const streak = unansweredStreak(s.history).slice(-m);
  if (streak.length >= m && streak.every((t) => t.channel === s.intent.channel)) {
    const unanswered = `${m} ${s.intent.channel} contacts in a row are unanswered.`;
    reasons.push(warn('same-channel', `${unanswered} Switch channel or ask someone to introduce you.`));
  }
  return reasons;
}

/**
 * Every reason that applies to this contact at this moment; no search for a later time.
 * `sorted` is in compareTouches order.
 */
function reasonsAt(
  sorted: readonly LoggedTouch[],
  recipient: Recipient,
  settings: PolicySettings,
  intent: Intent,
): Reason[] {
  const at = intent.at.getTime();
  const history = prefixUntil(sorted, at);
  const s: Situation = {
    history,
    feedbackSince: recipient.feedbackSince ? Date.parse(recipient.feedbackSince) : undefined,
    interviews: recipient.interviews ?? [],
    zone: recipient.timezone,
    settings,
    intent,
    at,
    outbound: history.filter((t) => t.direction === 'out'),
  };
  const dnc = doNotContact(s);
  if (dnc === 'letter-allowed') return [];
  if (dnc) return [dnc];

  const reasons: Reason[] = [];
  const quiet = quietHours(s);
  if (quiet) reasons.push(quiet);
  const lastInbound = lastWhere(history, (t) => t.direction === 'in');
  const answeringThem =
    intent.kind === 'reply' && lastInbound !== undefined && at - time(lastInbound) <= REPLY_WINDOW_MS;
  // The prep call and the debrief call are part of an interview they agreed to: no cadence applies,
  // their pauses still do.
  const interviewCall = intent.kind === 'prep-call' || intent.kind === 'debrief-call';
  if (!answeringThem) {
    const rules = interviewCall ? [pauses] : [onePerDay, minGap, afterConversation, pauses, takeAway, clientFeedback];
    for (const rule of rules) {
      const reason = rule(s);
      if (reason) reasons.push(reason);
    }
    if (!interviewCall) {
      const weekly = rollingCap(s, 'weekly-cap', 7, settings.weeklyCap);
      const monthly = rollingCap(s, 'monthly-cap', 30, settings.monthlyCap);
      for (const cap of [weekly, monthly]) if (cap) reasons.push(cap);
    }
  }
  return [...reasons, ...warnings(s, answeringThem)];
}

/** The time of the first contact logged after `at`, if any: from it on, the rules read a longer history. */
function nextTouchAfter(sorted: readonly LoggedTouch[], at: number): number | undefined {
  const later = sorted[prefixUntil(sorted, at).length];
  return later && time(later);
}

/**
 * How many steps the search for the earliest allowed time takes at most. Each passes at least one rule's lift or
 * one logged contact, so it never reads past this many later contacts (db/outlook reads no further).
 */
export const MAX_STEPS = 64;

/**
 * The first moment after `at` with a contact that passes `test`, and how many moments with contacts come after `at`
 * up to and including it (the steps the search would take to reach it one contact at a time).
 */
function nextMomentWith(
  sorted: readonly LoggedTouch[],
  at: number,
  test: (touch: LoggedTouch) => boolean,
): { at: number; moments: number } | undefined {
  let moments = 0;
  let moment = at;
  for (let i = prefixUntil(sorted, at).length; i < sorted.length; i++) {
    const touch = sorted[i]!;
    if (time(touch) !== moment) {
      moment = time(touch);
      moments++;
    }
    if (test(touch)) return { at: moment, moments };
  }
  return undefined;
}

/**
 * The earliest moment from `intent.at` at which no hard rule blocks and which falls outside their
 * quiet hours; undefined when only they can open the way. Every rule keeps blocking until its
 * `until` while the log stands still, so the search jumps to the latest of them, or to the next
 * logged contact if that comes first, and looks again. A rule without an `until` lifts only with a
 * certain kind of contact, so the search goes straight to the next one, counting the contacts it
 * passes as the steps it would have taken one by one: the take-away, the ball in their court and
 * the client's feedback wait for their next conversation; "stop" never lifts, but for the thank-you
 * letter a later "stop" allows one more of.
 * `first` holds the reasons at `intent.at` when they are already known.
 */
function earliestAllowed(
  sorted: readonly LoggedTouch[],
  recipient: Recipient,
  settings: PolicySettings,
  intent: Intent,
  first?: readonly Reason[],
): number | undefined {
  let at = intent.at.getTime();
  for (let step = 0; step < MAX_STEPS; step++) {
    const reasons =
      step === 0 && first ? first : reasonsAt(sorted, recipient, settings, { ...intent, at: new Date(at) });
    const pending = reasons.filter((r) => r.severity === 'block');
    if (pending.some((r) => r.until === undefined)) {
      const stopped = pending.some((r) => r.rule === 'do-not-contact');
      if (stopped && !isFinalLetter(intent)) return undefined;
      const lift = nextMomentWith(sorted, at, stopped ? (t) => t.response === 'stop' : isConversation);
      if (lift === undefined) return undefined;
      // Every moment passed on the way is a step taken; the lifting contact's own is the last of them.
      step += lift.moments - 1;
      at = lift.at;
      continue;
    }
    const touch = nextTouchAfter(sorted, at);
    let next: number;
    if (pending.length === 0) {
      next = wakingTime(at, recipient.timezone, settings);
      if (next === at) return at;
    } else {
      next = Math.max(...pending.map((r) => Date.parse(r.until!)));
    }
    if (touch !== undefined) next = Math.min(next, touch);
    at = Math.max(next, at + 1);
  }
  return undefined;
}

/**
 * Whether contacting this person through `intent` is allowed, judged against what was logged before
 * `intent.at`. Blocked answers name every rule, and `nextAllowedAt` is the earliest moment every
 * hard rule allows, outside their quiet hours (with `requiredKind` when only a take-away may come next).
 *
 * `later`, when given, yields the contacts logged after `intent.at` (and `history` holds none of them): the search
 * for `nextAllowedAt` reads them, so they are asked for only when that search runs.
 */
export function checkContact(
  history: readonly LoggedTouch[],
  recipient: Recipient,
  settings: PolicySettings,
  intent: Intent,
  later?: () => readonly LoggedTouch[],
): Verdict {
  const sorted = sortTouches(history);
  const reasons = reasonsAt(sorted, recipient, settings, intent);
  const blocks = reasons.filter((r) => r.severity === 'block');
  if (blocks.length === 0) return { verdict: reasons.length ? 'warn' : 'allowed', reasons };

  const requiredKind: TouchKind | undefined = blocks.some((r) => r.rule === 'take-away') ? 'take-away' : undefined;
  // "Stop" blocks whatever comes later, but for the thank-you letter: no need to read on.
  const stopped = blocks.some((r) => r.rule === 'do-not-contact') && !isFinalLetter(intent);
  const next = stopped
    ? undefined
    : earliestAllowed(
        later ? sortTouches([...history, ...later()]) : sorted,
        recipient,
        settings,
        { ...intent, kind: requiredKind ?? intent.kind },
        requiredKind ? undefined : reasons,
      );
  return {
    verdict: 'blocked',
    reasons,
    ...(next !== undefined ? { nextAllowedAt: new Date(next).toISOString() } : {}),
    ...(requiredKind ? { requiredKind } : {}),
  };
}

/** A conversation should end with an agreed next date, not a guess: the warning when the log has none. */
export function askPermission(touch: LoggedTouch): Reason | null {
  if (!isConversation(touch) || touch.agreedNextAt || touch.response === 'stop' || touch.response === 'no') return null;
  return warn(
    'ask-permission',
    'You spoke without agreeing when to follow up. Ask "May I follow up on …?" and log the date they agree to.',
  );
}
