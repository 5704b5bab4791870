import { useEffect, useState } from 'react';
import type { Envelope, PersonKind } from '../../api/contract';
import { peopleCount } from '../../core/peopleBulk';
import { call } from '../api';
import { useConfirm } from '../components/ConfirmDialog';
import { TagInput } from '../components/TagInput';
import { Dialog, DialogNote, Field, FormError, useSave } from '../components/ui';
import { download } from '../interviews/format';
import { href } from '../router';
import { usePeopleStore, usePositionsStore } from '../stores/lists';
import { useToastStore } from '../stores/toasts';
import { useRpc } from '../useRpc';
import '../styles/bulk.css';

const toast = (message: string, tone?: 'error') => useToastStore.getState().show(message, tone);

/** Names in a sentence: "Ada", "Ada and Ben", "Ada, Ben and 3 more". */
function namesOf(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  const shown = names.length > 3 ? [...names.slice(0, 2), `${names.length - 2} more`] : names;
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

type Step = 'tag' | 'position' | null;

/**
 * What can be done to the people chosen on the People list, with how many they are: tag them, put candidates forward
 * for a position, export them, erase them (after one question that says how many). While a step runs it says so, and
 * a toast tells how it went.
 */
export function BulkBar({ ids, kind, onClear }: { ids: readonly string[]; kind: PersonKind; onClear(): void }) {
  const [step, setStep] = useState<Step>(null);
  const [working, setWorking] = useState<string | null>(null);
  const { dialog, ask } = useConfirm();
  const count = peopleCount(ids.length);

  /** Runs one step, saying what it is doing meanwhile; a refusal is told in a toast. */
  async function run<T>(doing: string, request: () => Promise<Envelope<T>>): Promise<T | null> {
    setWorking(doing);
    const result = await request();
    setWorking(null);
    if (result.ok) return result.value;
    toast(result.error.message, 'error');
    return null;
  }

  const exportThem = async () => {
    const file = await run(`Exporting ${count}…`, () => call('io.exportPeople', { ids: [...ids] }));
    if (!file) return;
    download({ fileName: file.fileName, mime: 'text/csv', encoding: 'utf8', content: file.content });
    toast(`Exported ${peopleCount(file.rows)} to ${file.fileName}.`);
  };

  const eraseThem = async () => {
    const sure = await ask({
      title: `Erase ${count} and everything about them?`,
      body: (
        <p>
          Their details, every contact with them, their applications, interviews, prep, debriefs, tags and tasks are
          removed for good. Only a note that each erasure happened is kept.
        </p>
      ),
      action: `Erase ${count}`,
    });
    if (!sure) return;
    const done = await run(`Erasing ${count}…`, () => call('io.erasePeople', { ids: [...ids] }));
    if (!done) return;
    onClear();
    void usePeopleStore.getState().load();
    toast(`${done.erased === 1 ? '1 person has' : `${peopleCount(done.erased)} have`} been erased.`);
  };

  return (
    <>
      <div className="bulk-bar" role="region" aria-label="Chosen people">
        <span className="bulk-count" role="status">
          {working ?? `${count} chosen`}
        </span>
        <div className="bulk-actions">
          <button type="button" className="button" disabled={!!working} onClick={() => setStep('tag')}>
            Tag…
          </button>
          {kind === 'candidate' && (
            <button type="button" className="button" disabled={!!working} onClick={() => setStep('position')}>
              Add to a position…
            </button>
          )}
          <button type="button" className="button" disabled={!!working} onClick={() => void exportThem()}>
            Export
          </button>
          <button type="button" className="button button-danger" disabled={!!working} onClick={() => void eraseThem()}>
            Erase…
          </button>
          <button type="button" className="button button-quiet" disabled={!!working} onClick={onClear}>
            Clear
          </button>
        </div>
      </div>
      {dialog}
      {step === 'tag' && <BulkTagDialog ids={ids} onDone={() => setStep(null)} />}
      {step === 'position' && <BulkPositionDialog ids={ids} onDone={() => setStep(null)} />}
    </>
  );
}

/** Adds tags to each of the people chosen, beside their own, or takes them off. */
function BulkTagDialog({ ids, onDone }: { ids: readonly string[]; onDone(): void }) {
  const [tags, setTags] = useState<string[]>([]);
  const inUse = useRpc('tags.list', {});
  const { busy, fieldErrors, formError, save } = useSave();
  const count = peopleCount(ids.length);
  const apply = (channel: 'tags.add' | 'tags.remove') =>
    void save(
      () => call(channel, { personIds: [...ids], tags }),
      (done) => {
        void usePeopleStore.getState().load();
        const list = namesOf(done.tags);
        toast(
          channel === 'tags.add'
            ? `Tagged ${peopleCount(done.people)} with ${list}${done.changed < done.people ? ` (${done.people - done.changed} had ${done.tags.length === 1 ? 'it' : 'them'} already)` : ''}.`
            : `Took ${list} off ${peopleCount(done.changed)}.`,
        );
        onDone();
      },
    );
  const nothing = tags.length === 0;
  return (
    <Dialog title={`Tag ${count}`} onClose={onDone}>
      <form
        className="bulk-tag-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!nothing) apply('tags.add');
        }}
      >
        <TagInput
          label="Tags"
          tags={tags}
          onChange={setTags}
          suggestions={(inUse.data ?? []).map((t) => t.tag)}
          placeholder="Type a tag, then Enter"
        />
        <p className="muted small">Each keeps their own tags; these are added to them, or taken off.</p>
        <FormError message={fieldErrors.tags ?? fieldErrors.personIds ?? formError} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy || nothing}>
            {busy ? 'Saving…' : `Add to ${count}`}
          </button>
          <button type="button" className="button" disabled={busy || nothing} onClick={() => apply('tags.remove')}>
            Remove from {count}
          </button>
          <button type="button" className="button" onClick={onDone}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** Puts each chosen candidate forward for one open position; those already in it are named, not added twice. */
