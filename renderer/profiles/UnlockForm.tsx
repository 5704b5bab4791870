import { useEffect, useRef, useState } from 'react';
import type { ProfileEntry } from '../../api/contract';
import { call } from '../api';
import { Field, FormError } from '../components/ui';
import { formatDayTime } from '../dates';
import { useSessionStore } from '../stores/session';
import { useToastStore } from '../stores/toasts';
import { RetryWait, useRetryWait } from './retryWait';
import { restoredMessage } from './restoredMessage';

/**
 * Unlocks a profile with its passphrase; a damaged file offers its backups instead. `notice` says what just happened
 * to this profile (a copy restored into it that its passphrase of today must open).
 */
export function UnlockForm({
  profile,
  notice,
  onForgot,
}: {
  profile: ProfileEntry;
  notice?: string | undefined;
  onForgot(): void;
}) {
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [backups, setBackups] = useState<{ name: string; takenAt: string }[] | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  // Once the wait is over the field is where the next try starts.
  const wait = useRetryWait(() => input.current?.focus());

  async function unlock(restored?: string) {
    setBusy(true);
    const result = await call('profiles.unlock', { id: profile.id, passphrase });
    setBusy(false);
    if (result.ok) {
      useSessionStore.getState().unlocked(result.value);
      // After unlocking, which empties every store, so the message is not swept away with the last profile's.
      if (restored) useToastStore.getState().show(restored, 'info', 12_000);
      return;
    }
    if (wait.startFrom(result.error)) return setMessage(null);
    setMessage(result.error.message);
    // A damaged file is not the end: offer the backups that can replace it.
    if (result.error.details?.damaged) {
      const list = await call('profiles.backups', { id: profile.id });
      setBackups(list.ok ? list.value : []);
    }
  }

  async function restore(backup: string) {
    if (!passphrase) return setMessage('Enter the passphrase first: the backup must open with it.');
    setBusy(true);
    const result = await call('profiles.restore', { id: profile.id, passphrase, backup });
    setBusy(false);
    if (!result.ok) {
      if (wait.startFrom(result.error)) return setMessage(null);
      return setMessage(result.error.message);
    }
    setBackups(null);
    setMessage(null);
    await unlock(
      restoredMessage(profile.name, {
        savedAt: result.value.savedAt,
        from: 'backup',
        replaced: result.value.kept !== null,
      }),
    );
  }

  return (
    <form
      className="form-stack"
      onSubmit={(e) => {
        e.preventDefault();
        if (!wait.waiting) void unlock();
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
      {notice && !message && !wait.waiting && (
        <p className="form-notice" role="status">
          {notice}
        </p>
      )}
      {wait.waiting ? <RetryWait what="passphrases" seconds={wait.secondsLeft} /> : <FormError message={message} />}
      {backups && backups.length > 0 && (
        <section className="restore" aria-labelledby="restore-title">
          <h2 id="restore-title">Restore from a backup</h2>
          <p className="muted small">The damaged file is kept; the backup you choose takes its place.</p>
          <ul>
            {backups.map((b) => (
              <li key={b.name}>
                <span>{formatDayTime(b.takenAt, new Date())}</span>
                <button
                  type="button"
                  className="button"
                  disabled={busy || wait.waiting}
                  onClick={() => void restore(b.name)}
                >
                  Restore this backup
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <button type="submit" className="button button-primary" disabled={busy || wait.waiting || passphrase === ''}>
        {busy ? 'Unlocking…' : 'Unlock'}
      </button>
      <button type="button" className="link-button" onClick={onForgot}>
        Forgot your passphrase? Use your recovery key
      </button>
    </form>
  );
}
