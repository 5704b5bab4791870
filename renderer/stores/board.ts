import { create } from 'zustand';
import { STAGE_LABELS, type BoardCard, type CloseReason, type OpenStage } from '../../api/contract';
import { call } from '../api';
import type { LoadStatus } from './lists';
import { useToastStore } from './toasts';

interface BoardState {
  cards: BoardCard[];
  status: LoadStatus;
  error: string | null;
  /** The card that holds keyboard focus on the board (roving tab stop). */
  focusedId: string | null;
  /** Bumped to ask the focused card to take DOM focus (after a keyboard move or arrow key). */
  focusNonce: number;
  /** Read by the screen reader after each move. */
  announcement: string;
  /** The moves and closes Ctrl+Z can put back, latest last. */
  undoStack: Undoable[];
  load(): Promise<void>;
  focus(id: string | null, takeDomFocus?: boolean): void;
  add(card: BoardCard): void;
  move(id: string, stage: OpenStage): Promise<boolean>;
  close(id: string, reason: CloseReason): Promise<boolean>;
  /** Ctrl+Z (⌘Z): puts the last moved or closed card back where it was. */
  undo(): Promise<boolean>;
  reset(): void;
}

/** One move or close, as much as it takes to put it back. */
interface Undoable {
  id: string;
  name: string;
  /** The stage and when it was entered, before the change. */
  stage: OpenStage;
  stageChangedAt: string;
  /** When the change was made: the undo holds only while the card is still as it left it. */
  changedAt: string;
}

/** How many moves and closes Ctrl+Z can walk back. */
const UNDO_DEPTH = 20;

const initial = {
  cards: [],
  status: 'idle' as LoadStatus,
  error: null,
  focusedId: null,
  focusNonce: 0,
  announcement: '',
  undoStack: [] as Undoable[],
};

export const useBoardStore = create<BoardState>((set, get) => {
  /** Shows the change at once, then keeps the server's answer or puts the card back. */
  async function optimistic(
    id: string,
    change: Partial<BoardCard>,
    request: () => ReturnType<typeof call<'applications.move'>>,
  ): Promise<boolean> {
    const before = get().cards.find((c) => c.id === id);
    if (!before) return false;
    const rest = get().cards.filter((c) => c.id !== id);
    set({ cards: [{ ...before, ...change, stageChangedAt: new Date().toISOString() }, ...rest] });
    const result = await request();
    if (result.ok) {
      set({ cards: get().cards.map((c) => (c.id === id ? result.value : c)) });
      if (before.stage !== 'closed') {
        const undo: Undoable = {
          id,
          name: before.candidateName,
          stage: before.stage,
          stageChangedAt: before.stageChangedAt,
          changedAt: result.value.stageChangedAt,
        };
        set({ undoStack: [...get().undoStack.slice(1 - UNDO_DEPTH), undo] });
      }
      return true;
    }
    set({ cards: get().cards.map((c) => (c.id === id ? before : c)), announcement: result.error.message });
    useToastStore.getState().show(result.error.message, 'error');
    return false;
  }

  return {
    ...initial,
    async undo() {
      const last = get().undoStack.at(-1);
      if (!last) {
        set({ announcement: 'Nothing to undo.' });
        useToastStore.getState().show('Nothing to undo on the board.');
        return false;
      }
      set({ undoStack: get().undoStack.slice(0, -1) });
      const result = await call('applications.undo', {
        id: last.id,
        changedAt: last.changedAt,
        to: { stage: last.stage, stageChangedAt: last.stageChangedAt },
      });
      if (!result.ok) {
        set({ announcement: result.error.message });
        useToastStore.getState().show(result.error.message, 'error');
        return false;
      }
      const message = `Undone: ${last.name} is back in ${STAGE_LABELS[last.stage]}.`;
      set({
        cards: get().cards.map((c) => (c.id === last.id ? result.value : c)),
        announcement: message,
        focusedId: last.id,
        focusNonce: get().focusNonce + 1,
      });
      useToastStore.getState().show(message);
      return true;
    },
    async load() {
      set({ status: get().status === 'ready' ? 'ready' : 'loading', error: null });
      const result = await call('applications.board', {});
      if (result.ok) set({ cards: result.value.cards, status: 'ready' });
      else set({ status: 'error', error: result.error.message });
    },
    focus(id, takeDomFocus = false) {
      set({ focusedId: id, focusNonce: takeDomFocus ? get().focusNonce + 1 : get().focusNonce });
    },
    add(card) {
      set({ cards: [card, ...get().cards.filter((c) => c.id !== card.id)] });
    },
    async move(id, stage) {
      const card = get().cards.find((c) => c.id === id);
      if (!card || card.stage === stage) return false;
      const ok = await optimistic(id, { stage }, () => call('applications.move', { id, stage }));
      if (ok) set({ announcement: `Moved ${card.candidateName} to ${STAGE_LABELS[stage]}.` });
      return ok;
    },
    async close(id, reason) {
      const card = get().cards.find((c) => c.id === id);
      if (!card) return false;
      const ok = await optimistic(id, { stage: 'closed', closedReason: reason }, () =>
        call('applications.close', { id, reason }),
      );
      if (ok) {
        set({ announcement: `Closed ${card.candidateName}'s application.` });
        useToastStore.getState().show(`Closed ${card.candidateName}'s application. Ctrl+Z (⌘Z) undoes it.`);
      }
      return ok;
    },
    reset() {
      set(initial);
    },
  };
});
