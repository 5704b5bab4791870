import type { Db } from '../db/connection';

/** Everything a handler may use. Tests pass their own database and clock. */
export interface Context {
  db: Db;
  now(): Date;
  dataDir: string;
  version: string;
  /** The desktop app prints HTML to PDF; browser mode cannot, and says so. */
  printToPdf?: ((html: string) => Promise<Buffer>) | undefined;
  /** True while no profile is unlocked: every channel but profiles.* answers `locked`. */
  isLocked?(): boolean;
  /** The recruiter's time zone, for the daily digest; the computer's when not given. */
  zone?: string;
  /**
   * Called when a channel is done with a file it was handed (a backup it restored). The host that
   * issued the handle may take it back: browser mode removes its upload; elsewhere the file stays.
   */
  releaseFile?(file: string): void;
  /** Hears that a call was answered: the backend's idle lock counts it as use. */
  answered?(): void;
}

export const isoNow = (ctx: Context): string => ctx.now().toISOString();
