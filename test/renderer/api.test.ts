import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BAD_ANSWER,
  BUG,
  call,
  handleOf,
  onLocked,
  openFile,
  pathOf,
  saveWithDialog,
  UNREACHABLE,
} from '../../renderer/api';

/** Browser mode by default: no preload bridge, a token kept for the tab. */
function page(bridge?: { invoke(channel: string, input: unknown): Promise<unknown>; [more: string]: unknown }) {
  vi.stubGlobal('window', bridge ? { politely: bridge } : {});
  vi.stubGlobal('sessionStorage', { getItem: () => 'the-token' });
}

const answer = (body: string, status = 200) => vi.fn(async () => new Response(body, { status }));
const reasonOf = (result: { ok: boolean; error?: { details?: Record<string, unknown> } }) =>
  result.error?.details?.reason;

beforeEach(() => page());
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('api.ts tells why a call failed', () => {
  it('says Politely is not running only when nothing answers at its address', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );

    const result = await call('system.info', {});

    expect(result).toMatchObject({ ok: false, error: { code: 'internal', message: UNREACHABLE } });
    expect(reasonOf(result)).toBe('unreachable');
  });

  it('says so too when the connection drops half way through the answer', async () => {
    const broken = new Response('{"ok":tr');
    vi.spyOn(broken, 'text').mockRejectedValue(new TypeError('network error'));
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => broken),
    );

    expect(reasonOf(await call('system.info', {}))).toBe('unreachable');
  });

  it('tells a server error apart, with its status', async () => {
    vi.stubGlobal('fetch', answer('<html>Internal Server Error</html>', 500));

    const result = await call('system.info', {});

    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toContain('(error 500)');
    expect(!result.ok && result.error.message).not.toBe(UNREACHABLE);
    expect(reasonOf(result)).toBe('server-error');
  });

  it('tells an answer it cannot read apart', async () => {
    vi.stubGlobal('fetch', answer('<html>not an envelope</html>'));
    const garbled = await call('system.info', {});
    vi.stubGlobal('fetch', answer('{"value": 3}'));
    const shapeless = await call('system.info', {});

    for (const result of [garbled, shapeless]) {
      expect(result).toMatchObject({ ok: false, error: { code: 'internal', message: BAD_ANSWER } });
      expect(reasonOf(result)).toBe('bad-answer');
    }
  });

  it('tells a request it could not even send apart, and sends nothing', async () => {
    const fetch = answer('{"ok":true,"value":null}');
    vi.stubGlobal('fetch', fetch);
    vi.spyOn(console, 'error').mockImplementation(() => {});

    // A BigInt cannot be written as JSON: a bug on this side, not a stopped app.
    const result = await call('people.get', { id: 1n as unknown as string });

    expect(result).toMatchObject({ ok: false, error: { message: BUG } });
    expect(reasonOf(result)).toBe('bug');
    expect(fetch).not.toHaveBeenCalled();
  });

  it("passes the backend's own answers through, errors and all, with the token", async () => {
    const notFound = { ok: false, error: { code: 'not-found', message: 'That person is not on file.' } };
    const fetch = answer(JSON.stringify(notFound));
    vi.stubGlobal('fetch', fetch);

    const result = await call('people.get', { id: 'p1' });

    expect(result).toEqual(notFound);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/rpc/people.get');
    expect(init.headers).toMatchObject({ 'x-politely-token': 'the-token' });
    expect(init.body).toBe('{"id":"p1"}');
  });

  it("keeps the host's explained refusals (401, 413) as the host worded them", async () => {
    const refusal = { ok: false, error: { code: 'internal', message: 'This page is not signed in to Politely.' } };
    vi.stubGlobal('fetch', answer(JSON.stringify(refusal), 401));

    expect(await call('system.info', {})).toEqual(refusal);
  });

  it('still tells the lock listeners when the backend answers locked', async () => {
    vi.stubGlobal('fetch', answer(JSON.stringify({ ok: false, error: { code: 'locked', message: 'Locked.' } })));
    const heard = vi.fn();
    const stop = onLocked(heard);

    await call('system.info', {});
    stop();

    expect(heard).toHaveBeenCalledOnce();
  });

  it('in the desktop app, a failed bridge is a failure inside Politely, never "not running"', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    page({ invoke: () => Promise.reject(new TypeError("Error invoking remote method 'system.info'")) });
    const thrown = await call('system.info', {});
    page({ invoke: () => Promise.resolve('nonsense') });
    const garbled = await call('system.info', {});

    expect(thrown).toMatchObject({ ok: false, error: { message: BUG } });
    expect(garbled).toMatchObject({ ok: false, error: { message: BAD_ANSWER } });
  });

  it('tells upload failures apart the same way', async () => {
    const file = new File(['name,email'], 'people.csv');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const unreachable = await pathOf(file);
    vi.stubGlobal('fetch', answer('Bad gateway', 502));
    const broken = await pathOf(file);
    vi.stubGlobal('fetch', answer(JSON.stringify({ ok: true, value: { path: 'uploads/ab12.upload', bytes: 10 } })));
    const stored = await pathOf(file);

    expect(reasonOf(unreachable)).toBe('unreachable');
    expect(reasonOf(broken)).toBe('server-error');
    expect(stored).toEqual({ ok: true, value: 'uploads/ab12.upload' });
  });
});

describe('files chosen in the page', () => {
  it('are always uploaded in browser mode, once for each use, and never named by a path of their own', async () => {
    const upload = answer(JSON.stringify({ ok: true, value: { path: 'upload:abc', bytes: 10 } }));
    vi.stubGlobal('fetch', upload);
    const chosen = { name: 'people.csv', file: new File(['name,email'], 'people.csv') };
    expect(await handleOf(chosen)).toEqual({ ok: true, value: 'upload:abc' });
    expect(await handleOf(chosen)).toEqual({ ok: true, value: 'upload:abc' });
    expect(upload).toHaveBeenCalledTimes(2);
    expect(upload).toHaveBeenCalledWith('/upload', expect.objectContaining({ method: 'POST' }));
  });

  it('in the desktop app come from the main process’s dialogs as handles, with no upload', async () => {
    const upload = vi.fn();
    vi.stubGlobal('fetch', upload);
    const openFileBridge = vi.fn(async () => ({ ok: true, value: { path: 'chosen:xyz', name: 'people.csv' } }));
    const saveFileBridge = vi.fn(async () => ({ ok: true, value: { saved: true } }));
    page({ invoke: vi.fn(), openFile: openFileBridge, saveFile: saveFileBridge });
    const opened = await openFile('csv');
    expect(openFileBridge).toHaveBeenCalledWith('csv');
    expect(opened).toEqual({ ok: true, value: { name: 'people.csv', handle: 'chosen:xyz' } });
    expect(await handleOf({ name: 'people.csv', handle: 'chosen:xyz' })).toEqual({ ok: true, value: 'chosen:xyz' });
    const file = { fileName: 'x.csv', mime: 'text/csv', encoding: 'utf8' as const, content: 'a' };
    expect(await saveWithDialog(file)).toMatchObject({ ok: true });
    expect(saveFileBridge).toHaveBeenCalledWith(file);
    expect(upload).not.toHaveBeenCalled();

    page({ invoke: vi.fn(), openFile: async () => ({ ok: true, value: null }) });
    expect(await openFile('backup')).toEqual({ ok: true, value: null });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    page({ invoke: vi.fn(), openFile: () => Promise.reject(new Error('gone')) });
    expect(await openFile('csv')).toMatchObject({ ok: false, error: { message: BUG } });
  });
});
