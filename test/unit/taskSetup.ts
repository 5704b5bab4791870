import { openDatabase, type Db } from '../../db/connection';
import { migration0018 } from '../../db/migrations/0018_offers';
import { migration0020 } from '../../db/migrations/0020_tasks';
import { makeBackend, type Backend } from './helpers';

const hasTable = (db: Db, name: string) => db.prepare('SELECT 1 FROM sqlite_schema WHERE name = ?').get(name);

/**
 * Gives a profile the tasks table. Migration 20 is applied here by hand while it waits for 17 to 19 to be registered
 * before it; once it is in the list, the table is already there and nothing is done. Today reads offers too, so
 * migration 18 comes with it while it waits as well.
 */
export function withTasks(db: Db): Db {
  if (!hasTable(db, 'offers')) db.transaction(() => migration0018.up(db))();
  if (!hasTable(db, 'tasks')) db.transaction(() => migration0020.up(db))();
  return db;
}

export const tasksBackend = (): Backend => makeBackend(withTasks(openDatabase(':memory:')));

/** Moves the backend's clock to `iso`. */
export const setClock = (b: Backend, iso: string) => b.advance(Date.parse(iso) - b.ctx.now().getTime());
