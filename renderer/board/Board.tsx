import { useCallback, useMemo, useState } from 'react';
import { STAGES, type BoardCard, type OpenStage, type Stage } from '../../api/contract';
import { isOpenStage, neighbourStage } from '../../core/pipeline';
import { navigate } from '../router';
import { useBoardStore } from '../stores/board';
import { PlacementDialog } from '../offers/PlacementDialog';
import { useFilledPosition } from '../offers/useFilledPosition';
import { CloseDialog } from './CloseDialog';
import { Column } from './Column';
import { cardInDirection, groupByStage } from './navigation';

const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End']);

export function Board({ positionId }: { positionId: string | null }) {
  const cards = useBoardStore((s) => s.cards);
  const totals = useBoardStore((s) => s.totals);
  const more = useBoardStore((s) => s.next);
  const focusedId = useBoardStore((s) => s.focusedId);
  const announcement = useBoardStore((s) => s.announcement);
  const { focus, move, close, loadMore, undo, load } = useBoardStore.getState();
  const [closing, setClosing] = useState<BoardCard | null>(null);
  // A card moved to Placed asks for the placement: its start, fee and guarantee. Without one it goes back where it
  // was, so Placed never holds a placement that is not recorded.
  const [placing, setPlacing] = useState<BoardCard | null>(null);
  // The others still in a filled position's pipeline, closed only if the recruiter says so: the board shows it.
  const filled = useFilledPosition(() => {
    const { positionId: shown, tags } = useBoardStore.getState();
    void load(shown, tags);
  });
  const moveCard = useCallback(
    (card: BoardCard, stage: OpenStage) =>
      void move(card.id, stage).then((moved) => moved && stage === 'placed' && setPlacing(card)),
    [move],
  );

  const columns = useMemo(() => groupByStage(cards, positionId), [cards, positionId]);

  // One card is the board's tab stop: the focused one if it is shown, else the first card.
  const tabStopId = useMemo(() => {
    const all = STAGES.flatMap((s) => columns[s]);
    return all.some((c) => c.id === focusedId) ? focusedId : (all[0]?.id ?? null);
  }, [columns, focusedId]);

  const onCardKeyDown = useCallback(
    (card: BoardCard, event: React.KeyboardEvent) => {
      const { key, shiftKey } = event;
      if (shiftKey && (key === 'ArrowRight' || key === 'ArrowLeft')) {
        event.preventDefault();
        const target = neighbourStage(card.stage, key === 'ArrowRight' ? 1 : -1);
        if (target) {
          moveCard(card, target);
          focus(card.id, true);
        }
        return;
      }
      if (ARROWS.has(key)) {
        event.preventDefault();
        const direction = key as Parameters<typeof cardInDirection>[2];
        const next = cardInDirection(columns, card, direction);
        if (next) focus(next.id, true);
        // Down from the last card loaded (or End) brings the column's next page, and Down then goes on into it.
        if ((direction === 'ArrowDown' && !next) || direction === 'End') {
          void loadMore(card.stage).then(() => {
            if (direction !== 'ArrowDown' || useBoardStore.getState().focusedId !== card.id) return;
            const after = cardInDirection(groupByStage(useBoardStore.getState().cards, positionId), card, direction);
            if (after) focus(after.id, true);
          });
        }
        return;
      }
      if (key === 'Enter') {
        event.preventDefault();
        navigate('people', card.candidateId);
      } else if ((key === 'Delete' || key === 'Backspace') && card.stage !== 'closed') {
        event.preventDefault();
        setClosing(card);
      }
    },
    [columns, focus, moveCard, loadMore, positionId],
  );

  const onDropCard = useCallback(
    (id: string, stage: Stage) => {
      const card = cards.find((c) => c.id === id);
      if (!card || card.stage === stage) return;
      if (stage === 'closed') setClosing(card);
      else if (isOpenStage(stage)) moveCard(card, stage);
    },
    [cards, moveCard],
  );

  return (
    <>
      <div className="board" role="region" aria-label="Pipeline board">
        {STAGES.map((stage) => (
          <Column
            key={stage}
            stage={stage}
            cards={columns[stage]}
            total={totals[stage]}
            hasMore={more[stage] !== undefined}
            tabStopId={tabStopId}
            onCardKeyDown={onCardKeyDown}
            onCloseRequest={setClosing}
            onDropCard={onDropCard}
          />
        ))}
      </div>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      {placing && (
        <PlacementDialog
          applicationId={placing.id}
          candidateName={placing.candidateName}
          positionTitle={`${placing.positionTitle} at ${placing.companyName}`}
          onCancel={() => {
            setPlacing(null);
            void undo('No placement recorded');
          }}
          onRecorded={({ stillInPipeline }) => {
            setPlacing(null);
            focus(placing.id, true);
            void filled.afterPlacement(stillInPipeline);
          }}
        />
      )}
      {filled.dialog}
      {closing && (
        <CloseDialog
          card={closing}
          onCancel={() => {
            setClosing(null);
            focus(closing.id, true);
          }}
          onConfirm={(reason) => {
            setClosing(null);
            void close(closing.id, reason);
            focus(closing.id, true);
          }}
        />
      )}
    </>
  );
}
