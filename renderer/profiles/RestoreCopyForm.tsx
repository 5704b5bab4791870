import { useRef, useState } from 'react';
import type { Envelope, ProfileEntry } from '../../api/contract';
import { call, handleOf, type ChosenFile } from '../api';
import { FileChooser } from '../components/FileChooser';
import { Field, FormError, useSave } from '../components/ui';
import { useSessionStore } from '../stores/session';
import { useToastStore } from '../stores/toasts';
import { NewPassphraseFields, RecoveryKeyField } from './PassphraseFields';
import { restoredMessage } from './restoredMessage';
import { RetryWait, useRetryWait } from './retryWait';

/**
 * The one way back from a backup copy saved in Settings: on a new computer, when key.json was lost, or over a
 * profile's present data. It opens with the passphrase it was saved with, or with the recovery key, which then sets
 * a new passphrase. Opened from a profile's unlock screen, it also takes that profile's copies from an earlier
 * Politely (a bare database), which open with the profile's passphrase of today.
 */
export function RestoreCopyForm({
  profile,
  onDone,
}: {
  profile?: ProfileEntry | undefined;
  onDone(restored?: ProfileEntry, notice?: string): void;
}) {
  const [chosen, setChosen] = useState<ChosenFile | null>(null);
  const [withKey, setWithKey] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [recoveryKey, setRecoveryKey] = useState('');
  const [newPassphrase, setNewPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [chooseError, setChooseError] = useState<string | null>(null);
  const { busy, fieldErrors, formError, save } = useSave();
  const secretInput = useRef<HTMLInputElement>(null);
  const wait = useRetryWait(() => secretInput.current?.focus());
  // Named as it was tried: passphrases and recovery keys are counted apart.
  const [waitFor, setWaitFor] = useState<'passphrases' | 'recovery keys'>('passphrases');
  const opensWith = withKey ? newPassphrase : passphrase;
  const ready = chosen && (withKey ? recoveryKey && newPassphrase && newPassphrase === confirm : passphrase);

  async function restore(
    file: ChosenFile,
  ): Promise<Envelope<{ id: string; name: string; kept: string | null; savedAt: string | null }>> {
    // Each try sends the file afresh: Politely lets go of a copy once it has tried it, restored or not.
    const handle = await handleOf(file);
    if (!handle.ok) return handle;
    const secret = withKey ? { recoveryKey, newPassphrase } : { passphrase };
    const copy = await call('profiles.restoreCopy', { file: handle.value, ...secret });
    if (copy.ok || !copy.error.details?.withoutKeys || !profile || withKey) return copy;
    // A copy from an earlier Politely carries no keys: it goes back into the profile whose screen this was opened from.
    const again = await handleOf(file);
    if (!again.ok) return again;
    const bare = await call('profiles.restore', { id: profile.id, passphrase, file: again.value });
    if (!bare.ok) return bare;
    return {
      ok: true,
      value: { id: profile.id, name: profile.name, kept: bare.value.kept, savedAt: bare.value.savedAt },
    };
  }

  /**
   * Opens the restored profile. One that was already here keeps the passphrase it has today, which may not be the
   * copy's: then its unlock screen asks for it.
   */
  async function open(restored: ProfileEntry, savedAt: string | null, kept: string | null) {
    const session = useSessionStore.getState();
    const said = restoredMessage(restored.name, { savedAt, from: 'copy', replaced: kept !== null });
    const opened = await call('profiles.unlock', { id: restored.id, passphrase: opensWith });
    if (opened.ok) {
      session.unlocked(opened.value);
      // After unlocking, which empties every store, so the message is not swept away with them.
      useToastStore.getState().show(said, 'info', 12_000);
      return;
    }
    await session.refresh();
    onDone(restored, `${said} ${restored.name} keeps the passphrase it has now: enter it to open.`);
  }

  return (
    <form
      className="form-stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!chosen || !ready || wait.waiting) return;
        void save(
          () =>
            restore(chosen).then((result) => {
              if (!result.ok && wait.startFrom(result.error)) setWaitFor(withKey ? 'recovery keys' : 'passphrases');
              return result;
            }),
          ({ id, name, savedAt, kept }) => void open({ id, name }, savedAt, kept),
        );
      }}
    >
      <h1 className="picker-title">Restore from a backup copy</h1>
      <p className="muted small">
        Choose a backup copy saved from Settings (a file ending in .politely). It brings its profile back as it was on
        the day it was saved: on this computer it takes the place of that profile’s data, which is kept aside; on
        another computer the profile is added. It opens with the passphrase the profile had when the copy was saved, or
        with the recovery key.
      </p>
      <FileChooser
        kind="backup"
        accept={profile ? '.politely,.db' : '.politely'}
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
          <RecoveryKeyField
            value={recoveryKey}
            onChange={setRecoveryKey}
            error={fieldErrors.recoveryKey}
            inputRef={secretInput}
          />
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
          hint={
            profile
              ? `The one the profile had when the copy was saved. A copy from an earlier Politely (a .db file) opens with ${profile.name}’s passphrase of today.`
              : 'The one the profile had when the copy was saved.'
          }
        >
          {(a) => (
            <input
              {...a}
              ref={secretInput}
              type="password"
              autoComplete="current-password"
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
            />
          )}
        </Field>
      )}
      {wait.waiting ? (
        <RetryWait what={waitFor} seconds={wait.secondsLeft} />
      ) : (
        <FormError message={wait.unlessWait(formError)} />
      )}
      <button type="submit" className="button button-primary" disabled={busy || wait.waiting || !ready}>
        {busy ? 'Restoring…' : 'Restore and open'}
      </button>
      <button type="button" className="link-button" onClick={() => onDone()}>
        Back
      </button>
    </form>
  );
}
