import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { groupByStage } from '../../renderer/board/navigation';
import { useBoardStore } from '../../renderer/stores/board';
import { inTransaction } from '../../db/connection';
import { makeBackend, T0, type Backend } from '../unit/helpers';

const NOW = T0.toISOString();

/** 120 sourced applications for one position and 3 for another, entered a minute apart, the last newest. */
function seed(b: Backend): void {
  inTransaction(b.db, () => {
    b.db.prepare("INSERT INTO companies (id, name, created_at, updated_at) VALUES ('co', 'Acme', ?, ?)").run(NOW, NOW);
    for (const position of ['po', 'other'])
      b.db
        .prepare("INSERT INTO positions (id, company_id, title, created_at, updated_at) VALUES (?, 'co', ?, ?, ?)")
        .run(position, position, NOW, NOW);
    for (let i = 0; i < 123; i++) {
      const at = new Date(T0.getTime() - (200 - i) * 60_000).toISOString();
      b.db
        .prepare("INSERT INTO people (id, kind, name, created_at, updated_at) VALUES (?, 'candidate', ?, ?, ?)")
        .run(`c${i}`, `Candidate ${i}`, NOW, NOW);
      b.db
        .prepare(
          `INSERT INTO applications (id, candidate_id, position_id, stage, stage_changed_at, created_at, updated_at)
           VALUES (?, ?, ?, 'sourced', ?, ?, ?)`,
        )
        .run(`a${i}`, `c${i}`, i < 120 ? 'po' : 'other', at, at, at);
    }
  });
}

let backend: Backend;
let calls: string[];

beforeEach(() => {
  backend = makeBackend();
  seed(backend);
  calls = [];
  // The desktop app's bridge, answered by a real backend.
  vi.stubGlobal('window', {
    politely: {
      invoke: (channel: string, input: unknown) => {
        calls.push(channel);
        return backend.send(channel as never, input as never);
      },
    },
  });
  useBoardStore.getState().reset();
});
afterEach(() => {
  useBoardStore.getState().reset();
  vi.unstubAllGlobals();
});

const state = () => useBoardStore.getState();
const sourcedIds = () => groupByStage(state().cards, null).sourced.map((c) => c.id);

describe('the board store loads each column a page at a time', () => {
  it('gives a second ask for the next page the same page, answered once it is in', async () => {
    await state().load();
    const before = sourcedIds().length;
    // The column's own scrolling asks, and Down past the last card asks again before the first answer.
    const first = state().loadMore('sourced');
    const second = state().loadMore('sourced');
    await second;
    expect(sourcedIds().length).toBeGreaterThan(before);
    await first;
    expect(calls.filter((c) => c === 'applications.boardColumn')).toHaveLength(1);
    expect(new Set(sourcedIds()).size).toBe(sourcedIds().length);
  });

  it('loads the first page with the true totals, then the next pages to the end, each card once', async () => {
    await state().load();
    expect(state().cards).toHaveLength(50);
    expect(state().totals).toMatchObject({ sourced: 123, prep: 0, closed: 0 });
    expect(state().next.sourced).toEqual(expect.any(String));
    expect(sourcedIds()[0]).toBe('a122');

    await Promise.all([state().loadMore('sourced'), state().loadMore('sourced')]);
    // Asked once while the page was on its way.
    expect(calls.filter((c) => c === 'applications.boardColumn')).toHaveLength(1);
    await state().loadMore('sourced');
    expect(state().next.sourced).toBeUndefined();
    await state().loadMore('sourced');
    expect(calls.filter((c) => c === 'applications.boardColumn')).toHaveLength(2);
    expect(sourcedIds()).toEqual(Array.from({ length: 123 }, (_, i) => `a${122 - i}`));
  });

  it('moves a card between the loaded lists and changes the totals by one, without loading the board again', async () => {
    await state().load();
    expect(await state().move('a100', 'prep')).toBe(true);
    expect(state().totals).toMatchObject({ sourced: 122, prep: 1 });
    expect(groupByStage(state().cards, null).prep.map((c) => c.id)).toEqual(['a100']);
    expect(sourcedIds()).not.toContain('a100');

    expect(await state().close('a99', 'no-response')).toBe(true);
    expect(state().totals).toMatchObject({ sourced: 121, prep: 1, closed: 1 });

    // The rest of Sourced still comes in full, the moved cards not again.
    await state().loadMore('sourced');
    await state().loadMore('sourced');
    expect(sourcedIds()).toHaveLength(121);
    expect(new Set(state().cards.map((c) => c.id)).size).toBe(state().cards.length);

    expect(await state().undo()).toBe(true);
    expect(state().totals).toMatchObject({ sourced: 122, closed: 0 });
    expect(await state().undo()).toBe(true);
    expect(state().totals).toMatchObject({ sourced: 123, prep: 0 });
    expect(sourcedIds()).toEqual(Array.from({ length: 123 }, (_, i) => `a${122 - i}`));
    expect(calls.filter((c) => c === 'applications.board')).toHaveLength(1);
  });

  it('puts the card and the totals back when the move is refused', async () => {
    await state().load();
    backend.db
      .prepare("UPDATE applications SET stage = 'closed', closed_reason = 'no-response' WHERE id = 'a110'")
      .run();
    expect(await state().move('a110', 'prep')).toBe(false);
    expect(state().totals).toMatchObject({ sourced: 123, prep: 0 });
    expect(sourcedIds()).toContain('a110');
  });

  it('keeps a position’s own totals when a page of the board shown before it comes in after it was asked for', async () => {
    await state().load();
    expect(state().totals.sourced).toBe(123);
    // One position's board is asked for; the whole board, still shown meanwhile, asks for its Sourced column's next page.
    const loading = state().load('other');
    const page = state().loadMore('sourced');
    await loading;
    await page;
    expect(state().positionId).toBe('other');
    expect(state().totals.sourced).toBe(3);
    expect(groupByStage(state().cards, 'other').sourced).toHaveLength(3);
  });

  it('loads one position’s board with its own totals, and drops an answer the lock overtook', async () => {
    await state().load('other');
    expect(state().totals.sourced).toBe(3);
    expect(state().next.sourced).toBeUndefined();
    expect(state().positionId).toBe('other');

    const pending = state().load();
    state().reset();
    await pending;
    expect(state().cards).toEqual([]);
    expect(state().totals.sourced).toBe(0);
  });
});
