import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import type { ProfileEntry } from '../core/model';
import { NewerSchemaError, openDatabase, type Db } from './connection';
import { DATABASE_FILE } from './location';
import { writeFileAtomic } from './atomicFile';
import { UnlockAttempts, type GuessKind } from './unlockAttempts';
import { packBackupCopy, unpackBackupCopy } from './backupCopy';

// Each recruiter's profile is its own database file, encrypted with a random 256-bit key. The key
// is stored only wrapped: once by a key derived from the passphrase (scrypt) and once by the
// recovery key. Changing the passphrase rewraps the key; the data is never re-encrypted.

/**
 * scrypt's cost: N=2^17, r=8, p=1, slow enough that guessing passphrases against a stolen file
 * is hopeless. Tests may lower it; the app never does.
 */
export const SCRYPT_COST = { N: 2 ** 17, r: 8, p: 1 } as const;
export type ScryptCost = { N: number; r: number; p: number };

export { MIN_PASSPHRASE } from '../core/passphrase';
const BACKUPS_KEPT = 7;
const BACKUP_EVERY_MS = 86_400_000;

export type VaultCode = 'wrong-passphrase' | 'not-found' | 'validation' | 'conflict' | 'internal';

/** An expected failure of the vault, with the API's error code and a message a recruiter can act on. */
export class VaultError extends Error {
  override name = 'VaultError';
  constructor(
    readonly code: VaultCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** Not a secret: sample profiles are made up, and open with one click. The vault still wants a passphrase. */
export const SAMPLE_PASSPHRASE = 'politely sample agency, made up';

interface Sealed {
  iv: string;
  tag: string;
  data: string;
}

interface KeyFile {
  version: 1;
  kdf: { name: 'scrypt'; salt: string } & ScryptCost;
  passphrase: Sealed;
  recovery: Sealed & { salt: string };
}

const b64 = (b: Buffer) => b.toString('base64');
const unb64 = (s: string) => Buffer.from(s, 'base64');

function seal(key: Buffer, wrapping: Buffer, aad: string): Sealed {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', wrapping, iv);
  cipher.setAAD(Buffer.from(aad));
  const data = Buffer.concat([cipher.update(key), cipher.final()]);
  return { iv: b64(iv), tag: b64(cipher.getAuthTag()), data: b64(data) };
}

/** The key, or undefined when the wrapping key is wrong (the tag does not verify). */
function open(sealed: Sealed, wrapping: Buffer, aad: string): Buffer | undefined {
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', wrapping, unb64(sealed.iv));
    decipher.setAAD(Buffer.from(aad));
    decipher.setAuthTag(unb64(sealed.tag));
    return Buffer.concat([decipher.update(unb64(sealed.data)), decipher.final()]);
  } catch {
    return undefined;
  }
}

function scrypt(passphrase: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    crypto.scrypt(passphrase.normalize('NFC'), salt, 32, { ...cost, maxmem: 256 * cost.N * cost.r }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 160 random bits as eight groups of four characters (Crockford base32), easy to write down. */
function newRecoveryKey(): string {
  const bytes = crypto.randomBytes(20);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out.match(/.{4}/g)!.join('-');
}

/** A recovery key as typed: case, spaces and dashes do not matter, and O/I/L read as 0/1/1. */
function normalizeRecoveryKey(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

function recoveryWrapping(recoveryKey: string, salt: Buffer): Buffer {
  return Buffer.from(
    crypto.hkdfSync('sha256', Buffer.from(normalizeRecoveryKey(recoveryKey)), salt, 'politely recovery key', 32),
  );
}

/** A moment as file names carry it: 20260302T090000Z. */
const fileStamp = (at: Date) =>
  at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const allStrings = (value: unknown, keys: readonly string[]) =>
  isRecord(value) && keys.every((k) => typeof value[k] === 'string');

/** profiles.json as the vault writes it: `profiles`, when there, is a list of entries. */
function isProfileIndex(value: unknown): value is { profiles?: ProfileEntry[] } {
  if (!isRecord(value)) return false;
  return value.profiles === undefined || (Array.isArray(value.profiles) && value.profiles.every(isRecord));
}

/** key.json as the vault writes it: every field the key's unwrapping reads. */
function isKeyFile(value: unknown): value is KeyFile {
  if (!isRecord(value) || value.version !== 1 || !isRecord(value.kdf)) return false;
  const { kdf } = value;
  return (
    kdf.name === 'scrypt' &&
    typeof kdf.salt === 'string' &&
    [kdf.N, kdf.r, kdf.p].every((n) => typeof n === 'number') &&
    allStrings(value.passphrase, ['iv', 'tag', 'data']) &&
    allStrings(value.recovery, ['salt', 'iv', 'tag', 'data'])
  );
}

const PROFILE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A saved backup copy's header: whose profile it is, and its key as key.json held it when the copy was saved. */
interface CopyHeader {
  version: 1;
  profile: { id: string; name: string };
  savedAt: string;
  keys: KeyFile;
}

/**
 * A header whose key derivation Politely would run: a copy comes from outside, and scrypt's cost is memory,
 * so one asking for more than twice the app's own is refused rather than tried.
 */
function isCopyHeader(value: unknown): value is CopyHeader {
  if (!isRecord(value) || value.version !== 1 || typeof value.savedAt !== 'string') return false;
  if (!allStrings(value.profile, ['id', 'name']) || !isKeyFile(value.keys)) return false;
  const { id, name } = value.profile as { id: string; name: string };
  // The id names the profile's folder: only the kind of id Politely makes, so no path can hide in it.
  if (!PROFILE_ID.test(id) || !name.trim() || name.length > 80) return false;
  const { N, r, p } = value.keys.kdf;
  const whole = (n: number, max: number) => Number.isInteger(n) && n >= 1 && n <= max;
  return whole(N, 2 ** 18) && (N & (N - 1)) === 0 && N > 1 && whole(r, 16) && whole(p, 4) && N * r <= 2 * 2 ** 17 * 8;
}

/** What opens a saved copy: the passphrase it was saved with, or the recovery key and a new passphrase. */
export type CopySecret = { passphrase: string } | { recoveryKey: string; newPassphrase: string };

/** When a backup was taken, from its name (politely-20260302T090000Z.db). */
function backupTime(file: string): number {
  const m = /politely-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\.db$/.exec(file);
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) : 0;
}

export class Vault {
  constructor(
    readonly dataDir: string,
    private readonly cost: ScryptCost = SCRYPT_COST,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private get indexFile() {
    return path.join(this.dataDir, 'profiles.json');
  }

  dir(id: string): string {
    return path.join(this.dataDir, 'profiles', id);
  }

  databaseFile(id: string): string {
    return path.join(this.dir(id), DATABASE_FILE);
  }

  /** The profiles on this computer: ids and names only. */
  list(): ProfileEntry[] {
    if (!fs.existsSync(this.indexFile)) return [];
    const parsed = this.readOwnJson(this.indexFile, isProfileIndex, (kept) => {
      const folders = path.join(this.dataDir, 'profiles');
      return new VaultError(
        'internal',
        `Politely's list of profiles (profiles.json) is damaged, so it cannot show your profiles. ` +
          `Nothing was deleted: the damaged list was kept beside it as ${kept}, and each profile's data is ` +
          `untouched in its folder in ${folders}, with its daily backups in that folder's backups folder. ` +
          `Put back a good copy of profiles.json (from a backup of this computer) in ${this.dataDir}, ` +
          'then open Politely again.',
        { damaged: true, file: this.indexFile, kept, backups: folders },
      );
    });
    return (parsed.profiles ?? [])
      .filter((p) => typeof p.id === 'string' && typeof p.name === 'string')
      .map((p) => ({ id: p.id, name: p.name, ...(p.sample === true && { sample: true as const }) }));
  }

  private writeIndex(profiles: ProfileEntry[]): void {
    fs.mkdirSync(this.dataDir, { recursive: true });
    writeFileAtomic(this.indexFile, `${JSON.stringify({ version: 1, profiles }, null, 2)}\n`);
  }

  find(id: string): ProfileEntry {
    const profile = this.list().find((p) => p.id === id);
    if (!profile) throw new VaultError('not-found', 'That profile is not on this computer any more.');
    return profile;
  }

  private readKeys(id: string): KeyFile {
    const file = path.join(this.dir(id), 'key.json');
    const { name } = this.find(id);
    const details = { damaged: true, file, backups: this.backupsDir(id) };
    const where = `Its data and daily backups are untouched in ${this.dir(id)} (the backups in ${this.backupsDir(id)})`;
    const putBack = 'they open again once a good copy of key.json (from a backup of this computer) is back there.';
    if (!fs.existsSync(file)) {
      const missing = `${name}'s key file (key.json) is missing, so no passphrase can open this profile.`;
      const copy = 'A backup copy you saved also brings it back, with its passphrase or the recovery key.';
      throw new VaultError('internal', `${missing} ${where}; ${putBack} ${copy}`, details);
    }
    return this.readOwnJson(file, isKeyFile, (kept) => {
      const damaged = `${name}'s key file (key.json) is damaged, so no passphrase can open this profile.`;
      const keptAside = `Nothing was deleted: the damaged file was kept beside it as ${kept}.`;
      return new VaultError('internal', `${damaged} ${keptAside} ${where}; ${putBack}`, { ...details, kept });
    });
  }

  /**
   * A JSON file the vault wrote itself. One that no longer reads as it should is copied aside beside
   * itself (never moved or deleted) and refused with the error `damaged` makes from the copy's name.
   */
  private readOwnJson<T>(
    file: string,
    valid: (value: unknown) => value is T,
    damaged: (kept: string) => VaultError,
  ): T {
    const bytes = fs.readFileSync(file);
    try {
      const value: unknown = JSON.parse(bytes.toString('utf8'));
      if (valid(value)) return value;
    } catch {
      // Not JSON at all: damaged, like JSON of the wrong shape.
    }
    throw damaged(this.keepDamaged(file, bytes));
  }

  /** Copies a damaged file aside as <name>.damaged-<when>, once: asked again, the same bytes keep their first copy. */
  private keepDamaged(file: string, bytes: Buffer): string {
    const dir = path.dirname(file);
    const prefix = `${path.basename(file)}.damaged-`;
    const same = (f: string) => f.startsWith(prefix) && fs.readFileSync(path.join(dir, f)).equals(bytes);
    const earlier = fs.readdirSync(dir).find(same);
    if (earlier) return earlier;
    const kept = `${prefix}${fileStamp(this.now())}`;
    fs.writeFileSync(path.join(dir, kept), bytes, { flag: 'wx', mode: 0o600 });
    return kept;
  }

  private writeKeys(id: string, keys: KeyFile): void {
    writeFileAtomic(this.keyFile(id), `${JSON.stringify(keys, null, 2)}\n`);
  }

  private keyFile(id: string): string {
    return path.join(this.dir(id), 'key.json');
  }

  /** The data folder's database from before profiles existed, if any: the first profile takes it in. */
  get legacyFile(): string | undefined {
    const file = path.join(this.dataDir, DATABASE_FILE);
    return fs.existsSync(file) ? file : undefined;
  }

  /** Creates a profile with its own encrypted database. The recovery key is returned once and kept nowhere. */
  async create(
    name: string,
    passphrase: string,
    options: { sample?: boolean } = {},
  ): Promise<{ id: string; recoveryKey: string }> {
    const trimmed = name.trim();
    if (this.list().some((p) => p.name.toLowerCase() === trimmed.toLowerCase())) {
      throw new VaultError('conflict', `There is already a profile called ${trimmed}. Choose another name.`, {
        field: 'name',
      });
    }
    const id = crypto.randomUUID();
    const key = crypto.randomBytes(32);
    const recoveryKey = newRecoveryKey();
    const salt = crypto.randomBytes(16);
    const recoverySalt = crypto.randomBytes(16);
    const keys: KeyFile = {
      version: 1,
      kdf: { name: 'scrypt', salt: b64(salt), ...this.cost },
      passphrase: seal(key, await scrypt(passphrase, salt, this.cost), id),
      recovery: { salt: b64(recoverySalt), ...seal(key, recoveryWrapping(recoveryKey, recoverySalt), id) },
    };
    fs.mkdirSync(this.dir(id), { recursive: true, mode: 0o700 });
    this.writeKeys(id, keys);
    // Data from before profiles belongs to the recruiter's first own profile, never to the sample.
    const legacy = !options.sample && this.list().every((p) => p.sample) ? this.legacyFile : undefined;
    if (legacy) this.adopt(legacy, id, key);
    else openDatabase(this.databaseFile(id), { key }).close();
    this.writeIndex([...this.list(), { id, name: trimmed, ...(options.sample && { sample: true as const }) }]);
    return { id, recoveryKey };
  }

  /**
   * Moves the unencrypted database from before profiles into the new profile, encrypted: a copy
   * is encrypted and checked first; only then is the unencrypted original removed.
   */
  private adopt(legacy: string, id: string, key: Buffer): void {
    const plain = openDatabase(legacy);
    plain.pragma('wal_checkpoint(TRUNCATE)');
    plain.close();
    const target = this.databaseFile(id);
    fs.copyFileSync(legacy, `${target}.adopting`);
    const copy = new Database(`${target}.adopting`);
    try {
      copy.pragma('journal_mode = DELETE');
      copy.pragma(`cipher = 'sqlcipher'`);
      copy.pragma(`rekey = "x'${key.toString('hex')}'"`);
    } finally {
      copy.close();
    }
    fs.renameSync(`${target}.adopting`, target);
    openDatabase(target, { key }).close();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${legacy}${suffix}`, { force: true });
  }

  // Wrong guesses are counted on disk beside key.json, so neither a restart nor guesses sent together reset the wait.
  private readonly attempts = new UnlockAttempts(
    (id) => this.dir(id),
    () => this.now(),
  );

  /**
   * Runs one guess at the profile's key: after every earlier guess at this profile, refused while the
   * wait after five wrong ones lasts, and counted before `derive` runs. Opening the key clears `clears`.
   */
  private guess(
    id: string,
    kind: GuessKind,
    derive: () => Promise<Buffer | undefined>,
    clears: readonly GuessKind[] = [kind],
  ): Promise<Buffer | undefined> {
    return this.attempts.oneAtATime(id, async () => {
      const wait = this.attempts.waitUntil(id, kind);
      if (wait) {
        const { seconds } = wait;
        const what = kind === 'passphrase' ? 'passphrases' : 'recovery keys';
        // The moment as well as the seconds, by the vault's clock, so a screen can count down to it.
        const retryAt = new Date(wait.at).toISOString();
        throw new VaultError(
          'wrong-passphrase',
          `Too many wrong ${what}. Wait ${seconds} ${seconds === 1 ? 'second' : 'seconds'}, then try again.`,
          { retryAfterSeconds: seconds, retryAt },
        );
      }
      this.attempts.countGuess(id, kind);
      const key = await derive();
      if (key) this.attempts.clear(id, clears);
      return key;
    });
  }

  /** The profile's key from its passphrase, or `wrong-passphrase` (and nothing but the count of guesses touched). */
  private async unwrap(id: string, passphrase: string): Promise<Buffer> {
    this.find(id);
    // A damaged or missing key.json is said before any guess is counted.
    this.readKeys(id);
    const key = await this.guess(id, 'passphrase', async () => {
      const keys = this.readKeys(id);
      return open(keys.passphrase, await scrypt(passphrase, unb64(keys.kdf.salt), keys.kdf), id);
    });
    if (!key)
      throw new VaultError(
        'wrong-passphrase',
        'That passphrase does not open this profile. Check Caps Lock and try again.',
      );
    return key;
  }

  /**
   * Opens the profile's database. A file that will not open, or fails SQLite's quick check, is
   * refused with a plain message and copied aside; nothing is deleted, and a backup can replace it.
   */
  async open(id: string, passphrase: string): Promise<Db> {
    const key = await this.unwrap(id, passphrase);
    return this.openChecked(id, this.databaseFile(id), key);
  }

  private openChecked(id: string, file: string, key: Buffer): Db {
    let db: Db | undefined;
    let problem: string;
    try {
      if (!fs.existsSync(file)) throw new Error('the data file is missing');
      if (fs.statSync(file).size === 0) throw new Error('the data file is empty');
      db = openDatabase(file, { key });
      const check = db.pragma('quick_check', { simple: true });
      if (check === 'ok') return db;
      problem = `SQLite's check found damage (${String(check).slice(0, 120)})`;
    } catch (error) {
      if (error instanceof NewerSchemaError) {
        db?.close();
        throw new VaultError('validation', error.message, { damaged: false });
      }
      problem = error instanceof Error ? error.message : String(error);
    }
    db?.close();
    const kept = this.setAside(id, file);
    const backups = this.backups(id).map((f) => path.basename(f));
    throw new VaultError(
      'internal',
      `This profile's data file could not be opened: ${problem}. ${kept ? `A copy was kept as ${path.basename(kept)}. ` : ''}${
        backups.length ? 'Restore it from one of its backups.' : 'There is no backup of it yet.'
      }`,
      { damaged: true, backups },
    );
  }

  /** Copies a damaged file (and its WAL) aside, never deleting it. */
  private setAside(id: string, file: string): string | undefined {
    if (!fs.existsSync(file)) return undefined;
    const stamp = fileStamp(this.now());
    const kept = path.join(this.dir(id), `politely-damaged-${stamp}.db`);
    fs.copyFileSync(file, kept);
    if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${kept}-wal`);
    return kept;
  }

  /**
   * Replaces the profile's data with one of its automatic backups or a saved copy, after checking that it
   * opens with the profile's key and passes SQLite's integrity check. The file it replaces is kept. A saved
   * copy carries its own keys, so it restores even when key.json is lost, with the passphrase it was saved with.
   */
  async restore(
    id: string,
    passphrase: string,
    from: { backup: string } | { file: string } | { content: Buffer },
  ): Promise<{ replacedWith: string; kept: string | undefined; savedAt: string | undefined }> {
    const content = 'content' in from ? from.content : undefined;
    const copy = content && this.readCopy(content);
    if (content && copy && !fs.existsSync(this.keyFile(id))) {
      const { name } = this.find(id);
      if (copy.header.profile.id !== id)
        throw new VaultError(
          'validation',
          `That backup copy is of another profile (${copy.header.profile.name}), so it cannot replace ${name}'s data. ` +
            'Nothing was changed.',
        );
      const { kept, savedAt } = await this.restoreCopy(content, { passphrase });
      return { replacedWith: 'the chosen file', kept, savedAt };
    }
    const key = await this.unwrap(id, passphrase);
    // A chosen file arrives as its bytes (read through a file handle), never as a path from the caller.
    const backup =
      'content' in from
        ? 'the chosen file'
        : 'backup' in from
          ? this.backups(id).find((f) => path.basename(f) === from.backup)
          : from.file;
    if (!backup || !('content' in from || fs.existsSync(backup)))
      throw new VaultError('not-found', 'That backup is not there any more. Choose another one.');
    const source = 'content' in from ? (copy?.database ?? from.content) : backup;
    const kept = this.replaceData(id, this.find(id).name, source, key);
    // When the data restored was saved: a copy's header says, a daily backup's name says; a bare file does not.
    const savedAt = copy
      ? copy.header.savedAt
      : 'backup' in from
        ? new Date(backupTime(backup)).toISOString()
        : undefined;
    return { replacedWith: path.basename(backup), kept, savedAt };
  }

  /**
   * Puts a database (bytes, or a file left as it is) in place of the profile's, checked first on a copy:
   * opening a file can write beside it. Refused with nothing changed unless it opens with `key` and is whole.
   */
  private replaceData(id: string, name: string, source: Buffer | string, key: Buffer): string | undefined {
    const candidate = `${this.databaseFile(id)}.restoring`;
    if (typeof source === 'string') fs.copyFileSync(source, candidate);
    else fs.writeFileSync(candidate, source, { mode: 0o600 });
    let problem: string | undefined;
    try {
      const probe = openDatabase(candidate, { key });
      try {
        const check = probe.pragma('integrity_check', { simple: true });
        if (check !== 'ok') problem = `it is damaged (${String(check).slice(0, 120)})`;
      } finally {
        probe.close();
      }
    } catch (error) {
      problem =
        error instanceof NewerSchemaError
          ? 'it was written by a newer Politely'
          : 'it is not a backup of this profile, or it is damaged';
    }
    if (problem) {
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${candidate}${suffix}`, { force: true });
      throw new VaultError('validation', `That file cannot replace ${name}'s data: ${problem}. Nothing was changed.`);
    }
    const file = this.databaseFile(id);
    let kept: string | undefined;
    if (fs.existsSync(file)) {
      const stamp = fileStamp(this.now());
      kept = path.join(this.dir(id), `politely-replaced-${stamp}.db`);
      fs.renameSync(file, kept);
      for (const suffix of ['-wal', '-shm'])
        if (fs.existsSync(`${file}${suffix}`)) fs.renameSync(`${file}${suffix}`, `${kept}${suffix}`);
    }
    fs.renameSync(candidate, file);
    return kept && path.basename(kept);
  }

  async changePassphrase(id: string, passphrase: string, next: string): Promise<void> {
    const key = await this.unwrap(id, passphrase);
    await this.rewrap(id, key, next);
  }

  /** Sets a new passphrase with the recovery key written down at creation. */
  async recover(id: string, recoveryKey: string, next: string): Promise<void> {
    this.find(id);
    this.readKeys(id);
    // The recovery key sets a new passphrase, so opening with it clears both counts.
    const key = await this.guess(
      id,
      'recovery',
      () => {
        const keys = this.readKeys(id);
        return Promise.resolve(open(keys.recovery, recoveryWrapping(recoveryKey, unb64(keys.recovery.salt)), id));
      },
      ['recovery', 'passphrase'],
    );
    if (!key)
      throw new VaultError(
        'wrong-passphrase',
        'That recovery key does not open this profile. Check each group of four characters.',
      );
    await this.rewrap(id, key, next);
  }

  private async rewrap(id: string, key: Buffer, passphrase: string): Promise<void> {
    const keys = this.readKeys(id);
    const salt = crypto.randomBytes(16);
    this.writeKeys(id, {
      ...keys,
      kdf: { name: 'scrypt', salt: b64(salt), ...this.cost },
      passphrase: seal(key, await scrypt(passphrase, salt, this.cost), id),
    });
  }

  /** Deletes a profile and everything in it, once its passphrase proves it is yours. */
  async remove(id: string, passphrase: string): Promise<void> {
    await this.unwrap(id, passphrase);
    this.writeIndex(this.list().filter((p) => p.id !== id));
    fs.rmSync(this.dir(id), { recursive: true, force: true });
  }

  backupsDir(id: string): string {
    return path.join(this.dir(id), 'backups');
  }

  /** The automatic backups with when each was taken, newest first. */
  backupList(id: string): { name: string; takenAt: string }[] {
    this.find(id);
    return this.backups(id).map((f) => ({ name: path.basename(f), takenAt: new Date(backupTime(f)).toISOString() }));
  }

  /** The automatic backups, newest first. */
  backups(id: string): string[] {
    const dir = this.backupsDir(id);
    if (!fs.existsSync(dir)) return [];
    return fs
      .readdirSync(dir)
      .filter((f) => /^politely-\d{8}T\d{6}Z\.db$/.test(f))
      .sort()
      .reverse()
      .map((f) => path.join(dir, f));
  }

  /**
   * The open database as one encrypted file's bytes, after a checkpoint, for a backup the recruiter keeps elsewhere.
   */
  copyOf(id: string, db: Db): Buffer {
    db.pragma('wal_checkpoint(TRUNCATE)');
    return fs.readFileSync(this.databaseFile(id));
  }

  /**
   * A backup copy that stands alone, as one file: the encrypted database with its key wrapped as key.json
   * wraps it (by the passphrase of the moment and by the recovery key), so it restores on another computer,
   * or after key.json is lost, with either one.
   */
  backupCopy(id: string, db: Db): Buffer {
    const header: CopyHeader = {
      version: 1,
      profile: { id, name: this.find(id).name },
      savedAt: this.now().toISOString(),
      keys: this.readKeys(id),
    };
    return packBackupCopy(header, this.copyOf(id, db));
  }

  /** Whose profile a saved copy is, read from its header; undefined for an older copy, which does not say. */
  backupCopyProfile(content: Buffer): { id: string; name: string } | undefined {
    return this.readCopy(content)?.header.profile;
  }

  /** A saved copy's header and database; undefined for a bare database (an older copy). */
  private readCopy(content: Buffer): { header: CopyHeader; database: Buffer } | undefined {
    const copy = unpackBackupCopy(content);
    if (!copy) return undefined;
    if (!isCopyHeader(copy.header))
      throw new VaultError(
        'validation',
        'That backup copy is damaged: the keys at its start cannot be read. Nothing was changed. Choose another copy.',
      );
    return { header: copy.header, database: copy.database };
  }

  /**
   * Restores a saved backup copy as its profile: on another computer (the profile is added), after key.json
   * was lost (the copy's keys are put back), or over the profile's present data (whose key.json, and so its
   * passphrase, stays). It opens with the passphrase the copy was saved with, or with the recovery key, which
   * then sets a new passphrase. A wrong one writes nothing.
   */
  async restoreCopy(
    content: Buffer,
    secret: CopySecret,
  ): Promise<{ id: string; name: string; kept: string | undefined; savedAt: string }> {
    const copy = this.readCopy(content);
    if (!copy)
      throw new VaultError(
        'validation',
        'That backup copy was saved by an earlier Politely, without its keys: it restores only into its own ' +
          'profile on the computer that saved it, with that profile’s passphrase. Restore it from that profile’s ' +
          'unlock screen, or choose a newer copy.',
        // Said apart from the words, so a screen that knows the profile can restore the copy into it instead.
        { withoutKeys: true },
      );
    const { header, database } = copy;
    const { id } = header.profile;
    const listed = this.list().some((p) => p.id === id);
    const hasKeys = fs.existsSync(this.keyFile(id));
    if (!listed && fs.existsSync(this.dir(id)))
      throw new VaultError(
        'conflict',
        `A folder for this profile is already in ${path.join(this.dataDir, 'profiles')}, but not in the list of ` +
          'profiles. Put back profiles.json from a backup of this computer instead.',
      );
    // The same profile's key is wrapped by the same recovery key, byte for byte: key.json never rewraps it.
    if (hasKeys && JSON.stringify(this.readKeys(id).recovery) !== JSON.stringify(header.keys.recovery))
      throw new VaultError(
        'validation',
        `That backup copy does not belong to the profile ${this.find(id).name} on this computer. Nothing was changed.`,
      );
    const key = await this.openCopyKey(header, secret, listed);
    const fresh = !listed;
    if (fresh) fs.mkdirSync(this.dir(id), { recursive: true, mode: 0o700 });
    let kept: string | undefined;
    try {
      kept = this.replaceData(id, header.profile.name, database, key);
    } catch (error) {
      if (fresh) fs.rmSync(this.dir(id), { recursive: true, force: true });
      throw error;
    }
    if (!hasKeys) this.writeKeys(id, header.keys);
    const name = listed ? this.find(id).name : this.freeName(header.profile.name);
    if (!listed) this.writeIndex([...this.list(), { id, name }]);
    if ('recoveryKey' in secret) await this.rewrap(id, key, secret.newPassphrase);
    return { id, name, kept, savedAt: header.savedAt };
  }

  /**
   * The key in a copy's header. Guesses at a profile on this computer are counted like any other; a copy
   * from elsewhere can be tried offline anyway, so counting there would guard nothing.
   */
  private async openCopyKey(header: CopyHeader, secret: CopySecret, counted: boolean): Promise<Buffer> {
    const { keys, profile } = header;
    const derive = async () =>
      'passphrase' in secret
        ? open(keys.passphrase, await scrypt(secret.passphrase, unb64(keys.kdf.salt), keys.kdf), profile.id)
        : open(keys.recovery, recoveryWrapping(secret.recoveryKey, unb64(keys.recovery.salt)), profile.id);
    const kind: GuessKind = 'passphrase' in secret ? 'passphrase' : 'recovery';
    // The recovery key goes on to set a new passphrase, so, as in recover(), it clears both counts.
    const clears: GuessKind[] = kind === 'recovery' ? ['recovery', 'passphrase'] : ['passphrase'];
    const key = counted ? await this.guess(profile.id, kind, derive, clears) : await derive();
    if (key) return key;
    throw new VaultError(
      'wrong-passphrase',
      kind === 'passphrase'
        ? 'That passphrase does not open this backup copy. It opens with the passphrase the profile had when ' +
            'the copy was saved, or with the recovery key.'
        : 'That recovery key does not open this backup copy. Check each group of four characters.',
    );
  }

  /** The name itself, or with the first free number after it: two profiles never share a name. */
  private freeName(name: string): string {
    const taken = new Set(this.list().map((p) => p.name.toLowerCase()));
    let free = name;
    for (let n = 2; taken.has(free.toLowerCase()); n++) free = `${name} (${n})`;
    return free;
  }

  /**
   * Copies the open database when the newest backup is a day old, keeping the last seven. The copy
   * is the encrypted file itself, taken after a checkpoint has moved every committed page into
   * it: nothing is ever written out in the clear.
   */
  backupIfDue(id: string, db: Db): string | undefined {
    const newest = this.backups(id)[0];
    if (newest && this.now().getTime() - backupTime(newest) < BACKUP_EVERY_MS) return undefined;
    const dir = this.backupsDir(id);
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stamp = fileStamp(this.now());
    const file = path.join(dir, `politely-${stamp}.db`);
    fs.writeFileSync(`${file}.tmp`, this.copyOf(id, db), { mode: 0o600 });
    fs.renameSync(`${file}.tmp`, file);
    for (const old of this.backups(id).slice(BACKUPS_KEPT)) fs.rmSync(old, { force: true });
    return file;
  }
}
