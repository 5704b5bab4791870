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
  load(): Promise<void>;
  focus(id: string | null, takeDomFocus?: boolean): void;
  add(card: BoardCard): void;
  move(id: string, stage: OpenStage): Promise<boolean>;
  close(id: string, reason: CloseReason): Promise<boolean>;
  reset(): void;
}

const initial = { cards: [], status: 'idle' as LoadStatus, error: null, focusedId: null, focusNonce: 0, announcement: '' };

export const useBoardStore = create<BoardState>((set, get) => {
  /** Shows the change at once, then keeps the server's answer or puts the card back. */
  async function optimistic(id: string, change: Partial<BoardCard>, request: () => ReturnType<typeof call<'applications.move'>>): Promise<boolean> {
    const before = get().cards.find((c) => c.id === id);
    if (!before) return false;
    const rest = get().cards.filter((c) => c.id !== id);
    set({ cards: [{ ...before, ...change, stageChangedAt: new Date().toISOString() }, ...rest] });
    const result = await request();
    if (result.ok) {
      set({ cards: get().cards.map((c) => (c.id === id ? result.value : c)) });
      return true;
    }
    set({ cards: get().cards.map((c) => (c.id === id ? before : c)), announcement: result.error.message });
    useToastStore.getState().show(result.error.message, 'error');
    return false;
  }

  return {
    ...initial,
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
      const ok = await optimistic(id, { stage: 'closed', closedReason: reason }, () => call('applications.close', { id, reason }));
      if (ok) set({ announcement: `Closed ${card.candidateName}'s application.` });
      return ok;
    },
    reset() {
      set(initial);
    },
  };
});
