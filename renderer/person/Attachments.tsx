import { useState } from 'react';
import {
  ATTACHMENT_LABELS,
  ATTACHMENT_MAX_BYTES,
  formatSize,
  type Attachment,
  type PersonRecord,
} from '../../api/contract';
import { call, handleOf, type ChosenFile } from '../api';
import { FileChooser } from '../components/FileChooser';
import { FormError } from '../components/ui';
import { download } from '../interviews/format';
import { useToastStore } from '../stores/toasts';
import { useRpc } from '../useRpc';
import { day } from './Applications';

const ACCEPT =
  '.pdf,.docx,.txt,application/pdf,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const LIMIT_MB = ATTACHMENT_MAX_BYTES / (1024 * 1024);

/** Where adding a document is: its file on the way to Politely, then its words being read for search. */
type Adding = { name: string; phase: 'uploading' | 'reading' } | null;

function AttachmentRow({ attachment: a, onRemoved }: { attachment: Attachment; onRemoved(): void }) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    setBusy(true);
    setError(null);
    const file = await call('attachments.get', { id: a.id });
    setBusy(false);
    if (file.ok) download(file.value);
    else setError(file.error.message);
  };
  const remove = async () => {
    setBusy(true);
    const removed = await call('attachments.remove', { id: a.id });
    setBusy(false);
    if (!removed.ok) return setError(removed.error.message);
    useToastStore.getState().show(`Removed ${a.name}.`);
    onRemoved();
  };
  return (
    <li className="record-row">
      <div className="record-row-head">
        <span className="record-row-title">{a.name}</span>
        <span className="tag">{ATTACHMENT_LABELS[a.type]}</span>
      </div>
      <p className="record-row-line small muted">
        {formatSize(a.size)} · added <time dateTime={a.addedAt}>{day(a.addedAt)}</time>
      </p>
      {asking ? (
        <div className="button-row" role="group" aria-label={`Remove ${a.name}?`}>
          <span>Remove {a.name}? It cannot be undone.</span>
          <button type="button" className="button button-danger" disabled={busy} onClick={() => void remove()}>
            Yes, remove
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => setAsking(false)} autoFocus>
            No, keep it
          </button>
        </div>
      ) : (
        <div className="button-row">
          <button type="button" className="button" disabled={busy} onClick={() => void save()}>
            Save a copy<span className="sr-only"> of {a.name}</span>
          </button>
          <button type="button" className="button button-quiet" disabled={busy} onClick={() => setAsking(true)}>
            Remove<span className="sr-only"> {a.name}</span>
          </button>
        </div>
      )}
      <FormError message={error} />
    </li>
  );
}

/**
 * The documents kept with a person (a CV above all), inside their profile: add one, save a copy, remove it. Their
 * words are searchable, so Ctrl+K finds the person by anything their CV says.
 */
export function Attachments({ person }: { person: PersonRecord }) {
  const [revision, setRevision] = useState(0);
  const list = useRpc('attachments.list', { personId: person.id }, [revision]);
  const [adding, setAdding] = useState<Adding>(null);
  const [error, setError] = useState<string | null>(null);
  const documents = list.data ?? [];

  const add = async (chosen: ChosenFile) => {
    setError(null);
    // Refused here too so a file far too large is not sent at all; Politely checks again, whatever the page says.
    if ('file' in chosen && chosen.file.size > ATTACHMENT_MAX_BYTES)
      return setError(`That file is larger than ${LIMIT_MB} MB. Add a smaller copy.`);
    setAdding({ name: chosen.name, phase: 'file' in chosen ? 'uploading' : 'reading' });
    const handle = await handleOf(chosen);
    if (!handle.ok) {
      setAdding(null);
      return setError(handle.error.message);
    }
    setAdding({ name: chosen.name, phase: 'reading' });
    const added = await call('attachments.add', { personId: person.id, path: handle.value, name: chosen.name });
    setAdding(null);
    if (!added.ok) return setError(added.error.message);
    useToastStore.getState().show(`Added ${added.value.name}. Search now finds ${person.name} by its words.`);
    setRevision((n) => n + 1);
  };

  return (
    <section className="panel person-attachments" aria-labelledby="attachments-title">
      <h2 id="attachments-title">Documents</h2>
      {list.error && <FormError message={list.error} />}
      {list.data && documents.length === 0 && !adding && (
        <p className="muted">
          No documents yet. Add their CV (PDF, Word or plain text, up to {LIMIT_MB} MB): it is kept inside this profile,
          and Ctrl+K then finds {person.name} by any word in it.
        </p>
      )}
      {documents.length > 0 && (
        <ul className="record-list" aria-label={`Documents of ${person.name}`}>
          {documents.map((a) => (
            <AttachmentRow key={a.id} attachment={a} onRemoved={() => setRevision((n) => n + 1)} />
          ))}
        </ul>
      )}
      {adding && (
        <div className="import-progress" role="status">
          <span>
            {adding.phase === 'uploading'
              ? `Sending ${adding.name} to Politely…`
              : `Reading the words of ${adding.name}…`}
          </span>
          <progress aria-label={`Adding ${adding.name}`} />
        </div>
      )}
      <FormError message={error} />
      <div className="button-row">
        <FileChooser
          kind="document"
          accept={ACCEPT}
          className="button"
          disabled={adding !== null}
          onChosen={(chosen) => void add(chosen)}
          onError={setError}
        >
          {documents.length ? 'Add another document…' : 'Add a document…'}
        </FileChooser>
      </div>
    </section>
  );
}
