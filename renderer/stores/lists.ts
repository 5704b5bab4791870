import { create } from 'zustand';
import {
  LIST_PAGE_MAX,
  type CompanySummary,
  type Envelope,
  type PeopleSort,
  type Person,
  type Position,
} from '../../api/contract';
import { call } from '../api';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface ListState<T extends { id: string }> {
  /** The first page in name order, at most LIST_PAGE_MAX: enough for a short pick list, never the whole list. */
  items: T[];
  status: LoadStatus;
  error: string | null;
  /** Counts saves and loads, so a list paged on screen (which keeps its own pages) knows to ask again. */
  revision: number;
  load(): Promise<void>;
  /** Puts a saved record in place (or first, when new) without reloading everything. */
  upsert(item: T): void;
  reset(): void;
}

function createListStore<T extends { id: string }>(fetchFirst: () => Promise<Envelope<T[]>>) {
  return create<ListState<T>>((set, get) => ({
    items: [],
    status: 'idle',
    error: null,
    revision: 0,
    async load() {
      set({ status: get().status === 'ready' ? 'ready' : 'loading', error: null, revision: get().revision + 1 });
      const result = await fetchFirst();
      if (result.ok) set({ items: result.value, status: 'ready' });
      else set({ status: 'error', error: result.error.message });
    },
    upsert(item) {
      const items = get().items;
      const index = items.findIndex((i) => i.id === item.id);
      set({
        items: index === -1 ? [item, ...items] : items.map((i) => (i.id === item.id ? item : i)),
        revision: get().revision + 1,
      });
    },
    reset() {
      set({ items: [], status: 'idle', error: null, revision: 0 });
    },
  }));
}

/** An answer's page of rows, as an envelope of them alone. */
function rows<P, T>(answer: Envelope<P>, pick: (page: P) => T[]): Envelope<T[]> {
  return answer.ok ? { ok: true, value: pick(answer.value) } : answer;
}

export const useCompaniesStore = createListStore<CompanySummary>(async () =>
  rows(await call('companies.list', { limit: LIST_PAGE_MAX }), (page) => page.companies),
);
export const usePositionsStore = createListStore<Position>(async () =>
  rows(await call('positions.list', { limit: LIST_PAGE_MAX }), (page) => page.positions),
);
/**
 * People are never all in memory: each list of them asks the server for one page at a time. What
 * is kept here is only that people changed (saved, imported, erased), so a list on screen asks again,
 * and the order the People screen was last put in, so it comes back in it from a person's page.
 */
export interface PeopleChanges {
  revision: number;
  sort: PeopleSort;
  setSort(sort: PeopleSort): void;
  /** Asks every list of people on screen to load again. */
  load(): Promise<void>;
  /** A person was saved: lists on screen load again, to show them where they now belong. */
  upsert(person: Person): void;
  reset(): void;
}

export const usePeopleStore = create<PeopleChanges>((set, get) => ({
  revision: 0,
  sort: 'name',
  setSort(sort) {
    set({ sort });
  },
  load() {
    set({ revision: get().revision + 1 });
    return Promise.resolve();
  },
  upsert() {
    set({ revision: get().revision + 1 });
  },
  reset() {
    set({ revision: 0, sort: 'name' });
  },
}));
