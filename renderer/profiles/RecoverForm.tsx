import { useRef, useState } from 'react';
import type { ProfileEntry } from '../../api/contract';
import { call } from '../api';
import { FormError, useSave } from '../components/ui';
import { useSessionStore } from '../stores/session';
import { NewPassphraseFields, RecoveryKeyField } from './PassphraseFields';
import { RetryWait, useRetryWait } from './retryWait';

/** A forgotten passphrase: the recovery key sets a new one, then the profile opens. */
export function RecoverForm({ profile, onDone }: { profile: ProfileEntry; onDone(): void }) {
  const [recoveryKey, setRecoveryKey] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const { busy, fieldErrors, formError, save } = useSave();
  const keyInput = useRef<HTMLInputElement>(null);
  const wait = useRetryWait(() => keyInput.current?.focus());
  return (
    <form
      className="form-stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (passphrase !== confirm || wait.waiting) return;
        void save(
          () =>
            call('profiles.recover', { id: profile.id, recoveryKey, newPassphrase: passphrase }).then((result) => {
              if (!result.ok) wait.startFrom(result.error);
              return result;
            }),
          () =>
            void save(
              () => call('profiles.unlock', { id: profile.id, passphrase }),
              (p) => useSessionStore.getState().unlocked(p),
            ),
        );
      }}
    >
      <h1 className="picker-title">Recover {profile.name}</h1>
      <RecoveryKeyField
        value={recoveryKey}
        onChange={setRecoveryKey}
        error={fieldErrors.recoveryKey}
        inputRef={keyInput}
      />
      <NewPassphraseFields
        label="New passphrase"
        value={passphrase}
        confirm={confirm}
        onChange={setPassphrase}
        onConfirm={setConfirm}
        error={fieldErrors.newPassphrase}
      />
      {wait.waiting ? (
        <RetryWait what="recovery keys" seconds={wait.secondsLeft} />
      ) : (
        <FormError message={wait.unlessWait(formError)} />
      )}
      <button
        type="submit"
        className="button button-primary"
        disabled={busy || wait.waiting || !recoveryKey || !passphrase || passphrase !== confirm}
      >
        {busy ? 'Recovering…' : 'Set the new passphrase and open'}
      </button>
      <button type="button" className="link-button" onClick={onDone}>
        Back to unlocking
      </button>
    </form>
  );
}
