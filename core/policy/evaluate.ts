import type { TouchChannel, TouchKind } from '../model';
import { addBusinessDays, formatLocal, fromLocal, localDayKey, localTime, startOfLocalDay } from '../zoned';
import { DAY_MS, finalLetterSent, isConversation, lastResponse, lastWhere, pauseEnd, prefixUntil, REPLY_WINDOW_MS, sortTouches, time, unansweredStreak, type LoggedTouch } from './history';
import type { PolicySettings, RuleId } from './rules';

export interface Intent {
  channel: TouchChannel;
  kind: TouchKind;
  at: Date;
}

export interface Recipient {
  timezone: string;
  /** For a client contact: the end of the latest interview whose feedback they still owe. */
  feedbackSince?: string;
}

export interface Reason {
  rule: RuleId;
  severity: 'block' | 'warn';
  message: string;
  /** When this rule stops blocking; absent when only they can lift it. */
  until?: string;
}

export interface Verdict {
  verdict: 'allowed' | 'warn' | 'blocked';
  reasons: Reason[];
  nextAllowedAt?: string;
  requiredKind?: TouchKind;
}

const VOICE_AND_TEXT: readonly TouchChannel[] = ['phone', 'sms', 'im'];

interface Situation {
  history: LoggedTouch[];
  feedbackSince: number | undefined;
  zone: string;
  settings: PolicySettings;
  intent: Intent;
  at: number;
  outbound: LoggedTouch[];
}

const theirTime = (at: number, zone: string) => `${formatLocal(new Date(at), zone)} their time`;
const block = (rule: RuleId, message: string, until?: number): Reason => ({ rule, severity: 'block', message, ...(until !== undefined ? { until: new Date(until).toISOString() } : {}) });
const warn = (rule: RuleId, message: string): Reason => ({ rule, severity: 'warn', message });

/** "Stop contacting me" ends every outbound, but for one handwritten thank-you letter. */
function doNotContact(s: Situation): Reason | null | 'letter-allowed' {
  const stop = lastWhere(s.history, (t) => t.response === 'stop');
  if (!stop) return null;
  const letterSent = finalLetterSent(s.history, stop);
  const isLetter = s.intent.kind === 'thank-you-letter' && s.intent.channel === 'letter';
  if (isLetter && !letterSent) return 'letter-allowed';
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
  const { quietStartHour: start, quietEndHour: end } = s.settings;
  if (local.hour >= start && local.hour < end) return null;
  const day = local.hour >= end ? startOfLocalDay(new Date(s.at), s.zone, 1) : new Date(s.at);
  const l = localTime(day, s.zone);
  const until = fromLocal(s.zone, l.year, l.month, l.day, start).getTime();
  return block('quiet-hours', `It is ${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')} where they are. Calls and messages wait until ${theirTime(until, s.zone)}.`, until);
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
  const until = startOfLocalDay(new Date(s.at), s.zone, 1).getTime();
  return block('one-per-day', `You already contacted them today (their calendar). Next contact from ${theirTime(until, s.zone)}.`, until);
}

function minGap(s: Situation): Reason | null {
  const last = s.outbound.at(-1);
  if (!last || unansweredStreak(s.history).at(-1) !== last) return null;
  const until = addBusinessDays(new Date(time(last)), s.zone, s.settings.minGapBusinessDays).getTime();
  if (s.at >= until) return null;
  return block('min-gap', `Your last contact is unanswered. Give them ${s.settings.minGapBusinessDays} business days: next contact from ${theirTime(until, s.zone)}.`, until);
}

function rollingCap(s: Situation, rule: 'weekly-cap' | 'monthly-cap', days: number, cap: number): Reason | null {
  const windowStart = s.at - days * DAY_MS;
  const inWindow = outboundSince(s, windowStart);
  if (inWindow.length < cap) return null;
  // The window must lose enough touches to leave room for one more.
  const until = time(inWindow[inWindow.length - cap]!) + days * DAY_MS;
  return block(rule, `${inWindow.length} contacts in the last ${days} days is the limit of ${cap}. Next contact from ${theirTime(until, s.zone)}.`, until);
}

function afterConversation(s: Situation): Reason | null {
  const last = lastWhere(s.history, isConversation);
  // A "not now" or a "no" sets its own, longer pause; naming it twice would only confuse.
  if (!last || last.response === 'soft-no' || last.response === 'no') return null;
  if (last.agreedNextAt) {
    const agreed = Date.parse(last.agreedNextAt);
    if (s.at >= agreed) return null;
    return block('agreed-date', `You agreed to follow up on ${theirTime(agreed, s.zone)}. Not before.`, agreed);
  }
  const until = time(last) + s.settings.afterConversationDays * DAY_MS;
  if (s.at >= until) return null;
  return block('after-conversation', `You spoke on ${formatLocal(new Date(time(last)), s.zone)}. Give them ${s.settings.afterConversationDays} days: next contact from ${theirTime(until, s.zone)}, unless they agree an earlier date.`, until);
}

function pauses(s: Situation): Reason | null {
  const response = lastResponse(s.history);
  if (!response) return null;
  const until = pauseEnd(response, s.settings);
  if (until === undefined || s.at >= until) return null;
  if (response.response === 'soft-no') {
    const wait = response.agreedNextAt ? `They named ${theirTime(until, s.zone)}: wait until then.` : `Without a date from them, wait until ${theirTime(until, s.zone)}.`;
    return block('soft-no', `Their "not now" is a no for now. ${wait}`, until);
  }
  return block('no-for-now', `They said no. Respect it: no contact until ${theirTime(until, s.zone)}.`, until);
}

