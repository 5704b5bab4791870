import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../../api/contract';
import { createRpcStore, UNEXPECTED } from '../../renderer/rpcStore';

/** An answer the test hands back when it chooses, so answers can arrive in any order. */
function deferred<T>() {
  let resolve!: (answer: Envelope<T>) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<Envelope<T>>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const ok = <T>(value: T): Envelope<T> => ({ ok: true, value });
const failed = (message: string): Envelope<never> => ({ ok: false, error: { code: 'not-found', message } });
// Lets every answer already resolved reach the store.
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.useRealTimers();
});

describe('the fetch slot behind useRpc', () => {
  it('keeps the newest answer when an older, slower one arrives after it', async () => {
    const store = createRpcStore<string>('loading');
    const first = deferred<string>();
    const second = deferred<string>();
    store.load(() => first.promise);
    store.load(() => second.promise);

    second.resolve(ok('Ada'));
    await settled();
    first.resolve(ok('Grace'));
    await settled();

    expect(store.getState()).toEqual({ status: 'ready', data: 'Ada', error: null });
  });

  it('drops an older failure too: a stale error never hides a newer answer', async () => {
    const store = createRpcStore<string>('loading');
    const first = deferred<string>();
    const second = deferred<string>();
    store.load(() => first.promise);
    store.load(() => second.promise);

    second.resolve(ok('Ada'));
    first.resolve(failed('That person is not on file.'));
    await settled();

    expect(store.getState().status).toBe('ready');
  });

  it('drops the answer of a request cancelled when the screen moved on', async () => {
    const store = createRpcStore<string>('loading');
    const pending = deferred<string>();
    store.load(() => pending.promise);
    store.cancel();

    pending.resolve(ok('Ada'));
    await settled();

    expect(store.getState()).toEqual({ status: 'loading', data: undefined, error: null });
  });

  it('keeps the last answer on screen while asking again, then shows the new one', async () => {
    const store = createRpcStore<number>('loading');
    const answers = [deferred<number>(), deferred<number>()];
    let asked = 0;
    store.load(() => answers[asked++]!.promise);
    answers[0]!.resolve(ok(1));
    await settled();

    store.reload();
    expect(asked).toBe(2);
    expect(store.getState()).toEqual({ status: 'ready', data: 1, error: null });
    answers[1]!.resolve(ok(2));
    await settled();

    expect(store.getState()).toEqual({ status: 'ready', data: 2, error: null });
  });

  it("shows the backend's message on failure, and a plain one when the request itself threw", async () => {
    const store = createRpcStore<string>('loading');
    store.load(() => Promise.resolve(failed('That person is not on file.')));
    await settled();
    expect(store.getState()).toEqual({ status: 'error', data: undefined, error: 'That person is not on file.' });

    store.load(() => Promise.reject(new TypeError('boom')));
    await settled();
    expect(store.getState()).toEqual({ status: 'error', data: undefined, error: UNEXPECTED });
  });

  it('lets a save put a newer value in place, and drops the older answer still out', async () => {
    const store = createRpcStore<string>('loading');
    const pending = deferred<string>();
    store.load(() => pending.promise);
    store.setData('saved');

    pending.resolve(ok('as it was before the save'));
    await settled();

    expect(store.getState()).toEqual({ status: 'ready', data: 'saved', error: null });
  });

  it('asks only once typing pauses, with the last input', async () => {
    vi.useFakeTimers();
    const store = createRpcStore<string>();
    const asked: string[] = [];
    for (const text of ['a', 'ad', 'ada']) {
      store.load(() => {
        asked.push(text);
        return Promise.resolve(ok(text));
      }, 100);
      await vi.advanceTimersByTimeAsync(40);
    }
    expect(asked).toEqual([]);

    await vi.advanceTimersByTimeAsync(100);

    expect(asked).toEqual(['ada']);
    expect(store.getState().data).toBe('ada');
  });

  it('forgets its answer when there is nothing to ask, and tells its listeners', async () => {
    const store = createRpcStore<string>();
    const heard = vi.fn();
    store.subscribe(heard);
    store.load(() => Promise.resolve(ok('Ada')));
    await settled();
    expect(store.getState().status).toBe('ready');

    store.clear();

    expect(store.getState()).toEqual({ status: 'idle', data: undefined, error: null });
    expect(heard).toHaveBeenCalledTimes(3);
  });
});
