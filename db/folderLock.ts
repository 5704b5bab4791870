import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';

export class FolderInUseError extends Error {
  override name = 'FolderInUseError';
}

/** The lock itself: a small SQLite database this process keeps exclusively locked for as long as it runs. */
export const LOCK_DATABASE = 'politely.lock.db';
/** Only says which process holds the lock, for the message; it decides nothing, so a stale one keeps no one out. */
export const LOCK_HOLDER_FILE = 'politely.lock';

/**
 * One Politely per data folder: takes an exclusive SQLite lock on `politely.lock.db` and holds it for the
 * process's life, or refuses with a plain message while another running Politely holds it. The operating
 * system releases the lock when the process ends, however it ends, so a crash never leaves the folder
 * taken and no process id is ever trusted. Returns the function that releases it.
 */
export function lockDataFolder(dataDir: string): () => void {
  const holderFile = path.join(dataDir, LOCK_HOLDER_FILE);
  let lock: Database.Database | undefined;
  try {
    // No busy wait: a folder that is taken is said at once.
    lock = new Database(path.join(dataDir, LOCK_DATABASE), { timeout: 0 });
    // In exclusive locking mode the lock a write transaction takes is kept after it commits, until the connection
    // closes.
    lock.pragma('locking_mode = EXCLUSIVE');
    lock.exec('BEGIN EXCLUSIVE; COMMIT');
  } catch (error) {
    lock?.close();
    const code = (error as { code?: unknown }).code;
    if (code !== 'SQLITE_BUSY' && code !== 'SQLITE_LOCKED') throw error;
    const holder = readHolder(holderFile);
    throw new FolderInUseError(
      `Politely is already running on this data folder${holder ? ` (process ${holder})` : ''}. ` +
        `Use that window, or close it first: ${dataDir}`,
    );
  }
  fs.writeFileSync(holderFile, String(process.pid), { mode: 0o600 });
  const held = lock;
  return () => {
    if (!held.open) return;
    held.close();
    if (readHolder(holderFile) === process.pid) fs.rmSync(holderFile, { force: true });
  };
}

function readHolder(file: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}
