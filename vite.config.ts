import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run dev` only: the page is served by Vite with hot reload, and its calls go to the browser
// host named by POLITELY_DEV_HOST, which sees them as coming from its own origin.
const devHost = process.env.POLITELY_DEV_HOST;

/** Hot reload injects inline scripts and styles and a websocket; the built app keeps the strict policy. */
const devPolicy: Plugin = {
  name: 'politely-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html
      .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
      .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
      .replace("connect-src 'self'", "connect-src 'self' ws:"),
};

const toHost = devHost
  ? {
      target: devHost,
      changeOrigin: true,
      configure: (proxy: {
        on(event: 'proxyReq', listener: (req: { setHeader(name: string, value: string): void }) => void): void;
      }) => proxy.on('proxyReq', (req) => req.setHeader('origin', devHost)),
    }
  : undefined;

// The renderer: one static bundle served by the custom protocol (Electron) or the browser host.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), devPolicy],
  // Patterns, not prefixes: the renderer has files of its own whose names start with "rpc".
  server: toHost ? { host: '127.0.0.1', proxy: { '^/rpc/': toHost, '^/upload(?:[?]|$)': toHost } } : {},
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2023',
    sourcemap: true,
  },
});
