// The recruiter's own to-dos due by the end of their day, as queue items.
import { describeTaskDue, endOfToday, type Task } from '../core/tasks';
import type { Db } from '../db/connection';
import { openTasksDueBefore } from '../db/tasks';
import type { QueueItem } from './contract';

function taskItem(task: Task, now: Date, zone: string, locale: string): QueueItem {
  return {
    type: 'task-due',
    personId: task.personId,
    personName: task.personName,
    // The recruiter set the time on their own clock, so the reason speaks it.
    timezone: zone,
    ...(task.applicationId ? { applicationId: task.applicationId } : {}),
    ...(task.positionTitle ? { positionTitle: task.positionTitle } : {}),
    ...(task.companyName ? { companyName: task.companyName } : {}),
    taskId: task.id,
    due: task.dueAt,
    reason: `${task.title}${/[.!?…]$/u.test(task.title) ? '' : '.'} ${describeTaskDue(task.dueAt, now, zone, locale)}`,
  };
}

/** Open tasks due before the end of the recruiter's today (in `zone`), overdue ones first, in their `locale`. */
export const tasksDue = (db: Db, now: Date, zone: string, locale: string, limit: number): QueueItem[] =>
  openTasksDueBefore(db, endOfToday(now, zone).toISOString(), limit).map((t) => taskItem(t, now, zone, locale));
