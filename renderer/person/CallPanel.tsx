import { useId, useState } from 'react';
import type { ApiError, Person, PersonRecord, TouchKind, TouchOutcome } from '../../api/contract';
import { telHref } from '../../core/contactAddress';
import { call } from '../api';
import { FormError } from '../components/ui';
import { usePersonStore } from '../stores/person';
import { useToastStore } from '../stores/toasts';
import '../styles/compose.css';
import { AgreedDateField } from './AgreedDateField';
import { fromZonedInput } from './labels';

/** What a call can come to, in the words a recruiter would use; a conversation is logged in full below. */
const OUTCOMES: { value: TouchOutcome; label: string }[] = [
  { value: 'connected', label: 'We spoke' },
  { value: 'voicemail', label: 'I left a voicemail' },
  { value: 'no-answer', label: 'No answer' },
];

const SUMMARY: Record<string, string> = {
  connected: 'Called; we spoke.',
  voicemail: 'Called; left a voicemail.',
  'no-answer': 'Called; no answer.',
};

/**
 * Calling from Politely: the number opens in the phone program (tel:), then one choice says how it went and the
 * call is logged, so the rules count it. touches.log checks the rules again as it logs: a call they refuse is not
 * written, and its reason is shown.
 */
export function CallPanel({
  person,
  kind,
  onClose,
}: {
  person: Person | PersonRecord;
  kind: TouchKind;
  onClose: () => void;
}) {
  const ids = useId();
  const [outcome, setOutcome] = useState<TouchOutcome | null>(null);
  const [note, setNote] = useState('');
  // Their wall time (datetime-local) for the next contact, when they agreed to one.
  const [agreed, setAgreed] = useState('');
  const zone = person.timezone ?? 'UTC';
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const tel = telHref(person.phone);

  async function logCall() {
    if (!outcome) {
      setError({ code: 'validation', message: 'Choose how the call went.' });
      return;
    }
    setBusy(true);
    const logged = await call('touches.log', {
      personId: person.id,
      channel: 'phone',
      direction: 'out',
      kind,
      outcome,
      summary: note.trim() ? `${SUMMARY[outcome]} ${note.trim()}` : SUMMARY[outcome],
      ...(outcome === 'connected' && agreed ? { agreedNextAt: fromZonedInput(agreed, zone) } : {}),
    });
    setBusy(false);
    if (!logged.ok) {
      setError(logged.error);
      return;
    }
    useToastStore.getState().show('Call logged.');
    onClose();
    void usePersonStore.getState().load(person.id);
  }

  return (
    <section className="compose" id="call-panel" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>Call {person.name}</h2>
      <div className="button-row">
        {tel && (
          <a className="button button-primary" href={tel}>
            Call {person.phone}
          </a>
        )}
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
      <fieldset className="compose-outcome">
        <legend>How did it go?</legend>
        {OUTCOMES.map((o) => (
          <label key={o.value} className="check">
            <input
              type="radio"
              name={`${ids}-outcome`}
              value={o.value}
              checked={outcome === o.value}
              onChange={() => {
                setOutcome(o.value);
                setError(null);
              }}
            />{' '}
            {o.label}
          </label>
        ))}
      </fieldset>
      {outcome === 'connected' && (
        <>
          <AgreedDateField value={agreed} zone={zone} onChange={setAgreed} />
          <p className="muted small">
            If they said what they think of the role, log the conversation with Log a contact below instead: Politely
            reads their words, and their answer steers the next follow-up.
          </p>
        </>
      )}
      <div className="field">
        <label htmlFor={`${ids}-note`}>Note (optional)</label>
        <input id={`${ids}-note`} value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
      </div>
      <FormError message={error?.message ?? null} />
      <div className="button-row">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void logCall()}>
          {busy ? 'Logging…' : 'Log the call'}
        </button>
      </div>
    </section>
  );
}
