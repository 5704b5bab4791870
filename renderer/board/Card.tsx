import { memo, useEffect, useRef } from 'react';
import { CLOSE_REASON_LABELS, STAGE_LABELS, type BoardCard } from '../../api/contract';
import { href, navigate } from '../router';
import { useBoardStore } from '../stores/board';
import { contactChip } from './contactChip';
import { interviewWhen } from './interviewWhen';
import { timeInStage } from './navigation';

export const DRAG_TYPE = 'application/x-politely-application';

// The focus request a card has already honoured, so a card scrolled back into view does not steal focus.
let honouredFocusNonce = 0;

interface CardProps {
  card: BoardCard;
  tabStop: boolean;
  onKeyDown(card: BoardCard, event: React.KeyboardEvent): void;
  onCloseRequest(card: BoardCard): void;
}

export const Card = memo(function Card({ card, tabStop, onKeyDown, onCloseRequest }: CardProps) {
  const ref = useRef<HTMLDivElement>(null);
  const focused = useBoardStore((s) => s.focusedId === card.id);
  const focusNonce = useBoardStore((s) => s.focusNonce);
  const focus = useBoardStore((s) => s.focus);

  useEffect(() => {
    if (!focused) return;
    // Asked for afresh, or the focused card is back after the column let it go: a column settling the heights of
    // cards just loaded can drop a card from the page for a moment, and the focus with it (to the page's body).
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (focusNonce > honouredFocusNonce || lost) {
      honouredFocusNonce = focusNonce;
      ref.current?.focus({ preventScroll: true });
    }
  }, [focused, focusNonce]);

  const closed = card.stage === 'closed';
  const chip = closed ? null : contactChip(card.outlook, new Date());
  const interview = !closed && card.nextInterviewAt ? interviewWhen(card.nextInterviewAt, new Date()) : null;
  const label =
    `${card.candidateName}, ${card.positionTitle} at ${card.companyName}, ${STAGE_LABELS[card.stage]}` +
    `${interview ? `. ${interview}` : ''}${chip ? `. ${chip.title}` : ''}`;
  return (
    <div
      ref={ref}
      className={`card${closed ? ' card-closed' : ''}`}
      tabIndex={tabStop ? 0 : -1}
      draggable={!closed}
      aria-label={label}
      aria-roledescription="application card"
      aria-keyshortcuts={closed ? undefined : 'Shift+ArrowRight Shift+ArrowLeft Delete'}
      data-application-id={card.id}
      onFocus={() => focus(card.id)}
      onKeyDown={(e) => onKeyDown(card, e)}
      // Double-clicking anywhere but the name or the close button opens the candidate, as Enter does.
      onDoubleClick={(e) => {
        if (e.target instanceof Element && e.target.closest('a, button')) return;
        navigate('people', card.candidateId);
      }}
      onDragStart={(e) => {
        e.dataTransfer.setData(DRAG_TYPE, card.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
    >
      <div className="card-top">
        {/* The candidate opens from their name with a click; the card stays the one tab stop and drags whole. */}
        <a
          className="card-name"
          href={href('people', card.candidateId)}
          title={card.candidateName}
          tabIndex={-1}
          draggable={false}
        >
          {card.candidateName}
        </a>
        {!closed && (
          <button
            type="button"
            className="card-close"
            tabIndex={-1}
            aria-label={`Close ${card.candidateName}'s application`}
            title="Close application"
            onClick={() => onCloseRequest(card)}
          >
            ×
          </button>
        )}
      </div>
      <div className="card-position" title={`${card.positionTitle} · ${card.companyName}`}>
        {card.positionTitle} <span className="muted">· {card.companyName}</span>
      </div>
      {interview && (
        <time className="card-interview" dateTime={card.nextInterviewAt!}>
          {interview}
        </time>
      )}
      <div className="card-meta">
        {chip ? (
          // Where things stand with them matters more than how long the card has sat; the latter stays in the title.
          <span
            className={`chip chip-${chip.tone}`}
            title={`${chip.title} ${timeInStage(card.stageChangedAt, new Date())}.`}
          >
            {chip.label}
          </span>
        ) : (
          <span>
            {closed && card.closedReason
              ? CLOSE_REASON_LABELS[card.closedReason]
              : timeInStage(card.stageChangedAt, new Date())}
          </span>
        )}
      </div>
    </div>
  );
});
