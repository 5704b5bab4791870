import { formatTime } from '../core/dates';
import { fromLocal, localTime, startOfLocalDay } from '../core/zoned';
import { inTransaction } from '../db/connection';
import { interviewQueue } from '../db/interviews';
import { nextGuaranteeNotice } from '../db/offers';
import {
  forgetAnnouncedBefore,
  markAnnounced,
  nextReminderTimes,
  reminderStates,
  saveDismissal,
  saveSnooze,
  type ReminderState as State,
} from '../db/reminders';
import { readPreference, writePreference } from '../db/settings';
import { nextTaskDue } from '../db/tasks';
import { localeOf, type Context } from './context';
import type { QueueItem, Reminder, ReminderSettings } from './contract';
import { todayQueue } from './todayQueue';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** "An interview starts in 2 hours": how far ahead an interview is announced. */
export const INTERVIEW_NOTICE_MS = 2 * HOUR;
/** The most reminders read at once; a long backlog is summed up, not listed. */
const MOST = 200;
/** Kept this long after it was announced, then forgotten (a reminder still due then is announced again). */
const KEEP_STATE_MS = 60 * 24 * HOUR;
const SETTINGS_KEY = 'reminders';
export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = { digestAt: '08:30', hideNames: false };

/** The recruiter's own time zone: the computer's, unless the context says otherwise (tests do). */
export const zoneOf = (ctx: Context): string => ctx.zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;

type StoredSettings = Partial<ReminderSettings>;

/**
 * The settings in force. Names stay out of notifications on a computer with more than one profile, unless this
 * recruiter has said otherwise: a notification shows on screen to whoever is at the laptop.
 */
export function readReminderSettings(ctx: Context): ReminderSettings {
  const stored = readPreference<StoredSettings>(ctx.db, SETTINGS_KEY) ?? {};
  return {
    ...DEFAULT_REMINDER_SETTINGS,
    ...stored,
    hideNames: stored.hideNames ?? ctx.sharedComputer?.() ?? false,
  };
}

/** Saves what was given; a choice not given (hiding names) keeps its earlier value, or its default. */
export function writeReminderSettings(ctx: Context, settings: StoredSettings): ReminderSettings {
  const stored = readPreference<StoredSettings>(ctx.db, SETTINGS_KEY) ?? {};
  const given = Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined));
  writePreference(ctx.db, SETTINGS_KEY, { ...stored, ...given });
  return readReminderSettings(ctx);
}

/** What a notification says when names are kept private: what is due, never whom it is about. */
const WITHOUT_NAMES: Partial<Record<Reminder['kind'], Pick<Reminder, 'title' | 'body'>>> = {
  'follow-up-due': { title: 'A follow-up is due', body: 'Open Politely to see with whom.' },
  'debrief-due': { title: 'A debrief is due', body: 'Open Politely to see whom to call.' },
  'interview-soon': { title: 'An interview starts within two hours', body: 'Open Politely to see whose.' },
  'guarantee-ending': { title: 'A placement’s guarantee ends soon', body: 'Open Politely to see whose.' },
  // A task's title may name someone, so it goes too.
  'task-due': { title: 'A task is due', body: 'Open Politely to see which.' },
};

function fromQueue(item: QueueItem): Reminder {
  const where = [item.positionTitle, item.companyName].filter(Boolean).join(' at ');
  if (item.type === 'debrief-due') {
    return {
      key: `debrief-due:${item.interviewId}`,
      kind: 'debrief-due',
      personId: item.personId,
      title: `Debrief ${item.personName}`,
      body: where ? `${item.reason} (${where})` : item.reason,
      at: item.due,
      target: { screen: 'interviews', id: item.interviewId!, params: { debrief: '1' } },
    };
  }
  if (item.type === 'guarantee-ending') {
    return {
      key: `guarantee-ending:${item.placementId}`,
      kind: 'guarantee-ending',
      personId: item.personId,
      title: `${item.personName}’s guarantee ends soon`,
      body: where ? `${item.reason} (${where})` : item.reason,
      at: item.due,
      target: { screen: 'people', id: item.personId },
    };
  }
  if (item.type === 'task-due') {
    return {
      // A new due time is a new reminder: moving a task announces it again when it falls due.
      key: `task-due:${item.taskId}:${item.due}`,
      kind: 'task-due',
      personId: item.personId,
      title: `Task for ${item.personName}`,
      body: where ? `${item.reason} (${where})` : item.reason,
      at: item.due,
      target: { screen: 'people', id: item.personId },
    };
  }
  return {
    key: `follow-up-due:${item.personId}:${item.due}`,
    kind: 'follow-up-due',
    personId: item.personId,
    title: `Follow up with ${item.personName}`,
    body: item.reason,
    at: item.due,
    target: { screen: 'people', id: item.personId },
  };
}

