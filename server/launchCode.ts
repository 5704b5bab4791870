import { randomBytes } from 'node:crypto';

/** How long a launch code stays good: long enough for a browser to start, short enough to be worthless soon after. */
export const LAUNCH_CODE_MS = 60_000;

/**
 * One-time codes for opening the browser. The address given to the system's opener (and from it to
 * the browser's command line, which every local user can read) carries a code, never the session
 * token; the page trades the code for the token once, and the code is gone.
 */
export class LaunchCodes {
  /** Each code still unused, with when it stops being good (ms since 1970, by `now`). */
  private readonly codes = new Map<string, number>();

  constructor(private readonly now: () => number) {}

  issue(): string {
    const now = this.now();
    for (const [code, until] of this.codes) if (until <= now) this.codes.delete(code);
    const code = randomBytes(32).toString('base64url');
    this.codes.set(code, now + LAUNCH_CODE_MS);
    return code;
  }

  /** True once for a code issued less than a minute ago; every later try, and any other value, is false. */
  redeem(code: unknown): boolean {
    if (typeof code !== 'string') return false;
    const until = this.codes.get(code);
    this.codes.delete(code);
    return until !== undefined && this.now() < until;
  }
}
