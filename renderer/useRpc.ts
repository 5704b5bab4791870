import { useEffect, useMemo, useState, useSyncExternalStore, type DependencyList } from 'react';
import type { Channel, Input, Output } from '../api/contract';
import { call } from './api';
import { createRpcStore, IDLE, type RpcState } from './rpcStore';

export interface RpcOptions {
  /** False: ask nothing (yet), and show no answer. */
  enabled?: boolean;
  /** Wait this long after the last change before asking: for answers that follow typing. */
  delayMs?: number;
}

export type Rpc<T> = RpcState<T> & {
  /** Asks again now; the last answer (or error) stays on screen until the new one is in. */
  reload(): void;
  /** Shows a newer value got elsewhere, such as a save's answer. */
  setData(value: T): void;
};

/**
 * The renderer's one way to read from the backend: asks `channel` with `input`, again whenever the
 * input or `deps` change, and keeps only the newest answer. Nothing is cached beyond the screen that
 * asked, so locking leaves no copy behind.
 */
export function useRpc<C extends Channel>(
  channel: C,
  input: Input<C>,
  deps: DependencyList = [],
  options: RpcOptions = {},
): Rpc<Output<C>> {
  const enabled = options.enabled ?? true;
  const delayMs = options.delayMs ?? 0;
  const [store] = useState(() => createRpcStore<Output<C>>(enabled ? 'loading' : 'idle'));
  const state = useSyncExternalStore(store.subscribe, store.getState);
  // The request is named by its text, so a new object with the same fields does not ask again.
  const request = JSON.stringify(input ?? {});
  useEffect(() => {
    if (!enabled) {
      store.clear();
      return;
    }
    store.load(() => call(channel, JSON.parse(request) as Input<C>), delayMs);
    return store.cancel;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what else the answer depends on
  }, [store, channel, request, enabled, delayMs, ...deps]);
  // The same object until the answer changes, so it can stand in a memo's or an effect's dependencies.
  const shown = enabled ? state : (IDLE as RpcState<Output<C>>);
  return useMemo(() => ({ ...shown, reload: store.reload, setData: store.setData }), [shown, store]);
}
