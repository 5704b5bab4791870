import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
// The probes are files that exist only here, so no tsconfig holds them: the fences need no types.
const untyped = tseslint.configs.disableTypeChecked;

async function lintAs(file: string, source: string) {
  const eslint = new ESLint({ cwd: root, overrideConfig: untyped });
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const probe = (line: string) => `${line}\nexport const probe = [${line.match(/import (?:\{ )?(\w+)/)![1]}];\n`;

describe('the migrations fence', () => {
  it.each([
    ['db/migrations/0099_probe.ts', "import { refreshOutlook } from '../outlook';"],
    ['db/migrations/0099_probe.ts', "import { readPolicy } from '../settings';"],
    ['db/migrations/0099_probe.ts', "import { statement } from '../connection';"],
    ['db/migrations/0099_probe.ts', "import { outlookOf } from '../../core/policy';"],
    ['db/migrations/0099_probe.ts', "import { dispatch } from '../../api/dispatch';"],
    ['db/migrations/frozen/probe.ts', "import { refreshOutlook } from '../../outlook';"],
    ['db/migrations/frozen/probe.ts', "import { outlookOf } from '../../../core/policy';"],
    ['db/migrations/frozen/probe.ts', "import { AppError } from '../../../api/errors';"],
  ])('%s may not say %s', async (file, line) => {
    expect(await lintAs(file, probe(line))).toEqual([expect.stringMatching(/migration is frozen/)]);
  });

  it('lets a migration use the driver, its own frozen helpers and the runner’s types', async () => {
    const source = [
      "import type Database from 'better-sqlite3-multiple-ciphers';",
      "import { fillOutlooks } from './frozen/outlook0002';",
      "import type { Migration } from './index';",
      'export const probe: [typeof Database, typeof fillOutlooks, Migration?] = [undefined!, fillOutlooks];',
    ].join('\n');
    expect(await lintAs('db/migrations/0099_probe.ts', source)).toEqual([]);
  });

  it('holds for every migration there is', async () => {
    const eslint = new ESLint({ cwd: root, overrideConfig: untyped });
    const results = await eslint.lintFiles(['db/migrations/**/*.ts']);
    expect(results.length).toBeGreaterThan(7);
    expect(results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'no-restricted-imports'))).toEqual([]);
  });
});
