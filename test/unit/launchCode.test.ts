import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAUNCH_CODE_MS, LaunchCodes } from '../../server/launchCode';
import { startHost, TOKEN_HEADER, type Host } from '../../server/host';
import { makeBackend, T0, tempDir, type Backend } from './helpers';

describe('launch codes', () => {
  const clock = () => {
    let now = T0.getTime();
    return { now: () => now, advance: (ms: number) => (now += ms) };
  };

  it('work once only', () => {
    const codes = new LaunchCodes(clock().now);
    const code = codes.issue();
    expect(codes.redeem(code)).toBe(true);
    expect(codes.redeem(code)).toBe(false);
  });

  it('stop working 60 seconds after they were issued, even unused', () => {
    const c = clock();
    const codes = new LaunchCodes(c.now);
    const early = codes.issue();
    const late = codes.issue();
    c.advance(LAUNCH_CODE_MS - 1);
    expect(codes.redeem(early)).toBe(true);
    c.advance(1);
    expect(codes.redeem(late)).toBe(false);
  });

  it('are each their own, and nothing else passes for one', () => {
    const codes = new LaunchCodes(clock().now);
    const a = codes.issue();
    const b = codes.issue();
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    for (const other of ['', 'x', a.slice(1), undefined, null, 42, { code: a }])
      expect(codes.redeem(other)).toBe(false);
    expect(codes.redeem(b)).toBe(true);
  });
});

function post(
  port: number,
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; body: { ok: boolean; value?: { token: string }; error?: { message: string } } }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/launch', headers }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as never }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the browser host opened on a launch code', () => {
  let backend: Backend;
  let host: Host;
  let own: Record<string, string>;

  beforeAll(async () => {
    backend = makeBackend();
    const staticDir = tempDir();
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Politely</title>');
    host = await startHost({ ctx: backend.ctx, staticDir, port: 0, uploadDir: tempDir() });
    own = {
      host: `127.0.0.1:${host.port}`,
      origin: `http://127.0.0.1:${host.port}`,
      'content-type': 'application/json',
    };
  });
  afterAll(() => host.close());

  const codeOf = (url: string) => /#code=([A-Za-z0-9_-]+)$/.exec(url)?.[1] ?? '';

  it('gives an address that carries a code and never the token', () => {
    const url = host.launchUrl();
    expect(url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/#code=[A-Za-z0-9_-]+$`));
    expect(url).not.toContain(host.token);
    expect(host.launchUrl()).not.toBe(url);
  });

  it('trades a code for the token once; the token then works for calls', async () => {
    const code = codeOf(host.launchUrl());
    const traded = await post(host.port, own, JSON.stringify({ code }));
    expect(traded).toEqual({ status: 200, body: { ok: true, value: { token: host.token } } });
    const again = await post(host.port, own, JSON.stringify({ code }));
    expect(again.status).toBe(401);
    expect(again.body.error?.message).toMatch(/already used, or is more than a minute old/);
    const call = await fetch(`http://127.0.0.1:${host.port}/rpc/companies.list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: traded.body.value!.token },
      body: '{}',
    });
    expect(call.status).toBe(200);
  });

  it('refuses a code a minute old, by the host clock', async () => {
    const code = codeOf(host.launchUrl());
    backend.advance(LAUNCH_CODE_MS);
    expect((await post(host.port, own, JSON.stringify({ code }))).status).toBe(401);
  });

  it('refuses other sites, as RPC does, without using up the code', async () => {
    const code = codeOf(host.launchUrl());
    const body = JSON.stringify({ code });
    expect((await post(host.port, { ...own, origin: 'http://evil.example' }, body)).status).toBe(403);
    expect((await post(host.port, { ...own, 'sec-fetch-site': 'cross-site' }, body)).status).toBe(403);
    expect((await post(host.port, { ...own, host: `evil.example:${host.port}` }, body)).status).toBe(403);
    expect((await post(host.port, { ...own, 'content-type': 'text/plain' }, body)).status).toBe(415);
    expect((await post(host.port, own, body)).status).toBe(200);
  });
});
