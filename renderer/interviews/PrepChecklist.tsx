import { useState } from 'react';
import type { InterviewDetail, PrepItem } from '../../api/contract';
import { call } from '../api';
import { Field, FormError, useSave } from '../components/ui';
import { useToastStore } from '../stores/toasts';
import { useUnsavedChanges } from '../unsavedChanges';

type Draft = Omit<PrepItem, 'id' | 'template'> & { id?: string; template?: string | null; key: string };

let newKeys = 0;
const toDraft = (items: PrepItem[]): Draft[] => items.map((i) => ({ ...i, key: i.id }));

/**
 * A cancelled interview's prep, to read: Politely refuses to save it, so it offers nothing to change, only what was
 * ticked, who sees each item and its text.
 */
function CancelledPrep({ items }: { items: PrepItem[] }) {
  const done = items.filter((i) => i.done).length;
  return (
    <section className="panel prep" aria-labelledby="prep-title">
      <div className="panel-head">
        <h2 id="prep-title">
          Prep{' '}
          <span className="column-count">
            {done}/{items.length}
          </span>
        </h2>
      </div>
      <p className="muted small">The interview was cancelled. Its prep is kept to read, and can no longer change.</p>
      <ol className="prep-list">
        {items.map((item) => (
          <li key={item.id} className={`prep-item${item.done ? ' prep-done' : ''}`}>
            <details className="prep-read">
              <summary>
                <span>{item.label}</span>
                <span className="muted small">
                  {item.done ? 'Done' : 'Not done'} · {item.visibility === 'candidate' ? 'Candidate sees' : 'Internal'}
                </span>
              </summary>
              <p className="prep-read-body">{item.body || 'No text.'}</p>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The prep checklist: tick, edit, add or remove items, say who sees each, and log the prep call. */
export function PrepChecklist({
  interview,
  onChange,
}: {
  interview: InterviewDetail;
  onChange(i: InterviewDetail): void;
}) {
  if (interview.cancelledAt !== null) return <CancelledPrep items={interview.items} />;
  return <EditablePrep interview={interview} onChange={onChange} />;
}

function EditablePrep({ interview, onChange }: { interview: InterviewDetail; onChange(i: InterviewDetail): void }) {
  const [items, setItems] = useState<Draft[]>(() => toDraft(interview.items));
  const [open, setOpen] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const { busy, formError, save } = useSave();
  useUnsavedChanges('the prep', dirty);
  const update = (key: string, patch: Partial<Draft>) => {
    setItems((list) => list.map((i) => (i.key === key ? { ...i, ...patch } : i)));
    setDirty(true);
  };
  const submit = (prepCallAt?: string) =>
    save(
      () =>
        call('prep.update', {
          interviewId: interview.id,
          items: items.map(({ key: _key, ...rest }) => rest),
          ...(prepCallAt ? { prepCallAt } : {}),
        }),
      (next) => {
        onChange(next);
        setItems(toDraft(next.items));
        setDirty(false);
        useToastStore.getState().show(prepCallAt ? 'Prep saved, and the prep call logged.' : 'Prep saved.');
      },
    );
  const done = items.filter((i) => i.done).length;
  return (
    <section className="panel prep" aria-labelledby="prep-title">
      <div className="panel-head">
        <h2 id="prep-title">
          Prep{' '}
          <span className="column-count">
            {done}/{items.length}
          </span>
        </h2>
      </div>
      <ol className="prep-list">
        {items.map((item) => (
          <li key={item.key} className={`prep-item${item.done ? ' prep-done' : ''}`}>
            <div className="prep-row">
              <label className="check">
                <input
                  type="checkbox"
                  checked={item.done}
                  onChange={(e) => update(item.key, { done: e.target.checked })}
                />
                <span>{item.label}</span>
              </label>
              <select
                aria-label={`Who sees “${item.label}”`}
                className={`visibility visibility-${item.visibility}`}
                value={item.visibility}
                onChange={(e) => update(item.key, { visibility: e.target.value as Draft['visibility'] })}
              >
                <option value="candidate">Candidate sees</option>
                <option value="internal">Internal</option>
              </select>
              <button
                type="button"
                className="link-button"
                aria-expanded={open === item.key}
                onClick={() => setOpen(open === item.key ? null : item.key)}
              >
                {open === item.key ? 'Close' : 'Edit'}
              </button>
            </div>
            {open === item.key && (
              <div className="prep-edit">
                <Field label="Title">
                  {(a) => (
                    <input {...a} value={item.label} onChange={(e) => update(item.key, { label: e.target.value })} />
                  )}
                </Field>
                <Field label="Text">
                  {(a) => (
                    <textarea
                      {...a}
                      rows={6}
                      value={item.body}
                      onChange={(e) => update(item.key, { body: e.target.value })}
                    />
                  )}
                </Field>
                <button
                  type="button"
                  className="link-button danger"
                  onClick={() => (setItems((l) => l.filter((i) => i.key !== item.key)), setDirty(true))}
                >
                  Remove this item
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
      <FormError message={formError} />
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={() => {
            const key = `new-${++newKeys}`;
            setItems((l) => [...l, { key, label: 'New item', body: '', visibility: 'candidate', done: false }]);
            setOpen(key);
            setDirty(true);
          }}
        >
          Add item
        </button>
        <button type="button" className="button button-primary" disabled={busy || !dirty} onClick={() => void submit()}>
          {busy ? 'Saving…' : 'Save prep'}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void submit(new Date().toISOString())}>
          Log prep call now
        </button>
      </div>
    </section>
  );
}
