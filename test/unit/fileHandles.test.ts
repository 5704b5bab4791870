import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Channel, Envelope, Input, Output } from '../../api/contract';
import { dispatch } from '../../api/dispatch';
import { ChosenFiles, readRegularFile } from '../../api/files';
import { Session } from '../../api/session';
import { Vault } from '../../db/vault';
import { startHost, TOKEN_HEADER, type Host } from '../../server/host';
import { UPLOAD_LIFETIME_MS } from '../../server/uploads';
import { chooseFile, makeBackend, T0, tempDir } from './helpers';

const FAST = { N: 2 ** 10, r: 8, p: 1 };
const PASS = 'correct horse battery staple';
const MARKER = 'MARKER-7f3a9c-Okafor';
const CSV = `Name,Email\nAda ${MARKER},ada@mail.example\n`;

const refused = { ok: false, error: { code: 'validation', details: { issues: [{ path: ['path'] }] } } };

/** Every file under `dir` whose bytes contain `text`. */
function filesHolding(dir: string, text: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isFile() && fs.readFileSync(file).includes(text)) found.push(file);
  }
  return found;
}

function post(
  host: Host,
  target: string,
  body: string | Buffer,
  type = 'application/json',
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: 'POST',
        path: target,
        headers: { host: `127.0.0.1:${host.port}`, 'content-type': type, [TOKEN_HEADER]: host.token },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const upload = async (host: Host, body: string | Buffer) => {
  const reply = await post(host, '/upload', body, 'application/octet-stream');
  return { status: reply.status, answer: JSON.parse(reply.body) as Envelope<{ path: string; bytes: number }> };
};

const rpc = async <C extends Channel>(host: Host, channel: C, input: Input<C>) =>
  JSON.parse((await post(host, `/rpc/${channel}`, JSON.stringify(input))).body) as Envelope<Output<C>>;

const hosts: Host[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.close()));
  vi.restoreAllMocks();
});

async function hostFor(options: Omit<Parameters<typeof startHost>[0], 'staticDir'>): Promise<Host> {
  const host = await startHost({ staticDir: tempDir(), port: 0, ...options });
  hosts.push(host);
  return host;
}

/** Browser mode over a real vault, with one profile unlocked. */
async function browserMode(createUploadStream?: (file: string) => Writable) {
  const dataDir = tempDir();
  let now = T0.getTime();
  const session = new Session(new Vault(dataDir, FAST, () => new Date(now)), 'test', () => new Date(now));
  const host = await hostFor({ ctx: session, uploadDir: dataDir, ...(createUploadStream && { createUploadStream }) });
  const send = <C extends Channel>(channel: C, input: Input<C>) =>
    dispatch(session, channel, input, () => {}) as Promise<Envelope<Output<C>>>;
  const created = await send('profiles.create', { name: 'Sam', passphrase: PASS });
  if (!created.ok) throw new Error(created.error.message);
  await send('profiles.unlock', { id: created.value.id, passphrase: PASS });
  return {
    dataDir,
    session,
    host,
    send,
    profileId: created.value.id,
    uploads: path.join(dataDir, 'uploads'),
    advance: (ms: number) => (now += ms),
  };
}