/** Every reminder that is due at `now`, whatever the recruiter did with it. */
function dueNow(ctx: Context, now: Date): Reminder[] {
  const queue = todayQueue(ctx.db, now, MOST, zoneOf(ctx), localeOf(ctx));
  const fromTheQueue = queue
    .filter((i) => i.type === 'debrief-due' || i.type === 'follow-up-due' || i.type === 'guarantee-ending')
    .map(fromQueue);
  // Today lists a task all day; it is announced at its due time.
  const tasks = queue.filter((i) => i.type === 'task-due' && Date.parse(i.due) <= now.getTime()).map(fromQueue);
  const soon = interviewQueue(ctx.db, 'startingSoon', {
    now: now.toISOString(),
    horizon: new Date(now.getTime() + INTERVIEW_NOTICE_MS).toISOString(),
    limit: MOST,
  });
  const interviews = soon.map((r): Reminder => ({
    key: `interview-soon:${r.interviewId}:${r.startsAt}`,
    kind: 'interview-soon',
    personId: r.personId,
    title: `${r.personName}’s interview starts at ${formatTime(r.startsAt, { locale: localeOf(ctx), timeZone: zoneOf(ctx) })}`,
    body: `${r.positionTitle} at ${r.companyName}. A good moment to check they are ready.`,
    at: new Date(Date.parse(r.startsAt) - INTERVIEW_NOTICE_MS).toISOString(),
    target: { screen: 'interviews', id: r.interviewId },
  }));
  return [...interviews, ...fromTheQueue, ...tasks];
}

function states(ctx: Context): Map<string, State> {
  return new Map(reminderStates(ctx.db).map((r) => [r.key, r]));
}

/** Shown, neither dismissed nor snoozed past `now`. */
const showing = (state: State | undefined, now: string) =>
  !state?.dismissed_at && !(state?.snoozed_until && state.snoozed_until > now);
/** Not announced yet, or snoozed and back since it was. */
const fresh = (state: State | undefined, now: string) =>
  !state?.fired_at ||
  (state.snoozed_until !== null && state.snoozed_until <= now && state.fired_at < state.snoozed_until);

/** What the notification list shows: every reminder due now that is not dismissed or snoozed. */
export function listReminders(ctx: Context): Reminder[] {
  const now = ctx.now().toISOString();
  const known = states(ctx);
  return dueNow(ctx, ctx.now())
    .filter((r) => showing(known.get(r.key), now))
    .map((r) => ({ ...r, fresh: fresh(known.get(r.key), now) }));
}

/** When the digest comes ("HH:MM" on the recruiter's clock) on the day that holds `at`. */
function digestOn(at: Date, zone: string, digestAt: string): Date {
  const day = localTime(at, zone);
  const [hour, minute] = digestAt.split(':').map(Number) as [number, number];
  return fromLocal(zone, day.year, day.month, day.day, hour, minute);
}

