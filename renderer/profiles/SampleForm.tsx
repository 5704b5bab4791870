import { useEffect, useRef } from 'react';
import type { ProfileEntry } from '../../api/contract';
import { call } from '../api';
import { useConfirm } from '../components/ConfirmDialog';
import { FormError, useSave } from '../components/ui';
import { useSessionStore } from '../stores/session';

/** Opens the sample agency, making and filling it the first time: no passphrase, nothing real in it. */
export function useOpenSample(id?: string) {
  const { busy, formError, save } = useSave();
  return {
    busy,
    formError,
    open: () =>
      void save(
        () => call('profiles.openSample', id ? { id } : {}),
        (p) => useSessionStore.getState().unlocked(p),
      ),
  };
}

/** The sample agency, chosen in the picker: open it, or remove it. */
export function SampleForm({ profile }: { profile: ProfileEntry }) {
  const { busy, formError, open } = useOpenSample(profile.id);
  const removing = useSave();
  const { dialog, ask } = useConfirm();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <div className="form-stack">
      <h1 className="picker-title">{profile.name}</h1>
      <p className="muted">
        Sample data: a made-up agency to explore. It opens without a passphrase, so keep nothing real in it.
      </p>
      <FormError message={formError ?? removing.formError} />
      <button
        ref={button}
        type="button"
        className="button button-primary"
        disabled={busy || removing.busy}
        onClick={open}
      >
        {busy ? 'Opening…' : 'Open the sample'}
      </button>
      <button
        type="button"
        className="link-button"
        disabled={busy || removing.busy}
        onClick={() =>
          void ask({
            title: `Remove ${profile.name}?`,
            body: <p>Everything in it is made up; you can make it again at any time.</p>,
            action: `Remove ${profile.name}`,
          }).then((sure) => {
            if (sure)
              void removing.save(
                () => call('profiles.removeSample', { id: profile.id }),
                () => void useSessionStore.getState().refresh(),
              );
          })
        }
      >
        Remove the sample
      </button>
      {dialog}
    </div>
  );
}
