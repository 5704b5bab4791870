import { useState } from 'react';
import type { PolicySettings, PolicyView } from '../../api/contract';
import { call } from '../api';
import { Field, FormError, LoadError, useSave } from '../components/ui';
import { useSessionStore } from '../stores/session';
import { useToastStore } from '../stores/toasts';
import { useUnsavedChanges } from '../unsavedChanges';
import { useRpc } from '../useRpc';

type Draft = Record<keyof PolicySettings, string>;
const toDraft = (policy: PolicySettings) =>
  Object.fromEntries(Object.entries(policy).map(([k, v]) => [k, String(v)])) as Draft;

/** The follow-up rules' numbers, each with the bounds it may take and its default. */
export function PolicySettingsForm() {
  const { data, status, error, reload, setData } = useRpc('settings.get', {});
  if (status === 'error') return <LoadError message={error} onRetry={reload} />;
  if (!data) return null;
  return <PolicyForm view={data} onSaved={setData} />;
}

function PolicyForm({ view, onSaved }: { view: PolicyView; onSaved(view: PolicyView): void }) {
  const [draft, setDraft] = useState<Draft>(() => toDraft(view.policy));
  const { busy, fieldErrors, formError, save } = useSave();
  const saved = toDraft(view.policy);
  useUnsavedChanges(
    'the follow-up rules',
    Object.entries(draft).some(([k, v]) => v !== saved[k as keyof Draft]),
  );

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const patch = Object.fromEntries(
      Object.entries(draft).map(([k, v]) => [k, v.trim() === '' ? Number.NaN : Number(v)]),
    );
    void save(
      () => call('settings.update', patch),
      (saved) => {
        onSaved(saved);
        setDraft(toDraft(saved.policy));
        useToastStore.getState().show('Settings saved.');
        useSessionStore.getState().setLockAfter(saved.policy.lockAfterMinutes);
      },
    );
  }

  return (
    <section className="panel" aria-labelledby="rules-title">
      <h2 id="rules-title">Follow-up rules</h2>
      <p className="muted">
        How persistent Politely lets you be. Each number has limits that keep persistence from becoming pressure; the
        hard ceilings cannot be raised.
      </p>
      <form className="log-form" onSubmit={submit} noValidate>
        <div className="grid-2">
          {view.bounds.map((spec) => (
            <Field
              key={spec.key}
              label={spec.label}
              error={fieldErrors[spec.key]}
              hint={
                spec.min === spec.max
                  ? `Fixed at ${spec.default}: not adjustable.`
                  : `From ${spec.min} to ${spec.max} ${spec.unit}. Default ${spec.default}.`
              }
            >
              {(a) => (
                <input
                  {...a}
                  type="number"
                  inputMode="numeric"
                  min={spec.min}
                  max={spec.max}
                  step={1}
                  disabled={spec.min === spec.max}
                  value={draft[spec.key]}
                  onChange={(e) => setDraft((d) => ({ ...d, [spec.key]: e.target.value }))}
                />
              )}
            </Field>
          ))}
        </div>
        <FormError message={formError} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save rules'}
          </button>
          <button
            type="button"
            className="button"
            onClick={() =>
              setDraft(
                toDraft(Object.fromEntries(view.bounds.map((s) => [s.key, s.default])) as unknown as PolicySettings),
              )
            }
          >
            Back to defaults
          </button>
        </div>
      </form>
    </section>
  );
}
