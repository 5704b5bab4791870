import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

async function lintAsRenderer(source: string) {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(source, { filePath: path.join(root, 'renderer', 'screens', 'Probe.tsx') });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('process boundaries', () => {
  it.each([
    ["import { openDatabase } from '../../db/connection';", /must not import from db/],
    ["import { createMainWindow } from '../../electron/window';", /must not import from electron/],
    ["import { ipcRenderer } from 'electron';", /must not import from electron/],
    ["import { dispatch } from '../../api/dispatch';", /only api\/contract/],
    ["import { startHost } from '../../server/host';", /only api\/contract/],
    ["import fs from 'node:fs';", /no Node modules/],
  ])('the renderer may not %s', async (line, message) => {
    const messages = await lintAsRenderer(`${line}\nexport const probe = [${line.match(/import (?:\{ )?(\w+)/)![1]}];\n`);
    expect(messages).toEqual([expect.stringMatching(message)]);
  });

  it('the renderer may use the contract and pure core', async () => {
    expect(await lintAsRenderer("import { STAGES } from '../../api/contract';\nimport { neighbourStage } from '../../core/pipeline';\nexport const probe = [STAGES, neighbourStage];\n")).toEqual([]);
  });
});
