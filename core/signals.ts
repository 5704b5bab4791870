import * as chrono from 'chrono-node';
import type { ResponseClass } from './model';

export interface Signal {
  class: ResponseClass;
  /** The date they named, when they named one (follow up on or after it). */
  until?: string;
  /** The words that decided the class. */
  phrase?: string;
}

// Checked in this order: a request to stop outranks a no, a no outranks a "not now", and so on.
const STOP = [
  /\bstop (?:contacting|calling|emailing|e-mailing|messaging|texting|bothering) me\b/,
  /\b(?:don't|do not|never) (?:contact|call|email|e-mail|message|text) me\b/,
  /\b(?:remove|take) me (?:off|from) (?:your|the) (?:list|database|records)\b/,
  /\bleave me alone\b/,
  /\bunsubscribe\b/,
  /\blose my (?:number|email|e-mail|details)\b/,
  /\bstop (?:this|these|it)\b/,
];

const NOT_A_NO = /\b(?:i'm|i am) not saying no\b|\bnot a no\b|\bdidn't say no\b|\bnot (?:a )?no (?:yet|forever)\b/;

const NO = [
  /\b(?:not|no longer|isn't|is not) (?:really |at all )?interested\b/,
  /\bno,? thanks?\b|\bno,? thank you\b/,
  /\b(?:i'm|i am) not (?:looking|considering|open)\b/,
  /\b(?:accepted|took|signed|taken) (?:an|another|a different) (?:offer|job|role|position)\b/,
  /\b(?:i'll|i will|i'm going to|going to) pass\b|\bpass on (?:this|it)\b/,
  /\bnot (?:for me|a fit|the right fit)\b/,
  /\b(?:yes|yep|yeah)?[,.!]?\s*(?:please )?close (?:my|the) file\b/,
  /\b(?:i'm|i am) (?:happy|staying) (?:where i am|put)\b/,
  /\bi (?:must |have to |will )?decline\b/,
  /^no\b(?![- ](?:problem|worries|rush))/,
];

const SOFT_NO = [
  /\b(?:in the middle of|busy with|tied up with|buried in) (?:a|the|this|my|our|some) [\w -]*?(?:project|launch|release|migration|deadline)s?\b/,
  /\bcall me back\b/,
  /\b(?:i'll|i will) (?:call|contact|ring|reach out to|get back to) you when\b/,
  /\bwhen (?:i'm|i am) ready\b/,
  /\bnot (?:a )?(?:good|great|right) time\b|\bbad time\b/,
  /\b(?:too busy|swamped|snowed under|slammed)\b/,
  /\bnot (?:right )?now\b|\bnot at the moment\b|\bnot at this (?:time|point)\b/,
  /\bmaybe (?:later|next|in|another time)\b/,
  /\b(?:check|circle|come) back\b/,
  /\btouch base (?:later|in|next|after)\b/,
  /\b(?:let me|i need to|i'll|i will|i have to) (?:think|sleep on|mull)\b|\bneed (?:some )?time to think\b/,
  /\bget back to you\b/,
];

/** "Try me in March", "ping me next week": a no for now, unless they also said yes. */
const LATER_PLEASE = /\b(?:call|contact|ping|reach|try|email) me (?:back )?(?:in|later|next|after|around|at the end of)\b/;

const ASKS_TO_BE_CONTACTED = /\b(?:follow up|follow-up|call|ring|reach out|email|e-mail|ping|check in|contact|talk|speak|catch up|chat)\b/;
const PERMISSION = [
  /\b(?:yes|yeah|sure|ok|okay|fine|absolutely|of course|please do|go ahead|by all means)\b/,
  /\b(?:you can|you may|feel free to|happy for you to|let's|lets)\b/,
];

const INTERESTED = [
  /\b(?:very |really |quite |definitely )?interested\b/,
  /\bsounds (?:great|good|interesting|promising|exciting)\b/,
  /\btell me more\b/,
  /\b(?:i'd|i would) (?:love|like) to\b/,
  /\bkeen\b/,
  /\bsend (?:me |over )?(?:the |more )?(?:details|info|information|job description|jd|spec)\b/,
  /^(?:yes|yeah|yep|absolutely|definitely)\b/,
  /\bcount me in\b/,
  /\bhappy to (?:chat|talk|speak|meet|interview)\b/,
];

const ORDINAL = /\b(after|on|by|around) the (\d{1,2})(?:st|nd|rd|th)\b/;
const NEXT_QUARTER = /\bnext quarter\b|\bq([1-4]) next year\b/;

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

function firstMatch(text: string, patterns: readonly RegExp[]): string | undefined {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return match[0].trim();
  }
  return undefined;
}

/** The date a reply names, relative to `now`: "in a couple of weeks", "after the 15th", "next quarter", "in March". */
export function extractDate(text: string, now: Date): Date | undefined {
  const lower = normalise(text);
  // "after the 15th" means the 16th; "on the 20th" the 20th: of this month, or the next if it has passed.
  const ordinal = ORDINAL.exec(lower);
  if (ordinal) {
    const day = Number(ordinal[2]) + (ordinal[1] === 'after' ? 1 : 0);
    if (day >= 1 && day <= 32) {
      let candidate = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), day));
      if (candidate.getTime() <= now.getTime()) candidate = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, day));
      return candidate;
    }
  }
  if (NEXT_QUARTER.test(lower)) {
    const quarterStartMonth = Math.floor(now.getUTCMonth() / 3) * 3 + 3;
    return new Date(Date.UTC(now.getUTCFullYear(), quarterStartMonth, 1));
  }
  const found = chrono.parse(text, now, { forwardDate: true }).find((r) => r.start.date().getTime() > now.getTime());
  return found?.start.date();
}

/**
 * What a reply means for follow-up, in English: interest, permission with a date, a polite "not now"
 * (a no for now), a clear no, a request to stop, or nothing in particular.
 */
export function classifyReply(text: string, now: Date): Signal {
  const lower = normalise(text);
  const date = extractDate(text, now);
  const until = date ? { until: date.toISOString() } : {};

  const stop = firstMatch(lower, STOP);
  if (stop) return { class: 'stop', phrase: stop };

  if (!NOT_A_NO.test(lower)) {
    const no = firstMatch(lower, NO);
    if (no) return { class: 'no', phrase: no };
  }

  const soft = firstMatch(lower, SOFT_NO);
  if (soft) return { class: 'soft-no', phrase: soft, ...until };

  const asks = ASKS_TO_BE_CONTACTED.exec(lower);
  const agrees = firstMatch(lower, PERMISSION);
  if (date && asks && agrees) return { class: 'permission', phrase: `${agrees} … ${asks[0]}`, ...until };
  const later = LATER_PLEASE.exec(lower);
  if (later) return { class: 'soft-no', phrase: later[0], ...until };

  const interested = firstMatch(lower, INTERESTED);
  if (interested && !/\buninterested\b/.test(lower)) return { class: 'interested', phrase: interested, ...until };
  // "I'm not saying no" keeps the door open without walking through it.
  const notNo = NOT_A_NO.exec(lower);
  return { class: 'neutral', ...(notNo ? { phrase: notNo[0] } : {}), ...until };
}
