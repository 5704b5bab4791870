import { useState } from 'react';
import type { ProfileEntry } from '../../api/contract';
import { call, handleOf, type ChosenFile } from '../api';
import { FileChooser } from '../components/FileChooser';
import { Field, FormError, useSave } from '../components/ui';
import { useSessionStore } from '../stores/session';
import { NewPassphraseFields } from './PassphraseFields';

/**
 * A backup copy saved from Settings, brought back as its profile: on a new computer, or when key.json was lost.
 * It opens with the passphrase it was saved with, or with the recovery key, which then sets a new passphrase.
 */
export function RestoreCopyForm({ onDone }: { onDone(restored?: ProfileEntry): void }) {
  const [chosen, setChosen] = useState<ChosenFile | null>(null);
  const [withKey, setWithKey] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [recoveryKey, setRecoveryKey] = useState('');
  const [newPassphrase, setNewPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [chooseError, setChooseError] = useState<string | null>(null);
  const { busy, fieldErrors, formError, save } = useSave();
  const opensWith = withKey ? newPassphrase : passphrase;
  const ready = chosen && (withKey ? recoveryKey && newPassphrase && newPassphrase === confirm : passphrase);

  async function restore(file: ChosenFile) {
    // Each try sends the file afresh: Politely lets go of a copy once it has tried it, restored or not.
    const handle = await handleOf(file);
    if (!handle.ok) return handle;
    const secret = withKey ? { recoveryKey, newPassphrase } : { passphrase };
    return call('profiles.restoreCopy', { file: handle.value, ...secret });
  }

  /**
   * Opens the restored profile. One that was already here keeps the passphrase it has today, which may not be the
   * copy's: then its unlock screen asks for it.
   */
  async function open(profile: ProfileEntry) {
    const session = useSessionStore.getState();
    const opened = await call('profiles.unlock', { id: profile.id, passphrase: opensWith });
    if (opened.ok) return session.unlocked(opened.value);
    await session.refresh();
    onDone(profile);
  }

  return (
    <form
      className="form-stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!chosen || !ready) return;
        void save(
          () => restore(chosen),
          ({ id, name }) => void open({ id, name }),
        );
      }}
    >
      <h1 className="picker-title">Restore from a backup copy</h1>
      <p className="muted small">
        A backup copy saved from Settings opens with the passphrase it was saved with, or with the recovery key. Its
        profile is added here, or takes the place of its own data if it is already here; nothing is deleted.
      </p>
      <FileChooser
        kind="backup"
        accept=".politely"
        className="button"
        disabled={busy}
        onChosen={(file) => {
          setChooseError(null);
          setChosen(file);
        }}
        onError={setChooseError}
      >
        {chosen ? 'Choose another copy…' : 'Choose the backup copy…'}
      </FileChooser>
      {chosen && <p className="small">Chosen: {chosen.name}</p>}
      <FormError message={chooseError ?? fieldErrors.file ?? null} />
      <fieldset className="form-stack">
        <legend>Open it with</legend>
        <label>
          <input type="radio" name="opens-with" checked={!withKey} onChange={() => setWithKey(false)} /> The passphrase
        </label>
        <label>
          <input type="radio" name="opens-with" checked={withKey} onChange={() => setWithKey(true)} /> The recovery key
        </label>
      </fieldset>
      {withKey ? (
        <>
          <Field
            label="Recovery key"
            error={fieldErrors.recoveryKey}
            hint="The eight groups of four characters you wrote down when you made the profile."
          >
            {(a) => (
              <input
                {...a}
                autoComplete="off"
                spellCheck={false}
                value={recoveryKey}
                onChange={(e) => setRecoveryKey(e.target.value)}
              />
            )}
          </Field>
          <NewPassphraseFields
            label="New passphrase"
            value={newPassphrase}
            confirm={confirm}
            onChange={setNewPassphrase}
            onConfirm={setConfirm}
            error={fieldErrors.newPassphrase}
          />
        </>
      ) : (
        <Field
          label="Passphrase"
          error={fieldErrors.passphrase}
          hint="The one the profile had when the copy was saved."
        >
          {(a) => (
            <input
              {...a}
              type="password"
              autoComplete="current-password"
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
            />
          )}
        </Field>
      )}
      <FormError message={formError} />
      <button type="submit" className="button button-primary" disabled={busy || !ready}>
        {busy ? 'Restoring…' : 'Restore and open'}
      </button>
      <button type="button" className="link-button" onClick={() => onDone()}>
        Back
      </button>
    </form>
  );
}
