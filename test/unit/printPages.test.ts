import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRINT_PAGE_MS, PRINT_PAGES_MAX, PrintPages } from '../../server/printPages';
import { startHost, TOKEN_HEADER, type Host } from '../../server/host';
import { makeBackend, seedBasics, tempDir, type Backend } from './helpers';

describe('pages kept for printing', () => {
  it('are served once, within a minute of their issue, and never under another code', () => {
    let now = Date.parse('2026-03-02T09:00:00Z');
    const pages = new PrintPages(() => now);
    const code = pages.issue('<p>packet</p>');
    expect(code).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(pages.take('not-a-code')).toBeUndefined();
    expect(pages.take(code)).toBe('<p>packet</p>');
    expect(pages.take(code)).toBeUndefined();

    const late = pages.issue('<p>late</p>');
    now += PRINT_PAGE_MS;
    expect(pages.take(late)).toBeUndefined();
  });

  it(`keep at most ${PRINT_PAGES_MAX} waiting, the oldest giving way`, () => {
    const pages = new PrintPages(() => Date.parse('2026-03-02T09:00:00Z'));
    const codes = Array.from({ length: PRINT_PAGES_MAX + 1 }, (_, i) => pages.issue(`<p>${i}</p>`));
    expect(pages.take(codes[0]!)).toBeUndefined();
    expect(pages.take(codes[1]!)).toBe('<p>1</p>');
    expect(pages.take(codes.at(-1)!)).toBe(`<p>${PRINT_PAGES_MAX}</p>`);
  });
});

function get(port: number, path: string, method = 'GET') {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the packet printed from the browser', () => {
  let backend: Backend;
  let host: Host;
  let interviewId: string;

  beforeAll(async () => {
    backend = makeBackend();
    const { position, candidate } = await seedBasics(backend);
    const application = await backend.ok('applications.create', {
      candidateId: candidate.id,
      positionId: position.id,
    });
    interviewId = (
      await backend.ok('interviews.schedule', {
        applicationId: application.id,
        startsAt: '2026-03-10T10:00:00+01:00',
        durationMinutes: 60,
        timezone: 'Europe/Berlin',
        format: 'video',
      })
    ).id;
    host = await startHost({ ctx: backend.ctx, staticDir: tempDir(), port: 0, uploadDir: tempDir() });
  });
  afterAll(() => host.close());

  const rpc = async (channel: string, input: unknown) => {
    const response = await fetch(`http://127.0.0.1:${host.port}/rpc/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
      body: JSON.stringify(input),
    });
    return (await response.json()) as { ok: boolean; value?: { url: string }; error?: { message: string } };
  };

  it("opens once at its own address, under the packet's own policy: its styles, no script, nothing from elsewhere", async () => {
    const pdf = await rpc('prep.exportPacket', { interviewId, format: 'pdf' });
    expect(pdf).toMatchObject({ ok: false, error: { details: { printInBrowser: true } } });

    const page = await rpc('prep.printPacket', { interviewId });
    expect(page.ok).toBe(true);
    const url = page.value!.url;
    expect(url).toMatch(/^\/print\/[A-Za-z0-9_-]{43}$/);

    const first = await get(host.port, url);
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('text/html; charset=utf-8');
    const csp = first.headers['content-security-policy'];
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("style-src 'unsafe-inline'");
    expect(csp).not.toContain('script-src');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(first.headers['cache-control']).toBe('no-store');
    expect(first.body).toContain('Ada Okafor');
    expect(first.body).toContain('<style>');

    expect((await get(host.port, url)).status).toBe(404);
    expect((await get(host.port, '/print/' + 'A'.repeat(43))).status).toBe(404);
  });

  it('answers only GET, and nothing without a code it issued', async () => {
    const { value } = await rpc('prep.printPacket', { interviewId });
    expect((await get(host.port, value!.url, 'POST')).status).toBe(405);
    // A refused method does not spend the page.
    expect((await get(host.port, value!.url)).status).toBe(200);
    expect((await get(host.port, '/print/')).status).toBe(404);
  });
});

describe('prep.printPacket', () => {
  it('is refused where the app saves PDFs itself, and for a cancelled interview', async () => {
    const b = makeBackend();
    const { position, candidate } = await seedBasics(b);
    const application = await b.ok('applications.create', { candidateId: candidate.id, positionId: position.id });
    const interview = await b.ok('interviews.schedule', {
      applicationId: application.id,
      startsAt: '2026-03-10T10:00:00+01:00',
      durationMinutes: 60,
      timezone: 'Europe/Berlin',
      format: 'video',
    });
    expect(await b.send('prep.printPacket', { interviewId: interview.id })).toMatchObject({
      ok: false,
      error: { code: 'validation', message: 'The desktop app saves the packet as a PDF itself: choose PDF.' },
    });
    b.ctx.printPage = (html) => `/print/${html.length}`;
    expect(await b.ok('prep.printPacket', { interviewId: interview.id })).toMatchObject({ url: /^\/print\/\d+$/ });
    await b.ok('interviews.cancel', { id: interview.id });
    expect(await b.send('prep.printPacket', { interviewId: interview.id })).toMatchObject({
      ok: false,
      error: { code: 'validation', message: /cancelled/ },
    });
    expect(await b.send('prep.printPacket', { interviewId: 'nope' } as never)).toMatchObject({ ok: false });
  });
});
