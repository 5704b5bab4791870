import { Field } from '../components/ui';

/** How long an interview lasts, in 5-minute steps up to 12 hours: the schedule and reschedule dialogs ask alike. */
export function DurationField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange(value: string): void;
  error?: string;
}) {
  return (
    <Field label="Length in minutes" error={error} required>
      {(a) => (
        <input
          {...a}
          type="number"
          min={5}
          max={720}
          step={5}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
