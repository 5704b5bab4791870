import type { Ref } from 'react';
import { passphraseStrength } from '../../core/passphrase';
import { Field } from '../components/ui';

/** The recovery key as written down: eight groups of four, typed as they come, never spell-checked or remembered. */
export function RecoveryKeyField({
  value,
  onChange,
  error,
  inputRef,
}: {
  value: string;
  onChange(v: string): void;
  error?: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
}) {
  return (
    <Field
      label="Recovery key"
      error={error}
      hint="The eight groups of four characters you wrote down when you made the profile."
    >
      {(a) => (
        <input
          {...a}
          ref={inputRef}
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** A new passphrase typed twice, with a strength hint under the first and a check that the two agree. */
export function NewPassphraseFields({
  label,
  value,
  confirm,
  onChange,
  onConfirm,
  error,
}: {
  label: string;
  value: string;
  confirm: string;
  onChange(v: string): void;
  onConfirm(v: string): void;
  error?: string | undefined;
}) {
  const strength = value ? passphraseStrength(value) : null;
  return (
    <>
      <Field
        label={label}
        error={error}
        hint={strength?.hint ?? 'At least 12 characters. A few unrelated words are easy to remember and hard to guess.'}
      >
        {(a) => (
          <>
            <input
              {...a}
              type="password"
              autoComplete="new-password"
              value={value}
              onChange={(e) => onChange(e.target.value)}
            />
            {strength && (
              <meter
                className={`strength strength-${strength.strength}`}
                min={0}
                max={3}
                value={['too-short', 'weak', 'fair', 'strong'].indexOf(strength.strength)}
                aria-label="Passphrase strength"
              />
            )}
          </>
        )}
      </Field>
      <Field
        label="The same passphrase again"
        error={confirm !== '' && confirm !== value ? 'The two passphrases differ.' : undefined}
      >
        {(a) => (
          <input
            {...a}
            type="password"
            autoComplete="new-password"
            value={confirm}
            onChange={(e) => onConfirm(e.target.value)}
          />
        )}
      </Field>
    </>
  );
}
