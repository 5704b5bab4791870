import { useState } from 'react';
import type { BoardCard, Person } from '../../api/contract';
import { call } from '../api';
import { Dialog, DialogNote, Field, FormError, useSave } from '../components/ui';
import { href } from '../router';
import { useBoardStore } from '../stores/board';
import { usePositionsStore } from '../stores/lists';
import { useRpc } from '../useRpc';
import { useToastStore } from '../stores/toasts';

/**
 * Puts a candidate forward for an open position. With `candidate`, from that person's page, only the
 * position is asked (not one they are already in the running for: `candidate.inPositionIds`), and
 * `onAdded` hears of the new application instead of the board.
 */
export function NewApplicationDialog({
  defaultPositionId,
  candidate,
  onAdded,
  onDone,
}: {
  defaultPositionId: string;
  candidate?: Pick<Person, 'id' | 'name'> & { inPositionIds: readonly string[] };
  onAdded?(card: BoardCard): void;
  onDone(): void;
}) {
  const positions = usePositionsStore((s) => s.items);
  const positionsRead = usePositionsStore((s) => s.status === 'ready');
  const [candidateId, setCandidateId] = useState(candidate?.id ?? '');
  const [positionId, setPositionId] = useState(defaultPositionId);
  const [filter, setFilter] = useState('');
  const { busy, fieldErrors, formError, save } = useSave();

  // The server filters and pages: a pick list shows the first 200 who match what is typed.
  const query = filter.trim();
  const found = useRpc('people.list', { kind: 'candidate', limit: 200, ...(query ? { query } : {}) }, [], {
    delayMs: query ? 200 : 0,
    enabled: !candidate,
  });
  const candidates = found.data?.people ?? [];
  const openPositions = positions.filter(
    (p) => (p.status === 'open' || p.status === 'on-hold') && !candidate?.inPositionIds.includes(p.id),
  );

  function submit(e: React.FormEvent) {
    e.preventDefault();
    void save(
      () => call('applications.create', { candidateId, positionId }),
      (card) => {
        if (onAdded) onAdded(card);
        else {
          useBoardStore.getState().add(card);
          useBoardStore.getState().focus(card.id, true);
        }
        useToastStore.getState().show(`${card.candidateName} added to ${card.positionTitle}.`);
        onDone();
      },
    );
  }

  const noCandidates = found.status === 'ready' && !query && found.data.total === 0;
  const noPositions = positionsRead && openPositions.length === 0;
  return (
    <Dialog
      title={candidate ? `Add ${candidate.name} to a position` : 'Add a candidate to the pipeline'}
      onClose={onDone}
    >
      {noCandidates ? (
        <DialogNote onClose={onDone}>
          There are no candidates yet. <a href={href('people', 'new', { kind: 'candidate' })}>Add a candidate</a> first.
        </DialogNote>
      ) : noPositions && candidate ? (
        <DialogNote onClose={onDone}>
          {candidate.inPositionIds.length > 0
            ? `${candidate.name} is already in the running for every open position.`
            : 'There are no open positions.'}{' '}
          <a href={href('positions', 'new')}>Add a position</a>, then put them forward for it.
        </DialogNote>
      ) : (
        <form onSubmit={submit} noValidate>
          {!candidate && (
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
                    {/* Chosen while no one is: without it React marks the first name chosen on screen only, and a
                        click on that name changes nothing. */}
                    <option value="" hidden disabled />
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
          )}
          <Field label="Position" required error={fieldErrors.positionId}>
            {(a) => (
              <select {...a} value={positionId} onChange={(e) => setPositionId(e.target.value)} autoFocus={!!candidate}>
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
