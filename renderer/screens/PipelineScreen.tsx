import { useEffect, useState } from 'react';
import { OPEN_STAGES, STAGES } from '../../api/contract';
import { Board } from '../board/Board';
import { NewApplicationDialog } from '../board/NewApplicationDialog';
import { EmptyState, LoadError, PageHeader } from '../components/ui';
import { isEditable } from '../keys';
import { href, navigate, useRoute } from '../router';
import { useBoardStore } from '../stores/board';
import { usePositionsStore } from '../stores/lists';

export function PipelineScreen() {
  const params = useRoute((r) => r.params);
  const positionId = params.get('position');
  const totals = useBoardStore((s) => s.totals);
  const boardStatus = useBoardStore((s) => s.status);
  const boardError = useBoardStore((s) => s.error);
  const loadBoard = useBoardStore((s) => s.load);
  const positions = usePositionsStore((s) => s.items);
  const positionsStatus = usePositionsStore((s) => s.status);
  const loadPositions = usePositionsStore((s) => s.load);
  const [adding, setAdding] = useState(false);

  useEffect(() => {
    void loadPositions();
  }, [loadPositions]);

  // Each position's board is asked for on its own, so its columns page through its cards alone.
  useEffect(() => {
    void loadBoard(positionId);
  }, [loadBoard, positionId]);

  useEffect(() => {
    // Ctrl+Z (⌘Z) undoes the last move or close; in a text field it stays the field's own undo.
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey || e.key.toLowerCase() !== 'z') return;
      if (isEditable(e.target) || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      void useBoardStore.getState().undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const open = OPEN_STAGES.reduce((sum, stage) => sum + totals[stage], 0);
  const total = STAGES.reduce((sum, stage) => sum + totals[stage], 0);
  const ready = boardStatus === 'ready' && positionsStatus === 'ready';

  return (
    <div className="screen screen-wide">
      <PageHeader
        title="Pipeline"
        subtitle={
          ready && total > 0
            ? `${open.toLocaleString()} open ${open === 1 ? 'application' : 'applications'}`
            : undefined
        }
        actions={
          positions.length > 0 && (
            <>
              <label className="inline-select">
                <span>Position</span>
                <select
                  value={positionId ?? ''}
                  onChange={(e) => navigate('pipeline', null, e.target.value ? { position: e.target.value } : {})}
                >
                  <option value="">All positions</option>
                  {positions.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.title} — {p.companyName}
                    </option>
                  ))}
                </select>
              </label>
              <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
                Add to pipeline
              </button>
            </>
          )
        }
      />
      {boardStatus === 'error' && boardError && (
        <LoadError message={boardError} onRetry={() => void loadBoard(positionId)} />
      )}
      {ready && positions.length === 0 && (
        <EmptyState
          title="Your pipeline starts with a position"
          actions={
            <>
              <a className="button button-primary" href={href('companies', 'new')}>
                Add a company
              </a>
              <a className="button" href={href('positions', 'new')}>
                Add a position
              </a>
            </>
          }
        >
          <p>
            Add the client company you recruit for and the position you are filling. Then add candidates to it, and
            follow each one from sourcing to placement here.
          </p>
        </EmptyState>
      )}
      {ready && positions.length > 0 && total === 0 && !positionId && (
        <EmptyState
          title="No one in the pipeline yet"
          actions={
            <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
              Add a candidate to a position
            </button>
          }
        >
          <p>
            Each card is one candidate for one position. Add the first, then move it along as it progresses: drag it, or
            select it and press Shift+→.
          </p>
        </EmptyState>
      )}
      {ready && (total > 0 || positionId) && (
        <>
          <p className="hint">
            <kbd>Tab</kbd> to the board, arrows to choose a card, <kbd>Shift</kbd>+<kbd>→</kbd> / <kbd>←</kbd> to move
            it, <kbd>Delete</kbd> to close it, <kbd>Enter</kbd> to open the candidate, <kbd>Ctrl</kbd>+<kbd>Z</kbd> to
            undo. Or drag cards between columns. <kbd>?</kbd> shows every shortcut.
          </p>
          <Board positionId={positionId} />
        </>
      )}
      {adding && <NewApplicationDialog defaultPositionId={positionId ?? ''} onDone={() => setAdding(false)} />}
    </div>
  );
}
