import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { AppError } from './errors';

/**
 * The files a channel may read: only those Politely handed out itself, as opaque handles. Browser mode's host
 * issues one for each upload; the desktop app's main process for each file chosen in its open dialog. A caller
 * can never name a path of its own.
 */
export interface FileHandles {
  /** The bytes behind a handle this host issued, at most `limit` of them; anything else is refused. */
  read(handle: string, limit: number): Promise<Buffer>;
  /** A channel is done with the file: an upload is removed at once; a file chosen on disk stays where it is. */
  release(handle: string): void;
  /** Forgets (and removes, for uploads) every handle: the profile locked or the host is closing. */
  releaseAll(): void;
}

/** What a caller hears for any path Politely did not issue, or one it already took back. */
export function chooseAgain(field = 'path'): AppError {
  const message = 'Choose the file again.';
  return new AppError('validation', `Politely cannot read that file any more. ${message}`, {
    issues: [{ path: [field], message }],
  });
}

const refuse = (field: string, message: string) =>
  new AppError('validation', message, { issues: [{ path: [field], message }] });

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/**
 * Reads a whole regular file, checking what it is on the opened descriptor so nothing can swap it in between.
 * O_NONBLOCK keeps a named pipe or a device from holding the open (and with it the whole backend) forever.
 */
export async function readRegularFile(file: string, limit: number, field = 'path'): Promise<Buffer> {
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch {
    throw chooseAgain(field);
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile())
      throw refuse(field, 'That is not a file Politely can read (a folder, device or pipe). Choose a file.');
    if (stat.size > limit) throw refuse(field, `That file is larger than ${megabytes(limit)}. Choose a smaller file.`);
    // Read to the end, not to the size seen: a file that grows meanwhile is still held to the limit.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(1024 * 1024, limit + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      chunks.push(chunk.subarray(0, bytesRead));
      if (total > limit) throw refuse(field, `That file is larger than ${megabytes(limit)}. Choose a smaller file.`);
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw refuse(field, 'That file could not be read. Choose it again.');
  } finally {
    await handle.close();
  }
}

/** A fresh opaque handle: nothing in it says where the file is. */
export const newHandle = (prefix: string): string => `${prefix}:${randomBytes(18).toString('base64url')}`;

/**
 * Files the recruiter chose on disk in the desktop app's open dialog. The handle stands for that one path; the
 * file is read afresh each time (an import after its preview) and never removed. Locking forgets every handle.
 */
export class ChosenFiles implements FileHandles {
  private readonly chosen = new Map<string, string>();

  /** Called by the main process with the path its dialog returned: the page only ever sees the handle. */
  issue(file: string): string {
    const handle = newHandle('chosen');
    this.chosen.set(handle, file);
    return handle;
  }

  read(handle: string, limit: number): Promise<Buffer> {
    const file = this.chosen.get(handle);
    if (file === undefined) return Promise.reject(chooseAgain());
    return readRegularFile(file, limit);
  }

  release(_handle: string): void {
    // The recruiter's own file stays, and so does the handle until the profile locks: a failed import may be retried.
  }

  releaseAll(): void {
    this.chosen.clear();
  }
}

/** Reads the file behind a handle, or refuses: a backend without a registry reads no file at all. */
export function readChosen(
  files: FileHandles | undefined,
  handle: string,
  limit: number,
  field = 'path',
): Promise<Buffer> {
  if (!files) return Promise.reject(chooseAgain(field));
  return files.read(handle, limit).catch((error: unknown) => {
    // Registries speak of 'path'; restore names its field 'file'.
    if (error instanceof AppError && field !== 'path' && error.details?.issues?.[0]?.path[0] === 'path')
      throw new AppError(error.code, error.message, {
        ...error.details,
        issues: error.details.issues.map((i) => ({ ...i, path: [field] })),
      });
    throw error;
  });
}
