import { useState } from 'react';
import { call } from '../api';
import { Dialog, Field, FormError, useSave } from '../components/ui';
import { href } from '../router';
import { useBoardStore } from '../stores/board';
import { usePositionsStore } from '../stores/lists';
import { useRpc } from '../useRpc';
import { useToastStore } from '../stores/toasts';

export function NewApplicationDialog({ defaultPositionId, onDone }: { defaultPositionId: string; onDone(): void }) {
  const positions = usePositionsStore((s) => s.items);
  const [candidateId, setCandidateId] = useState('');
  const [positionId, setPositionId] = useState(defaultPositionId);
  const [filter, setFilter] = useState('');
  const { busy, fieldErrors, formError, save } = useSave();

  // The server filters and pages: a pick list shows the first 200 who match what is typed.
  const query = filter.trim();
  const found = useRpc('people.list', { kind: 'candidate', limit: 200, ...(query ? { query } : {}) }, [], {
    delayMs: query ? 200 : 0,
  });
  const candidates = found.data?.people ?? [];
  const openPositions = positions.filter((p) => p.status === 'open' || p.status === 'on-hold');

  function submit(e: React.FormEvent) {
    e.preventDefault();
    void save(
      () => call('applications.create', { candidateId, positionId }),
      (card) => {
        useBoardStore.getState().add(card);
        useBoardStore.getState().focus(card.id, true);
        useToastStore.getState().show(`${card.candidateName} added to ${card.positionTitle}.`);
        onDone();
      },
    );
  }

  const noCandidates = found.status === 'ready' && !query && found.data.total === 0;
  return (
    <Dialog title="Add a candidate to the pipeline" onClose={onDone}>
      {noCandidates ? (
        <p>
          There are no candidates yet. <a href={href('people', 'new', { kind: 'candidate' })}>Add a candidate</a> first.
        </p>
      ) : (
        <form onSubmit={submit} noValidate>
          <Field label="Candidate" required error={fieldErrors.candidateId}>
            {(a) => (
              <>
                <input
                  type="search"
                  className="listbox-filter"
                  placeholder="Type to filter"
                  aria-label="Filter candidates"
                  value={filter}
                  onChange={(e) => setFilter(e.target.value)}
                  autoFocus
                />
                <select {...a} size={6} value={candidateId} onChange={(e) => setCandidateId(e.target.value)}>
                  {candidates.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                      {c.title ? ` — ${c.title}` : ''}
                    </option>
                  ))}
                </select>
              </>
            )}
          </Field>
          <Field label="Position" required error={fieldErrors.positionId}>
            {(a) => (
              <select {...a} value={positionId} onChange={(e) => setPositionId(e.target.value)}>
                <option value="">Choose a position</option>
                {openPositions.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.title} — {p.companyName}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <FormError message={formError} />
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy}>
              {busy ? 'Adding…' : 'Add to pipeline'}
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