function BulkPositionDialog({ ids, onDone }: { ids: readonly string[]; onDone(): void }) {
  const positions = usePositionsStore((s) => s.items);
  const status = usePositionsStore((s) => s.status);
  useEffect(() => {
    // The pick list of positions is read once and kept fresh by saves; read it now if nothing has yet.
    if (usePositionsStore.getState().status === 'idle') void usePositionsStore.getState().load();
  }, []);
  const [positionId, setPositionId] = useState('');
  const { busy, fieldErrors, formError, save } = useSave();
  const open = positions.filter((p) => p.status === 'open' || p.status === 'on-hold');
  const count = peopleCount(ids.length);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    void save(
      () => call('applications.createMany', { candidateIds: [...ids], positionId }),
      ({ created, skipped }) => {
        const title = open.find((p) => p.id === positionId)?.title ?? 'the position';
        const already = skipped.length
          ? ` ${namesOf(skipped.map((s) => s.name))} ${skipped.length === 1 ? 'was' : 'were'} already in it.`
          : '';
        toast(`Added ${peopleCount(created.length)} to ${title}.${already}`);
        onDone();
      },
    );
  };

  return (
    <Dialog title={`Add ${count} to a position`} onClose={onDone}>
      {status === 'ready' && open.length === 0 ? (
        <DialogNote onClose={onDone}>
          There are no open positions. <a href={href('positions', 'new')}>Add a position</a>, then put them forward for
          it.
        </DialogNote>
      ) : (
        <form onSubmit={submit} noValidate>
          <Field label="Position" required error={fieldErrors.positionId ?? fieldErrors.candidateIds}>
            {(a) => (
              <select {...a} value={positionId} onChange={(e) => setPositionId(e.target.value)} autoFocus>
                <option value="">Choose a position</option>
                {open.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.title} — {p.companyName}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <p className="muted small">Anyone already in the running for it stays where they are.</p>
          <FormError message={formError} />
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy}>
              {busy ? 'Adding…' : `Add ${count}`}
            </button>
            <button type="button" className="button" onClick={onDone}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
