import type { Db } from '../db/connection';
import { VaultError, type Vault } from '../db/vault';
import type { Context } from './context';
import type { ProfileEntry } from './contract';
import type { FileHandles } from './files';
import { AppError } from './errors';

/**
 * The backend's state in the app and in browser mode: which profile is unlocked, if any. Every
 * data channel reads `db`, which fails `locked` while no profile is open.
 */
export class Session implements Context {
  private current: (ProfileEntry & { db: Db }) | null = null;
  /** The recruiter's time zone when not the computer's (tests set it). */
  zone?: string;
  /** The locale the recruiter's screen writes dates in, once it has said (profiles.list); checked by readLocale. */
  locale?: string;
  /** Set by the host that issues file handles (browser mode's uploads, the desktop app's dialogs). */
  files?: FileHandles;
  /** When a call was last answered or the profile opened, by `now`: the idle lock counts from here. */
  lastUsedAt = 0;

  constructor(
    readonly vault: Vault,
    readonly version: string,
    readonly now: () => Date = () => new Date(),
    readonly printToPdf?: (html: string) => Promise<Buffer>,
  ) {}

  get dataDir(): string {
    return this.current ? this.vault.dir(this.current.id) : this.vault.dataDir;
  }

  get db(): Db {
    if (!this.current) throw lockedError();
    return this.current.db;
  }

  sharedComputer(): boolean {
    return this.vault.list().length > 1;
  }

  isLocked(): boolean {
    return this.current === null;
  }

  get profile(): ProfileEntry | null {
    if (!this.current) return null;
    const { id, name, sample } = this.current;
    return { id, name, ...(sample && { sample }) };
  }

  /** Opens a profile (locking any other first) and takes the day's backup. */
  async unlock(id: string, passphrase: string): Promise<ProfileEntry> {
    const entry = vaultCall(() => this.vault.find(id));
    const db = await vaultAsync(() => this.vault.open(id, passphrase));
    this.lock();
    this.current = { ...entry, db };
    this.lastUsedAt = this.now().getTime();
    // A backup that cannot be written (a full disk, say) must not keep the recruiter out; the next unlock tries again.
    try {
      this.vault.backupIfDue(id, db);
    } catch (error) {
      console.error('politely: the daily backup could not be written', error);
    }
    return entry;
  }

  /** Every answered call is use: the idle lock waits from the last one. */
  answered(): void {
    this.lastUsedAt = this.now().getTime();
  }

  /** Closes the open profile's database and drops every file handle. Safe to call when already locked. */
  lock(): void {
    const open = this.current;
    this.current = null;
    open?.db.close();
    // Nothing chosen while unlocked outlives it: uploads are removed, chosen files forgotten.
    if (open) this.files?.releaseAll();
  }
}

export const lockedError = () =>
  new AppError('locked', 'Politely is locked. Choose your profile and enter your passphrase.');

/** Runs a vault call, turning its expected failures into API errors. */
export function vaultCall<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw toAppError(error);
  }
}

export async function vaultAsync<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw toAppError(error);
  }
}

function toAppError(error: unknown): unknown {
  return error instanceof VaultError ? new AppError(error.code, error.message, error.details) : error;
}
