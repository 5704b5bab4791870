import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Channel, Envelope, Input, Output } from '../../api/contract';
import type { Context } from '../../api/context';
import { dispatch } from '../../api/dispatch';
import { ChosenFiles } from '../../api/files';
import { openDatabase, type Db } from '../../db/connection';

export const T0 = new Date('2026-03-02T09:00:00.000Z');

export function tempDir(prefix = 'politely-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Files "chosen" by tests, as the desktop app's open dialog would: channels read only through these handles. */
const chosenFiles = new ChosenFiles();

/** The handle a channel reads `file` by, as if the recruiter had chosen it in the open dialog. */
export const chooseFile = (file: string): string => chosenFiles.issue(file);

/** A real backend on an in-memory database, with a clock the test moves. */
export function makeBackend(db: Db = openDatabase(':memory:')) {
  let now = T0;
  const ctx: Context = {
    db,
    now: () => now,
    dataDir: '/tmp/politely-test',
    version: '0.0.0-test',
    files: chosenFiles,
    // The dates in the backend's sentences, in a pinned locale whatever the machine's.
    locale: 'en-US',
  };
  const logged: unknown[] = [];
  async function send<C extends Channel>(channel: C, input: Input<C>): Promise<Envelope<Output<C>>> {
    return (await dispatch(ctx, channel, input, (_m, e) => logged.push(e))) as Envelope<Output<C>>;
  }
  async function ok<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
    const result = await send(channel, input);
    if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
    return result.value;
  }
  return {
    db,
    ctx,
    send,
    ok,
    logged,
    advance(ms: number) {
      now = new Date(now.getTime() + ms);
    },
  };
}

export type Backend = ReturnType<typeof makeBackend>;

/** A company, a client contact, an open position and a candidate, ready for applications. */
export async function seedBasics(b: Backend) {
  const company = await b.ok('companies.create', { name: 'Acme Robotics', website: 'https://acme.example' });
  const manager = await b.ok('people.create', {
    kind: 'contact',
    name: 'Dana Whitfield',
    companyId: company.id,
    timezone: 'America/Chicago',
  });
  const position = await b.ok('positions.create', {
    companyId: company.id,
    title: 'Senior Backend Engineer',
    description: 'Build the fleet platform.',
    salaryMin: 140000,
    salaryMax: 175000,
    salaryCurrency: 'USD',
    hiringManagerIds: [manager.id],
  });
  const candidate = await b.ok('people.create', {
    kind: 'candidate',
    name: 'Ada Okafor',
    email: 'ada@mail.example',
    timezone: 'Europe/Berlin',
  });
  return { company, manager, position, candidate };
}

/** Counts of every table, to show that a refused request changed nothing. */
export function tableCounts(db: Db): Record<string, number> {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [name, (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]),
  );
}
