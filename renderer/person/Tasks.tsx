import { useEffect, useRef, useState, type FormEvent } from 'react';
import { TASK_PAGE_MAX, type PersonRecord } from '../../api/contract';
import { call } from '../api';
import { Field, FormError, useSave } from '../components/ui';
import { useToastStore } from '../stores/toasts';
import { useRpc } from '../useRpc';
import { isOpen } from './Applications';
import { TaskRow } from './TaskRow';
import { formatDayTime } from '../dates';
import { toLocalInput } from './labels';

/** When a new task is due unless the recruiter says otherwise: 17:00 today, or 09:00 tomorrow once that has passed. */
function suggestedDue(now: Date): string {
  const due = new Date(now);
  if (now.getHours() < 17) due.setHours(17, 0, 0, 0);
  else {
    due.setDate(due.getDate() + 1);
    due.setHours(9, 0, 0, 0);
  }
  return toLocalInput(due);
}

interface Draft {
  title: string;
  /** A datetime-local value on this computer's clock, which is the recruiter's. */
  due: string;
  notes: string;
  /** '' for the person in general, else one of their open applications. */
  applicationId: string;
}

const fresh = (): Draft => ({ title: '', due: suggestedDue(new Date()), notes: '', applicationId: '' });

/**
 * A person's to-dos, each with a due time on the recruiter's clock: add one (on them, or on one of their
 * applications), tick it done or undo that, edit or remove it. Open ones come first, soonest due first; Today lists
 * those due today.
 */
export function Tasks({ person, focus }: { person: PersonRecord; focus?: number | undefined }) {
  const [revision, setRevision] = useState(0);
  const reload = () => setRevision((n) => n + 1);
  const open = useRpc('tasks.list', { personId: person.id, status: 'open', limit: TASK_PAGE_MAX }, [revision]);
  const done = useRpc('tasks.list', { personId: person.id, status: 'done', limit: TASK_PAGE_MAX }, [revision]);
  const [draft, setDraft] = useState<Draft>(fresh);
  const { busy, fieldErrors, formError, save } = useSave();
  const title = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!focus) return;
    title.current?.scrollIntoView({ block: 'center' });
    title.current?.focus();
  }, [focus]);
  const applications = person.applications.filter(isOpen);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(
      () =>
        call('tasks.create', {
          ...(draft.applicationId ? { applicationId: draft.applicationId } : { personId: person.id }),
          title: draft.title,
          dueAt: draft.due ? new Date(draft.due).toISOString() : '',
          notes: draft.notes,
        }),
      (task) => {
        useToastStore.getState().show(`Task added, due ${formatDayTime(task.dueAt, new Date())}.`);
        setDraft(fresh());
        reload();
      },
    );
  };

  const openTasks = open.data?.tasks ?? [];
  const doneTasks = done.data?.tasks ?? [];
  const error = open.error ?? done.error;
  return (
    <section className="panel person-tasks" aria-labelledby="tasks-title">
      <h2 id="tasks-title">Tasks</h2>
      {error && <FormError message={error} />}
      {open.data && done.data && openTasks.length + doneTasks.length === 0 && (
        <p className="muted">
          No tasks yet. Add one below: it shows on Today on its day, and reminds you when it is due.
        </p>
      )}
      {openTasks.length > 0 && (
        <ul className="record-list" aria-label={`Open tasks for ${person.name}`}>
          {openTasks.map((t) => (
            <TaskRow key={t.id} task={t} onChanged={reload} />
          ))}
        </ul>
      )}
      {doneTasks.length > 0 && (
        <>
          <h3 className="interviews-group">Done</h3>
          <ul className="record-list" aria-label={`Done tasks for ${person.name}`}>
            {doneTasks.map((t) => (
              <TaskRow key={t.id} task={t} onChanged={reload} />
            ))}
          </ul>
        </>
      )}
      <form className="form-stack" onSubmit={submit} noValidate aria-label={`Add a task for ${person.name}`}>
        <h3 className="interviews-group">Add a task</h3>
        <Field label="Title" error={fieldErrors.title} required>
          {(a) => (
            <input
              {...a}
              ref={title}
              value={draft.title}
              maxLength={200}
              onChange={(e) => set('title', e.target.value)}
            />
          )}
        </Field>
        <div className="grid-2">
          <Field label="Due" error={fieldErrors.dueAt} hint="Your time." required>
            {(a) => (
              <input {...a} type="datetime-local" value={draft.due} onChange={(e) => set('due', e.target.value)} />
            )}
          </Field>
          {applications.length > 0 && (
            <Field label="About" error={fieldErrors.applicationId}>
              {(a) => (
                <select {...a} value={draft.applicationId} onChange={(e) => set('applicationId', e.target.value)}>
                  <option value="">{person.name} in general</option>
                  {applications.map((app) => (
                    <option key={app.id} value={app.id}>
                      {app.positionTitle} at {app.companyName}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
        </div>
        <Field label="Details" error={fieldErrors.notes} hint="Optional: what to say, whom to ask.">
          {(a) => <textarea {...a} rows={2} value={draft.notes} onChange={(e) => set('notes', e.target.value)} />}
        </Field>
        <FormError message={formError} />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Adding…' : 'Add task'}
          </button>
        </div>
      </form>
    </section>
  );
}
