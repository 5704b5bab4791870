import { useState, type ReactNode } from 'react';
import type { Recruiter } from '../../api/contract';
import { call } from '../api';
import { Field, SaveRow, useSave } from '../components/ui';
import { useToastStore } from '../stores/toasts';
import { useUnsavedChanges } from '../unsavedChanges';
import { useRpc } from '../useRpc';

interface Details {
  name: string;
  email: string;
  phone: string;
}

/** The recruiter's own name and contact details, printed in every prep packet. */
export function RecruiterSettings() {
  // Typing before the saved details are in would be overwritten by them: the form waits.
  const { data } = useRpc('recruiter.get', {});
  return (
    <section className="panel settings-about" aria-labelledby="you-title">
      <h2 id="you-title">Your details</h2>
      <p className="muted small">
        Printed in every prep packet, so candidates know how to reach you straight after the interview.
      </p>
      {data ? (
        <RecruiterForm saved={{ name: data.name ?? '', email: data.email ?? '', phone: data.phone ?? '' }} />
      ) : (
        <p className="muted">Loading…</p>
      )}
    </section>
  );
}

/** The three details; `after` sits beside the save button (Today's "Not now"). */
export function RecruiterForm({
  saved,
  onSaved,
  after,
}: {
  saved: Details;
  onSaved?: (recruiter: Recruiter) => void;
  after?: ReactNode;
}) {
  const [draft, setDraft] = useState(saved);
  // What is saved now: the details it opened with, then each saved draft.
  const [kept, setKept] = useState(saved);
  useUnsavedChanges(
    'your details',
    (Object.keys(draft) as (keyof Details)[]).some((k) => draft[k].trim() !== kept[k].trim()),
  );
  const { busy, fieldErrors, formError, save } = useSave();
  const set = (key: keyof Details) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setDraft((d) => ({ ...d, [key]: e.target.value }));
  return (
    <form
      className="form-stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save(
          () => call('recruiter.update', draft),
          (recruiter) => {
            setKept(draft);
            useToastStore.getState().show('Your details are saved.');
            onSaved?.(recruiter);
          },
        );
      }}
    >
      <div className="grid-thirds">
        <Field label="Your name" error={fieldErrors.name}>
          {(a) => <input {...a} value={draft.name} onChange={set('name')} autoComplete="name" />}
        </Field>
        <Field label="Your email" error={fieldErrors.email}>
          {(a) => <input {...a} type="email" value={draft.email} onChange={set('email')} autoComplete="email" />}
        </Field>
        <Field label="Your phone" error={fieldErrors.phone}>
          {(a) => <input {...a} type="tel" value={draft.phone} onChange={set('phone')} autoComplete="tel" />}
        </Field>
      </div>
      <SaveRow formError={formError} busy={busy} label="Save your details" after={after} />
    </form>
  );
}
