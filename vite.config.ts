import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer: one static bundle served by the custom protocol (Electron) or the browser host.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2023',
    sourcemap: true,
  },
});
