import { useState } from 'react';
import type { Submittal } from '../../api/contract';
import { firstName } from '../../core/submittals';
import { call } from '../api';
import { Dialog, Field, FormError, useSave } from '../components/ui';

/** Rewrites what the client reads: each summary, the note and whether the candidates' email and phone go in. */
export function EditShortlist({ submittal, onClose }: { submittal: Submittal; onClose(next: Submittal | null): void }) {
  const reader = firstName(submittal.contact.name);
  const [summaries, setSummaries] = useState<Record<string, string>>(() =>
    Object.fromEntries(submittal.candidates.map((c) => [c.applicationId, c.summary])),
  );
  const [note, setNote] = useState(submittal.note ?? '');
  const [contactDetails, setContactDetails] = useState(submittal.includeContactDetails);
  const { busy, fieldErrors, formError, save } = useSave();
  return (
    <Dialog
      title={`Edit the shortlist to ${submittal.contact.name}`}
      onClose={() => onClose(null)}
      className="shortlist-dialog"
    >
      <form
        className="shortlist-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save(
            () =>
              call('submittals.update', { submittalId: submittal.id, summaries, note, include: { contactDetails } }),
            onClose,
          );
        }}
      >
        {submittal.candidates.map((c) => (
          <Field key={c.applicationId} label={`What ${reader} should know about ${c.candidateName}`}>
            {(a) => (
              <textarea
                {...a}
                rows={3}
                value={summaries[c.applicationId] ?? ''}
                onChange={(e) => setSummaries((s) => ({ ...s, [c.applicationId]: e.target.value }))}
              />
            )}
          </Field>
        ))}
        <Field label={`A note to ${reader}`} error={fieldErrors.note}>
          {(a) => <textarea {...a} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
        <label className="check">
          <input type="checkbox" checked={contactDetails} onChange={(e) => setContactDetails(e.target.checked)} />
          Include the candidates’ email and phone
        </label>
        <p className="muted small">Save the packet again afterwards: a packet already sent keeps what it said.</p>
        <FormError message={formError ?? fieldErrors.summaries ?? null} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save changes'}
          </button>
          <button type="button" className="button" onClick={() => onClose(null)}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
