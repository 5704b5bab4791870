import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, type Channel, type Envelope, type Input, type Output } from '../../api/contract';
import { dispatch } from '../../api/dispatch';
import { ChosenFiles } from '../../api/files';
import { Session } from '../../api/session';
import { unpackBackupCopy } from '../../db/backupCopy';
import { openDatabase } from '../../db/connection';
import { ATTEMPTS_FILE } from '../../db/unlockAttempts';
import { SCRYPT_COST, Vault } from '../../db/vault';
import { makeScaleProfile } from '../../bench/seed';
import { tempDir } from './helpers';

// Cheap key derivation keeps these tests quick; one test below runs at the real cost.
const FAST = { N: 2 ** 10, r: 8, p: 1 };
const PASS = 'correct horse battery staple';

function backend(dataDir = tempDir(), start = Date.parse('2026-03-02T09:00:00Z')) {
  let now = start;
  const vault = new Vault(dataDir, FAST, () => new Date(now));
  const session = new Session(vault, 'test', () => new Date(now));
  async function send<C extends Channel>(channel: C, input: Input<C>) {
    return (await dispatch(session, channel, input, () => {})) as Envelope<Output<C>>;
  }
  async function ok<C extends Channel>(channel: C, input: Input<C>) {
    const result = await send(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
    return result.value;
  }
  return { dataDir, vault, session, send, ok, advance: (ms: number) => (now += ms) };
}

/** Every file under `dir`, with a hash of its bytes: what "nothing touched" is measured against. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, file)] = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  }
  return out;
}

function filesContaining(dir: string, marker: string): string[] {
  const needles = [Buffer.from(marker, 'utf8'), Buffer.from(marker, 'utf16le')];
  return Object.keys(snapshot(dir)).filter((rel) => {
    const bytes = fs.readFileSync(path.join(dir, rel));
    return needles.some((n) => bytes.includes(n));
  });
}

describe('profiles', () => {
  it('creates a profile whose index holds only its id and name, and whose key is stored only wrapped', async () => {
    const b = backend();
    const created = await b.ok('profiles.create', { name: 'Sam Rivera', passphrase: PASS });
    expect(created.recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(JSON.parse(fs.readFileSync(path.join(b.dataDir, 'profiles.json'), 'utf8'))).toEqual({
      version: 1,
      profiles: [{ id: created.id, name: 'Sam Rivera' }],
    });
    expect(await b.ok('profiles.list', {})).toEqual({
      profiles: [{ id: created.id, name: 'Sam Rivera' }],
      unlocked: null,
      legacy: false,
    });
    const keys = fs.readFileSync(path.join(b.vault.dir(created.id), 'key.json'), 'utf8');
    expect(keys).not.toContain(created.recoveryKey);
    expect(fs.readFileSync(b.vault.databaseFile(created.id)).subarray(0, 16).toString()).not.toBe('SQLite format 3\0');

    expect(await b.send('profiles.create', { name: 'sam rivera', passphrase: PASS })).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { issues: [{ path: ['name'] }] } },
    });
    expect(await b.send('profiles.create', { name: 'Alex', passphrase: 'short pass' })).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { issues: [{ path: ['passphrase'], message: /at least 12 characters/ }] } },
    });
  });

  it('derives the passphrase key with scrypt at N=2^17, r=8, p=1', async () => {
    expect(SCRYPT_COST).toEqual({ N: 131072, r: 8, p: 1 });
    const vault = new Vault(tempDir());
    const { id } = await vault.create('Real cost', PASS);
    expect(JSON.parse(fs.readFileSync(path.join(vault.dir(id), 'key.json'), 'utf8')).kdf).toMatchObject({
      name: 'scrypt',
      N: 131072,
      r: 8,
      p: 1,
    });
    (await vault.open(id, PASS)).close();
  });

  it('fails every data channel with `locked` until a profile is unlocked, and again after locking', async () => {
    const b = backend();
    const { id } = await b.ok('profiles.create', { name: 'Sam', passphrase: PASS });
    expect(await b.send('companies.list', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(await b.ok('profiles.unlock', { id, passphrase: PASS })).toEqual({ id, name: 'Sam' });
    await b.ok('companies.create', { name: 'Acme' });
    expect((await b.ok('profiles.list', {})).unlocked).toEqual({ id, name: 'Sam' });
    await b.ok('profiles.lock', {});
    const dataChannels = CHANNEL_NAMES.filter((c) => !c.startsWith('profiles.'));
    expect(dataChannels.length).toBeGreaterThanOrEqual(40);
    for (const channel of dataChannels) {
      for (const input of [{}, { id: 'x', name: 'Acme' }, null, 'garbage']) {
        expect(await b.send(channel, input as never), channel).toMatchObject({ ok: false, error: { code: 'locked' } });
      }
    }
  });

  it('refuses a wrong passphrase, touching only the guess count, and makes each try wait after five', async () => {
    const b = backend();
    const { id } = await b.ok('profiles.create', { name: 'Sam', passphrase: PASS });
    const untouched = () => {
      const files = snapshot(b.dataDir);
      delete files[path.join('profiles', id, ATTEMPTS_FILE)];
      return files;
    };
    const before = untouched();
    for (let i = 0; i < 5; i++) {
      expect(await b.send('profiles.unlock', { id, passphrase: `wrong ${i} passphrase` })).toMatchObject({
        ok: false,
        error: { code: 'wrong-passphrase', message: /does not open/ },
      });
    }
    const sixth = await b.send('profiles.unlock', { id, passphrase: PASS });
    expect(sixth).toMatchObject({
      ok: false,
      error: { code: 'wrong-passphrase', message: /Wait 2 seconds/, details: { retryAfterSeconds: 2 } },
    });
    expect(untouched()).toEqual(before);
    b.advance(2_000);
    expect(await b.send('profiles.unlock', { id, passphrase: 'still wrong, sorry' })).toMatchObject({
      ok: false,
      error: { code: 'wrong-passphrase', message: /does not open/ },
    });
    expect(await b.send('profiles.unlock', { id, passphrase: PASS })).toMatchObject({
      ok: false,
      error: { details: { retryAfterSeconds: 4 } },
    });
    b.advance(4_000);
    expect((await b.send('profiles.unlock', { id, passphrase: PASS })).ok).toBe(true);
  });

  it('changes the passphrase by rewrapping the key, never re-encrypting the data', async () => {
    const b = backend();
    const { id } = await b.ok('profiles.create', { name: 'Sam', passphrase: PASS });
    await b.ok('profiles.unlock', { id, passphrase: PASS });
    await b.ok('companies.create', { name: 'Acme' });
    await b.ok('profiles.lock', {});
    const data = snapshot(b.vault.dir(id))['politely.db'];
    await b.ok('profiles.changePassphrase', { id, passphrase: PASS, newPassphrase: 'a brand new long passphrase' });
    expect(snapshot(b.vault.dir(id))['politely.db']).toBe(data);
    expect(await b.send('profiles.unlock', { id, passphrase: PASS })).toMatchObject({
      ok: false,
      error: { code: 'wrong-passphrase' },
    });
    await b.ok('profiles.unlock', { id, passphrase: 'a brand new long passphrase' });
    expect((await b.ok('companies.list', {})).companies.map((c) => c.name)).toEqual(['Acme']);
  });

  it('sets a new passphrase with the recovery key, however it is typed', async () => {
    const b = backend();
    const { id, recoveryKey } = await b.ok('profiles.create', { name: 'Sam', passphrase: PASS });
    expect(
      await b.send('profiles.recover', {
        id,
        recoveryKey: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH',
        newPassphrase: 'forgotten but found',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'wrong-passphrase', message: /recovery key does not open/ },
    });
    await b.ok('profiles.recover', {
      id,
      recoveryKey: ` ${recoveryKey.toLowerCase().replace(/-/g, ' ')} `,
      newPassphrase: 'forgotten but found',
    });
    expect((await b.send('profiles.unlock', { id, passphrase: 'forgotten but found' })).ok).toBe(true);
  });

  it('deletes a profile only with its passphrase', async () => {
    const b = backend();
    const { id } = await b.ok('profiles.create', { name: 'Sam', passphrase: PASS });
    expect(await b.send('profiles.delete', { id, passphrase: 'not the passphrase' })).toMatchObject({
      ok: false,
      error: { code: 'wrong-passphrase' },
    });
    expect(fs.existsSync(b.vault.dir(id))).toBe(true);
    await b.ok('profiles.delete', { id, passphrase: PASS });
    expect(fs.existsSync(b.vault.dir(id))).toBe(false);
    expect((await b.ok('profiles.list', {})).profiles).toEqual([]);
    expect(await b.send('profiles.unlock', { id, passphrase: PASS })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('keeps two recruiters apart on one laptop', async () => {
    const b = backend();
    const sam = await b.ok('profiles.create', { name: 'Sam', passphrase: PASS });
    const alex = await b.ok('profiles.create', { name: 'Alex', passphrase: 'alex has another passphrase' });
    await b.ok('profiles.unlock', { id: sam.id, passphrase: PASS });
    await b.ok('people.create', { kind: 'candidate', name: 'Only Sam Knows' });
    await b.ok('profiles.unlock', { id: alex.id, passphrase: 'alex has another passphrase' });
    expect((await b.ok('people.list', {})).people).toEqual([]);
    expect(await b.send('profiles.unlock', { id: sam.id, passphrase: 'alex has another passphrase' })).toMatchObject({
      ok: false,
      error: { code: 'wrong-passphrase' },
    });
    // A failed switch leaves the open profile as it was.
    expect((await b.ok('profiles.list', {})).unlocked?.name).toBe('Alex');
  });
});

describe('encryption at rest', () => {
  it('leaves no trace of any record in any file: database, WAL, backups or index', async () => {
    const b = backend();
    const MARK = 'PLAINTEXT-MARK-6d1f';
    const { id } = await b.ok('profiles.create', { name: 'Sam', passphrase: PASS });
    await b.ok('profiles.unlock', { id, passphrase: PASS });
    const company = await b.ok('companies.create', { name: `${MARK} company`, notes: `${MARK} notes` });
    const contact = await b.ok('people.create', {
      kind: 'contact',
      name: `${MARK} contact`,
      companyId: company.id,
      notes: MARK,
    });
    const position = await b.ok('positions.create', {
      companyId: company.id,
      title: `${MARK} position`,
      description: `${MARK} description`,
      hiringManagerIds: [contact.id],
    });
    const candidate = await b.ok('people.create', {
      kind: 'candidate',
      name: `${MARK} candidate`,
      email: 'mark@example.com',
      timezone: 'UTC',
    });
    const application = await b.ok('applications.create', { candidateId: candidate.id, positionId: position.id });
    await b.ok('touches.log', {
      personId: candidate.id,
      at: '2026-03-01T10:00:00Z',
      channel: 'email',
      direction: 'in',
      kind: 'reply',
      outcome: 'replied',
      summary: `${MARK} reply`,
    });
    const interview = await b.ok('interviews.schedule', {
      applicationId: application.id,
      startsAt: '2026-03-01T11:00:00Z',
      durationMinutes: 30,
      timezone: 'UTC',
      notes: `${MARK} interview`,
      place: MARK,
    });
    await b.ok('prep.update', {
      interviewId: interview.id,
      items: [{ label: `${MARK} item`, body: MARK, visibility: 'internal', done: true }],
    });
    await b.ok('debriefs.record', {
      interviewId: interview.id,
      calledAt: '2026-03-01T12:00:00Z',
      arrivalTime: MARK,
      durationMinutes: 30,
      metWith: MARK,
      questionsAsked: MARK,
      answers: MARK,
      vibe: MARK,
      acceptance: 'no',
      acceptanceVerbatim: `${MARK} hedge`,
    });
    await b.ok('recruiter.update', { name: `${MARK} recruiter` });
    expect(filesContaining(b.dataDir, MARK)).toEqual([]);
    // The next day's unlock writes a backup; it is as unreadable as the rest.
    await b.ok('profiles.lock', {});
    b.advance(86_400_000);
    await b.ok('profiles.unlock', { id, passphrase: PASS });
    expect(b.vault.backups(id)).toHaveLength(2);
    expect(filesContaining(b.dataDir, MARK)).toEqual([]);
    expect(filesContaining(b.dataDir, 'Sam')).toEqual(['profiles.json']);
  });
});

describe('automatic backups', () => {
  it('takes one on unlock at most daily and keeps the last seven, each a working copy', async () => {
    const b = backend();
    const { id } = await b.ok('profiles.create', { name: 'Sam', passphrase: PASS });
    await b.ok('profiles.unlock', { id, passphrase: PASS });
    await b.ok('companies.create', { name: 'Acme' });
    await b.ok('profiles.unlock', { id, passphrase: PASS });
    expect(b.vault.backups(id)).toHaveLength(1);
    for (let day = 0; day < 9; day++) {
      b.advance(86_400_000 + 1);
      await b.ok('profiles.unlock', { id, passphrase: PASS });
    }
    const backups = b.vault.backups(id);
    expect(backups).toHaveLength(7);
    // The newest backup is the same database, under the same key.
    await b.ok('profiles.lock', {});
    fs.copyFileSync(backups[0]!, b.vault.databaseFile(id));
    await b.ok('profiles.unlock', { id, passphrase: PASS });
    expect((await b.ok('companies.list', {})).companies.map((c) => c.name)).toEqual(['Acme']);
  });
});

describe('the profile that takes in earlier data', () => {
  it('encrypts the data folder’s old database into the first profile, then removes the plain copy', async () => {
    const dataDir = tempDir();
    const legacy = openDatabase(path.join(dataDir, 'politely.db'));
    legacy
      .prepare("INSERT INTO companies (id, name, created_at, updated_at) VALUES ('c', 'LEGACY-MARK Acme', 'x', 'x')")
      .run();
    legacy.close();
    const b = backend(dataDir);
    expect((await b.ok('profiles.list', {})).legacy).toBe(true);
    const { id } = await b.ok('profiles.create', { name: 'Sam', passphrase: PASS });
    expect((await b.ok('profiles.list', {})).legacy).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'politely.db'))).toBe(false);
    await b.ok('profiles.unlock', { id, passphrase: PASS });
    expect((await b.ok('companies.list', {})).companies.map((c) => c.name)).toEqual(['LEGACY-MARK Acme']);
    expect(filesContaining(dataDir, 'LEGACY-MARK')).toEqual([]);
    // Only the first profile takes it in.
    const alex = await b.ok('profiles.create', { name: 'Alex', passphrase: PASS });
    await b.ok('profiles.unlock', { id: alex.id, passphrase: PASS });
    expect((await b.ok('companies.list', {})).companies).toEqual([]);
  });
});

describe('safe recovery', () => {
  const damage: Record<string, (file: string) => void> = {
    'zero-byte': (file) => fs.writeFileSync(file, ''),
    truncated: (file) => fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2) + 100),
    garbage: (file) => fs.writeFileSync(file, crypto.randomBytes(fs.statSync(file).size)),
    'corrupt page': (file) => {
      const bytes = fs.readFileSync(file);
      for (let i = 4096 * 2 + 100; i < 4096 * 2 + 600; i++) bytes[i] = bytes[i]! ^ 0xff;
      fs.writeFileSync(file, bytes);
    },
  };

  for (const [kind, breakIt] of Object.entries(damage)) {
    it(`refuses a ${kind} file with a plain message, keeps a copy, and restores from a backup`, async () => {
      const b = backend();
      const { id } = await b.ok('profiles.create', { name: 'Sam', passphrase: PASS });
      await b.ok('profiles.unlock', { id, passphrase: PASS });
      for (let i = 0; i < 40; i++) await b.ok('companies.create', { name: `Company ${i}`, notes: 'x'.repeat(200) });
      await b.ok('profiles.lock', {});
      b.advance(86_400_000);
      await b.ok('profiles.unlock', { id, passphrase: PASS }); // takes today's backup
      await b.ok('profiles.lock', {});
      const file = b.vault.databaseFile(id);
      breakIt(file);
      const broken = fs.readFileSync(file);

      const refused = await b.send('profiles.unlock', { id, passphrase: PASS });
      expect(refused).toMatchObject({
        ok: false,
        error: {
          code: 'internal',
          message: /could not be opened: .*A copy was kept as politely-damaged-.*Restore it from one of its backups/,
          details: { damaged: true },
        },
      });
      expect(fs.readFileSync(file).equals(broken)).toBe(true);
      const kept = fs.readdirSync(b.vault.dir(id)).filter((f) => /^politely-damaged-.*\.db$/.test(f));
      expect(kept).toHaveLength(1);
      expect(fs.readFileSync(path.join(b.vault.dir(id), kept[0]!)).equals(broken)).toBe(true);

      const [newest] = await b.ok('profiles.backups', { id });
      const restored = await b.ok('profiles.restore', { id, passphrase: PASS, backup: newest!.name });
      expect(restored.kept).toMatch(/^politely-replaced-/);
      expect(fs.readFileSync(path.join(b.vault.dir(id), restored.kept!)).equals(broken)).toBe(true);
      await b.ok('profiles.unlock', { id, passphrase: PASS });
      expect((await b.ok('companies.list', {})).companies).toHaveLength(40);
    });
  }

  it('refuses a file from a newer Politely without changing it, and says to update', async () => {
    const b = backend();
    const { id } = await b.ok('profiles.create', { name: 'Sam', passphrase: PASS });
    await b.ok('profiles.unlock', { id, passphrase: PASS });
    b.session.db.pragma('user_version = 99');
    await b.ok('profiles.lock', {});
    const before = snapshot(b.vault.dir(id));
    expect(await b.send('profiles.unlock', { id, passphrase: PASS })).toMatchObject({
      ok: false,
      error: { code: 'validation', message: /newer version of Politely.*Update Politely/ },
    });
    expect(snapshot(b.vault.dir(id))).toEqual(before);
  });

  it('will not restore a backup that is itself damaged, and changes nothing', async () => {
    const b = backend();
    const { id } = await b.ok('profiles.create', { name: 'Sam', passphrase: PASS });
    await b.ok('profiles.unlock', { id, passphrase: PASS });
    await b.ok('profiles.lock', {});
    const [backup] = b.vault.backups(id);
    fs.writeFileSync(backup!, crypto.randomBytes(8192));
    const before = snapshot(b.vault.dir(id));
    const result = await b.send('profiles.restore', { id, passphrase: PASS, backup: path.basename(backup!) });
    expect(result.ok).toBe(false);
    expect(snapshot(b.vault.dir(id))).toEqual(before);
  });
});

describe('a damaged profiles.json or key.json', () => {
  /** A profile with a day's backup, locked: what a recruiter leaves behind at the end of a day. */
  async function sam() {
    const b = backend();
    const { id } = await b.ok('profiles.create', { name: 'Sam', passphrase: PASS });
    await b.ok('profiles.unlock', { id, passphrase: PASS });
    await b.ok('profiles.lock', {});
    expect(b.vault.backups(id)).toHaveLength(1);
    return { ...b, id };
  }

  it.each([
    ['cut short', '{"version": 1, "profiles": [{"id": "'],
    ['of the wrong shape', '{"version": 1, "profiles": "Sam"}'],
  ])('sets aside a profiles.json %s, says so and where the backups are, touching nothing else', async (_, bad) => {
    const b = await sam();
    const index = path.join(b.dataDir, 'profiles.json');
    fs.writeFileSync(index, bad);
    const before = snapshot(b.dataDir);

    const refused = await b.send('profiles.list', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'internal', details: { damaged: true } } });
    const { message } = (refused as { error: { message: string } }).error;
    expect(message).toMatch(/^Politely's list of profiles \(profiles\.json\) is damaged, so it cannot show your/);
    expect(message).toContain('kept beside it as profiles.json.damaged-20260302T090000Z');
    const folders = path.join(b.dataDir, 'profiles');
    expect(message).toContain(`in ${folders}, with its daily backups in that folder's backups folder`);
    expect(message).toMatch(/Put back a good copy of profiles\.json/);
    const after = snapshot(b.dataDir);
    expect(after).toEqual({ ...before, 'profiles.json.damaged-20260302T090000Z': before['profiles.json'] });
    expect(fs.readFileSync(index, 'utf8')).toBe(bad);

    // Asked again later: the same answer, still one copy. A new profile is refused too: nothing overwrites the list.
    b.advance(60_000);
    expect(await b.send('profiles.list', {})).toEqual(refused);
    const create = await b.send('profiles.create', { name: 'Alex', passphrase: PASS });
    expect(create).toMatchObject({ ok: false, error: { code: 'internal', message } });
    expect(snapshot(b.dataDir)).toEqual(after);
  });

  it('sets aside a damaged key.json, says what happened and where the backups are, touching nothing else', async () => {
    const b = await sam();
    const keyFile = path.join(b.vault.dir(b.id), 'key.json');
    const garbage = crypto.randomBytes(200);
    fs.writeFileSync(keyFile, garbage);
    const before = snapshot(b.dataDir);

    const refused = await b.send('profiles.unlock', { id: b.id, passphrase: PASS });
    expect(refused).toMatchObject({ ok: false, error: { code: 'internal', details: { damaged: true } } });
    const { message } = (refused as { error: { message: string } }).error;
    expect(message).toMatch(/^Sam's key file \(key\.json\) is damaged, so no passphrase can open this profile\./);
    expect(message).toContain('kept beside it as key.json.damaged-20260302T090000Z');
    expect(message).toContain(`untouched in ${b.vault.dir(b.id)} (the backups in ${b.vault.backupsDir(b.id)})`);
    const kept = path.join('profiles', b.id, 'key.json.damaged-20260302T090000Z');
    const after = snapshot(b.dataDir);
    expect(after).toEqual({ ...before, [kept]: before[path.join('profiles', b.id, 'key.json')] });
    expect(fs.readFileSync(keyFile).equals(garbage)).toBe(true);

    // Every way in that reads the key says the same, and still keeps one copy.
    const recover = await b.send('profiles.recover', { id: b.id, recoveryKey: 'AAAA-AAAA', newPassphrase: PASS });
    expect(recover).toEqual(refused);
    expect(await b.send('profiles.delete', { id: b.id, passphrase: PASS })).toEqual(refused);
    expect(snapshot(b.dataDir)).toEqual(after);
  });

  it('says so plainly when key.json is missing', async () => {
    const b = await sam();
    fs.rmSync(path.join(b.vault.dir(b.id), 'key.json'));
    const before = snapshot(b.dataDir);
    const refused = await b.send('profiles.unlock', { id: b.id, passphrase: PASS });
    expect(refused).toMatchObject({ ok: false, error: { code: 'internal', details: { damaged: true } } });
    const { message } = (refused as { error: { message: string } }).error;
    expect(message).toMatch(/^Sam's key file \(key\.json\) is missing, so no passphrase can open this profile\./);
    expect(message).toContain(`untouched in ${b.vault.dir(b.id)} (the backups in ${b.vault.backupsDir(b.id)})`);
    expect(snapshot(b.dataDir)).toEqual(before);
  });
});

