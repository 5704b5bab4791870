import { create } from 'zustand';
import { STAGE_LABELS, STAGES, type BoardCard, type CloseReason, type OpenStage, type Stage } from '../../api/contract';
import { call } from '../api';
import type { LoadStatus } from './lists';
import { useToastStore } from './toasts';

/** How many cards each column holds, loaded or not. */
export type ColumnTotals = Record<Stage, number>;

interface BoardState {
  /** The cards loaded so far: each column's first pages, and what has moved in since. */
  cards: BoardCard[];
  /** The position the board was loaded for; null for every position. */
  positionId: string | null;
  /** The tags its candidates all carry; none for everyone. */
  tags: string[];
  totals: ColumnTotals;
  /** Where each column's next page starts; absent once the column is all here. */
  next: Partial<Record<Stage, string>>;
  /** Columns whose next page is on its way. */
  loadingMore: Partial<Record<Stage, boolean>>;
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
  /** The first page of every column, for one position or (null) all of them, of candidates with every tag. */
  load(positionId?: string | null, tags?: string[]): Promise<void>;
  /** The next page of one column, when it has more than is loaded. */
  loadMore(stage: Stage): Promise<void>;
  focus(id: string | null, takeDomFocus?: boolean): void;
  add(card: BoardCard): void;
  move(id: string, stage: OpenStage): Promise<boolean>;
  close(id: string, reason: CloseReason): Promise<boolean>;
  /** Ctrl+Z (⌘Z): puts the last moved or closed card back where it was. */
  /** Undoes the last move or close; `because` says why, where it was not the recruiter's Ctrl+Z. */
  undo(because?: string): Promise<boolean>;
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

const noTotals = (): ColumnTotals => Object.fromEntries(STAGES.map((s) => [s, 0])) as ColumnTotals;

/** The totals once a card has gone from one column to another. */
function shifted(totals: ColumnTotals, from: Stage, to: Stage): ColumnTotals {
  return from === to ? totals : { ...totals, [from]: Math.max(0, totals[from] - 1), [to]: totals[to] + 1 };
}

// Bumped by every load and reset, so an answer to an earlier one (another filter, a locked profile) is dropped.
let generation = 0;
/**
 * The page each column is loading, so a second ask (Down past the last card while the column's own scrolling already
 * asked) waits for the same page instead of returning before it is in.
 */
const loading = new Map<string, Promise<void>>();

const initial = {
  cards: [],
  positionId: null,
  tags: [] as string[],
  totals: noTotals(),
  next: {},
  loadingMore: {},
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
    const to = change.stage ?? before.stage;
    set({
      cards: [{ ...before, ...change, stageChangedAt: new Date().toISOString() }, ...rest],
      totals: shifted(get().totals, before.stage, to),
    });
    const result = await request();
    if (result.ok) {
      // A move's answer does not say when the next interview is; the card keeps what its page said.
      set({ cards: get().cards.map((c) => (c.id === id ? { ...c, ...result.value } : c)) });
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
    set({
      cards: get().cards.map((c) => (c.id === id ? before : c)),
      totals: shifted(get().totals, to, before.stage),
      announcement: result.error.message,
    });
    useToastStore.getState().show(result.error.message, 'error');
    return false;
  }

  /** The next page of one column, once; `loadMore` shares it with whoever else asks meanwhile. */
  async function loadPage(stage: Stage): Promise<void> {
    const { next, loadingMore, positionId, tags } = get();
    const after = next[stage];
    if (!after) return;
    const asked = generation;
    set({ loadingMore: { ...loadingMore, [stage]: true } });
    const result = await call('applications.boardColumn', {
      ...(positionId ? { positionId } : {}),
      ...(tags.length ? { tags } : {}),
      stage,
      after,
    });
    // A page of the board that was shown before another was asked for (another position, other tags) is not this
    // board's: its total would stand in this board's column.
    if (asked !== generation || get().positionId !== positionId || get().tags !== tags) return;
    set({ loadingMore: { ...get().loadingMore, [stage]: false } });
    if (!result.ok) {
      useToastStore.getState().show(result.error.message, 'error');
      return;
    }
    // A card already here (moved in since the board was loaded) stays as the board has it.
    const loaded = new Set(get().cards.map((c) => c.id));
    const { next: following, total } = result.value;
    const rest = { ...get().next };
    if (following) rest[stage] = following;
    else delete rest[stage];
    set({
      cards: [...get().cards, ...result.value.cards.filter((c) => !loaded.has(c.id))],
      next: rest,
      totals: { ...get().totals, [stage]: total },
    });
  }

  return {
    ...initial,
    async undo(because) {
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
      const message = `${because ?? 'Undone'}: ${last.name} is back in ${STAGE_LABELS[last.stage]}.`;
      const current = get().cards.find((c) => c.id === last.id);
      // A card not loaded any more (the board was loaded again since) is counted afresh with the board.
      if (!current) void get().load(get().positionId, get().tags);
      set({
        cards: get().cards.map((c) => (c.id === last.id ? { ...c, ...result.value } : c)),
        totals: current ? shifted(get().totals, current.stage, result.value.stage) : get().totals,
        announcement: message,
        focusedId: last.id,
        focusNonce: get().focusNonce + 1,
      });
      useToastStore.getState().show(message);
      return true;
    },
    async load(positionId = null, tags = []) {
      const asked = ++generation;
      loading.clear();
      set({ status: get().status === 'ready' ? 'ready' : 'loading', error: null });
      const result = await call('applications.board', {
        ...(positionId ? { positionId } : {}),
        ...(tags.length ? { tags } : {}),
      });
      if (asked !== generation) return;
      if (!result.ok) {
        set({ status: 'error', error: result.error.message });
        return;
      }
      const totals = noTotals();
      const next: Partial<Record<Stage, string>> = {};
      for (const column of result.value.columns) {
        totals[column.stage] = column.total;
        if (column.next) next[column.stage] = column.next;
      }
      set({ cards: result.value.cards, positionId, tags, totals, next, loadingMore: {}, status: 'ready' });
    },
    loadMore(stage) {
      const running = loading.get(stage);
      if (running) return running;
      const page = loadPage(stage).finally(() => {
        if (loading.get(stage) === page) loading.delete(stage);
      });
      loading.set(stage, page);
      return page;
    },
    focus(id, takeDomFocus = false) {
      set({ focusedId: id, focusNonce: takeDomFocus ? get().focusNonce + 1 : get().focusNonce });
    },
    add(card) {
      const { positionId, tags, cards, totals } = get();
      // A card for another position than the one shown waits for that position's board.
      if (positionId && card.positionId !== positionId) return;
      // Whether the candidate carries the tags the board shows is the server's to say: the board is asked again.
      if (tags.length) {
        void get().load(positionId, tags);
        return;
      }
      const known = cards.some((c) => c.id === card.id);
      set({
        cards: [card, ...cards.filter((c) => c.id !== card.id)],
        totals: known ? totals : { ...totals, [card.stage]: totals[card.stage] + 1 },
      });
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
      generation++;
      loading.clear();
      set(initial);
    },
  };
});
