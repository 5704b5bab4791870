// To-dos the recruiter sets themselves, with a due date, on a person or on one of a candidate's applications.

import { formatDayTime, formatTime } from './dates';
import { localDayKey, startOfLocalDay } from './zoned';

/** The longest task title, in characters. */
export const TASK_TITLE_MAX = 200;
/** The longest notes on a task, in characters. */
export const TASK_NOTES_MAX = 5_000;
/** The most tasks one page of tasks.list holds; the rest come page by page. */
export const TASK_PAGE_MAX = 500;

export const TASK_STATUSES = ['open', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** A to-do. A task on an application belongs to its candidate too, so `personId` is always set. */
export interface Task {
  id: string;
  personId: string;
  personName: string;
  applicationId: string | null;
  /** The application's position and client, for a task on an application. */
  positionTitle: string | null;
  companyName: string | null;
  title: string;
  notes: string | null;
  dueAt: string;
  /** When it was ticked done; null while open. */
  doneAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface TaskPage {
  tasks: Task[];
  /** How many tasks the filter matches in all. */
  total: number;
  /** Pass as `after` for the page that follows; absent on the last page. */
  next?: string;
}

/** Open, and its due minute is over: a task due at 17:00 is on time all through 17:00, as the clock shows it. */
export const isOverdue = (task: Pick<Task, 'dueAt' | 'doneAt'>, now: Date): boolean =>
  task.doneAt === null && Date.parse(task.dueAt) + 60_000 <= now.getTime();

/** The first instant after the recruiter's today: a task due before it is on today's list. */
export const endOfToday = (now: Date, zone: string): Date => startOfLocalDay(now, zone, 1);

/**
 * When an open task is due, on the recruiter's clock (`zone`) and in their locale: "Due today at 5:00 PM." or
 * "Overdue: it was due Mon, Nov 30, 5:00 PM."
 */
export function describeTaskDue(dueAt: string, now: Date, zone: string, locale: string): string {
  const today = localDayKey(new Date(dueAt), zone) === localDayKey(now, zone);
  const clock = today
    ? `today at ${formatTime(dueAt, { locale, timeZone: zone })}`
    : formatDayTime(dueAt, now, { locale, timeZone: zone });
  return isOverdue({ dueAt, doneAt: null }, now) ? `Overdue: it was due ${clock}.` : `Due ${clock}.`;
}