describe('a backup copy to keep elsewhere', () => {
  it('is the encrypted database after its wrapped keys, and only an unlocked profile can make one', async () => {
    const b = backend();
    const { id } = await b.ok('profiles.create', { name: 'Sam / Rivera', passphrase: PASS });
    expect(await b.send('profiles.saveBackup', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
    await b.ok('profiles.unlock', { id, passphrase: PASS });
    await b.ok('companies.create', { name: 'COPY-MARK Acme' });
    const file = await b.ok('profiles.saveBackup', {});
    expect(file).toMatchObject({
      fileName: 'Politely backup - Sam Rivera - 2026-03-02.politely',
      encoding: 'base64',
      mime: 'application/octet-stream',
    });
    const bytes = Buffer.from(file.content, 'base64');
    expect(bytes.includes(Buffer.from('COPY-MARK'))).toBe(false);
    // After a header with the keys (see backupCopy.test.ts), the database: in place of the profile's file, it opens
    // with the profile's passphrase and has the data.
    await b.ok('profiles.lock', {});
    fs.writeFileSync(b.vault.databaseFile(id), unpackBackupCopy(bytes)!.database);
    await b.ok('profiles.unlock', { id, passphrase: PASS });
    expect((await b.ok('companies.list', {})).companies.map((c) => c.name)).toEqual(['COPY-MARK Acme']);
  });
});

describe('restoring from a backup copy', () => {
  it('takes a copy saved earlier, and refuses anything that is not this profile’s, changing nothing', async () => {
    const b = backend();
    // Files reach the restore only as handles; the vault removes nothing, and the handle is released after each try.
    const chosen = new ChosenFiles();
    const released: string[] = [];
    b.session.files = {
      read: (handle, limit) => chosen.read(handle, limit),
      release: (handle) => released.push(handle),
      releaseAll: () => chosen.releaseAll(),
    };
    const { id } = await b.ok('profiles.create', { name: 'Sam', passphrase: PASS });
    await b.ok('profiles.unlock', { id, passphrase: PASS });
    await b.ok('companies.create', { name: 'Before the accident' });
    // As browser mode's upload leaves it: in the data folder's uploads/.
    fs.mkdirSync(path.join(b.dataDir, 'uploads'));
    const copy = path.join(b.dataDir, 'uploads', 'copy.upload');
    fs.writeFileSync(copy, Buffer.from((await b.ok('profiles.saveBackup', {})).content, 'base64'));
    await b.ok('companies.create', { name: 'After the copy' });

    const other = backend();
    const { id: otherId } = await other.ok('profiles.create', { name: 'Alex', passphrase: PASS });
    await other.ok('profiles.unlock', { id: otherId, passphrase: PASS });
    const foreign = path.join(tempDir(), 'foreign.politely');
    fs.writeFileSync(foreign, Buffer.from((await other.ok('profiles.saveBackup', {})).content, 'base64'));
    const garbage = path.join(tempDir(), 'garbage.politely');
    fs.writeFileSync(garbage, crypto.randomBytes(10_000));

    await b.ok('profiles.lock', {});
    const before = snapshot(b.vault.dir(id));
    for (const file of [foreign, garbage]) {
      const bytes = fs.readFileSync(file);
      const handle = chosen.issue(file);
      expect(await b.send('profiles.restore', { id, passphrase: PASS, file: handle })).toMatchObject({
        ok: false,
        error: { code: 'validation', message: /cannot replace Sam's data.*Nothing was changed/ },
      });
      expect(snapshot(b.vault.dir(id))).toEqual(before);
      expect(fs.readFileSync(file).equals(bytes)).toBe(true);
      expect(released.at(-1)).toBe(handle);
    }
    // A path that was not chosen through Politely is refused before anything is read.
    expect(await b.send('profiles.restore', { id, passphrase: PASS, file: copy })).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { issues: [{ path: ['file'] }] } },
    });
    expect(snapshot(b.vault.dir(id))).toEqual(before);
    const handle = chosen.issue(copy);
    expect(await b.send('profiles.restore', { id, passphrase: PASS, file: handle, backup: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });

    const restored = await b.ok('profiles.restore', { id, passphrase: PASS, file: handle });
    expect(restored.kept).toMatch(/^politely-replaced-/);
    expect(released.at(-1)).toBe(handle);
    expect(fs.existsSync(copy)).toBe(true);
    await b.ok('profiles.unlock', { id, passphrase: PASS });
    expect((await b.ok('companies.list', {})).companies.map((c) => c.name)).toEqual(['Before the accident']);
  });
});

describe('a backup that cannot be written', () => {
  it('does not keep the recruiter out', async () => {
    const b = backend();
    const { id } = await b.ok('profiles.create', { name: 'Sam', passphrase: PASS });
    // Something in the way where the backups go: the daily backup fails.
    fs.writeFileSync(b.vault.backupsDir(id), 'not a folder');
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      expect(await b.ok('profiles.unlock', { id, passphrase: PASS })).toEqual({ id, name: 'Sam' });
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
    await b.ok('companies.create', { name: 'Still working' });
  });
});

describe('the sample profile', () => {
  it('is made and filled on first use, opens with one click after, and leaves earlier data for the recruiter', async () => {
    const b = backend();
    await b.ok('profiles.create', { name: 'Sample agency', passphrase: PASS });
    await b.ok('profiles.lock', {});

    const sample = await b.ok('profiles.openSample', {});
    // The recruiter's own "Sample agency" keeps its name; the sample takes the next.
    expect(sample).toEqual({ id: expect.any(String), name: 'Sample agency 2', sample: true });
    expect((await b.ok('profiles.list', {})).unlocked).toEqual(sample);
    expect((await b.ok('people.list', { kind: 'candidate' })).total).toBe(200);

    // Once made, it opens as it was left.
    await b.ok('people.create', { kind: 'candidate', name: 'Added while exploring' });
    await b.ok('profiles.lock', {});
    expect(await b.ok('profiles.openSample', {})).toEqual(sample);
    expect((await b.ok('people.list', { kind: 'candidate' })).total).toBe(201);
    expect((await b.ok('profiles.list', {})).profiles.filter((p) => p.sample)).toHaveLength(1);

    expect(await b.ok('profiles.removeSample', {})).toEqual({ deleted: true });
    expect((await b.send('people.list', {})).ok).toBe(false);
    expect((await b.ok('profiles.list', {})).profiles.map((p) => p.name)).toEqual(['Sample agency']);
    expect(await b.ok('profiles.removeSample', {})).toEqual({ deleted: false });
  });

  it('never takes in the data from before profiles', async () => {
    const dataDir = tempDir();
    const legacy = openDatabase(path.join(dataDir, 'politely.db'));
    legacy
      .prepare("INSERT INTO companies (id, name, created_at, updated_at) VALUES ('c', 'LEGACY-MARK Acme', 'x', 'x')")
      .run();
    legacy.close();
    const b = backend(dataDir);
    await b.ok('profiles.openSample', {});
    expect((await b.ok('companies.list', {})).companies.map((c) => c.name)).not.toContain('LEGACY-MARK Acme');
    expect((await b.ok('profiles.list', {})).legacy).toBe(true);
    // The recruiter's own first profile still takes it in.
    const { id } = await b.ok('profiles.create', { name: 'Sam', passphrase: PASS });
    await b.ok('profiles.unlock', { id, passphrase: PASS });
    expect((await b.ok('companies.list', {})).companies.map((c) => c.name)).toEqual(['LEGACY-MARK Acme']);
  });
});

describe('npm run seed', () => {
  it('makes a sample profile at scale that opens with one click and is removed like the sample', async () => {
    const b = backend();
    const id = await makeScaleProfile(b.vault, {
      name: 'Scale sample',
      people: 50,
      touches: 400,
      now: new Date('2026-03-02T09:00:00Z'),
    });
    expect((await b.ok('profiles.list', {})).profiles).toEqual([{ id, name: 'Scale sample', sample: true }]);
    expect(await b.ok('profiles.openSample', { id })).toEqual({ id, name: 'Scale sample', sample: true });
    expect((await b.ok('people.list', {})).total).toBe(50);
    expect(await b.ok('profiles.removeSample', { id })).toEqual({ deleted: true });
    expect((await b.ok('profiles.list', {})).profiles).toEqual([]);
    // A profile of the recruiter's own is never opened this way.
    const own = await b.ok('profiles.create', { name: 'Sam', passphrase: PASS });
    expect(await b.send('profiles.openSample', { id: own.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await b.send('profiles.removeSample', { id: own.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect((await b.ok('profiles.list', {})).profiles).toHaveLength(1);
  });
});
