import { Fragment, useState } from 'react';
import type { ProfileEntry } from '../../api/contract';
import { call } from '../api';
import { CopyButton } from '../components/CopyButton';
import { FormError, useSave } from '../components/ui';
import { useSessionStore } from '../stores/session';

/** The new profile's recovery key, shown once: the profile opens only once it is saved. */
export function RecoveryKey({
  profile,
  recoveryKey,
  passphrase,
}: {
  profile: ProfileEntry;
  recoveryKey: string;
  passphrase: string;
}) {
  const [saved, setSaved] = useState(false);
  const { busy, formError, save } = useSave();
  return (
    <div className="form-stack">
      <h1 className="picker-title">Write down your recovery key</h1>
      <p>
        If you ever forget your passphrase, this key is the only way back into {profile.name}. It is shown once, now.
        Keep it somewhere safe, away from this laptop.
      </p>
      <p className="recovery-key">
        <span className="sr-only">Recovery key: </span>
        {recoveryKey.split('-').map((group, i) => (
          <Fragment key={i}>
            {i > 0 && (
              <>
                -<wbr />
              </>
            )}
            <span className="recovery-key-group">{group}</span>
          </Fragment>
        ))}
      </p>
      <CopyButton
        text={recoveryKey}
        failed="Copying did not work here. Select the key above and copy it, or write it down."
      />
      <label className="check">
        <input type="checkbox" checked={saved} onChange={(e) => setSaved(e.target.checked)} /> I have saved my recovery
        key somewhere safe
      </label>
      <FormError message={formError} />
      <button
        type="button"
        className="button button-primary"
        disabled={!saved || busy}
        onClick={() =>
          void save(
            () => call('profiles.unlock', { id: profile.id, passphrase }),
            (p) => useSessionStore.getState().unlocked(p),
          )
        }
      >
        {busy ? 'Opening…' : `Open ${profile.name}`}
      </button>
    </div>
  );
}
