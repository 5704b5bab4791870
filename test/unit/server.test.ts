import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Vault } from '../../db/vault';
import { startHost, TOKEN_HEADER, type Host } from '../../server/host';
import { makeBackend, tableCounts, tempDir, type Backend } from './helpers';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw request, so the test controls every header (fetch would not let it set Host). */
function request(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: options.method ?? 'POST', path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

describe('browser-mode host', () => {
  let backend: Backend;
  let host: Host;
  let staticDir: string;
  let good: Record<string, string>;
  let uploadDir: string;

  beforeAll(async () => {
    backend = makeBackend();
    staticDir = tempDir();
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Politely</title>');
    fs.mkdirSync(path.join(staticDir, 'assets'));
    fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
    fs.writeFileSync(path.join(path.dirname(staticDir), 'outside-secret.txt'), 'SECRET');
    uploadDir = tempDir();
    host = await startHost({ ctx: backend.ctx, staticDir, port: 0, uploadDir });
    good = {
      host: `127.0.0.1:${host.port}`,
      origin: `http://127.0.0.1:${host.port}`,
      'content-type': 'application/json',
      [TOKEN_HEADER]: host.token,
    };
  });
  afterAll(() => host.close());

  const create = (headers: Record<string, string>, body = JSON.stringify({ name: 'Acme' })) =>
    request(host.port, { path: '/rpc/companies.create', headers, body });

  it('stores an uploaded file, encrypted, for a channel to read, only for its own page with the token', async () => {
    const bytes = crypto.randomBytes(300_000);
    const headers = { ...good, 'content-type': 'application/octet-stream' };
    const upload = (h: Record<string, string>, body: Buffer | string = bytes) =>
      request(host.port, { path: '/upload', headers: h, body });
    const stored = await upload(headers);
    expect(stored.status).toBe(200);
    const { value } = JSON.parse(stored.body) as { value: { path: string; bytes: number } };
    expect(value.bytes).toBe(bytes.length);
    // The answer is a handle, not a place on disk; what is on disk is not the file's bytes.
    expect(value.path).not.toContain(uploadDir);
    const [stored1] = fs.readdirSync(path.join(uploadDir, 'uploads'));
    const onDisk = fs.readFileSync(path.join(uploadDir, 'uploads', stored1!));
    expect(onDisk.length).toBe(bytes.length);
    expect(onDisk.equals(bytes)).toBe(false);
    expect((await backend.ctx.files!.read(value.path, bytes.length)).equals(bytes)).toBe(true);
    const noToken: Record<string, string> = { ...headers };
    delete noToken[TOKEN_HEADER];
    expect((await upload(noToken)).status).toBe(401);
    expect((await upload({ ...headers, origin: 'https://evil.example' })).status).toBe(403);
    expect((await upload({ ...headers, 'content-type': 'multipart/form-data' })).status).toBe(415);
    expect((await request(host.port, { method: 'GET', path: '/upload', headers })).status).toBe(405);
    expect((await upload({ ...headers, 'content-length': String(600 * 1024 * 1024) }, 'x')).status).toBe(413);
  });

  it('removes an upload once a channel is done with it, and never a file it did not hand out', async () => {
    const headers = { ...good, 'content-type': 'application/octet-stream' };
    const { value } = JSON.parse((await request(host.port, { path: '/upload', headers, body: 'a backup' })).body) as {
      value: { path: string };
    };
    const folder = path.join(uploadDir, 'uploads');
    const notIssued = path.join(folder, 'put-there-by-hand.upload');
    fs.writeFileSync(notIssued, 'not from this host');
    backend.ctx.files!.release(notIssued);
    expect(fs.existsSync(notIssued)).toBe(true);
    expect(fs.readdirSync(folder)).toHaveLength(2);
    backend.ctx.files!.release(value.path);
    expect(fs.readdirSync(folder)).toEqual(['put-there-by-hand.upload']);
    await expect(backend.ctx.files!.read(value.path, 100)).rejects.toMatchObject({ code: 'validation' });
  });

  it('listens on 127.0.0.1 with a long random token in the URL', () => {
    expect(host.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/#token=`));
    expect(host.token.length).toBeGreaterThanOrEqual(40);
  });

  it('answers a proper call with an envelope', async () => {
    const reply = await create(good);
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { name: 'Acme' } });
  });

  it.each([
    ['a missing token', (h: Record<string, string>) => ({ ...h, [TOKEN_HEADER]: '' }), 401],
    ['a wrong token', (h: Record<string, string>) => ({ ...h, [TOKEN_HEADER]: 'x'.repeat(43) }), 401],
    ['a foreign Origin', (h: Record<string, string>) => ({ ...h, origin: 'https://evil.example' }), 403],
    [
      'a foreign Host (DNS rebinding)',
      (h: Record<string, string>) => ({ ...h, host: `evil.example:${host.port}` }),
      403,
    ],
    ['a cross-site fetch', (h: Record<string, string>) => ({ ...h, 'sec-fetch-site': 'cross-site' }), 403],
    [
      'a form post instead of JSON',
      (h: Record<string, string>) => ({ ...h, 'content-type': 'application/x-www-form-urlencoded' }),
      415,
    ],
  ])('refuses %s and changes nothing', async (_name, alter, status) => {
    const before = tableCounts(backend.db);
    const reply = await create(alter(good));
    expect(reply.status).toBe(status);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false });
    expect(tableCounts(backend.db)).toEqual(before);
  });

  it('refuses a body over 1 MiB with 413 and changes nothing', async () => {
    const before = tableCounts(backend.db);
    const big = JSON.stringify({ name: 'A', notes: 'x'.repeat(1024 * 1024 + 10) });
    expect((await create(good, big)).status).toBe(413);
    // Streamed without a length header, too.
    const { 'content-type': type, ...rest } = good;
    const chunked = await request(host.port, {
      path: '/rpc/companies.create',
      headers: { ...rest, 'content-type': type!, 'transfer-encoding': 'chunked' },
      body: big,
    });
    expect(chunked.status).toBe(413);
    expect(tableCounts(backend.db)).toEqual(before);
  });

  it('refuses malformed JSON with 400 and changes nothing', async () => {
    const before = tableCounts(backend.db);
    const reply = await create(good, '{"name": "Acme",');
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error.message).toMatch(/not valid JSON/);
    expect(tableCounts(backend.db)).toEqual(before);
  });

  it('serves the renderer with a strict CSP and never a file outside it', async () => {
    const index = await request(host.port, { method: 'GET', path: '/', headers: { host: good.host! } });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(index.headers['content-security-policy']).toMatch(/script-src 'self';/);
    const asset = await request(host.port, { method: 'GET', path: '/assets/app.js', headers: { host: good.host! } });
    expect(asset.headers['content-type']).toMatch(/javascript/);
    for (const sneaky of [
      '/../outside-secret.txt',
      '/%2e%2e/outside-secret.txt',
      '/assets/..%2f..%2foutside-secret.txt',
    ]) {
      const reply = await request(host.port, { method: 'GET', path: sneaky, headers: { host: good.host! } });
      expect(reply.body).not.toContain('SECRET');
    }
    const rebound = await request(host.port, { method: 'GET', path: '/', headers: { host: 'evil.example' } });
    expect(rebound.status).toBe(403);
  });
});

