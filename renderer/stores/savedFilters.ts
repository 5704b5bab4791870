import { create } from 'zustand';
import type { SavedFilter } from '../../api/contract';
import { call } from '../api';
import type { Screen } from '../router';
import type { LoadStatus } from './lists';

interface SavedFiltersState {
  filters: SavedFilter[];
  status: LoadStatus;
  error: string | null;
  load(): Promise<void>;
  reset(): void;
}

// Bumped by every load and reset, so an answer for a profile locked since is dropped.
let generation = 0;

/** The filters saved under a name: the sidebar and Ctrl+K open them. */
export const useSavedFiltersStore = create<SavedFiltersState>((set) => ({
  filters: [],
  status: 'idle',
  error: null,
  async load() {
    const asked = ++generation;
    const result = await call('filters.list', {});
    if (asked !== generation) return;
    if (result.ok) set({ filters: result.value, status: 'ready', error: null });
    else set({ status: 'error', error: result.error.message });
  },
  reset() {
    generation++;
    set({ filters: [], status: 'idle', error: null });
  },
}));

/** Tags travel in the address as one parameter, comma-separated: a tag never holds a comma. */
export const tagsParam = (text: string | null): string[] => (text ? text.split(',').filter((t) => t.trim()) : []);

/** Where a saved filter opens: its screen, with the filter in the address, so it is a link like any other. */
export function filterRoute(filter: SavedFilter): { screen: Screen; params: Record<string, string> } {
  const params: Record<string, string> = {};
  if (filter.screen === 'people') params.kind = filter.kind ?? 'candidate';
  if (filter.positionId) params.position = filter.positionId;
  if (filter.query) params.q = filter.query;
  if (filter.tags.length) params.tags = filter.tags.join(',');
  return { screen: filter.screen, params };
}
