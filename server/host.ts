import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Writable } from 'node:stream';
import type { Context } from '../api/context';
import { dispatch } from '../api/dispatch';
import { mimeOf, RENDERER_CSP, resolveStaticFile } from '../host/static';
import { LaunchCodes } from './launchCode';
import { PrintPages } from './printPages';
import { PACKET_CSP } from '../core/packet';
import { UploadError, Uploads } from './uploads';

export const MAX_BODY_BYTES = 1024 * 1024;
/** Files chosen in the browser (a backup to restore, a spreadsheet to import) may be larger than RPC bodies. */
export const MAX_UPLOAD_BYTES = 512 * 1024 * 1024;
export const TOKEN_HEADER = 'x-politely-token';

export interface HostOptions {
  /** The backend. The host sets its file handles: channels read only the uploads it issued. */
  ctx: Context;
  /** The built renderer (index.html and assets). */
  staticDir: string;
  port?: number;
  token?: string;
  /** Where uploads go (under uploads/); the context's data folder when not given. */
  uploadDir?: string;
  /** How an upload's encrypted bytes reach the disk; tests pass one that fails. */
  createUploadStream?: (file: string) => Writable;
}

export interface Host {
  url: string;
  port: number;
  token: string;
  /** A new address to open the browser on: it carries a one-time code, good for a minute, never the token. */
  launchUrl(): string;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function sameToken(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) {
    req.resume();
    return Promise.reject(new HttpError(413, 'The request is larger than 1 MiB.'));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit the rest is read and dropped, so the caller still gets a clear 413.
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () =>
      size > MAX_BODY_BYTES
        ? reject(new HttpError(413, 'The request is larger than 1 MiB.'))
        : resolve(Buffer.concat(chunks)),
    );
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

function sendHttpError(res: http.ServerResponse, error: HttpError): void {
  // A refused body is not read to its end: the connection cannot carry another request.
  if (error.status === 413) res.setHeader('connection', 'close');
  const code = error.status === 400 || error.status === 413 || error.status === 415 ? 'validation' : 'internal';
  send(res, error.status, { ok: false, error: { code, message: error.message } });
}

/**
 * Browser mode: the same backend as Electron, served on 127.0.0.1 only. Every request must name
 * this host (no DNS rebinding), RPC calls must come from our own origin and carry the per-run token.
 */
export async function startHost(options: HostOptions): Promise<Host> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const staticDir = path.resolve(options.staticDir);
  // Filled in once the port is known, before the first request can arrive.
  const allowedHosts = new Set<string>();
  const allowedOrigins = new Set<string>();
  // The files this host handed out as upload handles: the only ones any channel may read.
  const uploads = new Uploads({
    dir: path.join(options.uploadDir ?? options.ctx.dataDir, 'uploads'),
    now: () => options.ctx.now(),
    ...(options.createUploadStream && { createWriteStream: options.createUploadStream }),
  });
  uploads.clearFolder();
  options.ctx.files = uploads;
  // Documents waiting for their one visit, to print with their own styles (see PrintPages).
  const printPages = new PrintPages(() => options.ctx.now().getTime());
  options.ctx.printPage = (html) => `/print/${printPages.issue(html)}`;
  const sweeper = setInterval(() => uploads.sweep(), 60_000);
  sweeper.unref();

