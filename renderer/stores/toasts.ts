import { create } from 'zustand';

export interface Toast {
  id: number;
  tone: 'info' | 'error';
  message: string;
}

interface ToastState {
  toasts: Toast[];
  /** `ms`: how long it stays; longer for a message with more to read. */
  show(message: string, tone?: Toast['tone'], ms?: number): void;
  dismiss(id: number): void;
  reset(): void;
}

let nextId = 1;

export const useToastStore = create<ToastState>((set, get) => ({
  toasts: [],
  show(message, tone = 'info', ms = tone === 'error' ? 9000 : 4000) {
    const id = nextId++;
    set({ toasts: [...get().toasts.slice(-3), { id, tone, message }] });
    setTimeout(() => get().dismiss(id), ms);
  },
  dismiss(id) {
    set({ toasts: get().toasts.filter((t) => t.id !== id) });
  },
  reset() {
    set({ toasts: [] });
  },
}));
