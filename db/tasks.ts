import type { Task, TaskPage, TaskStatus } from '../core/tasks';
import { statement, type Db } from './connection';
import { timeOrderedIds } from './ids';

const SELECT = `SELECT t.id, t.person_id AS personId, p.name AS personName, t.application_id AS applicationId,
                       pos.title AS positionTitle, c.name AS companyName, t.title, t.notes, t.due_at AS dueAt,
                       t.done_at AS doneAt, t.created_at AS createdAt, t.updated_at AS updatedAt
                  FROM tasks t JOIN people p ON p.id = t.person_id
                  LEFT JOIN applications a ON a.id = t.application_id
                  LEFT JOIN positions pos ON pos.id = a.position_id
                  LEFT JOIN companies c ON c.id = pos.company_id`;

export function getTask(db: Db, id: string): Task | undefined {
  return statement(db, `${SELECT} WHERE t.id = ?`).get(id) as Task | undefined;
}

/** The candidate an application belongs to, or undefined when there is no such application. */
export function candidateOf(db: Db, applicationId: string): string | undefined {
  return statement(db, 'SELECT candidate_id FROM applications WHERE id = ?').pluck().get(applicationId) as
    string | undefined;
}

export interface NewTask {
  personId: string;
  applicationId: string | null;
  title: string;
  notes: string | null;
  /** UTC, as toISOString writes it, so times compare as text. */
  dueAt: string;
}

export function createTask(db: Db, task: NewTask, now: string): Task {
  const [id] = timeOrderedIds(1, now);
  statement(
    db,
    `INSERT INTO tasks (id, person_id, application_id, title, notes, due_at, done_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
  ).run(id, task.personId, task.applicationId, task.title, task.notes, task.dueAt, now, now);
  return getTask(db, id!)!;
}

/** Changes the fields given; undefined when there is no such task. */
export function updateTask(
  db: Db,
  id: string,
  patch: { title?: string; notes?: string | null; dueAt?: string },
  now: string,
): Task | undefined {
  const current = getTask(db, id);
  if (!current) return undefined;
  statement(db, 'UPDATE tasks SET title = ?, notes = ?, due_at = ?, updated_at = ? WHERE id = ?').run(
    patch.title ?? current.title,
    patch.notes === undefined ? current.notes : patch.notes,
    patch.dueAt ?? current.dueAt,
    now,
    id,
  );
  return getTask(db, id);
}

/** Ticks a task done (at `doneAt`) or open again (null); undefined when there is no such task. */
export function setTaskDone(db: Db, id: string, doneAt: string | null, now: string): Task | undefined {
  const changed = statement(db, 'UPDATE tasks SET done_at = ?, updated_at = ? WHERE id = ?').run(doneAt, now, id);
  return changed.changes ? getTask(db, id) : undefined;
}

export function removeTask(db: Db, id: string): boolean {
  return statement(db, 'DELETE FROM tasks WHERE id = ?').run(id).changes > 0;
}

export interface TaskFilter {
  personId?: string | undefined;
  applicationId?: string | undefined;
  status?: TaskStatus | undefined;
  /** UTC ISO time: tasks due before it. */
  dueBefore?: string | undefined;
  limit: number;
  after?: string | undefined;
}

interface Cursor {
  dueAt: string;
  id: string;
}

const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(['tasks', c.dueAt, c.id])).toString('base64url');

function decodeCursor(text: string): Cursor | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || parsed[0] !== 'tasks') return undefined;
  if (!parsed.every((v) => typeof v === 'string')) return undefined;
  return { dueAt: parsed[1] as string, id: parsed[2] as string };
}

/**
 * One page of tasks, soonest due first (then by id, which breaks ties), with how many match in all. Undefined when
 * `after` is not a cursor this list gave.
 */
export function listTasks(db: Db, filter: TaskFilter): TaskPage | undefined {
  const where: string[] = [];
  const params: string[] = [];
  const keep = (clause: string, ...values: string[]) => {
    where.push(clause);
    params.push(...values);
  };
  if (filter.personId !== undefined) keep('t.person_id = ?', filter.personId);
  if (filter.applicationId !== undefined) keep('t.application_id = ?', filter.applicationId);
  if (filter.status === 'open') keep('t.done_at IS NULL');
  if (filter.status === 'done') keep('t.done_at IS NOT NULL');
  if (filter.dueBefore !== undefined) keep('t.due_at < ?', filter.dueBefore);
  const matching = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = statement(db, `SELECT count(*) FROM tasks t ${matching}`)
    .pluck()
    .get(...params) as number;
  if (filter.after !== undefined) {
    const cursor = decodeCursor(filter.after);
    if (!cursor) return undefined;
    keep('(t.due_at, t.id) > (?, ?)', cursor.dueAt, cursor.id);
  }
  const page = statement(
    db,
    `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY t.due_at, t.id LIMIT ?`,
  ).all(...params, filter.limit + 1) as Task[];
  const tasks = page.slice(0, filter.limit);
  const last = tasks.at(-1);
  return page.length > filter.limit && last
    ? { tasks, total, next: encodeCursor({ dueAt: last.dueAt, id: last.id }) }
    : { tasks, total };
}

/** Open tasks due before `end`, soonest first: what Today lists (overdue ones included). */
export function openTasksDueBefore(db: Db, end: string, limit: number): Task[] {
  return statement(db, `${SELECT} WHERE t.done_at IS NULL AND t.due_at < ? ORDER BY t.due_at, t.id LIMIT ?`).all(
    end,
    limit,
  ) as Task[];
}

/** When the next open task falls due after `now`, or null: when to announce one next. */
export function nextTaskDue(db: Db, now: string): string | null {
  return (
    (statement(db, 'SELECT min(due_at) FROM tasks WHERE done_at IS NULL AND due_at > ?').pluck().get(now) as
      string | null) ?? null
  );
}

/** A person's tasks as stored, for their export: theirs and those on their applications. */
export function tasksAbout(db: Db, personId: string): unknown[] {
  return statement(db, 'SELECT * FROM tasks WHERE person_id = ? ORDER BY due_at, id').all(personId);
}
