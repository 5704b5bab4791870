import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
// The probes exist only here, so no tsconfig holds them: they are read with the root's options.
// Only where the types come from is changed; the rules are the project's own.
const PROBES = ['core/lintProbe.ts', 'api/lintProbe.ts'];
const eslint = new ESLint({
  cwd: root,
  overrideConfig: { languageOptions: { parserOptions: { projectService: { allowDefaultProject: PROBES } } } },
});
const PROMISE_RULES = new Set([
  '@typescript-eslint/no-floating-promises',
  '@typescript-eslint/no-misused-promises',
  '@typescript-eslint/await-thenable',
]);

/** The promise rules' findings on `source` if it were the file at `file`, as "rule at line". */
async function promiseFindings(file: string, source: string) {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  const fatal = result!.messages.filter((m) => m.fatal).map((m) => m.message);
  expect(fatal).toEqual([]);
  return result!.messages.filter((m) => PROMISE_RULES.has(m.ruleId ?? '')).map((m) => `${m.ruleId} at ${m.line}`);
}

// The first lint builds a TypeScript program of the whole project: seconds on a quiet machine, and many more
// when the other test files run beside it, so this file allows more than the default time.
describe('a promise nobody awaits is a lint error', { timeout: 120_000 }, () => {
  it('in core/: a call to an async function left on its own', async () => {
    const source = [
      'async function settle(): Promise<number> {',
      '  return 1;',
      '}',
      'export function probe(): void {',
      '  settle();',
      '}',
    ].join('\n');
    expect(await promiseFindings('core/lintProbe.ts', source)).toEqual([
      '@typescript-eslint/no-floating-promises at 5',
    ]);
  });

  it("in api/: a call to api/'s own async code, known only through its types", async () => {
    const source = [
      "import { vaultAsync } from './session';",
      'export function probe(write: () => Promise<void>): void {',
      '  vaultAsync(write);',
      '}',
    ].join('\n');
    expect(await promiseFindings('api/lintProbe.ts', source)).toEqual(['@typescript-eslint/no-floating-promises at 3']);
  });

  it('but not once it is awaited, returned or caught', async () => {
    const source = [
      "import { vaultAsync } from './session';",
      'export async function awaited(write: () => Promise<void>): Promise<void> {',
      '  await vaultAsync(write);',
      '}',
      'export function returned(write: () => Promise<void>): Promise<void> {',
      '  return vaultAsync(write);',
      '}',
      'export function caught(write: () => Promise<void>, report: (error: unknown) => void): void {',
      '  vaultAsync(write).catch(report);',
      '}',
    ].join('\n');
    expect(await promiseFindings('api/lintProbe.ts', source)).toEqual([]);
  });

  it('and a promise where a plain value is meant, or an await of something that is not one, is too', async () => {
    const source = [
      "import { vaultAsync } from './session';",
      'export async function probe(write: () => Promise<boolean>): Promise<void> {',
      '  if (vaultAsync(write)) await 1;',
      '  [write].forEach(async (each) => {',
      '    await each();',
      '  });',
      '}',
    ].join('\n');
    expect(await promiseFindings('api/lintProbe.ts', source)).toEqual([
      '@typescript-eslint/no-misused-promises at 3',
      '@typescript-eslint/await-thenable at 3',
      '@typescript-eslint/no-misused-promises at 4',
    ]);
  });
});
