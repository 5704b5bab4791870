import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Channel, Envelope, Input, Output } from '../../api/contract';
import { dispatch } from '../../api/dispatch';
import { ChosenFiles } from '../../api/files';
import { Session } from '../../api/session';
import { packBackupCopy, unpackBackupCopy } from '../../db/backupCopy';
import { Vault } from '../../db/vault';
import { tempDir } from './helpers';

// Cheap key derivation keeps these tests quick.
const FAST = { N: 2 ** 10, r: 8, p: 1 };
const PASS = 'correct horse battery staple';
const NEW_PASS = 'a brand new passphrase for this laptop';

/** A backend on its own data folder: one computer. Files reach it only as handles, as from its open dialog. */
function computer(dataDir = tempDir()) {
  let now = Date.parse('2026-03-02T09:00:00Z');
  const vault = new Vault(dataDir, FAST, () => new Date(now));
  const session = new Session(vault, 'test', () => new Date(now));
  const chosen = new ChosenFiles();
  session.files = chosen;
  async function send<C extends Channel>(channel: C, input: Input<C>) {
    return (await dispatch(session, channel, input, () => {})) as Envelope<Output<C>>;
  }
  async function ok<C extends Channel>(channel: C, input: Input<C>) {
    const result = await send(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
    return result.value;
  }
  const choose = (bytes: Buffer) => {
    const file = path.join(tempDir(), 'Politely backup - Sam - 2026-03-02.politely');
    fs.writeFileSync(file, bytes);
    return chosen.issue(file);
  };
  const companies = async () => (await ok('companies.list', {})).companies.map((c) => c.name);
  return { dataDir, vault, session, send, ok, choose, companies, advance: (ms: number) => (now += ms) };
}

/** Sam's profile with one company, a saved copy of it, and a second company added after the copy. */
async function samWithCopy() {
  const laptop = computer();
  const { id, recoveryKey } = await laptop.ok('profiles.create', { name: 'Sam', passphrase: PASS });
  await laptop.ok('profiles.unlock', { id, passphrase: PASS });
  await laptop.ok('companies.create', { name: 'COPY-MARK Acme' });
  const copy = Buffer.from((await laptop.ok('profiles.saveBackup', {})).content, 'base64');
  await laptop.ok('companies.create', { name: 'After the copy' });
  await laptop.ok('profiles.lock', {});
  return { laptop, id, recoveryKey, copy };
}

/** Every file under `dir`, with a hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, file)] = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  }
  return out;
}

/** The snapshot without the count of wrong guesses, which a wrong guess is meant to change. */
const withoutGuessCount = (files: Record<string, string>) =>
  Object.fromEntries(Object.entries(files).filter(([f]) => !f.endsWith('unlock-attempts.json')));

describe('a saved backup copy', () => {
  it('is one file: its key wrapped as key.json wraps it, then the encrypted database, nothing in the clear', async () => {
    const { laptop, id, recoveryKey, copy } = await samWithCopy();
    const parts = unpackBackupCopy(copy)!;
    const keys: unknown = JSON.parse(fs.readFileSync(path.join(laptop.vault.dir(id), 'key.json'), 'utf8'));
    expect(parts.header).toEqual({
      version: 1,
      profile: { id, name: 'Sam' },
      savedAt: '2026-03-02T09:00:00.000Z',
      keys,
    });
    expect(copy.includes(Buffer.from('COPY-MARK'))).toBe(false);
    expect(copy.includes(Buffer.from(recoveryKey))).toBe(false);
    expect(copy.includes(Buffer.from(PASS))).toBe(false);
    expect(parts.database.subarray(0, 16).toString()).not.toBe('SQLite format 3\0');
  });

  it('restores on another computer with the passphrase it was saved with', async () => {
    const { id, copy } = await samWithCopy();
    const other = computer();
    expect(await other.ok('profiles.restoreCopy', { file: other.choose(copy), passphrase: PASS })).toEqual({
      id,
      name: 'Sam',
      kept: null,
      savedAt: '2026-03-02T09:00:00.000Z',
    });
    expect((await other.ok('profiles.list', {})).profiles).toEqual([{ id, name: 'Sam' }]);
    await other.ok('profiles.unlock', { id, passphrase: PASS });
    expect(await other.companies()).toEqual(['COPY-MARK Acme']);
  });

  it('restores on another computer with the recovery key, which sets a new passphrase', async () => {
    const { id, recoveryKey, copy } = await samWithCopy();
    const other = computer();
    // A recruiter already called Sam there keeps the name; the restored profile takes the next.
    await other.ok('profiles.create', { name: 'Sam', passphrase: PASS });
    const typed = recoveryKey.toLowerCase().replace(/-/g, ' ');
    const restored = await other.ok('profiles.restoreCopy', {
      file: other.choose(copy),
      recoveryKey: typed,
      newPassphrase: NEW_PASS,
    });
    expect(restored).toEqual({ id, name: 'Sam (2)', kept: null, savedAt: '2026-03-02T09:00:00.000Z' });
    expect(await other.send('profiles.unlock', { id, passphrase: PASS })).toMatchObject({
      ok: false,
      error: { code: 'wrong-passphrase' },
    });
    await other.ok('profiles.unlock', { id, passphrase: NEW_PASS });
    expect(await other.companies()).toEqual(['COPY-MARK Acme']);
  });

  it('restores after key.json is lost, with the passphrase from the unlock screen’s restore', async () => {
    const { laptop, id, copy } = await samWithCopy();
    fs.rmSync(path.join(laptop.vault.dir(id), 'key.json'));
    expect(await laptop.send('profiles.unlock', { id, passphrase: PASS })).toMatchObject({
      ok: false,
      error: { code: 'internal', message: /key\.json\) is missing.*A backup copy you saved also brings it back/ },
    });
    const restored = await laptop.ok('profiles.restore', { id, passphrase: PASS, file: laptop.choose(copy) });
    expect(restored.kept).toMatch(/^politely-replaced-/);
    await laptop.ok('profiles.unlock', { id, passphrase: PASS });
    expect(await laptop.companies()).toEqual(['COPY-MARK Acme']);
  });

  it('restores after key.json is lost, with the recovery key', async () => {
    const { laptop, id, recoveryKey, copy } = await samWithCopy();
    fs.rmSync(path.join(laptop.vault.dir(id), 'key.json'));
    const file = laptop.choose(copy);
    const restored = await laptop.ok('profiles.restoreCopy', { file, recoveryKey, newPassphrase: NEW_PASS });
    expect(restored).toMatchObject({ id, name: 'Sam', kept: expect.stringMatching(/^politely-replaced-/) });
    await laptop.ok('profiles.unlock', { id, passphrase: NEW_PASS });
    expect(await laptop.companies()).toEqual(['COPY-MARK Acme']);
  });

  it('over a profile that still has its key, keeps today’s passphrase', async () => {
    const { laptop, id, copy } = await samWithCopy();
    await laptop.ok('profiles.changePassphrase', { id, passphrase: PASS, newPassphrase: NEW_PASS });
    // The copy opens with the passphrase it was saved with; the profile keeps the one it has now.
    await laptop.ok('profiles.restoreCopy', { file: laptop.choose(copy), passphrase: PASS });
    await laptop.ok('profiles.unlock', { id, passphrase: NEW_PASS });
    expect(await laptop.companies()).toEqual(['COPY-MARK Acme']);
  });

  it('answers a wrong passphrase or recovery key with wrong-passphrase, and writes nothing', async () => {
    const { laptop, id, copy } = await samWithCopy();
    const other = computer();
    for (const secret of [
      { passphrase: 'not the passphrase at all' },
      { recoveryKey: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH', newPassphrase: NEW_PASS },
    ]) {
      expect(await other.send('profiles.restoreCopy', { file: other.choose(copy), ...secret })).toMatchObject({
        ok: false,
        error: { code: 'wrong-passphrase', message: /does not open this backup copy/ },
      });
      expect(snapshot(other.dataDir)).toEqual({});
    }

    fs.rmSync(path.join(laptop.vault.dir(id), 'key.json'));
    const before = snapshot(laptop.dataDir);
    const wrong = { id, passphrase: 'not the passphrase at all', file: laptop.choose(copy) };
    expect(await laptop.send('profiles.restore', wrong)).toMatchObject({
      ok: false,
      error: { code: 'wrong-passphrase', message: /does not open this backup copy/ },
    });
    expect(withoutGuessCount(snapshot(laptop.dataDir))).toEqual(withoutGuessCount(before));
    expect(fs.existsSync(path.join(laptop.vault.dir(id), 'key.json'))).toBe(false);
  });

  it('saved before copies carried their keys still restores into its own profile, and is explained elsewhere', async () => {
    const laptop = computer();
    const { id } = await laptop.ok('profiles.create', { name: 'Sam', passphrase: PASS });
    await laptop.ok('profiles.unlock', { id, passphrase: PASS });
    await laptop.ok('companies.create', { name: 'Old copy' });
    // What "save a backup copy" wrote before: the bare encrypted database.
    const old = laptop.vault.copyOf(id, laptop.session.db);
    await laptop.ok('companies.create', { name: 'After the copy' });
    await laptop.ok('profiles.lock', {});
    await laptop.ok('profiles.restore', { id, passphrase: PASS, file: laptop.choose(old) });
    await laptop.ok('profiles.unlock', { id, passphrase: PASS });
    expect(await laptop.companies()).toEqual(['Old copy']);

    const other = computer();
    expect(await other.send('profiles.restoreCopy', { file: other.choose(old), passphrase: PASS })).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        message: /saved by an earlier Politely, without its keys/,
        details: { withoutKeys: true },
      },
    });
    expect(snapshot(other.dataDir)).toEqual({});
  });

  it('says when the restored data was saved: the copy’s own time, a daily backup’s, none for a bare file', async () => {
    const { laptop, id, copy } = await samWithCopy();
    laptop.advance(3 * 86_400_000);
    // Restoring with the unlock screen's passphrase, days later, still names the day the copy was saved.
    const fromCopy = await laptop.ok('profiles.restore', { id, passphrase: PASS, file: laptop.choose(copy) });
    expect(fromCopy.savedAt).toBe('2026-03-02T09:00:00.000Z');
    laptop.advance(3_600_000);
    const again = await laptop.ok('profiles.restoreCopy', { file: laptop.choose(copy), passphrase: PASS });
    expect(again.savedAt).toBe('2026-03-02T09:00:00.000Z');

    await laptop.ok('profiles.unlock', { id, passphrase: PASS });
    const bare = laptop.vault.copyOf(id, laptop.session.db);
    await laptop.ok('profiles.lock', {});
    const [daily] = await laptop.ok('profiles.backups', { id });
    expect(daily).toBeDefined();
    const fromBackup = await laptop.ok('profiles.restore', { id, passphrase: PASS, backup: daily!.name });
    expect(fromBackup.savedAt).toBe(daily!.takenAt);
    expect(fromBackup.savedAt).not.toBe(fromCopy.savedAt);
    const fromBare = await laptop.ok('profiles.restore', { id, passphrase: PASS, file: laptop.choose(bare) });
    expect(fromBare.savedAt).toBeNull();
  });

  it('refuses a copy whose header was tampered with (a path for an id, a ruinous key cost) before deriving', async () => {
    const { id, copy } = await samWithCopy();
    type Header = { profile: object; keys: { kdf: object } };
    const { header, database } = unpackBackupCopy(copy)! as { header: Header; database: Buffer };
    const other = computer();
    const outside = path.join(other.dataDir, '..', `escaped-${crypto.randomUUID()}`);
    for (const tampered of [
      { ...header, profile: { id: path.relative(path.join(other.dataDir, 'profiles'), outside), name: 'Sam' } },
      { ...header, keys: { ...header.keys, kdf: { ...header.keys.kdf, N: 2 ** 30 } } },
      { ...header, profile: { id, name: '' } },
    ]) {
      const result = await other.send('profiles.restoreCopy', {
        file: other.choose(packBackupCopy(tampered, database)),
        passphrase: PASS,
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'validation', message: /backup copy is damaged/ } });
    }
    const cut = copy.subarray(0, copy.indexOf(0x0a) + 20);
    expect(await other.send('profiles.restoreCopy', { file: other.choose(cut), passphrase: PASS })).toMatchObject({
      ok: false,
      error: { code: 'validation', message: /backup copy is damaged/ },
    });
    expect(fs.existsSync(outside)).toBe(false);
    expect(snapshot(other.dataDir)).toEqual({});
  });

  it('asks for exactly one of the passphrase and the recovery key, and a new passphrase with the key', async () => {
    const other = computer();
    const file = other.choose(Buffer.from('x'));
    for (const input of [{ file }, { file, passphrase: PASS, recoveryKey: 'AAAA' }, { file, recoveryKey: 'AAAA' }])
      expect(await other.send('profiles.restoreCopy', input)).toMatchObject({
        ok: false,
        error: { code: 'validation' },
      });
  });
});
