import type { Db } from '../db/connection';

/** Everything a handler may use. Tests pass their own database and clock. */
export interface Context {
  db: Db;
  now(): Date;
  dataDir: string;
  version: string;
}

export const isoNow = (ctx: Context): string => ctx.now().toISOString();