  /** Our own page, with this run's token: the only caller of RPC and uploads. */
  function checkCaller(req: http.IncomingMessage): void {
    if (req.method !== 'POST') throw new HttpError(405, 'Use POST here.');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins.has(origin))
      throw new HttpError(403, 'Requests from other sites are refused.');
    if (req.headers['sec-fetch-site'] === 'cross-site')
      throw new HttpError(403, 'Requests from other sites are refused.');
    if (!sameToken(req.headers[TOKEN_HEADER], token))
      throw new HttpError(
        401,
        'This page is not signed in to Politely. Open the address Politely printed when it started.',
      );
  }

  /**
   * Browser mode's stand-in for a file dialog: the chosen file is stored, encrypted, in the data folder's uploads/,
   * and an opaque handle comes back as `path`, to pass to a channel as the desktop app's dialog handle is.
   */
  async function handleUpload(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    checkCaller(req);
    if ((req.headers['content-type'] ?? '') !== 'application/octet-stream')
      throw new HttpError(415, 'Uploads must be sent as application/octet-stream.');
    if (Number(req.headers['content-length'] ?? 0) > MAX_UPLOAD_BYTES) {
      req.resume();
      throw new HttpError(413, 'That file is larger than 512 MiB.');
    }
    let stored: { handle: string; bytes: number };
    try {
      stored = await uploads.store(req, MAX_UPLOAD_BYTES);
    } catch (error) {
      // The rest of the body is read and dropped, so the answer reaches the caller.
      req.resume();
      if (error instanceof UploadError) {
        res.setHeader('connection', 'close');
        throw new HttpError(error.status, error.message);
      }
      throw error;
    }
    send(res, 200, { ok: true, value: { path: stored.handle, bytes: stored.bytes } });
  }

  const launchCodes = new LaunchCodes(() => options.ctx.now().getTime());

  /**
   * The page opened on a launch address trades its one-time code here for this run's token, under the
   * same origin rules as RPC. A code works once, within a minute of being issued.
   */
  async function handleLaunch(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.method !== 'POST') throw new HttpError(405, 'Use POST here.');
    const origin = req.headers.origin;
    if ((origin !== undefined && !allowedOrigins.has(origin)) || req.headers['sec-fetch-site'] === 'cross-site')
      throw new HttpError(403, 'Requests from other sites are refused.');
    if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
      throw new HttpError(415, 'Send the code as JSON.');
    const body = await readBody(req);
    let code: unknown;
    try {
      code = (JSON.parse(body.toString('utf8')) as { code?: unknown } | null)?.code;
    } catch {
      throw new HttpError(400, 'The request body is not valid JSON.');
    }
    if (!launchCodes.redeem(code))
      throw new HttpError(
        401,
        'This link to Politely was already used, or is more than a minute old. ' +
          'Open the address Politely printed when it started.',
      );
    send(res, 200, { ok: true, value: { token } });
  }

  async function handleRpc(req: http.IncomingMessage, res: http.ServerResponse, channel: string): Promise<void> {
    checkCaller(req);
    let name: string;
    try {
      name = decodeURIComponent(channel);
    } catch {
      req.resume();
      throw new HttpError(400, 'That address is not a Politely action.');
    }
    const type = req.headers['content-type'] ?? '';
    if (!type.startsWith('application/json')) throw new HttpError(415, 'RPC calls must send JSON.');
    const body = await readBody(req);
    let input: unknown;
    try {
      input = body.length === 0 ? undefined : JSON.parse(body.toString('utf8'));
    } catch {
      throw new HttpError(400, 'The request body is not valid JSON.');
    }
    send(res, 200, await dispatch(options.ctx, name, input));
  }

  function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'Only GET is allowed here.');
    const file = resolveStaticFile(staticDir, pathname);
    if (!file) throw new HttpError(404, 'The Politely interface has not been built. Run the start command again.');
    res.writeHead(200, {
      'content-type': mimeOf(file),
      'content-security-policy': RENDERER_CSP,
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
      'cache-control': file.endsWith('.html') ? 'no-store' : 'max-age=3600',
    });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(file).pipe(res);
  }

  /** A document kept for printing, served once under its own policy: no script, nothing from anywhere else. */
  function servePrintPage(req: http.IncomingMessage, res: http.ServerResponse, code: string): void {
    if (req.method !== 'GET') throw new HttpError(405, 'Only GET is allowed here.');
    const html = printPages.take(code);
    if (html === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end('This page can be opened once, within a minute. Go back to Politely and choose PDF again.\n');
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': `${PACKET_CSP}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
      'cache-control': 'no-store',
    });
    res.end(html);
  }

  const server = http.createServer((req, res) => {
    void (async () => {
      try {
        if (!allowedHosts.has(req.headers.host ?? ''))
          throw new HttpError(403, 'This address is not Politely. Open the address Politely printed.');
        const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
        if (pathname.startsWith('/rpc/')) await handleRpc(req, res, pathname.slice('/rpc/'.length));
        else if (pathname === '/upload') await handleUpload(req, res);
        else if (pathname === '/launch') await handleLaunch(req, res);
        else if (pathname.startsWith('/print/')) servePrintPage(req, res, pathname.slice('/print/'.length));
        else serveStatic(req, res, pathname);
      } catch (error) {
        if (res.headersSent) {
          res.destroy();
          return;
        }
        if (error instanceof HttpError) sendHttpError(res, error);
        else {
          console.error('politely: request failed', error);
          send(res, 500, {
            ok: false,
            error: { code: 'internal', message: 'Something went wrong. Nothing was changed.' },
          });
        }
      }
    })();
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  for (const name of ['127.0.0.1', 'localhost']) {
    allowedHosts.add(`${name}:${port}`);
    allowedOrigins.add(`http://${name}:${port}`);
  }

  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    launchUrl: () => `http://127.0.0.1:${port}/#code=${launchCodes.issue()}`,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(sweeper);
        uploads.releaseAll();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
