import { useEffect, useRef, useState } from 'react';
import type { ProfileEntry } from '../../api/contract';
import { call, pathOf } from '../api';
import { Field, FormError, useSave } from '../components/ui';
import { useSessionStore } from '../stores/session';
import { NewPassphraseFields } from './PassphraseFields';

type Mode = { kind: 'unlock'; profile: ProfileEntry } | { kind: 'sample'; profile: ProfileEntry } | { kind: 'create' } | { kind: 'recover'; profile: ProfileEntry } | { kind: 'recovery-key'; profile: ProfileEntry; key: string; passphrase: string };

/** The first thing on screen, and where locking returns: choose your profile and unlock it, or make one. */
export function ProfilePicker() {
  const { profiles, legacy, lastProfileId } = useSessionStore();
  const [chosen, setMode] = useState<Mode>(() => choose(profiles.find((p) => p.id === lastProfileId) ?? profiles[0]));
  // A profile that has gone (deleted elsewhere) falls back to the first one, or to making one.
  const gone = chosen.kind !== 'create' && chosen.kind !== 'recovery-key' && !profiles.some((p) => p.id === chosen.profile.id);
  const mode: Mode = gone ? choose(profiles[0]) : chosen;
  const hasSample = profiles.some((p) => p.sample);

  return (
    <main className="picker" id="main">
      <div className="picker-card">
        <div className="brand picker-brand">
          <span className="brand-mark" aria-hidden="true">
            P
          </span>
          <span className="brand-name">Politely</span>
        </div>
        {profiles.length > 0 && mode.kind !== 'recovery-key' && (
          <nav aria-label="Profiles" className="picker-profiles">
            {profiles.map((p) => (
              <button
                key={p.id}
                type="button"
                className={`picker-profile${mode.kind !== 'create' && mode.profile.id === p.id ? ' selected' : ''}`}
                aria-pressed={mode.kind !== 'create' && mode.profile.id === p.id}
                onClick={() => setMode(choose(p))}
              >
                <span className="picker-initial" aria-hidden="true">
                  {p.name.slice(0, 1).toUpperCase()}
                </span>
                {p.name}
                {p.sample && <span className="tag">Sample</span>}
              </button>
            ))}
            <button type="button" className={`picker-profile${mode.kind === 'create' ? ' selected' : ''}`} aria-pressed={mode.kind === 'create'} onClick={() => setMode({ kind: 'create' })}>
              <span className="picker-initial" aria-hidden="true">
                +
              </span>
              New profile
            </button>
          </nav>
        )}
        {mode.kind === 'unlock' && <UnlockForm key={mode.profile.id} profile={mode.profile} onForgot={() => setMode({ kind: 'recover', profile: mode.profile })} />}
        {mode.kind === 'recover' && <RecoverForm profile={mode.profile} onDone={() => setMode({ kind: 'unlock', profile: mode.profile })} />}
        {mode.kind === 'create' && <CreateForm first={profiles.length === 0} legacy={legacy} onCreated={(profile, key, passphrase) => setMode({ kind: 'recovery-key', profile, key, passphrase })} />}
        {mode.kind === 'recovery-key' && <RecoveryKey profile={mode.profile} recoveryKey={mode.key} passphrase={mode.passphrase} />}
        {mode.kind === 'sample' && <SampleForm profile={mode.profile} />}
        {!hasSample && mode.kind !== 'recovery-key' && <ExploreSample />}
      </div>
    </main>
  );
}

const choose = (profile: ProfileEntry | undefined): Mode => (!profile ? { kind: 'create' } : profile.sample ? { kind: 'sample', profile } : { kind: 'unlock', profile });

/** Opens the sample agency, making and filling it the first time: no passphrase, nothing real in it. */
function useOpenSample(id?: string) {
  const { busy, formError, save } = useSave();
  return { busy, formError, open: () => void save(() => call('profiles.openSample', id ? { id } : {}), (p) => useSessionStore.getState().unlocked(p)) };
}

function ExploreSample() {
  const { busy, formError, open } = useOpenSample();
  return (
    <div className="picker-sample">
      <p className="muted small">Not ready to bring in your own candidates? Look around a made-up agency first: 20 positions, 200 candidates, their interviews and debriefs.</p>
      <FormError message={formError} />
      <button type="button" className="button" disabled={busy} onClick={open}>
        {busy ? 'Making the sample agency…' : 'Explore with sample data'}
      </button>
    </div>
  );
}

function SampleForm({ profile }: { profile: ProfileEntry }) {
  const { busy, formError, open } = useOpenSample(profile.id);
  const removing = useSave();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <div className="form-stack">
      <h1 className="picker-title">{profile.name}</h1>
      <p className="muted">Sample data: a made-up agency to explore. It opens without a passphrase, so keep nothing real in it.</p>
      <FormError message={formError ?? removing.formError} />
      <button ref={button} type="button" className="button button-primary" disabled={busy || removing.busy} onClick={open}>
        {busy ? 'Opening…' : 'Open the sample'}
      </button>
      <button
        type="button"
        className="link-button"
        disabled={busy || removing.busy}
        onClick={() => {
          if (window.confirm(`Remove ${profile.name}? Everything in it is made up; you can make it again at any time.`)) {
            void removing.save(() => call('profiles.removeSample', { id: profile.id }), () => void useSessionStore.getState().refresh());
          }
        }}
      >
        Remove the sample
      </button>
    </div>
  );
}

