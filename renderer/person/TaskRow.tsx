import { useId, useRef, useState, type FormEvent } from 'react';
import { isOverdue, type Task } from '../../api/contract';
import { call } from '../api';
import { useConfirm } from '../components/ConfirmDialog';
import { Field, FormError, useSave } from '../components/ui';
import { formatDayTime } from '../dates';
import { useToastStore } from '../stores/toasts';
import { toLocalInput } from './labels';

const toast = (message: string) => useToastStore.getState().show(message);

/** A task's title and due time, changed in place: Save keeps them, Cancel or Escape leaves them as they were. */
function TaskEditForm({ task, onDone }: { task: Task; onDone(saved: boolean): void }) {
  const [title, setTitle] = useState(task.title);
  const [due, setDue] = useState(() => toLocalInput(new Date(task.dueAt)));
  const { busy, fieldErrors, formError, save } = useSave();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(
      () => call('tasks.update', { id: task.id, title, dueAt: due ? new Date(due).toISOString() : '' }),
      (saved) => {
        toast(`Task saved, due ${formatDayTime(saved.dueAt, new Date())}.`);
        onDone(true);
      },
    );
  };
  return (
    <form
      className="form-stack task-edit"
      onSubmit={submit}
      noValidate
      aria-label={`Edit the task ${task.title}`}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        onDone(false);
      }}
    >
      <Field label="Title" error={fieldErrors.title} required>
        {(a) => <input {...a} autoFocus value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field label="Due" error={fieldErrors.dueAt} hint="Your time." required>
        {(a) => <input {...a} type="datetime-local" value={due} onChange={(e) => setDue(e.target.value)} />}
      </Field>
      <FormError message={formError} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="button" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/**
 * One task: tick it done (or untick it to reopen), edit its title and due time, or remove it after a question.
 * Each action is a button of its own, so the keyboard reaches every one.
 */
export function TaskRow({ task, onChanged }: { task: Task; onChanged(): void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const { dialog, ask } = useConfirm();
  const editButton = useRef<HTMLButtonElement>(null);
  const done = task.doneAt !== null;
  // The box follows the click at once; the row moves between the lists when Politely has kept it.
  const [ticked, setTicked] = useState(done);
  const overdue = isOverdue(task, new Date());
  const where = [task.positionTitle, task.companyName].filter(Boolean).join(' at ');
  const notesId = useId();
  const toggle = async (tick: boolean) => {
    setBusy(true);
    setError(null);
    setTicked(tick);
    const answer = await call(tick ? 'tasks.complete' : 'tasks.reopen', { id: task.id });
    setBusy(false);
    if (!answer.ok) {
      setTicked(!tick);
      return setError(answer.error.message);
    }
    if (tick)
      useToastStore.getState().show(`Done: ${task.title}.`, 'info', undefined, {
        label: 'Undo',
        run: () => void call('tasks.reopen', { id: task.id }).then(onChanged),
      });
    else toast(`Reopened: ${task.title}.`);
    onChanged();
  };
  const remove = async () => {
    const sure = await ask({
      title: 'Remove this task?',
      body: <p>“{task.title}” is removed for good, with its details; it leaves Today and its reminder.</p>,
      action: 'Remove the task',
    });
    if (!sure) return;
    setError(null);
    const answer = await call('tasks.remove', { id: task.id });
    if (!answer.ok) return setError(answer.error.message);
    toast(`Removed: ${task.title}.`);
    onChanged();
  };

  if (editing)
    return (
      <li className="record-row">
        <TaskEditForm
          task={task}
          onDone={(saved) => {
            setEditing(false);
            if (saved) onChanged();
            // Back to where the recruiter was, once the row is drawn again.
            requestAnimationFrame(() => editButton.current?.focus());
          }}
        />
      </li>
    );
  return (
    <li className="record-row">
      <div className="record-row-head">
        <label className="check record-row-title">
          <input
            type="checkbox"
            checked={ticked}
            disabled={busy}
            aria-describedby={task.notes ? notesId : undefined}
            onChange={(e) => void toggle(e.target.checked)}
          />
          <span>{done ? <s>{task.title}</s> : task.title}</span>
        </label>
        {overdue && <span className="tag tag-flag">Overdue</span>}
      </div>
      <p className="record-row-line small">
        {done ? 'Done ' : 'Due '}
        <time dateTime={done ? task.doneAt! : task.dueAt}>
          {formatDayTime(done ? task.doneAt! : task.dueAt, new Date())}
        </time>
        {where && ` · ${where}`}
      </p>
      {task.notes && (
        <p className="record-row-line small muted" id={notesId}>
          {task.notes}
        </p>
      )}
      <div className="task-actions">
        {!done && (
          <button
            ref={editButton}
            type="button"
            className="link-button"
            aria-label={`Edit ${task.title}`}
            onClick={() => setEditing(true)}
          >
            Edit
          </button>
        )}
        <button
          type="button"
          className="link-button danger"
          aria-label={`Remove ${task.title}`}
          onClick={() => void remove()}
        >
          Remove
        </button>
      </div>
      <FormError message={error} />
      {dialog}
    </li>
  );
}
