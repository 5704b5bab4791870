import { useId, useMemo } from 'react';
import { timeZoneNames } from '../../core/timezones';
import { Field } from './ui';

interface TimeZoneFieldProps {
  label: string;
  value: string;
  onChange(zone: string): void;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
  placeholder?: string;
}

/** A time zone typed or picked from every IANA zone the runtime knows; the backend judges what was typed. */
export function TimeZoneField({ label, value, onChange, error, hint, required, placeholder }: TimeZoneFieldProps) {
  // Its own list id, so two of these on one screen (a form under a dialog) never share one.
  const listId = useId();
  const zones = useMemo(() => timeZoneNames(), []);
  return (
    <Field label={label} error={error} hint={hint} required={required}>
      {(a) => (
        <>
          <input
            {...a}
            list={listId}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            placeholder={placeholder}
            autoComplete="off"
            spellCheck={false}
          />
          <datalist id={listId}>
            {zones.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
        </>
      )}
    </Field>
  );
}
