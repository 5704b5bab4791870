import { useState } from 'react';
import type { ProfileEntry } from '../../api/contract';
import { call } from '../api';
import { Field, FormError, useSave } from '../components/ui';
import { NewPassphraseFields } from './PassphraseFields';

/** Makes a profile: a name and a passphrase; the recovery key comes next. */
export function CreateForm({
  first,
  legacy,
  onCreated,
}: {
  first: boolean;
  legacy: boolean;
  onCreated(profile: ProfileEntry, key: string, passphrase: string): void;
}) {
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const { busy, fieldErrors, formError, save } = useSave();
  return (
    <form
      className="form-stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (passphrase !== confirm) return;
        void save(
          () => call('profiles.create', { name, passphrase }),
          (created) => onCreated({ id: created.id, name: name.trim() }, created.recoveryKey, passphrase),
        );
      }}
    >
      <h1 className="picker-title">{first ? 'Welcome to Politely' : 'A new profile'}</h1>
      <p className="muted">
        Each recruiter on this computer has a profile of their own, locked with a passphrase. Nobody else can open it.
        {legacy && ' Your existing Politely data moves into this profile, encrypted.'}
      </p>
      <Field label="Your name" error={fieldErrors.name}>
        {(a) => <input {...a} autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <NewPassphraseFields
        label="Passphrase"
        value={passphrase}
        confirm={confirm}
        onChange={setPassphrase}
        onConfirm={setConfirm}
        error={fieldErrors.passphrase}
      />
      <FormError message={formError} />
      <button
        type="submit"
        className="button button-primary"
        disabled={busy || !name.trim() || !passphrase || passphrase !== confirm}
      >
        {busy ? 'Creating… (this takes a moment)' : 'Create profile'}
      </button>
    </form>
  );
}
