import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { FolderInUseError, LOCK_HOLDER_FILE, lockDataFolder } from '../../db/folderLock';
import { tempDir } from './helpers';

const FOLDER_LOCK = path.resolve(import.meta.dirname, '../../db/folderLock.ts');

/**
 * Another Politely, as far as the data folder can tell: a separate process that runs the same lock
 * function (Node reads the TypeScript as is) and says `held` or `refused <message>`.
 */
function otherProcess(dir: string): { child: ChildProcess; said: Promise<string> } {
  const script = `
    import { lockDataFolder } from ${JSON.stringify(FOLDER_LOCK)};
    try {
      lockDataFolder(${JSON.stringify(dir)});
      console.log('held');
      setInterval(() => {}, 60000);
    } catch (error) {
      console.log('refused ' + error.message);
    }`;
  const child = spawn(
    process.execPath,
    ['--experimental-strip-types', '--no-warnings', '--input-type=module', '-e', script],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const said = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the other process ended (${code}) without a word`)));
  });
  return { child, said };
}

const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGKILL');
});

const ended = (child: ChildProcess) =>
  new Promise((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once('exit', resolve),
  );

describe('one Politely per data folder', () => {
  it('starts whatever process id a lock file left behind names, even a live process of another program', async () => {
    const dir = tempDir();
    // A live process that is not Politely: after a reboot, the id a crashed Politely wrote can be anyone's.
    const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 60000)'], { stdio: 'ignore' });
    running.push(other);
    fs.writeFileSync(path.join(dir, LOCK_HOLDER_FILE), String(other.pid));
    const release = lockDataFolder(dir);
    expect(fs.readFileSync(path.join(dir, LOCK_HOLDER_FILE), 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(path.join(dir, LOCK_HOLDER_FILE))).toBe(false);
    // The parent of this test is alive too, and names no Politely either.
    fs.writeFileSync(path.join(dir, LOCK_HOLDER_FILE), String(process.ppid));
    lockDataFolder(dir)();
  });

  it('keeps a second process out while the first holds the folder, and lets it in once the first is killed', async () => {
    const dir = tempDir();
    const first = otherProcess(dir);
    running.push(first.child);
    expect(await first.said).toBe('held');
    expect(() => lockDataFolder(dir)).toThrow(FolderInUseError);
    expect(() => lockDataFolder(dir)).toThrow(
      `Politely is already running on this data folder (process ${first.child.pid}). Use that window, or close it first`,
    );
    // Killed outright: no clean-up runs, the lock file stays behind, and the system frees the lock.
    first.child.kill('SIGKILL');
    await ended(first.child);
    expect(fs.readFileSync(path.join(dir, LOCK_HOLDER_FILE), 'utf8')).toBe(String(first.child.pid));
    const release = lockDataFolder(dir);
    const second = otherProcess(dir);
    running.push(second.child);
    expect(await second.said).toMatch(/^refused Politely is already running on this data folder \(process \d+\)/);
    release();
    const third = otherProcess(dir);
    running.push(third.child);
    expect(await third.said).toBe('held');
  });

  it('refuses a second hold within one process too', () => {
    const dir = tempDir();
    const release = lockDataFolder(dir);
    expect(() => lockDataFolder(dir)).toThrow(/already running on this data folder/);
    release();
    release();
    lockDataFolder(dir)();
  });
});
