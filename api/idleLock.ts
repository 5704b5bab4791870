import { readPolicy } from '../db/settings';
import type { Session } from './session';

/** How often the idle lock looks at the clock. */
export const IDLE_TICK_MS = 15_000;
/** A clock that moved this much more than one tick between two ticks means the computer slept. */
export const SLEEP_JUMP_MS = 2 * 60_000;

/** The timer the idle lock runs on: the real one in the app, a fake one in tests. */
export interface IdleTimers {
  setInterval(tick: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

const realTimers: IdleTimers = {
  setInterval: (tick, ms) => setInterval(tick, ms),
  clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
};

export interface IdleLockOptions {
  /** Told after the idle lock closed the profile, so an open window can show the picker. */
  onLocked?: () => void;
  timers?: IdleTimers;
  tickMs?: number;
}

/**
 * Locks the open profile in the backend itself, with no page needed: after the profile's
 * `lockAfterMinutes` with no answered call, or at once when the clock jumped (the computer slept).
 * The browser host and the desktop app both run it; the page keeps its own timer for the screen.
 * Returns the function that stops it.
 */
export function startIdleLock(session: Session, options: IdleLockOptions = {}): () => void {
  const timers = options.timers ?? realTimers;
  const tickMs = options.tickMs ?? IDLE_TICK_MS;
  let lastTick = session.now().getTime();
  const tick = () => {
    const now = session.now().getTime();
    const slept = now - lastTick - tickMs > SLEEP_JUMP_MS;
    lastTick = now;
    if (session.isLocked()) return;
    if (slept || now - session.lastUsedAt >= lockAfterMs(session)) {
      session.lock();
      options.onLocked?.();
    }
  };
  const handle = timers.setInterval(tick, tickMs);
  // The timer alone must not keep a host that is shutting down alive.
  (handle as { unref?: () => void } | null)?.unref?.();
  return () => timers.clearInterval(handle);
}

/** The open profile's own setting; a profile whose setting cannot be read locks at once rather than never. */
function lockAfterMs(session: Session): number {
  try {
    return readPolicy(session.db).lockAfterMinutes * 60_000;
  } catch (error) {
    console.error('politely: the lock setting could not be read, so the profile locks now', error);
    return 0;
  }
}
