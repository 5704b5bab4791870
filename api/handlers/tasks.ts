import { inTransaction } from '../../db/connection';
import { getPerson } from '../../db/people';
import { candidateOf, createTask, getTask, listTasks, removeTask, setTaskDone, updateTask } from '../../db/tasks';
import { isoNow } from '../context';
import { AppError, found, invalidField } from '../errors';
import type { HandlersOf } from './types';

export const taskHandlers: HandlersOf<'tasks'> = {
  'tasks.create': (ctx, { personId, applicationId, title, dueAt, notes }) =>
    inTransaction(ctx.db, () => {
      // An application's task is its candidate's too, so their page and their erasure find it.
      const owner = applicationId ? found(candidateOf(ctx.db, applicationId), 'application') : personId!;
      if (!applicationId) found(getPerson(ctx.db, owner), 'person');
      return createTask(
        ctx.db,
        { personId: owner, applicationId: applicationId ?? null, title, dueAt, notes: notes ?? null },
        isoNow(ctx),
      );
    }),

  'tasks.update': (ctx, { id, ...patch }) =>
    inTransaction(ctx.db, () => found(updateTask(ctx.db, id, patch, isoNow(ctx)), 'task')),

  'tasks.complete': (ctx, { id }) =>
    inTransaction(ctx.db, () => {
      const task = found(getTask(ctx.db, id), 'task');
      // Ticking a done task again keeps when it was first done.
      if (task.doneAt) return task;
      return setTaskDone(ctx.db, id, isoNow(ctx), isoNow(ctx))!;
    }),

  'tasks.reopen': (ctx, { id }) =>
    inTransaction(ctx.db, () => {
      const task = found(getTask(ctx.db, id), 'task');
      if (!task.doneAt) return task;
      return setTaskDone(ctx.db, id, null, isoNow(ctx))!;
    }),

  'tasks.remove': (ctx, { id }) => {
    if (!removeTask(ctx.db, id)) throw new AppError('not-found', 'That task is already gone.');
    return { removed: true as const };
  },

  'tasks.list': (ctx, filter) => {
    const page = listTasks(ctx.db, filter);
    if (!page)
      throw invalidField(['after'], 'That page of the list is no longer known. Load the list again from the top.');
    return page;
  },
};
