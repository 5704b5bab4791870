import { useState } from 'react';
import type { InterviewDetail, PrepItem } from '../../api/contract';
import { call } from '../api';
import { Dialog, Field, FormError, LoadError, PageHeader, useSave } from '../components/ui';
import { href } from '../router';
import { useToastStore } from '../stores/toasts';
import { useRpc } from '../useRpc';
import { DebriefScreen } from './DebriefScreen';
import { download, FORMAT_LABELS, interviewStatus, interviewTime, STATUS_LABELS, wallClockInstant, wallClockValue } from './format';

type Draft = Omit<PrepItem, 'id' | 'template'> & { id?: string; template?: string | null; key: string };

let newKeys = 0;
const toDraft = (items: PrepItem[]): Draft[] => items.map((i) => ({ ...i, key: i.id }));

export function InterviewScreen({ id, debrief }: { id: string; debrief: boolean }) {
  const { data: interview, status, error, reload, setData } = useRpc('interviews.get', { id });
  if (status === 'error') return <LoadError message={error} onRetry={reload} />;
  if (!interview || interview.id !== id) return <p className="screen muted">Loading…</p>;
  if (debrief) return <DebriefScreen interview={interview} onRecorded={setData} />;
  return <InterviewPage interview={interview} onChange={setData} />;
}

