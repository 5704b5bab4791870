import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

// Electron main and the browser host share chunks; the preload is built alone (`--mode preload`)
// because a sandboxed preload is one file that can require nothing but 'electron'.
// Only Electron and the native SQLite driver stay outside the bundles, so the packaged app
// needs just one runtime dependency.
const external = ['electron', 'better-sqlite3-multiple-ciphers', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default defineConfig(({ mode }) => {
  const preload = mode === 'preload';
  return {
    build: {
      ssr: true,
      outDir: 'dist/node',
      emptyOutDir: !preload,
      target: 'node22',
      sourcemap: true,
      minify: false,
      rolldownOptions: {
        input: (preload ? { preload: 'electron/preload.ts' } : { 'electron-main': 'electron/main.ts', server: 'server/main.ts' }) as Record<string, string>,
        external,
        output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs' },
      },
    },
    ssr: { noExternal: true },
  };
});
