// host/ is what Politely's two hosts share, browser mode (server/) and the desktop shell (electron/):
// they meet here and nowhere else. This file: the built renderer's files and the CSP both serve them with.
import fs from 'node:fs';
import path from 'node:path';

/** The renderer's content security policy, sent by the browser host and Electron's protocol alike. */
export const RENDERER_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.map': 'application/json',
};

export function mimeOf(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file under `staticDir` that a URL path names, never anything outside it. Unknown paths get
 * index.html, so the single-page app can route them. Undefined when the renderer is not built.
 */
export function resolveStaticFile(staticDir: string, pathname: string): string | undefined {
  const root = path.resolve(staticDir);
  let relative: string;
  try {
    relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
  } catch {
    relative = 'index.html';
  }
  const file = path.resolve(root, relative);
  if (file.startsWith(root + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  const index = path.join(root, 'index.html');
  return fs.existsSync(index) ? index : undefined;
}
