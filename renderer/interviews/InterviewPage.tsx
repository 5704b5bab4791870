import { useState } from 'react';
import type { InterviewDetail } from '../../api/contract';
import { call } from '../api';
import { useConfirm } from '../components/ConfirmDialog';
import { PageHeader } from '../components/ui';
import { href } from '../router';
import { useToastStore } from '../stores/toasts';
import { ClientFeedback } from './ClientFeedback';
import { DebriefSummary } from './DebriefSummary';
import { download, FORMAT_LABELS, interviewStatus, interviewTime, STATUS_LABELS } from './format';
import { PrepChecklist } from './PrepChecklist';
import { RescheduleDialog } from './RescheduleDialog';

/** An interview: when and where, the prep packet, the prep checklist, and after it the debrief and feedback. */
export function InterviewPage({
  interview,
  onChange,
}: {
  interview: InterviewDetail;
  onChange(i: InterviewDetail): void;
}) {
  const status = interviewStatus(interview);
  const [rescheduling, setRescheduling] = useState(false);
  const toasts = useToastStore.getState();
  const { dialog, ask } = useConfirm();
  const exportAs = async (format: 'html' | 'pdf' | 'ics') => {
    const result = await call('prep.exportPacket', { interviewId: interview.id, format });
    if (result.ok) return download(result.value);
    if (format === 'pdf' && result.error.details?.printInBrowser) {
      // The packet's own address, where it keeps its styles: printed from there it is the desktop app's PDF.
      const page = await call('prep.printPacket', { interviewId: interview.id });
      if (page.ok) {
        window.open(page.value.url, '_blank', 'noopener');
        toasts.show('The packet opened in a new tab. Press Ctrl+P (⌘P on a Mac) there and choose "Save as PDF".');
        return;
      }
      toasts.show(page.error.message, 'error');
      return;
    }
    toasts.show(result.error.message, 'error');
  };
  const cancel = async () => {
    const sure = await ask({
      title: 'Cancel this interview?',
      body: (
        <p>
          Round {interview.round} with {interview.candidateName} is cancelled, and you can then send them the
          cancellation for their calendar. Its prep stays for reference.
        </p>
      ),
      action: 'Cancel the interview',
      cancel: 'Keep it',
    });
    if (!sure) return;
    const result = await call('interviews.cancel', { id: interview.id });
    if (!result.ok) {
      toasts.show(result.error.message, 'error');
      return;
    }
    onChange(result.value);
    toasts.show(
      `Cancelled. Save the cancellation and send it to ${interview.candidateName}, so it leaves their calendar.`,
    );
  };

  return (
    <div className="screen">
      <PageHeader
        title={`Round ${interview.round}: ${interview.candidateName}`}
        subtitle={`${interview.positionTitle} at ${interview.companyName}`}
        actions={
          <a className="button" href={href('people', interview.candidateId)}>
            Open {interview.candidateName}
          </a>
        }
      />
      {status === 'debrief-due' && (
        <div className="banner banner-stop" role="status">
          The interview has ended and the debrief is due. Call {interview.candidateName} now, while it is fresh.{' '}
          <a className="button button-primary" href={href('interviews', interview.id, { debrief: '1' })}>
            Record the debrief
          </a>
        </div>
      )}
      <div className="person-grid">
        <div className="person-main">
          <section className="panel" aria-labelledby="when-title">
            <h2 id="when-title">When and where</h2>
            <dl className="facts">
              <dt>Starts</dt>
              <dd>{interviewTime(interview, new Date())}</dd>
              {interview.candidateTimezone && interview.candidateTimezone !== interview.timezone && (
                <>
                  <dt>For {interview.candidateName}</dt>
                  <dd>
                    {interviewTime({ startsAt: interview.startsAt, timezone: interview.candidateTimezone }, new Date())}
                  </dd>
                </>
              )}
              <dt>Length</dt>
              <dd>{interview.durationMinutes} minutes</dd>
              <dt>Format</dt>
              <dd>
                {FORMAT_LABELS[interview.format]}
                {interview.place ? ` · ${interview.place}` : ''}
              </dd>
              <dt>Interviewers</dt>
              <dd>
                {interview.interviewers.length
                  ? interview.interviewers.map((p) => (p.title ? `${p.name} (${p.title})` : p.name)).join(', ')
                  : 'Not set'}
              </dd>
              <dt>Status</dt>
              <dd>{STATUS_LABELS[status]}</dd>
            </dl>
            {(status === 'upcoming' || status === 'debrief-due') && (
              <div className="button-row">
                <button type="button" className="button" onClick={() => setRescheduling(true)}>
                  Reschedule
                </button>
                <button type="button" className="button" onClick={() => void cancel()}>
                  Cancel interview
                </button>
              </div>
            )}
            {dialog}
            {rescheduling && (
              <RescheduleDialog
                interview={interview}
                onClose={(next) => {
                  setRescheduling(false);
                  if (next) onChange(next);
                }}
              />
            )}
          </section>
          <section className="panel" aria-labelledby="packet-title">
            <h2 id="packet-title">Prep packet for {interview.candidateName}</h2>
            <p className="muted small">
              Built from the items marked “Candidate sees”. Internal items, notes and fees never go in it.
            </p>
            {status === 'cancelled' ? (
              <>
                <p className="small">
                  This interview was cancelled. Send {interview.candidateName} the cancellation: their calendar then
                  removes the invite it has.
                </p>
                <div className="button-row">
                  {/* The invite's UID with a higher SEQUENCE: saved and sent, it takes the event off their calendar. */}
                  <button type="button" className="button button-primary" onClick={() => void exportAs('ics')}>
                    Save the cancellation
                  </button>
                </div>
              </>
            ) : (
              <div className="button-row">
                <button type="button" className="button button-primary" onClick={() => void exportAs('html')}>
                  Download packet
                </button>
                <button type="button" className="button" onClick={() => void exportAs('pdf')}>
                  PDF
                </button>
                <button type="button" className="button" onClick={() => void exportAs('ics')}>
                  Calendar file
                </button>
              </div>
            )}
          </section>
          {interview.debrief && <DebriefSummary interview={interview} />}
          {status === 'debriefed' && <ClientFeedback interview={interview} onChange={onChange} />}
        </div>
        <PrepChecklist interview={interview} onChange={onChange} />
      </div>
    </div>
  );
}
