import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import asar from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../unit/helpers';

const root = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);
// How a fuse wire stores each fuse: the characters '0' and '1'.
const FuseState = { DISABLE: '0'.charCodeAt(0), ENABLE: '1'.charCodeAt(0) };

/**
 * A stand-in for Electron's unpacked Linux build: enough for electron-builder to package around,
 * with a real fuse wire (Electron's sentinel, version 1, eight fuses) so the fuses it flips can be read back.
 */
function standInElectron(): string {
  const dir = tempDir('politely-electron-dist-');
  const fuseWire = Buffer.concat([
    Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
    Buffer.from([1, 8]),
    Buffer.from('10110001'),
  ]);
  fs.writeFileSync(
    path.join(dir, 'electron'),
    Buffer.concat([Buffer.from('\x7fELF stand-in for the Electron binary\n'), fuseWire]),
    { mode: 0o755 },
  );
  fs.mkdirSync(path.join(dir, 'locales'));
  fs.writeFileSync(path.join(dir, 'locales', 'en-US.pak'), '');
  fs.writeFileSync(path.join(dir, 'LICENSE'), 'stand-in');
  fs.writeFileSync(
    path.join(dir, 'version'),
    JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version,
  );
  return dir;
}

describe('packaging', () => {
  it('keeps the real targets configured', () => {
    const config = fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
    for (const target of ['AppImage', 'deb', 'dmg', 'nsis']) expect(config).toMatch(new RegExp(`\\b${target}\\b`));
    expect(config).toMatch(/npmRebuild: false/);
    expect(config).toMatch(/asarUnpack:\s*\n\s*- "\*\*\/\*\.node"/);
  });

  it('builds an unpacked app offline with main, preload, renderer, the native driver and fuses set', async () => {
    expect(
      fs.existsSync(path.join(root, 'dist/node/electron-main.cjs')),
      'run the build first (the test command does)',
    ).toBe(true);
    const out = tempDir('politely-package-');
    await run(
      process.execPath,
      [
        path.join(root, 'node_modules/electron-builder/cli.js'),
        '--linux',
        '--dir',
        `-c.electronDist=${standInElectron()}`,
        `-c.directories.output=${out}`,
      ],
      {
        cwd: root,
        env: { ...process.env, CI: 'true' },
        timeout: 240_000,
      },
    );
    const app = path.join(out, 'linux-unpacked');
    expect(fs.existsSync(path.join(app, 'politely'))).toBe(true);

    const files = asar
      .listPackage(path.join(app, 'resources', 'app.asar'), { isPack: false })
      .map((f) => f.replaceAll('\\', '/'));
    for (const needed of [
      '/package.json',
      '/dist/node/electron-main.cjs',
      '/dist/node/preload.cjs',
      // The import's worker thread and the one that reads an attached document's words, started from inside the archive.
      '/dist/node/import-worker.cjs',
      '/dist/node/text-worker.cjs',
      '/dist/renderer/index.html',
      // What reads an attached CV's words, loaded at run time from the archive: PDF.js's legacy build and mammoth.
      '/node_modules/pdfjs-dist/legacy/build/pdf.mjs',
      '/node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs',
      '/node_modules/mammoth/package.json',
    ])
      expect(files).toContain(needed);
    expect(files.some((f) => f.startsWith('/node_modules/pdfjs-dist/web/'))).toBe(false);
    expect(files.some((f) => /^\/dist\/renderer\/assets\/.*\.js$/.test(f))).toBe(true);
    expect(files.filter((f) => f.endsWith('.map') || f.endsWith('.ts'))).toEqual([]);
    expect(files.some((f) => f.startsWith('/node_modules/react'))).toBe(false);
    const pkg = JSON.parse(
      asar.extractFile(path.join(app, 'resources', 'app.asar'), 'package.json').toString('utf8'),
    ) as { main: string };
    expect(files).toContain(`/${pkg.main}`);

    const native = path.join(
      app,
      'resources',
      'app.asar.unpacked',
      'node_modules',
      'better-sqlite3-multiple-ciphers',
      'prebuilds',
      'linux-x64.node',
    );
    expect(fs.existsSync(native)).toBe(true);

    const fuses = await getCurrentFuseWire(path.join(app, 'politely'));
    expect(fuses[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(fuses[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
    expect(fuses[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(fuses[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE);
  }, 300_000);
});