function InterviewPage({ interview, onChange }: { interview: InterviewDetail; onChange(i: InterviewDetail): void }) {
  const status = interviewStatus(interview);
  const [rescheduling, setRescheduling] = useState(false);
  const toasts = useToastStore.getState();
  const exportAs = async (format: 'html' | 'pdf' | 'ics') => {
    const result = await call('prep.exportPacket', { interviewId: interview.id, format });
    if (result.ok) return download(result.value);
    if (format === 'pdf' && result.error.details?.printInBrowser) {
      const html = await call('prep.exportPacket', { interviewId: interview.id, format: 'html' });
      if (html.ok) {
        window.open(URL.createObjectURL(new Blob([html.value.content], { type: 'text/html' })), '_blank', 'noopener');
        toasts.show('The packet opened in a new tab. Press Ctrl+P (⌘P on a Mac) and choose "Save as PDF".');
        return;
      }
    }
    toasts.show(result.error.message, 'error');
  };
  const cancel = async () => {
    if (!window.confirm('Cancel this interview? Its prep stays for reference.')) return;
    const result = await call('interviews.cancel', { id: interview.id });
    if (result.ok) onChange(result.value);
    else toasts.show(result.error.message, 'error');
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
              <dd>{interviewTime(interview)}</dd>
              {interview.candidateTimezone && interview.candidateTimezone !== interview.timezone && (
                <>
                  <dt>For {interview.candidateName}</dt>
                  <dd>{interviewTime({ startsAt: interview.startsAt, timezone: interview.candidateTimezone })}</dd>
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
              <dd>{interview.interviewers.length ? interview.interviewers.map((p) => (p.title ? `${p.name} (${p.title})` : p.name)).join(', ') : 'Not set'}</dd>
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
            <p className="muted small">Built from the items marked “Candidate sees”. Internal items, notes and fees never go in it.</p>
            <div className="button-row">
              <button type="button" className="button button-primary" onClick={() => void exportAs('html')} disabled={status === 'cancelled'}>
                Download packet
              </button>
              <button type="button" className="button" onClick={() => void exportAs('pdf')} disabled={status === 'cancelled'}>
                PDF
              </button>
              <button type="button" className="button" onClick={() => void exportAs('ics')} disabled={status === 'cancelled'}>
                Calendar file
              </button>
            </div>
          </section>
          {interview.debrief && <DebriefSummary interview={interview} />}
          {status === 'debriefed' && <ClientFeedback interview={interview} onChange={onChange} />}
        </div>
        <PrepChecklist interview={interview} onChange={onChange} />
      </div>
    </div>
  );
}

function RescheduleDialog({ interview, onClose }: { interview: InterviewDetail; onClose(next?: InterviewDetail): void }) {
  const [when, setWhen] = useState(wallClockValue(interview.startsAt, interview.timezone));
  const [timezone, setTimezone] = useState(interview.timezone);
  const [duration, setDuration] = useState(String(interview.durationMinutes));
  const { busy, fieldErrors, formError, save } = useSave();
  return (
    <Dialog title="Reschedule the interview" onClose={() => onClose()}>
      <form
        className="form-stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save(
            () => call('interviews.reschedule', { id: interview.id, startsAt: wallClockInstant(when, timezone) ?? '', timezone, durationMinutes: Number(duration) }),
            (next) => {
              useToastStore.getState().show('Interview moved. Send the candidate the new calendar file.');
              onClose(next);
            },
          );
        }}
      >
        <Field label="Starts" error={fieldErrors.startsAt} hint="The time on the clock where the interview happens." required>
          {(a) => <input {...a} type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} />}
        </Field>
        <div className="grid-2">
          <Field label="Interview time zone" error={fieldErrors.timezone} required>
            {(a) => <input {...a} value={timezone} onChange={(e) => setTimezone(e.target.value)} />}
          </Field>
          <Field label="Length in minutes" error={fieldErrors.durationMinutes} required>
            {(a) => <input {...a} type="number" min={5} max={720} step={5} value={duration} onChange={(e) => setDuration(e.target.value)} />}
          </Field>
        </div>
        <FormError message={formError} />
        <div className="form-actions">
          <button type="button" className="button" onClick={() => onClose()}>
            Keep the time
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Moving…' : 'Move the interview'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function PrepChecklist({ interview, onChange }: { interview: InterviewDetail; onChange(i: InterviewDetail): void }) {
  const [items, setItems] = useState<Draft[]>(() => toDraft(interview.items));
  const [open, setOpen] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const { busy, formError, save } = useSave();
  const locked = interview.cancelledAt !== null;
  const update = (key: string, patch: Partial<Draft>) => {
    setItems((list) => list.map((i) => (i.key === key ? { ...i, ...patch } : i)));
    setDirty(true);
  };
  const submit = (prepCallAt?: string) =>
    save(
      () => call('prep.update', { interviewId: interview.id, items: items.map(({ key: _key, ...rest }) => rest), ...(prepCallAt ? { prepCallAt } : {}) }),
      (next) => {
        onChange(next);
        setItems(toDraft(next.items));
        setDirty(false);
        useToastStore.getState().show(prepCallAt ? 'Prep saved, and the prep call logged.' : 'Prep saved.');
      },
    );
  const done = items.filter((i) => i.done).length;
  return (
    <section className="panel prep" aria-labelledby="prep-title">
      <div className="panel-head">
        <h2 id="prep-title">
          Prep <span className="column-count">{done}/{items.length}</span>
        </h2>
      </div>
      <ol className="prep-list">
        {items.map((item) => (
          <li key={item.key} className={`prep-item${item.done ? ' prep-done' : ''}`}>
            <div className="prep-row">
              <label className="check">
                <input type="checkbox" checked={item.done} disabled={locked} onChange={(e) => update(item.key, { done: e.target.checked })} />
                <span>{item.label}</span>
              </label>
              <select
                aria-label={`Who sees “${item.label}”`}
                className={`visibility visibility-${item.visibility}`}
                value={item.visibility}
                disabled={locked}
                onChange={(e) => update(item.key, { visibility: e.target.value as Draft['visibility'] })}
              >
                <option value="candidate">Candidate sees</option>
                <option value="internal">Internal</option>
              </select>
              <button type="button" className="link-button" aria-expanded={open === item.key} onClick={() => setOpen(open === item.key ? null : item.key)}>
                {open === item.key ? 'Close' : 'Edit'}
              </button>
            </div>
            {open === item.key && (
              <div className="prep-edit">
                <Field label="Title">{(a) => <input {...a} value={item.label} disabled={locked} onChange={(e) => update(item.key, { label: e.target.value })} />}</Field>
                <Field label="Text">{(a) => <textarea {...a} rows={6} value={item.body} disabled={locked} onChange={(e) => update(item.key, { body: e.target.value })} />}</Field>
                <button type="button" className="link-button danger" disabled={locked} onClick={() => (setItems((l) => l.filter((i) => i.key !== item.key)), setDirty(true))}>
                  Remove this item
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
      <FormError message={formError} />
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={locked}
          onClick={() => {
            const key = `new-${++newKeys}`;
            setItems((l) => [...l, { key, label: 'New item', body: '', visibility: 'candidate', done: false }]);
            setOpen(key);
            setDirty(true);
          }}
        >
          Add item
        </button>
        <button type="button" className="button button-primary" disabled={locked || busy || !dirty} onClick={() => void submit()}>
          {busy ? 'Saving…' : 'Save prep'}
        </button>
        <button type="button" className="button" disabled={locked || busy} onClick={() => void submit(new Date().toISOString())}>
          Log prep call now
        </button>
      </div>
    </section>
  );
}

function DebriefSummary({ interview }: { interview: InterviewDetail }) {
  const d = interview.debrief!;
  return (
    <section className="panel" aria-labelledby="debrief-title">
      <h2 id="debrief-title">Debrief: {d.acceptance === 'yes' ? 'YES' : 'NO'}</h2>
      {d.acceptanceVerbatim && <p>They said: “{d.acceptanceVerbatim}”, recorded as NO.</p>}
      <dl className="facts">
        <dt>Called</dt>
        <dd>
          {new Date(d.calledAt).toLocaleString()} · {d.latencyMinutes} minutes after the interview ended
        </dd>
        <dt>Arrived</dt>
        <dd>{d.arrivalTime}</dd>
        <dt>Lasted</dt>
        <dd>{d.durationMinutes} minutes</dd>
        <dt>Met</dt>
        <dd>{d.metWith}</dd>
        <dt>Asked</dt>
        <dd>{d.questionsAsked}</dd>
        <dt>Answered</dt>
        <dd>{d.answers}</dd>
        <dt>Vibe</dt>
        <dd>{d.vibe}</dd>
        {d.concerns && (
          <>
            <dt>Concerns</dt>
            <dd>{d.concerns}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

function ClientFeedback({ interview, onChange }: { interview: InterviewDetail; onChange(i: InterviewDetail): void }) {
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
