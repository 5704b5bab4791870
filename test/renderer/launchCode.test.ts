import { afterEach, describe, expect, it, vi } from 'vitest';

/** A browser-mode tab opened at `hash`, with fetch answering /launch by `launch` and recording every call. */
async function tab(hash: string, launch: () => Response) {
  const stored = new Map<string, string>();
  const location = { pathname: '/', search: '', hash };
  const replaced: string[] = [];
  vi.stubGlobal('window', {
    location,
    history: {
      replaceState: (_state: unknown, _title: string, url: string) => {
        replaced.push(url);
        location.hash = url.slice(url.indexOf('#'));
      },
    },
  });
  vi.stubGlobal('sessionStorage', {
    getItem: (k: string) => stored.get(k) ?? null,
    setItem: (k: string, v: string) => stored.set(k, v),
  });
  const requests: { url: string; headers: Record<string, string>; body: string }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: { headers: Record<string, string>; body: string }) => {
      requests.push({ url, headers: init.headers, body: init.body });
      return url === '/launch' ? launch() : new Response(JSON.stringify({ ok: true, value: {} }));
    }),
  );
  vi.resetModules();
  const api = await import('../../renderer/api');
  return { api, location, replaced, requests };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a page opened on a launch code', () => {
  it('trades the code for the token before its first call, and takes the code out of the address', async () => {
    const t = await tab('#code=one-time-code', () => new Response(JSON.stringify({ ok: true, value: { token: 'T' } })));
    t.api.captureToken();
    expect(t.location.hash).toBe('#/');
    await t.api.call('system.info', {});
    expect(t.requests.map((r) => r.url)).toEqual(['/launch', '/rpc/system.info']);
    expect(JSON.parse(t.requests[0]!.body)).toEqual({ code: 'one-time-code' });
    expect(t.requests[0]!.headers).not.toHaveProperty('x-politely-token');
    expect(t.requests[1]!.headers['x-politely-token']).toBe('T');
  });

  it('says why the link did not sign the page in, in the host’s words, and sends nothing without a token', async () => {
    const message = 'This link to Politely was already used, or is more than a minute old.';
    const refused = { ok: false, error: { code: 'internal', message } };
    const t = await tab('#code=used', () => new Response(JSON.stringify(refused), { status: 401 }));
    t.api.captureToken();
    const answer = await t.api.call('system.info', {});
    expect(answer).toEqual({ ok: false, error: { code: 'internal', message } });
    expect(t.requests.map((r) => r.url)).toEqual(['/launch']);
    expect(t.location.hash).toBe('#/');
  });

  it('still takes a token from the address, for the address Politely printed', async () => {
    const t = await tab('#token=printed', () => new Response('{}'));
    t.api.captureToken();
    await t.api.call('system.info', {});
    expect(t.requests.map((r) => r.url)).toEqual(['/rpc/system.info']);
    expect(t.requests[0]!.headers['x-politely-token']).toBe('printed');
    expect(t.replaced).toEqual(['/#/']);
  });
});
