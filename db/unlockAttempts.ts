import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './atomicFile';

/** What a guess tries to open the profile's key with: each has its own count. */
export type GuessKind = 'passphrase' | 'recovery';

export const FREE_ATTEMPTS = 5;
export const MAX_WAIT_SECONDS = 300;
/** Enough failures that the next try waits the longest: what a damaged count file stands for. */
const DAMAGED_FAILURES = FREE_ATTEMPTS + Math.ceil(Math.log2(MAX_WAIT_SECONDS));
export const ATTEMPTS_FILE = 'unlock-attempts.json';

interface Count {
  failures: number;
  /** When the last failure was counted, in ms since 1970 by the vault's clock. */
  lastAt: number;
}

type Counts = Record<GuessKind, Count>;

const ZERO: Count = { failures: 0, lastAt: 0 };

const isCount = (value: unknown): value is Count =>
  typeof value === 'object' &&
  value !== null &&
  Number.isSafeInteger((value as Count).failures) &&
  (value as Count).failures >= 0 &&
  Number.isFinite((value as Count).lastAt);

function isCounts(value: unknown): value is { version: 1 } & Counts {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.version === 1 && isCount(v.passphrase) && isCount(v.recovery);
}

/** The guesses running now, by profile folder: one at a time per profile, across every vault in this process. */
const running = new Map<string, Promise<void>>();

/**
 * The count of wrong guesses at a profile's key, kept on disk beside key.json so a restart does not
 * reset it. A guess is counted before its key derivation runs, and guesses at one profile run one at
 * a time, so guesses sent together cannot slip past the wait: each one sees the count the last one left.
 */
export class UnlockAttempts {
  constructor(
    private readonly dirOf: (id: string) => string,
    private readonly now: () => Date,
  ) {}

  private file(id: string): string {
    return path.join(this.dirOf(id), ATTEMPTS_FILE);
  }

  /** Runs `guess` once every earlier guess at this profile has finished. */
  async oneAtATime<T>(id: string, guess: () => Promise<T>): Promise<T> {
    const key = path.resolve(this.dirOf(id));
    const before = running.get(key) ?? Promise.resolve();
    const turn = before.then(guess);
    const done = turn.then(
      () => undefined,
      () => undefined,
    );
    running.set(key, done);
    try {
      return await turn;
    } finally {
      if (running.get(key) === done) running.delete(key);
    }
  }

  /**
   * When the wait before the next guess of this kind ends (ms since 1970 by the vault's clock), with the seconds
   * left, or undefined when there is no wait. After five wrong guesses, each further one waits twice as long as
   * the last, up to five minutes.
   */
  waitUntil(id: string, kind: GuessKind): { at: number; seconds: number } | undefined {
    const { failures, lastAt } = this.read(id)[kind];
    if (failures < FREE_ATTEMPTS) return undefined;
    const wait = Math.min(MAX_WAIT_SECONDS, 2 ** (failures - FREE_ATTEMPTS + 1)) * 1000;
    const now = this.now().getTime();
    // A clock set back must not turn the wait into months: never more than the wait itself.
    const left = Math.min(wait, lastAt + wait - now);
    return left > 0 ? { at: now + left, seconds: Math.ceil(left / 1000) } : undefined;
  }

  /** Seconds to wait before the next guess of this kind may run, or 0. */
  waitSeconds(id: string, kind: GuessKind): number {
    return this.waitUntil(id, kind)?.seconds ?? 0;
  }

  /** Counts a guess as wrong before it is tried, so one cut short (a crash, a kill) still counts. */
  countGuess(id: string, kind: GuessKind): void {
    const counts = this.read(id);
    this.write(id, { ...counts, [kind]: { failures: counts[kind].failures + 1, lastAt: this.now().getTime() } });
  }

  /** A guess that opened the key clears the counts it proves ownership for. */
  clear(id: string, kinds: readonly GuessKind[]): void {
    const counts = this.read(id);
    if (kinds.every((k) => counts[k].failures === 0)) return;
    const next = { ...counts };
    for (const kind of kinds) next[kind] = ZERO;
    this.write(id, next);
  }

  /** The counts on disk. A file that no longer reads as a count stands for the longest wait, never for none. */
  private read(id: string): Counts {
    let text: string;
    try {
      text = fs.readFileSync(this.file(id), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { passphrase: ZERO, recovery: ZERO };
      throw error;
    }
    try {
      const value: unknown = JSON.parse(text);
      if (isCounts(value)) return { passphrase: value.passphrase, recovery: value.recovery };
    } catch {
      // Not JSON: damaged, like JSON of the wrong shape.
    }
    // Written back as the longest wait from now, so it passes like any other wait instead of blocking forever.
    const longest: Count = { failures: DAMAGED_FAILURES, lastAt: this.now().getTime() };
    const counts = { passphrase: longest, recovery: longest };
    this.write(id, counts);
    return counts;
  }

  private write(id: string, counts: Counts): void {
    writeFileAtomic(this.file(id), `${JSON.stringify({ version: 1, ...counts })}\n`);
  }
}
