import { useState } from 'react';
import { call } from '../api';
import { Field, SaveRow, useSave } from '../components/ui';
import { useToastStore } from '../stores/toasts';
import { useRpc } from '../useRpc';

/** When the daily digest comes, on this computer's clock; or none. */
export function ReminderSettings() {
  // Nothing to change until the saved settings are in: a click before then would be undone by them.
  const { data } = useRpc('reminders.settings', {});
  return (
    <section className="panel settings-about" aria-labelledby="reminders-settings-title">
      <h2 id="reminders-settings-title">Reminders</h2>
      <p className="muted small">
        Politely reminds you when a follow-up or a debrief falls due and two hours before an interview, each once;
        snooze one to hear of it again later. The daily digest sums up your day.
      </p>
      {data ? <ReminderForm digestAt={data.digestAt} /> : <p className="muted">Loading…</p>}
    </section>
  );
}

function ReminderForm({ digestAt }: { digestAt: string | null }) {
  const [digest, setDigest] = useState(digestAt !== null);
  const [time, setTime] = useState(digestAt ?? '08:30');
  const { busy, fieldErrors, formError, save } = useSave();
  return (
    <form
      className="form-stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save(
          () => call('reminders.updateSettings', { digestAt: digest ? time : null }),
          (saved) =>
            useToastStore
              .getState()
              .show(saved.digestAt ? `The daily digest comes at ${saved.digestAt}.` : 'No daily digest.'),
        );
      }}
    >
      <label className="check">
        <input type="checkbox" checked={digest} onChange={(e) => setDigest(e.target.checked)} /> A daily digest of what
        is due
      </label>
      <Field label="Digest time" error={fieldErrors.digestAt} hint="On this computer’s clock.">
        {(a) => (
          <input
            {...a}
            className="input-time"
            type="time"
            value={time}
            disabled={!digest}
            onChange={(e) => setTime(e.target.value)}
          />
        )}
      </Field>
      <SaveRow formError={formError} busy={busy} label="Save reminders" />
    </form>
  );
}
