import { useState } from 'react';
import { STAGE_LABELS, type PositionCandidate, type PositionRecord, type Submittal } from '../../api/contract';
import { firstName } from '../../core/submittals';
import { call } from '../api';
import { Dialog, Field, FormError, useSave } from '../components/ui';
import { href } from '../router';
import { useRpc } from '../useRpc';
import { savePacket } from './packet';

/**
 * "Send a shortlist": the client contact, the candidates with what the client should know about each, a note, and
 * whether their own email and phone go in. Once saved, the packet is saved as HTML or PDF to send.
 */
export function SendShortlist({
  position,
  candidates,
  onClose,
}: {
  position: PositionRecord;
  /** The position's open applications: only these may be sent. */
  candidates: PositionCandidate[];
  onClose(created: Submittal | null): void;
}) {
  const contacts = useRpc('people.list', { kind: 'contact', companyId: position.companyId, limit: 500 });
  const [created, setCreated] = useState<Submittal | null>(null);
  const title = created ? 'Shortlist saved' : `Send a shortlist for ${position.title}`;
  return (
    <Dialog title={title} onClose={() => onClose(created)} className="shortlist-dialog">
      {created ? (
        <Saved submittal={created} onDone={() => onClose(created)} />
      ) : contacts.status === 'error' ? (
        <p role="alert">{contacts.error}</p>
      ) : !contacts.data ? (
        <p className="muted">Loading the people at {position.companyName}…</p>
      ) : contacts.data.people.length === 0 ? (
        <NoContacts position={position} onCancel={() => onClose(null)} />
      ) : (
        <ShortlistForm
          position={position}
          candidates={candidates}
          contacts={contacts.data.people}
          onSaved={setCreated}
          onCancel={() => onClose(null)}
        />
      )}
    </Dialog>
  );
}

function NoContacts({ position, onCancel }: { position: PositionRecord; onCancel(): void }) {
  return (
    <>
      <p>
        No one at {position.companyName} is on file yet. A shortlist goes to a client contact: add the hiring manager to
        the client first.
      </p>
      <div className="form-actions">
        <a className="button button-primary" href={href('companies', position.companyId)}>
          Open {position.companyName}
        </a>
        <button type="button" className="button" onClick={onCancel}>
          Close
        </button>
      </div>
    </>
  );
}

function ShortlistForm({
  position,
  candidates,
  contacts,
  onSaved,
  onCancel,
}: {
  position: PositionRecord;
  candidates: PositionCandidate[];
  contacts: { id: string; name: string; title: string | null }[];
  onSaved(s: Submittal): void;
  onCancel(): void;
}) {
  // A hiring manager of the position is the likeliest reader; else whoever comes first.
  const manager = contacts.find((c) => position.hiringManagers.some((m) => m.id === c.id));
  const [contactId, setContactId] = useState((manager ?? contacts[0])!.id);
  const [picked, setPicked] = useState<string[]>([]);
  const [summaries, setSummaries] = useState<Record<string, string>>({});
  const [note, setNote] = useState('');
  const [contactDetails, setContactDetails] = useState(false);
  const { busy, fieldErrors, formError, save } = useSave();
  const chosen = contacts.find((c) => c.id === contactId);
  const reader = chosen ? firstName(chosen.name) : 'the client';
  // The packet lists them in the pipeline's order, whatever order they were ticked in.
  const order = candidates.map((c) => c.id);
  const byOrder = (a: string, b: string) => order.indexOf(a) - order.indexOf(b);
  const toggle = (id: string, on: boolean) =>
    setPicked((now) => (on ? [...now, id] : now.filter((p) => p !== id)).sort(byOrder));
  const submit = () =>
    save(
      () =>
        call('submittals.create', {
          positionId: position.id,
          contactId,
          applicationIds: picked,
          summaries: Object.fromEntries(picked.map((id) => [id, summaries[id] ?? ''])),
          note,
          include: { contactDetails },
        }),
      onSaved,
    );
  return (
    <form
      className="shortlist-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Field label="Send to" error={fieldErrors.contactId} required>
        {(a) => (
          <select {...a} value={contactId} onChange={(e) => setContactId(e.target.value)}>
            {contacts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title ? `${c.name} (${c.title})` : c.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="shortlist-picks" aria-describedby={fieldErrors.applicationIds ? 'picks-error' : undefined}>
        <legend>Candidates</legend>
        {candidates.map((c) => {
          const on = picked.includes(c.id);
          return (
            <div key={c.id} className="shortlist-pick">
              <label className="check">
                <input type="checkbox" checked={on} onChange={(e) => toggle(c.id, e.target.checked)} />
                {c.candidateName} <span className="muted small">{STAGE_LABELS[c.stage]}</span>
              </label>
              {on && (
                <Field label={`What ${reader} should know about ${c.candidateName}`}>
                  {(a) => (
                    <textarea
                      {...a}
                      rows={3}
                      value={summaries[c.id] ?? ''}
                      onChange={(e) => setSummaries((s) => ({ ...s, [c.id]: e.target.value }))}
                    />
                  )}
                </Field>
              )}
            </div>
          );
        })}
        {fieldErrors.applicationIds && (
          <p className="field-error" id="picks-error" role="alert">
            {fieldErrors.applicationIds}
          </p>
        )}
      </fieldset>
      <Field label={`A note to ${reader}`} error={fieldErrors.note} hint="It opens the packet. Optional.">
        {(a) => <textarea {...a} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <label className="check">
        <input type="checkbox" checked={contactDetails} onChange={(e) => setContactDetails(e.target.checked)} />
        Include the candidates’ email and phone
      </label>
      <p className="muted small">
        The packet holds the position, your summaries and your details. Notes, fees and anything internal never go in
        it.
      </p>
      <FormError message={formError ?? fieldErrors.summaries ?? null} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save the shortlist'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function Saved({ submittal, onDone }: { submittal: Submittal; onDone(): void }) {
  const count = submittal.candidates.length;
  return (
    <>
      <p role="status">
        {count === 1 ? 'One candidate' : `${count} candidates`} for {submittal.contact.name}. Save the packet and send
        it: Today shows the shortlist until {firstName(submittal.contact.name)} has answered on each.
      </p>
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={() => void savePacket(submittal.id, 'pdf')}>
          Save PDF
        </button>
        <button type="button" className="button" onClick={() => void savePacket(submittal.id, 'html')}>
          Save HTML
        </button>
        <button type="button" className="button" onClick={onDone}>
          Done
        </button>
      </div>
    </>
  );
}
