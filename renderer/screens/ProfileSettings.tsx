import { useState } from 'react';
import { call, isDesktop, saveWithDialog } from '../api';
import { useConfirm } from '../components/ConfirmDialog';
import { Field, FormError, useSave } from '../components/ui';
import { formatDayTime } from '../dates';
import { download } from '../interviews/format';
import { NewPassphraseFields } from '../profiles/PassphraseFields';
import { useSessionStore } from '../stores/session';
import { useToastStore } from '../stores/toasts';
import { useRpc } from '../useRpc';

/** The open profile: its backups, its passphrase, and deleting it. */
export function ProfileSettings() {
  const profile = useSessionStore((s) => s.profile);
  const saved = useRpc('profiles.backups', { id: profile?.id ?? '' }, [], { enabled: profile !== null });
  const backups = saved.data ?? [];
  const [copySaved, setCopySaved] = useState<string | null>(null);
  if (!profile) return null;
  if (profile.sample) return <SampleProfile id={profile.id} name={profile.name} />;

  const saveCopy = async () => {
    setCopySaved(null);
    const result = await call('profiles.saveBackup', {});
    if (!result.ok) return useToastStore.getState().show(result.error.message, 'error');
    let where = `as “${result.value.fileName}”`;
    if (isDesktop()) {
      // The save dialog may be cancelled: then nothing was saved, and nothing is said.
      const written = await saveWithDialog(result.value);
      if (!written.ok) return useToastStore.getState().show(written.error.message, 'error');
      if ((written.value as { saved?: boolean } | null)?.saved === false) return;
      // The dialog may have given it another name: only the recruiter knows where it went.
      where = 'where you chose';
    } else download(result.value);
    setCopySaved(
      `Backup copy saved ${where}. It holds everything in ${profile.name}, encrypted, and opens with the ` +
        'passphrase the profile has now, even after you change it, or with your recovery key.',
    );
  };

  return (
    <section className="panel settings-about" aria-labelledby="profile-title">
      <h2 id="profile-title">Your profile: {profile.name}</h2>
      <p className="muted small">
        Encrypted on this computer. It locks after the idle time set above, when the computer sleeps or its screen
        locks, and with Ctrl+L (⌘L on a Mac).
      </p>
      <h3>Backups</h3>
      <p className="muted small">
        {backups.length
          ? `A backup is taken automatically each day you unlock; the last seven are kept. Newest: ${formatDayTime(backups[0]!.takenAt, new Date())}.`
          : 'A backup is taken automatically each day you unlock; the last seven are kept.'}
      </p>
      <button type="button" className="button" onClick={() => void saveCopy()}>
        Save a backup copy…
      </button>
      <p className="muted small">
        One encrypted file with everything in this profile, to keep somewhere else. It opens with the passphrase of the
        day it was saved, or with the recovery key.
      </p>
      {copySaved && (
        <p className="form-notice" role="status">
          {copySaved}
        </p>
      )}
      <ChangePassphrase id={profile.id} />
      <DeleteProfile id={profile.id} name={profile.name} />
    </section>
  );
}

/** The sample agency has no passphrase worth changing and no backups worth keeping: only a way out. */
function SampleProfile({ id, name }: { id: string; name: string }) {
  const { busy, formError, save } = useSave();
  const { dialog, ask } = useConfirm();
  return (
    <section className="panel settings-about" aria-labelledby="profile-title">
      {dialog}
      <h2 id="profile-title">Sample data: {name}</h2>
      <p className="muted small">
        A made-up agency to explore. It opens without a passphrase, so keep nothing real in it. Removing it takes away
        only what is in it; you can make it again from the profile picker.
      </p>
      <FormError message={formError} />
      <div>
        <button
          type="button"
          className="button button-danger"
          disabled={busy}
          onClick={() =>
            void ask({
              title: `Remove ${name}?`,
              body: <p>Everything in it goes; you can make the sample again from the profile picker.</p>,
              action: `Remove ${name}`,
            }).then((sure) => {
              if (sure)
                void save(
                  () => call('profiles.removeSample', { id }),
                  () => void useSessionStore.getState().lockedElsewhere(),
                );
            })
          }
        >
          Remove the sample
        </button>
      </div>
    </section>
  );
}

function ChangePassphrase({ id }: { id: string }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const { busy, fieldErrors, formError, save } = useSave();
  return (
    <form
      className="form-stack profile-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (next !== confirm) return;
        void save(
          () => call('profiles.changePassphrase', { id, passphrase: current, newPassphrase: next }),
          () => {
            setCurrent('');
            setNext('');
            setConfirm('');
            useToastStore.getState().show('Passphrase changed. Your recovery key still works.');
          },
        );
      }}
    >
      <h3>Change passphrase</h3>
      <div className="grid-thirds">
        <Field label="Current passphrase" error={fieldErrors.passphrase}>
          {(a) => (
            <input
              {...a}
              type="password"
              autoComplete="current-password"
              value={current}
              onChange={(e) => setCurrent(e.target.value)}
            />
          )}
        </Field>
        <NewPassphraseFields
          label="New passphrase"
          value={next}
          confirm={confirm}
          onChange={setNext}
          onConfirm={setConfirm}
          error={fieldErrors.newPassphrase}
        />
      </div>
      <FormError message={formError} />
      <div>
        <button type="submit" className="button" disabled={busy || !current || !next || next !== confirm}>
          {busy ? 'Changing…' : 'Change passphrase'}
        </button>
      </div>
    </form>
  );
}

function DeleteProfile({ id, name }: { id: string; name: string }) {
  const [passphrase, setPassphrase] = useState('');
  const { busy, fieldErrors, formError, save } = useSave();
  const { dialog, ask } = useConfirm();
  return (
    <details className="danger-zone">
      <summary>Delete this profile…</summary>
      {dialog}
      <form
        className="form-stack"
        onSubmit={(e) => {
          e.preventDefault();
          void ask({
            title: `Delete ${name}?`,
            body: <p>{name} and everything in it, with its backups, are deleted. This cannot be undone.</p>,
            action: `Delete ${name}`,
          }).then((sure) => {
            if (sure)
              void save(
                () => call('profiles.delete', { id, passphrase }),
                () => void useSessionStore.getState().lockedElsewhere(),
              );
          });
        }}
      >
        <p>
          Deleting removes every candidate, contact, note and backup in {name}. Save a backup copy first if you may need
          it.
        </p>
        <Field label="Passphrase, to confirm" error={fieldErrors.passphrase}>
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
        <FormError message={formError} />
        <div>
          <button type="submit" className="button button-danger" disabled={busy || !passphrase}>
            Delete {name}
          </button>
        </div>
      </form>
    </details>
  );
}
