import type { Envelope } from '../api/contract';

/**
 * What a screen knows of one backend answer. `loading` is only the wait for the first answer:
 * asking again keeps the last answer (or error) on screen until the new one is in, so nothing flickers.
 */
export type RpcState<T> =
  | { status: 'idle'; data: undefined; error: null }
  | { status: 'loading'; data: undefined; error: null }
  | { status: 'ready'; data: T; error: null }
  | { status: 'error'; data: undefined; error: string };

export const IDLE: RpcState<never> = { status: 'idle', data: undefined, error: null };
const LOADING: RpcState<never> = { status: 'loading', data: undefined, error: null };

/** Said when a request failed in a way the backend did not explain (a bug on this side). */
export const UNEXPECTED =
  'Something went wrong while asking Politely. Try again; if it keeps happening, reload the page.';

export interface RpcStore<T> {
  getState(): RpcState<T>;
  subscribe(listener: () => void): () => void;
  /** Asks with `load`, after `delayMs` if given. Any older request still out is forgotten: its answer is dropped. */
  load(load: () => Promise<Envelope<T>>, delayMs?: number): void;
  /** Asks again with the last `load`, at once. */
  reload(): void;
  /** Forgets the request still out (the screen moved on, or went away). */
  cancel(): void;
  /** Nothing to ask now: forgets the request still out and the last answer. */
  clear(): void;
  /** Puts a newer value in place (a save's answer), and forgets the request still out, which is now older. */
  setData(value: T): void;
}

/**
 * The logic of one fetch slot, without React: each request takes a ticket, and only the newest
 * ticket's answer is kept. A slower, older answer arriving last can never overwrite a newer one.
 */
export function createRpcStore<T>(initial: 'idle' | 'loading' = 'idle'): RpcStore<T> {
  let state: RpcState<T> = initial === 'loading' ? LOADING : IDLE;
  let ticket = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let loader: (() => Promise<Envelope<T>>) | null = null;
  const listeners = new Set<() => void>();

  const set = (next: RpcState<T>) => {
    state = next;
    listeners.forEach((l) => l());
  };
  const settle = (mine: number, answer: Envelope<T>) => {
    if (mine !== ticket) return;
    if (answer.ok) set({ status: 'ready', data: answer.value, error: null });
    else set({ status: 'error', data: undefined, error: answer.error.message });
  };
  const cancel = () => {
    ticket += 1;
    clearTimeout(timer);
  };
  const start = (delayMs: number) => {
    cancel();
    const mine = ticket;
    const current = loader;
    if (!current) return;
    if (state.status === 'idle') set(LOADING);
    const run = () => {
      current().then(
        (answer) => settle(mine, answer),
        () => settle(mine, { ok: false, error: { code: 'internal', message: UNEXPECTED } }),
      );
    };
    if (delayMs > 0) timer = setTimeout(run, delayMs);
    else run();
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    load(next, delayMs = 0) {
      loader = next;
      start(delayMs);
    },
    reload: () => start(0),
    cancel,
    clear() {
      cancel();
      loader = null;
      if (state.status !== 'idle') set(IDLE);
    },
    setData(value) {
      cancel();
      set({ status: 'ready', data: value, error: null });
    },
  };
}
