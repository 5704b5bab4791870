import { useState } from 'react';
import type { InterviewDetail } from '../../api/contract';
import { call } from '../api';
import { Field, FormError, useSave } from '../components/ui';

/** What the client said after the interview; marking it received lets the application move on. */
export function ClientFeedback({
  interview,
  onChange,
}: {
  interview: InterviewDetail;
  onChange(i: InterviewDetail): void;
}) {
  const [feedback, setFeedback] = useState(interview.clientFeedback ?? '');
  const { busy, fieldErrors, formError, save } = useSave();
  if (interview.clientFeedbackAt) {
    return (
      <section className="panel" aria-labelledby="feedback-title">
        <h2 id="feedback-title">Client feedback</h2>
        <p>{interview.clientFeedback ?? 'Received.'}</p>
      </section>
    );
  }
  return (
    <section className="panel" aria-labelledby="feedback-title">
      <h2 id="feedback-title">Client feedback</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save(() => call('interviews.feedbackDone', { id: interview.id, feedback }), onChange);
        }}
      >
        <Field label="What the client said (internal)" error={fieldErrors.feedback}>
          {(a) => <textarea {...a} rows={3} value={feedback} onChange={(e) => setFeedback(e.target.value)} />}
        </Field>
        <FormError message={formError} />
        <button type="submit" className="button" disabled={busy}>
          Mark feedback received
        </button>
      </form>
    </section>
  );
}
