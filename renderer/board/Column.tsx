import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { STAGE_LABELS, type BoardCard, type Stage } from '../../api/contract';
import { useBoardStore } from '../stores/board';
import { Card, DRAG_TYPE } from './Card';

/** A card's usual height and the gap under it; a long name or a next interview makes a card taller, measured. */
const CARD_HEIGHT = 92;
const GAP = 8;
/** How many cards before the end of those loaded the next page is asked for, so scrolling rarely waits. */
const LOAD_AHEAD = 15;

interface ColumnProps {
  stage: Stage;
  cards: BoardCard[];
  /** How many cards the column holds in all, loaded or not. */
  total: number;
  /** Whether more cards follow those loaded. */
  hasMore: boolean;
  tabStopId: string | null;
  onCardKeyDown(card: BoardCard, event: React.KeyboardEvent): void;
  onCloseRequest(card: BoardCard): void;
  onDropCard(applicationId: string, stage: Stage): void;
}

/**
 * One stage. Only the cards in view are in the DOM, so ten thousand stay smooth; its cards come a page at
 * a time, the next one asked for as the end of those loaded scrolls near.
 */
export function Column({
  stage,
  cards,
  total,
  hasMore,
  tabStopId,
  onCardKeyDown,
  onCloseRequest,
  onDropCard,
}: ColumnProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [dragOver, setDragOver] = useState(false);
  const focusNonce = useBoardStore((s) => s.focusNonce);
  const loadingMore = useBoardStore((s) => s.loadingMore[stage] === true);
  const virtualizer = useVirtualizer({
    count: cards.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CARD_HEIGHT + GAP,
    overscan: 6,
    getItemKey: (index) => cards[index]!.id,
  });

  // Bring the focused card into view before it takes focus (it may not be rendered yet).
  useEffect(() => {
    const focusedId = useBoardStore.getState().focusedId;
    const index = cards.findIndex((c) => c.id === focusedId);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
    // Only a new focus request should scroll, not every change to the cards.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusNonce]);

  const lastShown = virtualizer.getVirtualItems().at(-1)?.index ?? -1;
  useEffect(() => {
    if (hasMore && lastShown >= cards.length - LOAD_AHEAD) void useBoardStore.getState().loadMore(stage);
  }, [hasMore, lastShown, cards.length, stage]);

  const titleId = `column-${stage}`;
  return (
    <section
      className={`column column-${stage}${dragOver ? ' column-drop' : ''}`}
      aria-labelledby={titleId}
      data-stage={stage}
    >
      <header className="column-header">
        <h2 id={titleId}>{STAGE_LABELS[stage]}</h2>
        <span
          className="column-count"
          aria-label={`${total.toLocaleString()} ${total === 1 ? 'application' : 'applications'}`}
        >
          {total.toLocaleString()}
        </span>
      </header>
      <div
        ref={scrollRef}
        className="column-body"
        onDragOver={(e) => {
          if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
          e.preventDefault();
          e.dataTransfer.dropEffect = 'move';
          setDragOver(true);
        }}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragOver(false);
        }}
        onDrop={(e) => {
          setDragOver(false);
          const id = e.dataTransfer.getData(DRAG_TYPE);
          if (!id) return;
          e.preventDefault();
          onDropCard(id, stage);
        }}
      >
        {cards.length === 0 && !hasMore ? (
          <p className="column-empty">
            {stage === 'closed' ? 'Closed applications appear here.' : 'No one at this stage. Drag a card here.'}
          </p>
        ) : (
          <div className="column-list" role="list" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const card = cards[item.index]!;
              return (
                <div
                  key={item.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  role="listitem"
                  className="column-item"
                  style={{ transform: `translateY(${item.start}px)`, paddingBottom: GAP }}
                >
                  <Card
                    card={card}
                    tabStop={card.id === tabStopId}
                    onKeyDown={onCardKeyDown}
                    onCloseRequest={onCloseRequest}
                  />
                </div>
              );
            })}
          </div>
        )}
        {loadingMore && <p className="column-more">Loading more…</p>}
      </div>
    </section>
  );
}
