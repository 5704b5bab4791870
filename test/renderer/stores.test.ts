import { describe, expect, it } from 'vitest';
import { useBoardStore } from '../../renderer/stores/board';
import { useCompaniesStore, usePeopleStore, usePositionsStore } from '../../renderer/stores/lists';
import { resetAllStores } from '../../renderer/stores/reset';
import { useToastStore } from '../../renderer/stores/toasts';
import { useTodayStore } from '../../renderer/stores/today';

describe('renderer stores', () => {
  it('resetAllStores empties every store, so nothing of a profile stays in memory after locking', () => {
    const card = { id: 'a', candidateName: 'Ada' } as never;
    useBoardStore.setState({ cards: [card], status: 'ready', focusedId: 'a', announcement: 'Moved Ada' });
    useCompaniesStore.setState({ items: [card], status: 'ready' });
    usePeopleStore.setState({ items: [card], status: 'ready' });
    usePositionsStore.setState({ items: [card], status: 'ready' });
    useToastStore.setState({ toasts: [{ id: 1, tone: 'info', message: 'Ada saved.' }] });
    useTodayStore.setState({ items: [{ personName: 'Ada' } as never], status: 'ready', readAt: 1 });

    resetAllStores();

    expect(useBoardStore.getState()).toMatchObject({ cards: [], status: 'idle', focusedId: null, announcement: '' });
    for (const store of [useCompaniesStore, usePeopleStore, usePositionsStore]) expect(store.getState()).toMatchObject({ items: [], status: 'idle', error: null });
    expect(useToastStore.getState().toasts).toEqual([]);
    expect(useTodayStore.getState()).toMatchObject({ items: [], status: 'idle', readAt: null });
    expect(JSON.stringify([useBoardStore, useCompaniesStore, usePeopleStore, usePositionsStore, useToastStore, useTodayStore].map((s) => s.getState()))).not.toContain('Ada');
  });
});
