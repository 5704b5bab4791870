import { create } from 'zustand';
import type { CompanySummary, Envelope, Person, Position } from '../../api/contract';
import { call } from '../api';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface ListState<T extends { id: string }> {
  items: T[];
  status: LoadStatus;
  error: string | null;
  load(): Promise<void>;
  /** Puts a saved record in place (or first, when new) without reloading everything. */
  upsert(item: T): void;
  reset(): void;
}

function createListStore<T extends { id: string }>(fetchAll: () => Promise<Envelope<T[]>>) {
  return create<ListState<T>>((set, get) => ({
    items: [],
    status: 'idle',
    error: null,
    async load() {
      set({ status: get().status === 'ready' ? 'ready' : 'loading', error: null });
      const result = await fetchAll();
      if (result.ok) set({ items: result.value, status: 'ready' });
      else set({ status: 'error', error: result.error.message });
    },
    upsert(item) {
      const items = get().items;
      const index = items.findIndex((i) => i.id === item.id);
      set({ items: index === -1 ? [item, ...items] : items.map((i) => (i.id === item.id ? item : i)) });
    },
    reset() {
      set({ items: [], status: 'idle', error: null });
    },
  }));
}

export const useCompaniesStore = createListStore<CompanySummary>(() => call('companies.list', {}));
export const usePositionsStore = createListStore<Position>(() => call('positions.list', {}));
export const usePeopleStore = createListStore<Person>(async () => {
  const result = await call('people.list', { limit: 10_000 });
  return result.ok ? { ok: true, value: result.value.people } : result;
});
