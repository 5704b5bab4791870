import { describe, expect, it } from 'vitest';
import { useBoardStore } from '../../renderer/stores/board';
import { useCompaniesStore, usePositionsStore } from '../../renderer/stores/lists';
import { usePersonStore } from '../../renderer/stores/person';
import { useRemindersStore } from '../../renderer/stores/reminders';
import { resetAllStores } from '../../renderer/stores/reset';
import { useToastStore } from '../../renderer/stores/toasts';
import { useTodayStore } from '../../renderer/stores/today';

describe('renderer stores', () => {
  it('resetAllStores empties every store, so nothing of a profile stays in memory after locking', () => {
    const card = { id: 'a', candidateName: 'Ada' } as never;
    useBoardStore.setState({ cards: [card], status: 'ready', focusedId: 'a', announcement: 'Moved Ada' });
    useCompaniesStore.setState({ items: [card], status: 'ready' });
    usePositionsStore.setState({ items: [card], status: 'ready' });
    useToastStore.setState({ toasts: [{ id: 1, tone: 'info', message: 'Ada saved.' }] });
    useTodayStore.setState({ items: [{ personName: 'Ada' } as never], status: 'ready', readAt: 1 });
    usePersonStore.setState({
      personId: 'a',
      person: card,
      contact: { summary: 'Ada is waiting' } as never,
      touches: [{ summary: 'Ada replied' } as never],
      status: 'ready',
      revision: 3,
    });
    useRemindersStore.setState({ items: [{ key: 'k', title: 'Debrief Ada' } as never] });
    const stores = [
      useBoardStore,
      useCompaniesStore,
      usePositionsStore,
      useToastStore,
      useTodayStore,
      usePersonStore,
      useRemindersStore,
    ];
    // Every store holds something of Ada's before the lock, or the test would prove nothing.
    for (const store of stores) expect(JSON.stringify(store.getState())).toContain('Ada');

    resetAllStores();

    expect(useBoardStore.getState()).toMatchObject({ cards: [], status: 'idle', focusedId: null, announcement: '' });
    for (const store of [useCompaniesStore, usePositionsStore])
      expect(store.getState()).toMatchObject({ items: [], status: 'idle', error: null });
    expect(useToastStore.getState().toasts).toEqual([]);
    expect(useTodayStore.getState()).toMatchObject({ items: [], status: 'idle', readAt: null });
    expect(usePersonStore.getState()).toMatchObject({
      personId: null,
      person: null,
      contact: null,
      touches: [],
      status: 'idle',
    });
    expect(useRemindersStore.getState().items).toEqual([]);
    for (const store of stores) expect(JSON.stringify(store.getState())).not.toContain('Ada');
  });
});
