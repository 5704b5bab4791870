import { create } from 'zustand';

/** The one next step a toast offers, as a button in it. */
export interface ToastAction {
  label: string;
  run(): void;
}

export interface Toast {
  id: number;
  tone: 'info' | 'error';
  message: string;
  action?: ToastAction;
}

interface ToastState {
  toasts: Toast[];
  /** `ms`: how long it stays; longer for a message with more to read, or with a step to take. */
  show(message: string, tone?: Toast['tone'], ms?: number, action?: ToastAction): void;
  dismiss(id: number): void;
  /**
   * Keeps every toast while the recruiter is in them (pointer or keyboard focus), so one reached by Tab is not taken
   * away under them; `false` gives each its full time again from then.
   */
  hold(held: boolean): void;
  reset(): void;
}

let nextId = 1;
/** Each toast's time and its running timer, kept out of the state: nothing renders them. */
const times = new Map<number, { ms: number; timer: ReturnType<typeof setTimeout> | null }>();
let holding = false;

export const useToastStore = create<ToastState>((set, get) => {
  const arm = (id: number) => {
    const time = times.get(id);
    if (time && !holding) time.timer = setTimeout(() => get().dismiss(id), time.ms);
  };
  return {
    toasts: [],
    show(message, tone = 'info', ms, action) {
      const id = nextId++;
      // A step to take needs time to reach, as an error needs time to read.
      ms ??= tone === 'error' || action ? 9000 : 4000;
      const kept = get().toasts.slice(-3);
      for (const [old, time] of times)
        if (!kept.some((t) => t.id === old)) {
          if (time.timer) clearTimeout(time.timer);
          times.delete(old);
        }
      set({ toasts: [...kept, { id, tone, message, ...(action ? { action } : {}) }] });
      times.set(id, { ms, timer: null });
      arm(id);
    },
    dismiss(id) {
      const timer = times.get(id)?.timer;
      if (timer) clearTimeout(timer);
      times.delete(id);
      set({ toasts: get().toasts.filter((t) => t.id !== id) });
    },
    hold(held) {
      if (held === holding) return;
      holding = held;
      for (const [id, time] of times) {
        if (time.timer) clearTimeout(time.timer);
        time.timer = null;
        arm(id);
      }
    },
    reset() {
      for (const time of times.values()) if (time.timer) clearTimeout(time.timer);
      times.clear();
      holding = false;
      set({ toasts: [] });
    },
  };
});
