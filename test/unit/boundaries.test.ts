import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
// The probes are files that exist only here, so no tsconfig holds them: the fences need no types.
const untyped = tseslint.configs.disableTypeChecked;
const eslint = new ESLint({ cwd: root, overrideConfig: untyped });
/** The rules that hold the fences: where imports may lead, and no SQL in api/. */
const FENCE_RULES = new Set(['politely/fence', 'no-restricted-syntax']);

/** What the fences say about `source` if it were the file at `file` (from the repository root). */
async function fenceMessages(file: string, source: string) {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => FENCE_RULES.has(m.ruleId ?? '')).map((m) => m.message);
}

/** An import line used, so that nothing but the fence has anything to say about it. */
const probe = (line: string) => {
  const name = line.match(/import (?:type )?(?:\{ )?(\w+)/)![1];
  return `${line}\nexport const probe = [${name}];\n`;
};

describe('process boundaries', () => {
  it.each([
    ["import { openDatabase } from '../../db/connection';", /must not import from db/],
    ["import { openDatabase } from '../../core/../db/connection';", /must not import from db/],
    ["import { createMainWindow } from '../../electron/window';", /must not import from electron/],
    ["import { ipcRenderer } from 'electron';", /must not import from electron/],
    ["import { dispatch } from '../../api/dispatch';", /only api\/contract/],
    ["import { Session } from '../../api/session';", /only api\/contract/],
    ["import { takeReminders } from '../../api/reminders';", /only api\/contract/],
    ["import { seedSample } from '../../api/sample';", /only api\/contract/],
    ["import { readCsv } from '../../api/csv';", /only api\/contract/],
    ["import { startHost } from '../../server/host';", /only api\/contract/],
    ["import { RENDERER_CSP } from '../../host/static';", /only api\/contract/],
    ["import fs from 'node:fs';", /no Node modules/],
    ["import fs from 'fs';", /no Node modules/],
  ])('the renderer may not %s', async (line, message) => {
    expect(await fenceMessages('renderer/screens/Probe.tsx', probe(line))).toEqual([expect.stringMatching(message)]);
  });

  it('the renderer may use the contract, pure core, its own files and page libraries', async () => {
    const source = [
      "import { STAGES } from '../../api/contract';",
      "import { neighbourStage } from '../../core/pipeline';",
      "import { api } from '../api';",
      "import { useState } from 'react';",
      'export const probe = [STAGES, neighbourStage, api, useState];',
    ].join('\n');
    expect(await fenceMessages('renderer/screens/Probe.tsx', source)).toEqual([]);
  });
});

describe('core/ is pure', () => {
  it.each([
    ['core/Probe.ts', "import { openDatabase } from '../db/connection';", /pure rules/],
    ['core/Probe.ts', "import type { Db } from '../db/connection';", /pure rules/],
    ['core/policy/Probe.ts', "import { search } from '../../db/search';", /pure rules/],
    ['core/Probe.ts', "import { dispatch } from '../api/dispatch';", /pure rules/],
    ['core/Probe.ts', "import { contract } from '../api/contract';", /pure rules/],
    ['core/Probe.ts', "import { startHost } from '../server/host';", /pure rules/],
    ['core/Probe.ts', "import { RENDERER_CSP } from '../host/static';", /pure rules/],
    ['core/Probe.ts', "import { createMainWindow } from '../electron/window';", /pure rules/],
    ['core/Probe.ts', "import { api } from '../renderer/api';", /pure rules/],
    ['core/Probe.ts', "import fs from 'node:fs';", /does no I\/O/],
    ['core/Probe.ts', "import path from 'path';", /does no I\/O/],
    ['core/Probe.ts', "import Database from 'better-sqlite3-multiple-ciphers';", /does no I\/O/],
    ['core/Probe.ts', "import { app } from 'electron';", /does no I\/O/],
  ])('%s may not %s', async (file, line, message) => {
    expect(await fenceMessages(file, probe(line))).toEqual([expect.stringMatching(message)]);
  });

  it.each([
    ['re-exported', "export * from '../db/search';"],
    ['imported on demand', "export const probe = () => import('../db/search');"],
    ['named in a type', "export type Probe = import('../db/search').SearchHit;"],
  ])('however the import is written: %s', async (_how, source) => {
    expect(await fenceMessages('core/Probe.ts', source)).toEqual([expect.stringMatching(/pure rules/)]);
  });

  it('core/ may use core/ and pure libraries', async () => {
    const source = [
      "import { STAGES } from './model';",
      "import { SETTINGS } from './policy';",
      "import { parse } from 'chrono-node';",
      'export const probe = [STAGES, SETTINGS, parse];',
    ].join('\n');
    expect(await fenceMessages('core/Probe.ts', source)).toEqual([]);
  });
});

describe('db/ stands on core/ and its driver alone', () => {
  it.each([
    ['db/Probe.ts', "import { dispatch } from '../api/dispatch';"],
    ['db/Probe.ts', "import type { QueueItem } from '../api/contract';"],
    ['db/Probe.ts', "import { startHost } from '../server/host';"],
    ['db/Probe.ts', "import { RENDERER_CSP } from '../host/static';"],
    ['db/Probe.ts', "import { createMainWindow } from '../electron/window';"],
    ['db/Probe.ts', "import { api } from '../renderer/api';"],
    ['db/Probe.ts', "import { z } from 'zod';"],
    ['db/Probe.ts', "import { version } from '../package.json';"],
    ['db/migrations/Probe.ts', "import { dispatch } from '../../api/dispatch';"],
  ])('%s may not %s', async (file, line) => {
    expect(await fenceMessages(file, probe(line))).toEqual([expect.stringMatching(/db\/ imports only core\//)]);
  });

  it('db/ may use core/, its own files, the SQLite driver and Node', async () => {
    const source = [
      "import { STAGES } from '../core/model';",
      "import { statement } from './connection';",
      "import Database from 'better-sqlite3-multiple-ciphers';",
      "import fs from 'node:fs';",
      'export const probe = [STAGES, statement, Database, fs];',
    ].join('\n');
    expect(await fenceMessages('db/Probe.ts', source)).toEqual([]);
  });
});

describe('api/ holds no SQL, and no handler calls another', () => {
  it.each([
    ['api/handlers/Probe.ts', "import { queueHandlers } from './queue';", /handler does not call another handler/],
    ['api/handlers/Probe.ts', "import { handlers } from '.';", /handler does not call another handler/],
    ['api/handlers/Probe.ts', "import { perform } from '../dispatch';", /handler does not call another handler/],
    ['api/Probe.ts', "import { queueHandlers } from './handlers/queue';", /Only api\/dispatch.ts runs the handlers/],
    ['api/Probe.ts', "import { handlers } from './handlers';", /Only api\/dispatch.ts runs the handlers/],
    ['api/Probe.ts', "import { startHost } from '../server/host';", /backend both hosts call/],
    ['api/Probe.ts', "import { RENDERER_CSP } from '../host/static';", /backend both hosts call/],
    ['api/handlers/Probe.ts', "import { app } from 'electron';", /backend both hosts call/],
    ['api/Probe.ts', "import Database from 'better-sqlite3-multiple-ciphers';", /backend both hosts call/],
    ['api/Probe.ts', "import { statement } from '../db/connection';", /holds no SQL/],
  ])('%s may not %s', async (file, line, message) => {
    expect(await fenceMessages(file, probe(line))).toEqual([expect.stringMatching(message)]);
  });

  it.each([
    ['prepare a statement', 'export const probe = (db: Db, sql: string) => db.prepare(sql);'],
    ['run a pragma', "export const probe = (db: Db) => db.pragma('user_version');"],
    ['exec on the database', 'export const probe = (ctx: { db: Db }, sql: string) => ctx.db.exec(sql);'],
    ['exec on a db variable', 'export const probe = (db: Db, sql: string) => db.exec(sql);'],
    ['write a query', "export const probe = 'SELECT id FROM people WHERE name = ?';"],
    ['write a query in a template', 'export const probe = (table: string) => `\n  DELETE FROM ${table}`;'],
  ])('api/ may not %s', async (_what, source) => {
    const typed = `import type { Db } from '../db/connection';\n${source}\n`;
    expect(await fenceMessages('api/Probe.ts', typed)).toEqual([expect.stringMatching(/holds no SQL/)]);
  });

  it('api/ may call db/ functions, match text, and say "Select" in a message', async () => {
    const source = [
      "import { getPerson } from '../db/people';",
      "import type { HandlersOf } from './handlers/types';",
      "export const message = 'Select a company first.';",
      'export const probe = (text: string) => [getPerson, /^x/.exec(text)];',
      'export type Probe = HandlersOf<"people">;',
    ].join('\n');
    expect(await fenceMessages('api/Probe.ts', source)).toEqual([]);
    for (const line of ["import { todayQueue } from '../todayQueue';", "import type { HandlersOf } from './types';"]) {
      expect(await fenceMessages('api/handlers/Probe.ts', probe(line))).toEqual([]);
    }
  });

  it('dispatch runs the handlers, and the handlers table lists them', async () => {
    expect(await fenceMessages('api/dispatch.ts', probe("import { handlers } from './handlers';"))).toEqual([]);
    expect(await fenceMessages('api/handlers/index.ts', probe("import { queueHandlers } from './queue';"))).toEqual([]);
  });
});

describe('server/ and electron/ meet only in host/', () => {
  it.each([
    ['electron/Probe.ts', "import { startHost } from '../server/host';", /^electron\/ does not import server\//],
    ['server/Probe.ts', "import { createMainWindow } from '../electron/window';", /^server\/ does not import electron/],
    ['server/Probe.ts', "import { app } from 'electron';", /^server\/ does not import electron\//],
    ['host/Probe.ts', "import { startHost } from '../server/host';", /^host\/ is what server\/ and electron\/ share/],
    ['host/Probe.ts', "import { createMainWindow } from '../electron/window';", /^host\/ is what .* share/],
  ])('%s may not %s', async (file, line, message) => {
    expect(await fenceMessages(file, probe(line))).toEqual([expect.stringMatching(message)]);
  });

  it('both may use host/, api/ and db/', async () => {
    const source = [
      "import { RENDERER_CSP } from '../host/static';",
      "import { dispatch } from '../api/dispatch';",
      "import { Vault } from '../db/vault';",
      'export const probe = [RENDERER_CSP, dispatch, Vault];',
    ].join('\n');
    expect(await fenceMessages('server/Probe.ts', source)).toEqual([]);
    expect(await fenceMessages('electron/Probe.ts', source)).toEqual([]);
  });
});
