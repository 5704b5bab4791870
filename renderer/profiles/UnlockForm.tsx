import { useEffect, useRef, useState } from 'react';
import type { ProfileEntry } from '../../api/contract';
import { call, handleOf, type ChosenFile } from '../api';
import { FileChooser } from '../components/FileChooser';
import { Field, FormError } from '../components/ui';
import { useSessionStore } from '../stores/session';

/** Unlocks a profile with its passphrase; a damaged file offers its backups instead. */
export function UnlockForm({ profile, onForgot }: { profile: ProfileEntry; onForgot(): void }) {
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [backups, setBackups] = useState<{ name: string; takenAt: string }[] | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  async function unlock() {
    setBusy(true);
    const result = await call('profiles.unlock', { id: profile.id, passphrase });
    setBusy(false);
    if (result.ok) return useSessionStore.getState().unlocked(result.value);
    setMessage(result.error.message);
    // A damaged file is not the end: offer the backups that can replace it.
    if (result.error.details?.damaged) {
      const list = await call('profiles.backups', { id: profile.id });
      setBackups(list.ok ? list.value : []);
    }
  }

  async function restore(from: { backup: string } | { chosen: ChosenFile }) {
    if (!passphrase) return setMessage('Enter the passphrase first: the backup must open with it.');
    setBusy(true);
    let source: { backup: string } | { file: string };
    if ('chosen' in from) {
      const located = await handleOf(from.chosen);
      if (!located.ok) {
        setBusy(false);
        return setMessage(located.error.message);
      }
      source = { file: located.value };
    } else source = from;
    const result = await call('profiles.restore', { id: profile.id, passphrase, ...source });
    setBusy(false);
    if (!result.ok) return setMessage(result.error.message);
    setBackups(null);
    setMessage(null);
    await unlock();
  }

  return (
    <form
      className="form-stack"
      onSubmit={(e) => {
        e.preventDefault();
        void unlock();
      }}
    >
      <h1 className="picker-title">Unlock {profile.name}</h1>
      <Field label="Passphrase">
        {(a) => (
          <input
            {...a}
            ref={input}
            type="password"
            autoComplete="current-password"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
          />
        )}
      </Field>
      <FormError message={message} />
      {backups && backups.length > 0 && (
        <section className="restore" aria-labelledby="restore-title">
          <h2 id="restore-title">Restore from a backup</h2>
          <p className="muted small">The damaged file is kept; the backup you choose takes its place.</p>
          <ul>
            {backups.map((b) => (
              <li key={b.name}>
                <span>
                  {new Date(b.takenAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}
                </span>
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  onClick={() => void restore({ backup: b.name })}
                >
                  Restore this backup
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <button type="submit" className="button button-primary" disabled={busy || passphrase === ''}>
        {busy ? 'Unlocking…' : 'Unlock'}
      </button>
      <button type="button" className="link-button" onClick={onForgot}>
        Forgot your passphrase? Use your recovery key
      </button>
      <FileChooser
        kind="backup"
        accept=".politely,.db"
        className="link-button file-link"
        onChosen={(chosen) => void restore({ chosen })}
        onError={setMessage}
      >
        Restore from a backup copy…
      </FileChooser>
    </form>
  );
}
