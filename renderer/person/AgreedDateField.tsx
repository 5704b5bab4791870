import { Field } from '../components/ui';

/** What to ask at the end of a conversation, so the next contact is one they agreed to. */
export const ASK_PERMISSION = 'Ask before you hang up: "May I follow up on …?" and note the date they agree to.';

/**
 * "When may I follow up?": the date they agreed to for the next contact, typed in their wall time (datetime-local).
 * touches.log carries it as agreedNextAt; until then the rules keep the after-conversation pause.
 */
export function AgreedDateField({
  value,
  zone,
  error,
  onChange,
}: {
  value: string;
  zone: string;
  error?: string | undefined;
  onChange(value: string): void;
}) {
  return (
    <Field
      label="When may I follow up?"
      error={error}
      hint={`Their time (${zone}).${value ? '' : ` ${ASK_PERMISSION}`}`}
    >
      {(a) => <input {...a} type="datetime-local" value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}