describe('file channels read only what Politely issued', () => {
  it('refuses /etc/passwd and any path of the caller, in preview, import and restore, reading nothing', async () => {
    const b = makeBackend();
    // A readable spreadsheet at a path the caller names: the old preview showed its rows.
    const named = path.join(tempDir(), 'people.csv');
    fs.writeFileSync(named, CSV);
    for (const file of ['/etc/passwd', named]) {
      const preview = await b.send('io.previewCsv', { path: file, kind: 'candidate' });
      expect(preview).toMatchObject(refused);
      expect(JSON.stringify(preview)).not.toMatch(/root:|MARKER/);
      expect(await b.send('io.importCsv', { path: file, kind: 'candidate' })).toMatchObject(refused);
    }
    expect(await b.ok('people.list', {})).toMatchObject({ total: 0 });

    const m = await browserMode();
    const restore = await m.send('profiles.restore', { id: m.profileId, passphrase: PASS, file: '/etc/passwd' });
    expect(restore).toMatchObject({ ok: false, error: { code: 'validation', message: /Choose the file again/ } });
    // The profile stayed open: a refused file is refused before anything else happens.
    expect(m.session.profile?.id).toBe(m.profileId);
  });

  it('refuses a backend with no file handles at all', async () => {
    const b = makeBackend();
    delete b.ctx.files;
    const file = path.join(tempDir(), 'people.csv');
    fs.writeFileSync(file, CSV);
    expect(await b.send('io.previewCsv', { path: chooseFile(file), kind: 'candidate' })).toMatchObject(refused);
  });

  it('exports CSV only as content: a path is no input, and nothing is written', async () => {
    const b = makeBackend();
    const target = path.join(tempDir(), 'existing.txt');
    fs.writeFileSync(target, 'the recruiter’s own file');
    const answer = await b.send('io.exportCsv', { entity: 'people', path: target } as never);
    expect(answer).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(fs.readFileSync(target, 'utf8')).toBe('the recruiter’s own file');
    const exported = await b.ok('io.exportCsv', { entity: 'people' });
    expect(Object.keys(exported).sort()).toEqual(['content', 'fileName', 'rows']);
  });

  it('never deletes a file it did not issue, even one named like an upload in a folder called uploads', async () => {
    const m = await browserMode();
    const own = path.join(tempDir(), 'uploads');
    fs.mkdirSync(own);
    const elsewhere = path.join(own, 'list.upload');
    fs.writeFileSync(elsewhere, CSV);
    const inHostFolder = path.join(m.uploads, 'put-there.upload');
    fs.mkdirSync(m.uploads, { recursive: true });
    fs.writeFileSync(inHostFolder, CSV);
    for (const file of [elsewhere, inHostFolder]) {
      expect(await rpc(m.host, 'io.importCsv', { path: file, kind: 'candidate' })).toMatchObject(refused);
      expect(fs.readFileSync(file, 'utf8')).toBe(CSV);
    }
  });

  it('refuses a named pipe at once, whether chosen in a dialog or named by the caller', async (ctx) => {
    const fifo = path.join(tempDir(), 'pipe.csv');
    const made = spawnSync('mkfifo', [fifo]);
    if (made.error || made.status !== 0) {
      console.log(`skipped: mkfifo is not available here (${made.error?.message ?? made.stderr.toString()})`);
      ctx.skip();
    }
    const b = makeBackend();
    const started = performance.now();
    expect(await b.send('io.previewCsv', { path: chooseFile(fifo), kind: 'candidate' })).toMatchObject({
      ok: false,
      error: { code: 'validation', message: /not a file Politely can read/ },
    });
    expect(await b.send('io.previewCsv', { path: fifo, kind: 'candidate' })).toMatchObject(refused);
    await expect(readRegularFile(fifo, 1024)).rejects.toMatchObject({ code: 'validation' });
    await expect(readRegularFile(tempDir(), 1024)).rejects.toMatchObject({ code: 'validation' });
    expect(performance.now() - started).toBeLessThan(500);
  }, 5_000);

  it('holds the size cap on the opened file', async () => {
    const file = path.join(tempDir(), 'big.csv');
    fs.writeFileSync(file, 'x'.repeat(2048));
    await expect(readRegularFile(file, 1024)).rejects.toMatchObject({ message: /larger than/ });
    expect((await readRegularFile(file, 2048)).length).toBe(2048);
  });

  it('forgets the files chosen in a dialog when the profile locks', async () => {
    const files = new ChosenFiles();
    const file = path.join(tempDir(), 'people.csv');
    fs.writeFileSync(file, CSV);
    const handle = files.issue(file);
    expect(handle).not.toContain(file);
    expect((await files.read(handle, 1024)).toString()).toBe(CSV);
    files.release(handle);
    expect(fs.existsSync(file)).toBe(true);
    files.releaseAll();
    await expect(files.read(handle, 1024)).rejects.toMatchObject({ code: 'validation' });
  });
});

