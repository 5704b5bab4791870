import { useEffect, useId, useRef, useState } from 'react';
import {
  awaitingFeedback,
  STAGE_LABELS,
  VERDICT_LABELS,
  type FeedbackVerdict,
  type Output,
  type SubmittedCandidate,
  type Submittal,
} from '../../api/contract';
import { telHref } from '../../core/contactAddress';
import { firstName } from '../../core/submittals';
import { call } from '../api';
import { href } from '../router';
import { useToastStore } from '../stores/toasts';
import { savePacket, shortDate } from './packet';
import { EditShortlist } from './EditShortlist';
import { RejectDialog } from './RejectDialog';

type Next = Output<'submittals.recordFeedback'>['next'];

/** One shortlist: to whom and when, its packet, and each candidate with the client's answer or the buttons for it. */
export function ShortlistCard({
  submittal,
  focused,
  onChange,
}: {
  submittal: Submittal;
  /** Opened from Today: brought into view and focused. */
  focused: boolean;
  onChange(next: Submittal): void;
}) {
  const titleId = useId();
  const ref = useRef<HTMLElement>(null);
  const [next, setNext] = useState<Next | null>(null);
  const [rejecting, setRejecting] = useState<SubmittedCandidate | null>(null);
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!focused) return;
    ref.current?.scrollIntoView({ block: 'start' });
    ref.current?.focus();
  }, [focused]);
  const client = firstName(submittal.contact.name);
  const waiting = submittal.candidates.filter(awaitingFeedback).length;

  const answer = async (c: SubmittedCandidate, verdict: FeedbackVerdict, reason?: string): Promise<string | null> => {
    setBusy(true);
    const result = await call('submittals.recordFeedback', {
      submittalId: submittal.id,
      applicationId: c.applicationId,
      verdict,
      ...(reason ? { reason } : {}),
    });
    setBusy(false);
    if (!result.ok) {
      if (verdict === 'reject') return result.error.message;
      useToastStore.getState().show(result.error.message, 'error');
      return null;
    }
    onChange(result.value.submittal);
    setNext(result.value.next);
    setRejecting(null);
    return null;
  };

  return (
    <article
      ref={ref}
      tabIndex={-1}
      className={`shortlist${focused ? ' shortlist-focused' : ''}`}
      aria-labelledby={titleId}
    >
      <div className="shortlist-head">
        <h3 id={titleId}>To {submittal.contact.name}</h3>
        <span className="muted small">
          Sent {shortDate(submittal.sentAt)} ·{' '}
          {waiting === 0 ? 'every answer is in' : `waiting on ${waiting} of ${submittal.candidates.length}`}
        </span>
      </div>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void savePacket(submittal.id, 'pdf')}>
          Save PDF
        </button>
        <button type="button" className="button" onClick={() => void savePacket(submittal.id, 'html')}>
          Save HTML
        </button>
        <button type="button" className="button" onClick={() => setEditing(true)}>
          Edit
        </button>
        {waiting > 0 && (
          <a className="button" href={href('people', submittal.contact.id)}>
            Chase {client}
          </a>
        )}
      </div>
      {next && <NextStep next={next} />}
      <ul className="shortlist-candidates">
        {submittal.candidates.map((c) => (
          <li key={c.applicationId} className="shortlist-candidate">
            <div className="shortlist-who">
              <a href={href('people', c.candidateId)}>{c.candidateName}</a>
              <span className={`tag${c.feedback ? ` tag-verdict-${c.feedback.verdict}` : ''}`}>
                {c.feedback
                  ? VERDICT_LABELS[c.feedback.verdict]
                  : awaitingFeedback(c)
                    ? 'Waiting'
                    : STAGE_LABELS[c.stage]}
              </span>
            </div>
            {c.summary && <p className="shortlist-summary">{c.summary}</p>}
            {c.feedback && (
              <p className="muted small">
                Answered {shortDate(c.feedback.at)}
                {c.feedback.reason ? `: “${c.feedback.reason}”` : ''}
              </p>
            )}
            {(awaitingFeedback(c) ||
              (c.feedback?.verdict === 'hold' && c.stage !== 'closed' && c.stage !== 'placed')) && (
              <div className="button-row" role="group" aria-label={`${client}’s answer on ${c.candidateName}`}>
                <button type="button" className="button" disabled={busy} onClick={() => void answer(c, 'interview')}>
                  Interview
                </button>
                <button type="button" className="button" disabled={busy} onClick={() => setRejecting(c)}>
                  Reject
                </button>
                {c.feedback?.verdict !== 'hold' && (
                  <button type="button" className="button" disabled={busy} onClick={() => void answer(c, 'hold')}>
                    Hold
                  </button>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
      {editing && (
        <EditShortlist
          submittal={submittal}
          onClose={(edited) => {
            setEditing(false);
            if (edited) onChange(edited);
          }}
        />
      )}
      {rejecting && (
        <RejectDialog
          candidateName={rejecting.candidateName}
          clientName={submittal.contact.name}
          busy={busy}
          onConfirm={(reason) => answer(rejecting, 'reject', reason)}
          onCancel={() => setRejecting(null)}
        />
      )}
    </article>
  );
}

/** Whom to call now, after the client answered. */
function NextStep({ next }: { next: Next }) {
  const tel = telHref(next.phone);
  return (
    <div className="banner banner-open shortlist-next" role="status">
      <p>{next.message}</p>
      <div className="button-row">
        {tel && (
          <a className="button button-primary" href={tel}>
            Call {firstName(next.personName)}
          </a>
        )}
        <a className="button" href={href('people', next.personId)}>
          Open {next.personName}
        </a>
      </div>
    </div>
  );
}