function UnlockForm({ profile, onForgot }: { profile: ProfileEntry; onForgot(): void }) {
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

  async function restore(from: { backup: string } | { file: File }) {
    if (!passphrase) return setMessage('Enter the passphrase first: the backup must open with it.');
    setBusy(true);
    let source: { backup: string } | { file: string };
    if ('file' in from) {
      const located = await pathOf(from.file);
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
        {(a) => <input {...a} ref={input} type="password" autoComplete="current-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />}
      </Field>
      <FormError message={message} />
      {backups && backups.length > 0 && (
        <section className="restore" aria-labelledby="restore-title">
          <h2 id="restore-title">Restore from a backup</h2>
          <p className="muted small">The damaged file is kept; the backup you choose takes its place.</p>
          <ul>
            {backups.map((b) => (
              <li key={b.name}>
                <span>{new Date(b.takenAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}</span>
                <button type="button" className="button" disabled={busy} onClick={() => void restore({ backup: b.name })}>
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
      <label className="link-button file-link">
        Restore from a backup copy…
        <input
          type="file"
          className="sr-only"
          accept=".politely,.db"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void restore({ file });
          }}
        />
      </label>
    </form>
  );
}

function CreateForm({ first, legacy, onCreated }: { first: boolean; legacy: boolean; onCreated(profile: ProfileEntry, key: string, passphrase: string): void }) {
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
        void save(() => call('profiles.create', { name, passphrase }), (created) => onCreated({ id: created.id, name: name.trim() }, created.recoveryKey, passphrase));
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
      <NewPassphraseFields label="Passphrase" value={passphrase} confirm={confirm} onChange={setPassphrase} onConfirm={setConfirm} error={fieldErrors.passphrase} />
      <FormError message={formError} />
      <button type="submit" className="button button-primary" disabled={busy || !name.trim() || !passphrase || passphrase !== confirm}>
        {busy ? 'Creating… (this takes a moment)' : 'Create profile'}
      </button>
    </form>
  );
}

function RecoveryKey({ profile, recoveryKey, passphrase }: { profile: ProfileEntry; recoveryKey: string; passphrase: string }) {
  const [saved, setSaved] = useState(false);
  const { busy, formError, save } = useSave();
  return (
    <div className="form-stack">
      <h1 className="picker-title">Write down your recovery key</h1>
      <p>If you ever forget your passphrase, this key is the only way back into {profile.name}. It is shown once, now. Keep it somewhere safe, away from this laptop.</p>
      <p className="recovery-key">
        <span className="sr-only">Recovery key: </span>
        {recoveryKey}
      </p>
      <button type="button" className="button" onClick={() => void navigator.clipboard?.writeText(recoveryKey)}>
        Copy
      </button>
      <label className="check">
        <input type="checkbox" checked={saved} onChange={(e) => setSaved(e.target.checked)} /> I have saved my recovery key somewhere safe
      </label>
      <FormError message={formError} />
      <button
        type="button"
        className="button button-primary"
        disabled={!saved || busy}
        onClick={() => void save(() => call('profiles.unlock', { id: profile.id, passphrase }), (p) => useSessionStore.getState().unlocked(p))}
      >
        {busy ? 'Opening…' : `Open ${profile.name}`}
      </button>
    </div>
  );
}

function RecoverForm({ profile, onDone }: { profile: ProfileEntry; onDone(): void }) {
  const [recoveryKey, setRecoveryKey] = useState('');
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
          () => call('profiles.recover', { id: profile.id, recoveryKey, newPassphrase: passphrase }),
          () => void save(() => call('profiles.unlock', { id: profile.id, passphrase }), (p) => useSessionStore.getState().unlocked(p)),
        );
      }}
    >
      <h1 className="picker-title">Recover {profile.name}</h1>
      <Field label="Recovery key" error={fieldErrors.recoveryKey} hint="The eight groups of four characters you wrote down when you made this profile.">
        {(a) => <input {...a} autoComplete="off" spellCheck={false} value={recoveryKey} onChange={(e) => setRecoveryKey(e.target.value)} />}
      </Field>
      <NewPassphraseFields label="New passphrase" value={passphrase} confirm={confirm} onChange={setPassphrase} onConfirm={setConfirm} error={fieldErrors.newPassphrase} />
      <FormError message={formError} />
      <button type="submit" className="button button-primary" disabled={busy || !recoveryKey || !passphrase || passphrase !== confirm}>
        {busy ? 'Recovering…' : 'Set the new passphrase and open'}
      </button>
      <button type="button" className="link-button" onClick={onDone}>
        Back to unlocking
      </button>
    </form>
  );
}