describe('npm run serve', () => {
  const serverBundle = path.resolve(import.meta.dirname, '../../dist/node/server.cjs');

  it('prints one JSON line, serves, and closes the database cleanly on SIGTERM', async () => {
    expect(fs.existsSync(serverBundle), 'run the build first (the test command does)').toBe(true);
    const dataDir = tempDir();
    const child = spawn(process.execPath, [serverBundle, '--data-dir', dataDir, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const first = await new Promise<string>((resolve) =>
      createInterface({ input: child.stdout! }).once('line', resolve),
    );
    const info = JSON.parse(first) as { url: string; port: number; token: string; launchUrl: string };
    expect(Object.keys(info).sort()).toEqual(['launchUrl', 'port', 'token', 'url']);
    expect(info.url).toBe(`http://127.0.0.1:${info.port}/#token=${info.token}`);
    // The address a browser is opened on carries a one-time code, never the token.
    expect(info.launchUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${info.port}/#code=[\\w-]+$`));
    expect(info.launchUrl).not.toContain(info.token);

    const rpc = async (channel: string, input: unknown) =>
      JSON.parse(
        (
          await request(info.port, {
            path: `/rpc/${channel}`,
            headers: { host: `127.0.0.1:${info.port}`, 'content-type': 'application/json', [TOKEN_HEADER]: info.token },
            body: JSON.stringify(input),
          })
        ).body,
      ) as { ok: boolean; value: { id: string } };
    const profile = await rpc('profiles.create', { name: 'Sam', passphrase: 'a long passphrase for tests' });
    expect((await rpc('profiles.unlock', { id: profile.value.id, passphrase: 'a long passphrase for tests' })).ok).toBe(
      true,
    );
    const reply = await request(info.port, {
      path: '/rpc/companies.create',
      headers: { host: `127.0.0.1:${info.port}`, 'content-type': 'application/json', [TOKEN_HEADER]: info.token },
      body: JSON.stringify({ name: 'Written before shutdown' }),
    });
    expect(reply.status).toBe(200);

    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    // A clean close checkpoints and removes the WAL; the write is in the main file, and the folder is free again.
    const vault = new Vault(dataDir);
    expect(fs.existsSync(`${vault.databaseFile(profile.value.id)}-wal`)).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'politely.lock'))).toBe(false);
    const db = await vault.open(profile.value.id, 'a long passphrase for tests');
    expect(db.prepare('SELECT name FROM companies').all()).toEqual([{ name: 'Written before shutdown' }]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('refuses to start a second host on a data folder already in use', async () => {
    const dataDir = tempDir();
    const first = spawn(process.execPath, [serverBundle, '--data-dir', dataDir, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<string>((resolve) => createInterface({ input: first.stdout! }).once('line', resolve));
    try {
      const second = spawn(process.execPath, [serverBundle, '--data-dir', dataDir, '--port', '0'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      second.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
      expect(await new Promise<number | null>((resolve) => second.on('exit', resolve))).toBe(1);
      expect(stderr).toMatch(
        /Politely could not start: Politely is already running on this data folder \(process \d+\)/,
      );
    } finally {
      const exited = new Promise((resolve) => first.on('exit', resolve));
      first.kill('SIGTERM');
      await exited;
    }
  });

  it('refuses a bad port with a plain message', async () => {
    const child = spawn(process.execPath, [serverBundle, '--data-dir', tempDir(), '--port', 'eighty'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toMatch(/--port must be a number/);
  });
});
