import { create } from 'zustand';
import type { Reminder } from '../../api/contract';
import { call } from '../api';
import { useToastStore } from './toasts';

interface RemindersState {
  items: Reminder[];
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

export const useRemindersStore = create<RemindersState>((set, get) => ({
  items: [],
  async load() {
    const result = await call('reminders.list', {});
    if (result.ok) set({ items: result.value });
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
    const until = new Date(result.value.snoozedUntil).toLocaleString(undefined, {
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
    });
    useToastStore.getState().show(`Snoozed until ${until}.`);
    await get().load();
  },
  async dismiss(key) {
    const result = await call('reminders.dismiss', { key });
    if (!result.ok) return useToastStore.getState().show(result.error.message, 'error');
    await get().load();
  },
  reset() {
    set({ items: [] });
  },
}));
