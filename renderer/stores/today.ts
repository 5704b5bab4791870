import { create } from 'zustand';
import type { QueueItem } from '../../api/contract';
import { call } from '../api';
import type { LoadStatus } from './lists';

interface TodayState {
  items: QueueItem[];
  status: LoadStatus;
  error: string | null;
  /** When the queue was read: what "due" is measured against. */
  readAt: number | null;
  load(): Promise<void>;
  reset(): void;
}

const initial = { items: [], status: 'idle' as LoadStatus, error: null, readAt: null };

export const useTodayStore = create<TodayState>((set, get) => ({
  ...initial,
  async load() {
    set({ status: get().status === 'ready' ? 'ready' : 'loading', error: null });
    const result = await call('queue.today', {});
    if (result.ok) set({ items: result.value, status: 'ready', readAt: Date.now() });
    else set({ status: 'error', error: result.error.message });
  },
  reset() {
    set(initial);
  },
}));
