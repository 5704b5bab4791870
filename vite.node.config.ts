import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

// Electron main and the browser host share chunks; the preload is built alone (`--mode preload`)
// because a sandboxed preload is one file that can require nothing but 'electron'.
// Electron, the native SQLite driver and the two readers of attached documents stay outside the bundles: PDF.js's
// legacy build is an ES module that finds its own parts through import.meta.url, which a CommonJS bundle does not
// have, and both are loaded only when a document is added. They are the packaged app's runtime dependencies.
const external: (string | RegExp)[] = [
  'electron',
  'better-sqlite3-multiple-ciphers',
  /^pdfjs-dist(\/|$)/,
  /^mammoth(\/|$)/,
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
];

// `--mode bench` builds the benchmark and the scale seeder on their own, beside the app; `--mode soak` the crash tests'
// writer.
const INPUTS: Record<string, Record<string, string>> = {
  // The import's worker thread and the one that reads an attached document's words are files of their own, started by
  // the server and by Electron main alike.
  production: {
    'electron-main': 'electron/main.ts',
    server: 'server/main.ts',
    'import-worker': 'api/importWorker.ts',
    'text-worker': 'api/textWorker.ts',
  },
  preload: { preload: 'electron/preload.ts' },
  bench: { bench: 'bench/main.ts', seed: 'bench/seedProfile.ts', 'import-worker': 'api/importWorker.ts' },
  soak: { writer: 'test/reliability/writer.ts', soak: 'test/reliability/soak.ts' },
};

export default defineConfig(({ mode }) => {
  const preload = mode === 'preload';
  const bench = mode === 'bench';
  return {
    build: {
      ssr: true,
      // The crash-test writer stays out of dist/, which is what gets packaged.
      outDir: bench ? 'dist/bench' : mode === 'soak' ? 'test-build/soak' : 'dist/node',
      emptyOutDir: !preload,
      target: 'node22',
      sourcemap: true,
      minify: false,
      rolldownOptions: {
        input: INPUTS[mode] ?? INPUTS.production,
        // The bench drives Chromium through playwright-core from node_modules; it is not bundled.
        external: bench ? [...external, 'playwright-core'] : external,
        output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs' },
      },
    },
    ssr: { noExternal: true },
  };
});
