import { passphraseStrength } from '../../core/passphrase';
import { Field } from '../components/ui';

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
