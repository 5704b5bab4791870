import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Channel, Envelope, Input, Output } from '../../api/contract';
import { dispatch } from '../../api/dispatch';
import { IDLE_TICK_MS, startIdleLock } from '../../api/idleLock';
import { Session } from '../../api/session';
import { Vault } from '../../db/vault';
import { tempDir } from './helpers';

const FAST = { N: 2 ** 10, r: 8, p: 1 };
const PASS = 'correct horse battery staple';
const START = new Date('2026-03-02T09:00:00Z');
const MINUTE = 60_000;

/** The backend as the browser host runs it, with no page: nothing calls it unless the test does. */
async function unlockedBackend(lockAfterMinutes: number) {
  // The clock is the faked Date: the idle lock and its timer read the same fixed, test-driven time.
  const now = () => new Date();
  const session = new Session(new Vault(tempDir(), FAST, now), 'test', now);
  const send = async <C extends Channel>(channel: C, input: Input<C>) =>
    (await dispatch(session, channel, input, () => {})) as Envelope<Output<C>>;
  const created = await send('profiles.create', { name: 'Sam', passphrase: PASS });
  if (!created.ok) throw new Error(created.error.message);
  await send('profiles.unlock', { id: created.value.id, passphrase: PASS });
  expect((await send('settings.update', { lockAfterMinutes })).ok).toBe(true);
  const locks: number[] = [];
  const stop = startIdleLock(session, { onLocked: () => locks.push(Date.now()) });
  return { session, send, locks, stop };
}

describe('the backend locks without the page', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: START, toFake: ['setInterval', 'clearInterval', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('locks at its lockAfterMinutes (1 minute) with no call, and says so once', async () => {
    const b = await unlockedBackend(1);
    const answeredAt = Date.now();
    vi.advanceTimersByTime(MINUTE - IDLE_TICK_MS);
    expect(b.session.isLocked()).toBe(false);
    vi.advanceTimersByTime(2 * IDLE_TICK_MS);
    expect(b.session.isLocked()).toBe(true);
    expect(b.locks).toHaveLength(1);
    expect(b.locks[0]! - answeredAt).toBeGreaterThanOrEqual(MINUTE);
    expect(b.locks[0]! - answeredAt).toBeLessThanOrEqual(MINUTE + IDLE_TICK_MS);
    expect(await b.send('companies.list', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
    vi.advanceTimersByTime(10 * MINUTE);
    expect(b.locks).toHaveLength(1);
    b.stop();
  });

  it('counts every answered call as use, and waits the whole setting from the last one', async () => {
    const b = await unlockedBackend(2);
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(MINUTE + 30_000);
      expect((await b.send('companies.list', {})).ok).toBe(true);
    }
    expect(b.session.isLocked()).toBe(false);
    vi.advanceTimersByTime(2 * MINUTE + IDLE_TICK_MS);
    expect(b.session.isLocked()).toBe(true);
    b.stop();
  });

  it('locks at once when the clock jumped more than two minutes between ticks: the computer slept', async () => {
    const b = await unlockedBackend(15);
    vi.advanceTimersByTime(IDLE_TICK_MS);
    expect(b.session.isLocked()).toBe(false);
    // Asleep: the wall clock moves on while no timer runs.
    vi.setSystemTime(Date.now() + 3 * MINUTE);
    vi.advanceTimersByTime(IDLE_TICK_MS);
    expect(b.session.isLocked()).toBe(true);
    expect(b.locks).toHaveLength(1);
    b.stop();
  });

  it('does not take a short jump for sleep', async () => {
    const b = await unlockedBackend(15);
    vi.setSystemTime(Date.now() + 90_000);
    vi.advanceTimersByTime(IDLE_TICK_MS);
    expect(b.session.isLocked()).toBe(false);
    b.stop();
  });

  it('stops looking once stopped', async () => {
    const b = await unlockedBackend(1);
    b.stop();
    vi.advanceTimersByTime(5 * MINUTE);
    expect(b.session.isLocked()).toBe(false);
    b.session.lock();
  });
});
