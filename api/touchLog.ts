// Logging a contact, as a plain function: the touches.log handler and the debrief's call record both use it.
import { askPermission, checkContact, describeVerdict, type Recipient, type Verdict } from '../core/policy';
import type { Reader } from '../core/dates';
import { dayMonthFor } from '../core/dateOrder';
import { classifyReply, type ReadOptions } from '../core/signals';
import { getApplication } from '../db/applications';
import { bookedInterviews, pendingFeedbackSince } from '../db/interviews';
import { getPerson } from '../db/people';
import { readDateOrder, readPolicy } from '../db/settings';
import { loggedHistory, refreshOutlook } from '../db/outlook';
import { logTouch } from '../db/touches';
import { submittalFeedbackSince } from '../db/submittals';
import type { Person } from '../core/model';
import type { Output, ParsedInput } from './contract';
import { isoNow, localeOf, type Context } from './context';
import { AppError, invalidField } from './errors';

const toUtc = (iso: string) => new Date(iso).toISOString();

/** How a reply is read: in the writer's zone, with numeric dates in the order the recruiter chose. */
export function readingOptions(ctx: Context, timezone: string): ReadOptions {
  const dayMonth = dayMonthFor(readDateOrder(ctx.db));
  return dayMonth === undefined ? { timezone } : { timezone, dayMonth };
}

/**
 * Whom a contact goes to, as the rules see them. Without a time zone on file the rules read the
 * clock in UTC (the person page asks for one); a client contact owes feedback on any interview
 * they took part in that has ended and whose feedback is not in yet; a candidate's booked
 * interviews are their yes to the prep and debrief calls.
 */
export function recipientOf(ctx: Context, personId: string): { person: Person; recipient: Recipient } {
  const person = getPerson(ctx.db, personId);
  if (!person) throw invalidField(['personId'], 'That person no longer exists. Choose another one.');
  const recipient: Recipient = { timezone: person.timezone ?? 'UTC' };
  if (person.kind === 'contact') {
    // An interview's feedback or a shortlist's answers: chasing counts from the latest thing they owe.
    const owed = [pendingFeedbackSince(ctx.db, person.id, ctx.now()), submittalFeedbackSince(ctx.db, person.id)];
    const feedbackSince = owed
      .filter((at): at is string => at !== undefined)
      .sort()
      .at(-1);
    if (feedbackSince) recipient.feedbackSince = feedbackSince;
  } else {
    recipient.interviews = bookedInterviews(ctx.db, person.id);
  }
  return { person, recipient };
}

/** A contact may be logged a little ahead of the clock (a slow click, a clock a minute off), never later than this. */
const FUTURE_SLACK_MS = 5 * 60_000;

/** "3 days", "5 hours", "20 minutes": how far ahead a time is, in the largest whole unit. */
function howFarAhead(ms: number): string {
  const units = [
    ['day', 86_400_000],
    ['hour', 3_600_000],
    ['minute', 60_000],
  ] as const;
  for (const [unit, size] of units) {
    const n = Math.floor(ms / size);
    if (n >= 1) return `${n} ${unit}${n === 1 ? '' : 's'}`;
  }
  return 'a moment';
}

/** A contact is logged once it has happened: one dated ahead of the clock is a mistake in the date. */
export function refuseFuture(ctx: Context, at: string): void {
  const ahead = Date.parse(at) - ctx.now().getTime();
  if (ahead <= FUTURE_SLACK_MS) return;
  throw invalidField(
    ['at'],
    `That contact is dated in the future: ${howFarAhead(ahead)} from now. Log a contact once it has happened, ` +
      'and check the date and time you entered.',
  );
}

/** The policy-blocked error touches.log answers with: the rules' reasons, and when and as what a contact may go. */
export function blockedError(verdict: Verdict, zone: string, reader: Reader): AppError {
  return new AppError('policy-blocked', describeVerdict(verdict, zone, reader), {
    reasons: verdict.reasons,
    ...(verdict.nextAllowedAt ? { nextAllowedAt: verdict.nextAllowedAt } : {}),
    ...(verdict.requiredKind ? { requiredKind: verdict.requiredKind } : {}),
  });
}

/**
 * Logs one contact: inbound always, outbound when the rules allow it or with the recruiter's
 * reason; then brings the person's outlook up to date. Call inside a transaction.
 */
export function recordTouch(ctx: Context, input: ParsedInput<'touches.log'> & { at: string }): Output<'touches.log'> {
  const { person, recipient } = recipientOf(ctx, input.personId);
  if (input.applicationId && !getApplication(ctx.db, input.applicationId)) {
    throw invalidField(['applicationId'], 'That application no longer exists.');
  }
  const at = toUtc(input.at);
  // What they said decides the pause: given, or read from their words, whose date becomes the agreed one.
  // Their words are read in their own zone: "call me Thursday at 3pm" is 3pm where they are.
  const readsReply = input.direction === 'in' && !input.response && input.summary;
  const signal = readsReply
    ? classifyReply(input.summary!, new Date(at), readingOptions(ctx, person.timezone ?? 'UTC'))
    : undefined;
  const response = input.response ?? signal?.class ?? (input.direction === 'in' ? 'neutral' : null);
  const agreedNextAt = input.agreedNextAt ? toUtc(input.agreedNextAt) : (signal?.until ?? null);
  let overrideReason: string | null = null;
  let overrideRules: string | null = null;
  const history = loggedHistory(ctx.db, person.id);
  const policy = readPolicy(ctx.db);
  // Inbound is always the truth and always logged; outbound passes the rules or says why not.
  if (input.direction === 'out') {
    const locale = localeOf(ctx);
    const verdict = checkContact(history, recipient, policy, {
      channel: input.channel,
      kind: input.kind,
      at: new Date(at),
      locale,
    });
    if (verdict.verdict === 'blocked') {
      if (!input.override) throw blockedError(verdict, recipient.timezone, { locale, now: at });
      overrideReason = input.override.reason;
      overrideRules = JSON.stringify(verdict.reasons.filter((r) => r.severity === 'block').map((r) => r.rule));
    }
  }
  const touch = logTouch(
    ctx.db,
    {
      personId: person.id,
      applicationId: input.applicationId ?? null,
      at,
      channel: input.channel,
      direction: input.direction,
      kind: input.kind,
      outcome: input.outcome,
      response,
      readAs: input.direction === 'in' ? (input.readAs ?? signal?.class ?? null) : null,
      agreedNextAt,
      summary: input.summary ?? null,
      overrideReason,
      overrideRules,
    },
    isoNow(ctx),
  );
  refreshOutlook(ctx.db, person.id, policy, [...history, touch]);
  const ask = askPermission(touch);
  return { ...touch, warnings: ask ? [ask] : [] };
}
