import { DEFAULT_LOCALE, formatDayTime, type Reader } from '../core/dates';
import { elapsed, elapsedWords } from '../core/elapsed';
import { PREP_DUE_HOURS } from '../core/interviews';
import { describeDue, describeQuiet, describeWait } from '../core/policy';
import type { Db } from '../db/connection';
import { interviewQueue, type InterviewQueueRow } from '../db/interviews';
import { queueRows, type QueueRow } from '../db/queue';
import { readPolicy } from '../db/settings';
import { feedbackWaiting, type FeedbackWaitRow } from '../db/submittals';
import { guaranteesEndingSoon, offersWaiting } from './offerQueue';
import { tasksDue } from './taskQueue';
import type { QueueItem, QueueType } from './contract';

const DAY_MS = 86_400_000;
/** Prep is due when the interview is this close and its checklist is not complete. */
const PREP_HORIZON_MS = PREP_DUE_HOURS * 3_600_000;

function item(type: QueueType, row: QueueRow, due: string, reason: (zone: string) => string): QueueItem {
  const zone = row.timezone ?? 'UTC';
  return {
    type,
    personId: row.personId,
    personName: row.personName,
    timezone: zone,
    ...(row.applicationId ? { applicationId: row.applicationId } : {}),
    ...(row.positionTitle ? { positionTitle: row.positionTitle } : {}),
    ...(row.companyName ? { companyName: row.companyName } : {}),
    due,
    reason: reason(zone),
  };
}

function interviewItem(
  type: 'debrief-due' | 'prep-due',
  row: InterviewQueueRow,
  due: string,
  reason: string,
): QueueItem {
  return {
    type,
    personId: row.personId,
    personName: row.personName,
    timezone: row.timezone ?? 'UTC',
    applicationId: row.applicationId,
    positionTitle: row.positionTitle,
    companyName: row.companyName,
    interviewId: row.interviewId,
    due,
    reason,
  };
}

/** "3 hours", "2 days": how long a debrief has waited, rounded as Today's "3 hours ago" beside it (core/elapsed). */
const waited = (since: string, now: Date): string => elapsedWords(elapsed(Date.parse(since), now.getTime()));

/** A shortlist the client still owes answers on: the contact to chase, and how long they have kept us waiting. */
function feedbackItem(row: FeedbackWaitRow, now: Date): QueueItem {
  const some = row.waiting === row.sent ? '' : ` ${row.waiting} of`;
  const candidates = row.sent === 1 ? 'the candidate' : `${some} the ${row.sent} candidates`.trim();
  const wait = waited(row.since, now);
  return {
    type: 'feedback-due',
    personId: row.contactId,
    personName: row.contactName,
    timezone: row.timezone ?? 'UTC',
    positionTitle: row.positionTitle,
    companyName: row.companyName,
    submittalId: row.submittalId,
    positionId: row.positionId,
    due: row.since,
    reason: `Waiting ${wait === 'moments' ? 'less than a minute' : wait} for their answer on ${candidates} you sent.`,
  };
}

/**
 * The day's work at `now`, most pressing first: debriefs, follow-ups whose date has come, prep,
 * clients' answers on shortlists, offers waiting for an answer, guarantees ending, people gone quiet, then who we wait for. Today's screen and the reminders both read it.
 * Tasks count as due until the end of the recruiter's day in `zone`. Dates are written in the recruiter's `locale`.
 */
export function todayQueue(db: Db, now: Date, limit: number, zone = 'UTC', locale = DEFAULT_LOCALE): QueueItem[] {
  const policy = readPolicy(db);
  const reader: Reader = { locale, now };
  const params = {
    now: now.toISOString(),
    cutoff: new Date(now.getTime() - policy.staleAfterDays * DAY_MS).toISOString(),
    limit,
  };
  const interviews = { now: params.now, horizon: new Date(now.getTime() + PREP_HORIZON_MS).toISOString(), limit };
  return [
    ...interviewQueue(db, 'debriefDue', interviews).map((r) =>
      interviewItem(
        'debrief-due',
        r,
        r.endsAt,
        `The interview ended ${waited(r.endsAt, now)} ago. Call them now, while it is fresh.`,
      ),
    ),
    ...queueRows(db, 'due', params).map((r) =>
      item('follow-up-due', r, r.at, (zone) => describeDue(r.dueReason!, r.at, zone, reader)),
    ),
    ...interviewQueue(db, 'prepDue', interviews).map((r) =>
      interviewItem(
        'prep-due',
        r,
        r.startsAt,
        `Interview ${formatDayTime(r.startsAt, now, { locale, timeZone: r.timezone ?? 'UTC' })} ${r.timezone ? 'their time' : 'UTC'}; prep ${r.prepDone} of ${r.prepTotal} done.`,
      ),
    ),
    ...feedbackWaiting(db, limit).map((r) => feedbackItem(r, now)),
    ...offersWaiting(db, now, { locale, zone }, limit),
    ...guaranteesEndingSoon(db, now, { locale, zone }, limit),
    ...tasksDue(db, now, zone, locale, limit),
    ...queueRows(db, 'stale', params).map((r) =>
      item('stale', r, new Date(Date.parse(r.at) + policy.staleAfterDays * DAY_MS).toISOString(), () =>
        describeQuiet(r.at, now, r),
      ),
    ),
    ...queueRows(db, 'waiting', params).map((r) =>
      item('waiting', r, r.at, (zone) => describeWait(r.dueReason!, r.at, zone, reader)),
    ),
  ];
}
