import { useEffect, useState } from 'react';
import { call } from '../api';
import { Field, FormError, useSave } from '../components/ui';
import { useToastStore } from '../stores/toasts';

const EMPTY = { name: '', email: '', phone: '' };

/** The recruiter's own name and contact details, printed in every prep packet. */
export function RecruiterSettings() {
  const [draft, setDraft] = useState(EMPTY);
  // Typing before the saved details are in would be overwritten by them: the form waits.
  const [loaded, setLoaded] = useState(false);
  const { busy, fieldErrors, formError, save } = useSave();
  useEffect(() => {
    let current = true;
    void call('recruiter.get', {}).then((r) => {
      if (!current || !r.ok) return;
      setDraft({ name: r.value.name ?? '', email: r.value.email ?? '', phone: r.value.phone ?? '' });
      setLoaded(true);
    });
    return () => {
      current = false;
    };
  }, []);
  const set = (key: keyof typeof EMPTY) => (e: React.ChangeEvent<HTMLInputElement>) => setDraft((d) => ({ ...d, [key]: e.target.value }));
  return (
    <section className="panel settings-about" aria-labelledby="you-title">
      <h2 id="you-title">Your details</h2>
      <p className="muted small">Printed in every prep packet, so candidates know how to reach you straight after the interview.</p>
      {loaded ? (
        <form
          className="form-stack"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save(() => call('recruiter.update', draft), () => useToastStore.getState().show('Your details are saved.'));
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
          <FormError message={formError} />
          <div>
            <button type="submit" className="button button-primary" disabled={busy}>
              {busy ? 'Saving…' : 'Save your details'}
            </button>
          </div>
        </form>
      ) : (
        <p className="muted">Loading…</p>
      )}
    </section>
  );
}
