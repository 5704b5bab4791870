import { useState } from 'react';
import type { ProfileEntry } from '../../api/contract';
import { useSessionStore } from '../stores/session';
import { CreateForm } from './CreateForm';
import { ExploreSample } from './ExploreSample';
import { RecoverForm } from './RecoverForm';
import { RecoveryKey } from './RecoveryKey';
import { RestoreCopyForm } from './RestoreCopyForm';
import { SampleForm } from './SampleForm';
import { UnlockForm } from './UnlockForm';

type Mode =
  | { kind: 'unlock'; profile: ProfileEntry; notice?: string }
  | { kind: 'sample'; profile: ProfileEntry }
  | { kind: 'create' }
  | { kind: 'recover'; profile: ProfileEntry }
  /** `profile`: the one whose unlock screen it was opened from, whose older copies it can also take. */
  | { kind: 'restore-copy'; profile?: ProfileEntry | undefined }
  | { kind: 'recovery-key'; profile: ProfileEntry; key: string; passphrase: string };

/** The first thing on screen, and where locking returns: choose your profile and unlock it, or make one. */
export function ProfilePicker() {
  const { profiles, legacy, lastProfileId, ownProfileId } = useSessionStore();
  // Back from the sample, the profile you came from is the one offered.
  const [chosen, setMode] = useState<Mode>(() =>
    choose(profiles.find((p) => p.id === ownProfileId) ?? profiles.find((p) => p.id === lastProfileId) ?? profiles[0]),
  );
  // A profile that has gone (deleted elsewhere) falls back to the first one, or to making one.
  const gone =
    chosen.kind !== 'create' &&
    chosen.kind !== 'recovery-key' &&
    chosen.kind !== 'restore-copy' &&
    !profiles.some((p) => p.id === chosen.profile.id);
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
                className={`picker-profile${'profile' in mode && mode.profile?.id === p.id ? ' selected' : ''}`}
                aria-pressed={'profile' in mode && mode.profile?.id === p.id}
                onClick={() => setMode(choose(p))}
              >
                <span className="picker-initial" aria-hidden="true">
                  {p.name.slice(0, 1).toUpperCase()}
                </span>
                {p.name}
                {p.sample && <span className="tag">Sample</span>}
              </button>
            ))}
            <button
              type="button"
              className={`picker-profile${mode.kind === 'create' ? ' selected' : ''}`}
              aria-pressed={mode.kind === 'create'}
              onClick={() => setMode({ kind: 'create' })}
            >
              <span className="picker-initial" aria-hidden="true">
                +
              </span>
              New profile
            </button>
          </nav>
        )}
        {mode.kind === 'unlock' && (
          <UnlockForm
            key={mode.profile.id}
            profile={mode.profile}
            notice={mode.notice}
            onForgot={() => setMode({ kind: 'recover', profile: mode.profile })}
          />
        )}
        {mode.kind === 'recover' && (
          <RecoverForm profile={mode.profile} onDone={() => setMode({ kind: 'unlock', profile: mode.profile })} />
        )}
        {mode.kind === 'create' && (
          <CreateForm
            first={profiles.length === 0}
            legacy={legacy}
            onCreated={(profile, key, passphrase) => setMode({ kind: 'recovery-key', profile, key, passphrase })}
          />
        )}
        {mode.kind === 'recovery-key' && (
          <RecoveryKey profile={mode.profile} recoveryKey={mode.key} passphrase={mode.passphrase} />
        )}
        {mode.kind === 'sample' && <SampleForm profile={mode.profile} />}
        {mode.kind === 'restore-copy' && (
          <RestoreCopyForm
            profile={mode.profile}
            onDone={(restored, notice) => {
              const next = choose(restored ?? mode.profile ?? profiles[0]);
              setMode(next.kind === 'unlock' && notice ? { ...next, notice } : next);
            }}
          />
        )}
        {mode.kind !== 'recovery-key' && mode.kind !== 'restore-copy' && (
          <button
            type="button"
            className="link-button"
            onClick={() =>
              setMode({ kind: 'restore-copy', profile: mode.kind === 'unlock' ? mode.profile : undefined })
            }
          >
            Restore from a backup copy…
          </button>
        )}
        {!hasSample && mode.kind !== 'recovery-key' && <ExploreSample />}
      </div>
    </main>
  );
}

const choose = (profile: ProfileEntry | undefined): Mode =>
  !profile ? { kind: 'create' } : profile.sample ? { kind: 'sample', profile } : { kind: 'unlock', profile };
