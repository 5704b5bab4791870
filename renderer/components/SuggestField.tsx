import { useId } from 'react';
import { Field } from './ui';

export interface SuggestFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
  placeholder?: string;
  onBlur?: () => void;
}

/** A text field that offers `options` while typing but takes any text; the backend judges what was typed. */
export function SuggestField({
  label,
  value,
  onChange,
  options,
  error,
  hint,
  required,
  placeholder,
  onBlur,
}: SuggestFieldProps & { options: readonly string[] }) {
  // Its own list id, so two of these on one screen (a form under a dialog) never share one.
  const listId = useId();
  return (
    <Field label={label} error={error} hint={hint} required={required}>
      {(a) => (
        <>
          <input
            {...a}
            list={listId}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            onBlur={onBlur}
            placeholder={placeholder}
            autoComplete="off"
            spellCheck={false}
          />
          <datalist id={listId}>
            {options.map((option) => (
              <option key={option} value={option} />
            ))}
          </datalist>
        </>
      )}
    </Field>
  );
}
