import { groupBy } from '../core/group';
import type { Reminder } from './contract';

/** Time as the scheduler sees it: the real clock in the app, a hand-turned one in tests. */
export interface SchedulerClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realClock: SchedulerClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface SchedulerOptions {
  /** The reminders to announce now, marked announced; none while locked. */
  take(): Promise<Reminder[]>;
  /** When the next one falls due, if anything is ahead; null while locked. */
  next(): Promise<Date | null>;
  /** Shows what `take` gave, grouped (see `group`). */
  announce(reminders: Reminder[]): void;
  clock?: SchedulerClock;
  /**
   * The longest sleep between looks. Records change (an interview booked for within the hour),
   * and a computer wakes from sleep with timers late: a look each minute catches both.
   */
  longestSleepMs?: number;
}

/**
 * Wakes when the next reminder falls due (or within a minute, whichever is sooner), announces
 * what is due, and sleeps again. `poke()` looks at once: after unlocking, say.
 */
export class ReminderScheduler {
  private timer: unknown = null;
  private running = false;
  private looking: Promise<void> | null = null;
  private readonly clock: SchedulerClock;
  private readonly longest: number;

  constructor(private readonly options: SchedulerOptions) {
    this.clock = options.clock ?? realClock;
    this.longest = options.longestSleepMs ?? 60_000;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    void this.poke();
  }

  stop(): void {
    this.running = false;
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  /** Looks now; one look at a time (a poke during a look waits for it, then looks again). */
  poke(): Promise<void> {
    const look = (this.looking ?? Promise.resolve()).then(() => this.look());
    this.looking = look;
    return look;
  }

  private async look(): Promise<void> {
    if (!this.running) return;
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
    let next: Date | null = null;
    try {
      const due = await this.options.take();
      if (due.length > 0) this.options.announce(due);
      next = await this.options.next();
    } catch (error) {
      // A failed look must not stop the reminders: say so, and look again later.
      console.error('politely: reminders could not be read', error);
    }
    if (!this.running) return;
    const wait = next ? Math.max(0, next.getTime() - this.clock.now()) : this.longest;
    this.timer = this.clock.setTimeout(() => void this.poke(), Math.min(wait, this.longest));
  }
}

/**
 * What to show for one batch: each reminder on its own when there are a few, or one summing up
 * the rest of a kind after the third (a Monday morning's backlog is one notification, not forty).
 */
export function group(reminders: Reminder[], most = 3): Reminder[] {
  const shown: Reminder[] = [];
  for (const [kind, list] of groupBy(reminders, (r) => r.kind)) {
    if (list.length <= most) {
      shown.push(...list);
      continue;
    }
    shown.push(...list.slice(0, most - 1));
    const rest = list.length - (most - 1);
    shown.push({
      key: `${kind}:more:${list[most - 1]!.key}`,
      kind,
      title: `${rest} more ${SUMMARY[kind][rest === 1 ? 0 : 1]}`,
      body: 'Open Today to see them all.',
      at: list[most - 1]!.at,
      target: { screen: 'today' },
    });
  }
  return shown;
}

const SUMMARY: Record<Reminder['kind'], [string, string]> = {
  'follow-up-due': ['follow-up is due', 'follow-ups are due'],
  'debrief-due': ['debrief to call', 'debriefs to call'],
  'interview-soon': ['interview soon', 'interviews soon'],
  'guarantee-ending': ['guarantee ends soon', 'guarantees end soon'],
  'task-due': ['task is due', 'tasks are due'],
  digest: ['digest', 'digests'],
};