function takeAway(s: Situation): Reason | null {
  const streak = unansweredStreak(s.history);
  if (streak.some((t) => t.kind === 'take-away')) {
    return block('ball-in-their-court', 'Your take-away is unanswered: the ball is in their court. Wait until they reach out.');
  }
  if (streak.length >= s.settings.takeAwayAfter && s.intent.kind !== 'take-away') {
    return block('take-away', `${streak.length} follow-ups in a row are unanswered. The next contact must be the take-away: ask whether to close their file, yes or no.`);
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
  return block('client-feedback', `You have asked for feedback on the interview ${asked} times without an answer. Wait for them to reply.`);
}

function warnings(s: Situation, answeringThem: boolean): Reason[] {
  const reasons: Reason[] = [];
  const n = s.settings.valueFirstCount;
  const recent = s.outbound.slice(-n);
  // Answering them is not chasing them: the value rule is about unprompted contact.
  if (!answeringThem && s.intent.kind !== 'value-add' && recent.length >= n && recent.every((t) => t.kind !== 'value-add')) {
    reasons.push(warn('value-first', `Your last ${n} contacts carried nothing for them. Bring something of value: news, an introduction, a resource.`));
  }
  const m = s.settings.sameChannelCount;
  const streak = unansweredStreak(s.history).slice(-m);
  if (streak.length >= m && streak.every((t) => t.channel === s.intent.channel)) {
    reasons.push(warn('same-channel', `${m} ${s.intent.channel} contacts in a row are unanswered. Switch channel or ask someone to introduce you.`));
  }
  return reasons;
}

/** Every reason that applies to this contact at this moment; no search for a later time. `sorted` is in compareTouches order. */
function reasonsAt(sorted: readonly LoggedTouch[], recipient: Recipient, settings: PolicySettings, intent: Intent): Reason[] {
  const at = intent.at.getTime();
  const history = prefixUntil(sorted, at);
  const s: Situation = {
    history,
    feedbackSince: recipient.feedbackSince ? Date.parse(recipient.feedbackSince) : undefined,
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
  const answeringThem = intent.kind === 'reply' && lastInbound !== undefined && at - time(lastInbound) <= REPLY_WINDOW_MS;
  // The prep call and the debrief call are part of an interview they agreed to: no cadence applies, their pauses still do.
  const interviewCall = intent.kind === 'prep-call' || intent.kind === 'debrief-call';
  if (!answeringThem) {
    const rules = interviewCall ? [pauses] : [onePerDay, minGap, afterConversation, pauses, takeAway, clientFeedback];
    for (const rule of rules) {
      const reason = rule(s);
      if (reason) reasons.push(reason);
    }
    if (!interviewCall) {
      for (const cap of [rollingCap(s, 'weekly-cap', 7, settings.weeklyCap), rollingCap(s, 'monthly-cap', 30, settings.monthlyCap)]) if (cap) reasons.push(cap);
    }
  }
  return [...reasons, ...warnings(s, answeringThem)];
}

/**
 * Whether contacting this person through `intent` is allowed, judged against what was logged before
 * `intent.at`. Blocked answers name every rule, and `nextAllowedAt` is the earliest moment every
 * hard rule allows (with `requiredKind` when only a take-away may come next).
 */
export function checkContact(history: readonly LoggedTouch[], recipient: Recipient, settings: PolicySettings, intent: Intent): Verdict {
  const sorted = sortTouches(history);
  const reasons = reasonsAt(sorted, recipient, settings, intent);
  const blocks = reasons.filter((r) => r.severity === 'block');
  if (blocks.length === 0) return { verdict: reasons.length ? 'warn' : 'allowed', reasons };

  const requiredKind: TouchKind | undefined = blocks.some((r) => r.rule === 'take-away') ? 'take-away' : undefined;
  let probe: Intent = { ...intent, kind: requiredKind ?? intent.kind };
  let nextAllowedAt: string | undefined;
  // Each step jumps to when the latest blocking rule lifts; a handful of steps settles it.
  for (let step = 0; step < 16; step++) {
    const pending = reasonsAt(sorted, recipient, settings, probe).filter((r) => r.severity === 'block');
    if (pending.length === 0) {
      nextAllowedAt = probe.at.toISOString();
      break;
    }
    if (pending.some((r) => r.until === undefined)) break;
    const latest = Math.max(...pending.map((r) => Date.parse(r.until!)));
    probe = { ...probe, at: new Date(Math.max(latest, probe.at.getTime() + 1)) };
  }
  return { verdict: 'blocked', reasons, ...(nextAllowedAt ? { nextAllowedAt } : {}), ...(requiredKind ? { requiredKind } : {}) };
}

/** A conversation should end with an agreed next date, not a guess: the warning when the log has none. */
export function askPermission(touch: LoggedTouch): Reason | null {
  if (!isConversation(touch) || touch.agreedNextAt || touch.response === 'stop' || touch.response === 'no') return null;
  return warn('ask-permission', 'You spoke without agreeing when to follow up. Ask "May I follow up on …?" and log the date they agree to.');
}