describe('browser mode uploads', () => {
  it('keep nothing readable in the clear, and nothing at all after a failed import and a lock', async () => {
    const m = await browserMode();
    const first = await upload(m.host, CSV);
    expect(first.answer).toMatchObject({ ok: true, value: { bytes: Buffer.byteLength(CSV) } });
    const handle = first.answer.ok ? first.answer.value.path : '';
    expect(handle).not.toContain(m.dataDir);
    expect(await rpc(m.host, 'io.previewCsv', { path: handle, kind: 'candidate' })).toMatchObject({
      ok: true,
      value: { rows: 1 },
    });
    // The preview keeps the upload for the import, encrypted.
    expect(fs.readdirSync(m.uploads)).toHaveLength(1);
    expect(filesHolding(m.dataDir, MARKER)).toEqual([]);

    // An import that fails (no column for the name) removes it all the same.
    const failed = await rpc(m.host, 'io.importCsv', { path: handle, kind: 'candidate', mapping: { Email: 'email' } });
    expect(failed).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(fs.readdirSync(m.uploads)).toEqual([]);
    expect(await rpc(m.host, 'io.previewCsv', { path: handle, kind: 'candidate' })).toMatchObject(refused);

    // One left after a preview goes when the profile locks.
    const second = await upload(m.host, CSV);
    const left = second.answer.ok ? second.answer.value.path : '';
    await rpc(m.host, 'io.previewCsv', { path: left, kind: 'candidate' });
    expect(await rpc(m.host, 'profiles.lock', {})).toMatchObject({ ok: true });
    expect(fs.readdirSync(m.uploads)).toEqual([]);
    expect(filesHolding(m.dataDir, MARKER)).toEqual([]);
  });

  it('removes an upload after a successful import and after a refused restore', async () => {
    const m = await browserMode();
    const csv = await upload(m.host, CSV);
    const imported = await rpc(m.host, 'io.importCsv', {
      path: csv.answer.ok ? csv.answer.value.path : '',
      kind: 'candidate',
    });
    expect(imported).toMatchObject({ ok: true, value: { imported: 1 } });
    expect(fs.readdirSync(m.uploads)).toEqual([]);

    const backup = await upload(m.host, 'not a backup of anything');
    const restore = await rpc(m.host, 'profiles.restore', {
      id: m.profileId,
      passphrase: PASS,
      file: backup.answer.ok ? backup.answer.value.path : '',
    });
    expect(restore).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(fs.readdirSync(m.uploads)).toEqual([]);
  });

  it('restores a backup copy sent as an upload', async () => {
    const m = await browserMode();
    await m.send('companies.create', { name: 'Before the copy' });
    const copy = await m.send('profiles.saveBackup', {});
    if (!copy.ok) throw new Error(copy.error.message);
    await m.send('companies.create', { name: 'After the copy' });
    const sent = await upload(m.host, Buffer.from(copy.value.content, 'base64'));
    const handle = sent.answer.ok ? sent.answer.value.path : '';
    expect(await rpc(m.host, 'profiles.restore', { id: m.profileId, passphrase: PASS, file: handle })).toMatchObject({
      ok: true,
    });
    expect(fs.readdirSync(m.uploads)).toEqual([]);
    await m.send('profiles.unlock', { id: m.profileId, passphrase: PASS });
    expect(await m.send('companies.list', {})).toMatchObject({
      ok: true,
      value: { companies: [{ name: 'Before the copy' }] },
    });
  });

  it('replaces a left upload with the next one, expires one left unused, and clears the folder at start-up', async () => {
    const m = await browserMode();
    const first = await upload(m.host, CSV);
    const firstHandle = first.answer.ok ? first.answer.value.path : '';
    await upload(m.host, CSV);
    expect(fs.readdirSync(m.uploads)).toHaveLength(1);
    expect(await rpc(m.host, 'io.previewCsv', { path: firstHandle, kind: 'candidate' })).toMatchObject(refused);

    const later = await upload(m.host, CSV);
    m.advance(UPLOAD_LIFETIME_MS + 1);
    const expired = await rpc(m.host, 'io.previewCsv', {
      path: later.answer.ok ? later.answer.value.path : '',
      kind: 'candidate',
    });
    expect(expired).toMatchObject(refused);
    expect(fs.readdirSync(m.uploads)).toEqual([]);

    // Left by a host that was killed: nothing can read it, so the next start removes it.
    const dataDir = tempDir();
    fs.mkdirSync(path.join(dataDir, 'uploads'));
    fs.writeFileSync(path.join(dataDir, 'uploads', 'left.upload'), 'sealed bytes');
    await hostFor({ ctx: makeBackend().ctx, uploadDir: dataDir });
    expect(fs.existsSync(path.join(dataDir, 'uploads', 'left.upload'))).toBe(false);
  });

  it('answers a full disk in plain words, leaves no partial file, and keeps answering', async () => {
    const written: string[] = [];
    const fullDisk = (file: string) => {
      written.push(file);
      let size = 0;
      return new Writable({
        write(chunk: Buffer, _encoding, done) {
          size += chunk.length;
          if (size > 64 * 1024) return done(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }));
          fs.appendFileSync(file, chunk);
          done();
        },
      });
    };
    const m = await browserMode(fullDisk);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const big = await upload(m.host, Buffer.alloc(2 * 1024 * 1024, 'a'));
    expect(big.status).toBe(507);
    expect(big.answer).toMatchObject({ ok: false, error: { message: /not enough room on the disk/ } });
    expect(written).toHaveLength(1);
    expect(fs.existsSync(written[0]!)).toBe(false);
    expect(fs.readdirSync(m.uploads)).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
    expect(await rpc(m.host, 'companies.create', { name: 'Still here' })).toMatchObject({ ok: true });
  });

  it('removes the partial file of an upload whose connection was cut', async () => {
    const m = await browserMode();
    const req = http.request({
      host: '127.0.0.1',
      port: m.host.port,
      method: 'POST',
      path: '/upload',
      headers: {
        host: `127.0.0.1:${m.host.port}`,
        'content-type': 'application/octet-stream',
        'content-length': String(1024 * 1024),
        [TOKEN_HEADER]: m.host.token,
      },
    });
    req.on('error', () => {});
    req.write(Buffer.alloc(256 * 1024, 'a'));
    await vi.waitFor(() => expect(fs.readdirSync(m.uploads)).toHaveLength(1));
    req.destroy();
    await vi.waitFor(() => expect(fs.readdirSync(m.uploads)).toEqual([]));
    expect(await rpc(m.host, 'companies.create', { name: 'Still here' })).toMatchObject({ ok: true });
  });

  it('answers malformed URL encoding in a channel name with 400, logging nothing', async () => {
    const m = await browserMode();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const reply = await post(m.host, '/rpc/%E0%A4%A', '{}');
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(errors).not.toHaveBeenCalled();
  });
});
