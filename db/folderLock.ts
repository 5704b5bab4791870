import fs from 'node:fs';
import path from 'node:path';

export class FolderInUseError extends Error {
  override name = 'FolderInUseError';
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One writer per data folder: takes `politely.lock` for this process, or refuses with a plain
 * message while another running Politely holds it. A lock left by a process that died is taken over.
 * Returns the function that releases it.
 */
export function lockDataFolder(dataDir: string): () => void {
  const file = path.join(dataDir, 'politely.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx', 0o600);
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      return () => {
        if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === String(process.pid))
          fs.rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(fs.readFileSync(file, 'utf8'));
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && alive(holder)) {
        throw new FolderInUseError(
          `Politely is already running on this data folder (process ${holder}). Use that window, or close it first: ${dataDir}`,
        );
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new FolderInUseError(
    `Could not take the data folder ${dataDir}. Close other copies of Politely and try again.`,
  );
}
