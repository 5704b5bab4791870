import { create } from 'zustand';
import type { Reminder } from '../../api/contract';
import { call } from '../api';
import { formatDayTime } from '../dates';
import { useToastStore } from './toasts';

interface RemindersState {
  /** What is due, as the backend last said: the bell's number and the list are both this. */
  items: Reminder[];
  /** Counts the reads asked for, so that only the latest one's answer is kept. */
  readNumber: number;
  /** Read the list again (every minute, on focus, after a change). */
  load(): Promise<void>;
  /**
   * Browser mode has no system notifications: what falls due is announced here, in the window.
   * (The desktop app's main process announces instead, so the window never takes.)
   */
  announce(): Promise<void>;
  snooze(key: string, minutes: number): Promise<void>;
  dismiss(key: string): Promise<void>;
  reset(): void;
}

/** What the bell counts and what its list shows: one selector, so the two can never disagree. */
export const selectDue = (s: Pick<RemindersState, 'items'>): Reminder[] => s.items;

export const useRemindersStore = create<RemindersState>((set, get) => ({
  items: [],
  readNumber: 0,
  async load() {
    // Reads overlap (each minute, on focus, on opening the list, after a snooze): an older answer arriving last, or
    // one from before a lock, must not bring back what has since been dismissed or locked away.
    const mine = get().readNumber + 1;
    set({ readNumber: mine });
    const result = await call('reminders.list', {});
    if (result.ok && get().readNumber === mine) set({ items: result.value });
  },
  async announce() {
    const result = await call('reminders.take', {});
    if (!result.ok || result.value.length === 0) return;
    const [first, ...rest] = result.value;
    const more = rest.length ? ` (and ${rest.length} more in Reminders)` : '';
    useToastStore.getState().show(`${first!.title}${more}`);
    await get().load();
  },
  async snooze(key, minutes) {
    const result = await call('reminders.snooze', { key, minutes });
    if (!result.ok) return useToastStore.getState().show(result.error.message, 'error');
    putAway(key);
    const until = formatDayTime(result.value.snoozedUntil, new Date());
    useToastStore.getState().show(`Snoozed until ${until}.`);
    await get().load();
  },
  async dismiss(key) {
    const result = await call('reminders.dismiss', { key });
    if (!result.ok) return useToastStore.getState().show(result.error.message, 'error');
    putAway(key);
    await get().load();
  },
  reset() {
    // A read still on its way belongs to the profile just locked: its answer is dropped.
    set((s) => ({ items: [], readNumber: s.readNumber + 1 }));
  },
}));

/** A reminder snoozed or dismissed leaves the bell and the list at once, and no read begun before it brings it back. */
function putAway(key: string): void {
  useRemindersStore.setState((s) => ({ items: s.items.filter((r) => r.key !== key), readNumber: s.readNumber + 1 }));
}
