import { useState } from 'react';
import type { ReminderSettings as ReminderSettingsValue } from '../../api/contract';
import { call } from '../api';
import { Field, SaveRow, useSave } from '../components/ui';
import { useToastStore } from '../stores/toasts';
import { useUnsavedChanges } from '../unsavedChanges';
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
      {data ? <ReminderForm saved={data} /> : <p className="muted">Loading…</p>}
    </section>
  );
}

function ReminderForm({ saved }: { saved: ReminderSettingsValue }) {
  const [digest, setDigest] = useState(saved.digestAt !== null);
  const [time, setTime] = useState(saved.digestAt ?? '08:30');
  const [hideNames, setHideNames] = useState(saved.hideNames);
  const { busy, fieldErrors, formError, save } = useSave();
  // What is saved now: the settings it opened with, then each save.
  const [kept, setKept] = useState(saved);
  const digestAt = digest ? time : null;
  useUnsavedChanges('the reminders', digestAt !== kept.digestAt || hideNames !== kept.hideNames);
  return (
    <form
      className="form-stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save(
          () => call('reminders.updateSettings', { digestAt, hideNames }),
          (now) => {
            setKept(now);
            useToastStore
              .getState()
              .show(
                `${now.digestAt ? `The daily digest comes at ${now.digestAt}.` : 'No daily digest.'} ${
                  now.hideNames ? 'Notifications say what is due, not whom.' : 'Notifications name the person.'
                }`,
              );
          },
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
      <label className="check">
        <input
          type="checkbox"
          checked={hideNames}
          onChange={(e) => setHideNames(e.target.checked)}
          aria-describedby="hide-names-hint"
        />{' '}
        Hide names in notifications
      </label>
      <p className="muted small" id="hide-names-hint">
        A notification shows on screen to anyone at the computer. With names hidden it says only what is due (“A
        follow-up is due”); open Politely to see whom. On by default when more than one profile shares this computer.
      </p>
      <SaveRow formError={formError} busy={busy} label="Save reminders" />
    </form>
  );
}
