import { useEffect, useMemo, useState } from 'react';
import { STAGES } from '../../api/contract';
import { countOpenApplications } from '../../core/pipeline';
import { Board } from '../board/Board';
import { NewApplicationDialog } from '../board/NewApplicationDialog';
import { SaveFilter } from '../components/SaveFilter';
import { TagInput } from '../components/TagInput';
import { EmptyState, LoadError, PageHeader } from '../components/ui';
import { isEditable } from '../keys';
import { href, navigate, useRoute } from '../router';
import { useBoardStore } from '../stores/board';
import { usePositionsStore } from '../stores/lists';
import { tagsParam } from '../stores/savedFilters';
import { useRpc } from '../useRpc';

/** The board's address: the position and the tags it is filtered by. */
const boardParams = (positionId: string | null, tags: string[]): Record<string, string> => ({
  ...(positionId ? { position: positionId } : {}),
  ...(tags.length ? { tags: tags.join(',') } : {}),
});

export function PipelineScreen() {
  const params = useRoute((r) => r.params);
  const positionId = params.get('position');
  const tagsText = params.get('tags');
  const tags = useMemo(() => tagsParam(tagsText), [tagsText]);
  const tagsInUse = useRpc('tags.list', {});
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

  // Each position's board, and each choice of tags, is asked for on its own: its columns page through its cards alone.
  useEffect(() => {
    void loadBoard(positionId, tags);
  }, [loadBoard, positionId, tags]);

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

  // Placed ones are counted apart: they are no longer open, as a person's page says too.
  const open = countOpenApplications(totals);
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
                  onChange={(e) => navigate('pipeline', null, boardParams(e.target.value || null, tags))}
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
        <LoadError message={boardError} onRetry={() => void loadBoard(positionId, tags)} />
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
      {ready && positions.length > 0 && (total > 0 || positionId || tags.length > 0) && (
        <div className="tag-filter">
          <TagInput
            label="Filter candidates by tags"
            tags={tags}
            onChange={(next) => navigate('pipeline', null, boardParams(positionId, next))}
            suggestions={(tagsInUse.data ?? []).map((t) => t.tag)}
            placeholder={tags.length ? 'And another tag' : 'Filter by tag, e.g. Go'}
          />
          <SaveFilter screen="pipeline" filter={{ tags, positionId: positionId ?? undefined }} />
        </div>
      )}
      {ready && tags.length > 0 && total === 0 && (
        <p className="muted">
          No candidate in {positionId ? 'this position’s' : 'the'} pipeline has{' '}
          {tags.length === 1 ? `the tag ${tags[0]}` : `every one of the tags ${tags.join(', ')}`}.
        </p>
      )}
      {ready && positions.length > 0 && total === 0 && !positionId && tags.length === 0 && (
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
      {ready && (total > 0 || positionId) && !(tags.length > 0 && total === 0) && (
        <>
          <p className="hint">
            <kbd>Tab</kbd> to the board, arrows to choose a card, <kbd>Shift</kbd>+<kbd>→</kbd> / <kbd>←</kbd> to move
            it, <kbd>Delete</kbd> to close it, <kbd>Enter</kbd> to open the candidate, <kbd>Ctrl</kbd>+<kbd>Z</kbd> to
            undo. Or click a name to open them, and drag cards between columns. <kbd>?</kbd> shows every shortcut.
          </p>
          <Board positionId={positionId} />
        </>
      )}
      {adding && <NewApplicationDialog defaultPositionId={positionId ?? ''} onDone={() => setAdding(false)} />}
    </div>
  );
}
