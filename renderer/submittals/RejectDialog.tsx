import { useState } from 'react';
import { firstName } from '../../core/submittals';
import { Dialog, Field, FormError } from '../components/ui';

/** The client said no: what they said, in their words, which the candidate will hear when you call. */
export function RejectDialog({
  candidateName,
  clientName,
  busy,
  onConfirm,
  onCancel,
}: {
  candidateName: string;
  clientName: string;
  busy: boolean;
  /** Answers the error to show, or null once recorded. */
  onConfirm(reason: string): Promise<string | null>;
  onCancel(): void;
}) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <Dialog title={`${firstName(clientName)} said no to ${candidateName}`} onClose={onCancel}>
      <form
        className="form-stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (!reason.trim()) {
            setMissing(true);
            return;
          }
          void onConfirm(reason.trim()).then(setError);
        }}
      >
        <p className="muted">
          The application closes as “Client said no” with these words, and you call {firstName(candidateName)} to tell
          them.
        </p>
        <Field
          label="What did the client say?"
          error={missing && !reason.trim() ? 'Write what the client said: you will tell the candidate.' : undefined}
          required
        >
          {(a) => <textarea {...a} rows={3} autoFocus value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
        <FormError message={error} />
        <div className="form-actions">
          <button type="submit" className="button button-danger" disabled={busy}>
            {busy ? 'Recording…' : 'Record the no'}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
