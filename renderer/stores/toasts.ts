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
  reset(): void;
}

let nextId = 1;

export const useToastStore = create<ToastState>((set, get) => ({
  toasts: [],
  show(message, tone = 'info', ms, action) {
    const id = nextId++;
    // A step to take needs time to reach, as an error needs time to read.
    ms ??= tone === 'error' || action ? 9000 : 4000;
    set({ toasts: [...get().toasts.slice(-3), { id, tone, message, ...(action ? { action } : {}) }] });
    setTimeout(() => get().dismiss(id), ms);
  },
  dismiss(id) {
    set({ toasts: get().toasts.filter((t) => t.id !== id) });
  },
  reset() {
    set({ toasts: [] });
  },
}));
