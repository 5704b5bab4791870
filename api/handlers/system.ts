import { schemaVersion, sqliteVersion } from '../../db/connection';
import type { HandlersOf } from './types';

export const systemHandlers: HandlersOf<'system'> = {
  'system.info': (ctx) => ({
    version: ctx.version,
    schemaVersion: schemaVersion(ctx.db),
    sqliteVersion: sqliteVersion(ctx.db),
    dataDir: ctx.dataDir,
  }),
};