/** The day's digest, once the recruiter's chosen time has come and not yet announced today. */
function digestDue(
  ctx: Context,
  settings: ReminderSettings,
  reminders: Reminder[],
  known: Map<string, State>,
): Reminder | null {
  if (!settings.digestAt) return null;
  const now = ctx.now();
  const zone = zoneOf(ctx);
  if (now < digestOn(now, zone, settings.digestAt)) return null;
  const today = localTime(now, zone);
  const key = `digest:${today.year}-${String(today.month).padStart(2, '0')}-${String(today.day).padStart(2, '0')}`;
  if (known.get(key)?.fired_at) return null;
  const count = (kind: Reminder['kind']) => reminders.filter((r) => r.kind === kind).length;
  const parts = [
    [count('debrief-due'), 'debrief to call', 'debriefs to call'],
    [count('follow-up-due'), 'follow-up due', 'follow-ups due'],
    [count('interview-soon'), 'interview in the next two hours', 'interviews in the next two hours'],
    [count('guarantee-ending'), 'guarantee ending soon', 'guarantees ending soon'],
    [count('task-due'), 'task due', 'tasks due'],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  return {
    key,
    kind: 'digest',
    title: 'Your day in Politely',
    body: parts.length ? `${parts.join(', ')}.` : 'Nothing is due. A good day to look for new people.',
    at: now.toISOString(),
    target: { screen: 'today' },
  };
}

/**
 * The reminders to announce now (each once; a snoozed one again when its snooze ends), and the
 * daily digest when its time has come. Marks them announced. The desktop app shows them as
 * system notifications; browser mode in the window. With names hidden, they say what is due but not whom.
 */
export function takeReminders(ctx: Context): Reminder[] {
  const now = ctx.now().toISOString();
  return inTransaction(ctx.db, () => {
    const known = states(ctx);
    const due = dueNow(ctx, ctx.now()).filter((r) => showing(known.get(r.key), now));
    const settings = readReminderSettings(ctx);
    const digest = digestDue(ctx, settings, due, known);
    const announce = [...(digest ? [digest] : []), ...due.filter((r) => fresh(known.get(r.key), now))];
    markAnnounced(
      ctx.db,
      announce.map((r) => ({ key: r.key, personId: r.personId ?? null })),
      now,
    );
    forgetAnnouncedBefore(ctx.db, new Date(ctx.now().getTime() - KEEP_STATE_MS).toISOString(), now);
    return announce.map((r) => ({ ...r, ...(settings.hideNames && WITHOUT_NAMES[r.kind]), fresh: true }));
  });
}

/** Puts a reminder away until `until`; it is announced again then. */
export function snoozeReminder(ctx: Context, key: string, until: Date): void {
  saveSnooze(ctx.db, key, personOf(ctx, key), ctx.now().toISOString(), until.toISOString());
}

export function dismissReminder(ctx: Context, key: string): void {
  saveDismissal(ctx.db, key, personOf(ctx, key), ctx.now().toISOString());
}

/** The person a reminder is about, so erasing them takes its state too; null for the digest. */
function personOf(ctx: Context, key: string): string | null {
  const found = dueNow(ctx, ctx.now()).find((r) => r.key === key);
  return found?.personId ?? null;
}

/**
 * When the next reminder falls due after `now`: an agreed date, an interview's end or its
 * two-hour notice, a guarantee about to end, a task's due time, a snooze ending, or the next digest. Null when
 * nothing is ahead.
 */
export function nextReminderAt(ctx: Context): Date | null {
  const now = ctx.now();
  const next = nextReminderTimes(
    ctx.db,
    now.toISOString(),
    new Date(now.getTime() + INTERVIEW_NOTICE_MS).toISOString(),
  );
  const times = [next.contactDue, next.interviewEnds, next.snoozeEnds]
    .filter((t) => t !== null)
    .map((t) => Date.parse(t));
  if (next.interviewStarts) times.push(Date.parse(next.interviewStarts) - INTERVIEW_NOTICE_MS);
  const guarantee = nextGuaranteeNotice(ctx.db, now.toISOString());
  if (guarantee) times.push(Date.parse(guarantee));
  const task = nextTaskDue(ctx.db, now.toISOString());
  if (task) times.push(Date.parse(task));
  const { digestAt } = readReminderSettings(ctx);
  if (digestAt) {
    // Today's, if it is still ahead; else tomorrow's (from tomorrow's midnight: days are not all 24 hours).
    const zone = zoneOf(ctx);
    const today = digestOn(now, zone, digestAt);
    times.push((today > now ? today : digestOn(startOfLocalDay(now, zone, 1), zone, digestAt)).getTime());
  }
  return times.length ? new Date(Math.min(...times)) : null;
}
