import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { finished, PassThrough, Transform, type Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../api/errors';
import { chooseAgain, newHandle, readRegularFile, type FileHandles } from '../api/files';

/** How long an upload left unused (a preview whose dialog was closed) stays before it is removed. */
export const UPLOAD_LIFETIME_MS = 15 * 60_000;

/** An upload that could not be taken, with the HTTP status to answer and words a recruiter can act on. */
export class UploadError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

interface Upload {
  file: string;
  key: Buffer;
  iv: Buffer;
  tag: Buffer;
  bytes: number;
  storedAt: number;
}

export interface UploadOptions {
  /** The uploads/ folder. Everything in it belongs to this host. */
  dir: string;
  now: () => Date;
  /** Where the encrypted bytes go; tests pass one that fails as a full disk does. */
  createWriteStream?: (file: string) => Writable;
}

function writeFailure(error: unknown): UploadError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC' || code === 'EDQUOT')
    return new UploadError(
      507,
      'There is not enough room on the disk for that file. Free some space, then choose it again.',
    );
  return new UploadError(500, `That file could not be stored (${code ?? 'write error'}). Choose it again.`);
}

/**
 * Browser mode's uploads: each is encrypted as it is written (AES-256-GCM, a fresh key per upload held only in
 * this process's memory), so the file on disk never reads in the clear, and a key lost with the process leaves
 * nothing readable behind. A handle lasts one use: the channel that reads it releases it, a newer upload replaces
 * it, it expires unused, and locking or a restart removes it.
 */
export class Uploads implements FileHandles {
  private readonly held = new Map<string, Upload>();

  constructor(private readonly options: UploadOptions) {}

  /** At start-up nothing in uploads/ can be in use, and no key for it survives: remove it all. */
  clearFolder(): void {
    fs.rmSync(this.options.dir, { recursive: true, force: true });
  }

  /** Takes a request body to disk, encrypted; answers only once every byte is written. */
  async store(body: Readable, limit: number): Promise<{ handle: string; bytes: number }> {
    // An earlier upload was either used or left behind (another file was chosen instead).
    this.releaseAll();
    fs.mkdirSync(this.options.dir, { recursive: true, mode: 0o700 });
    const file = path.join(this.options.dir, `${randomBytes(12).toString('hex')}.upload`);
    const key = randomBytes(32);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    let bytes = 0;
    const counted = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        if (bytes > limit) done(new UploadError(413, `That file is larger than ${limit / (1024 * 1024)} MiB.`));
        else done(null, chunk);
      },
    });
    const out = this.options.createWriteStream?.(file) ?? fs.createWriteStream(file, { mode: 0o600, flags: 'wx' });
    // The body is piped through a stand-in, so a failure destroys the stand-in and not the request: the caller still
    // gets an answer.
    const source = new PassThrough();
    body.pipe(source);
    // pipe() passes on neither errors nor a cut connection: without this, a cut upload would wait forever.
    finished(body, (error) => error && source.destroy(error));
    try {
      await pipeline(source, counted, cipher, out);
    } catch (error) {
      body.unpipe(source);
      fs.rmSync(file, { force: true });
      if (error instanceof UploadError) throw error;
      throw writeFailure(error);
    }
    const handle = newHandle('upload');
    this.held.set(handle, { file, key, iv, tag: cipher.getAuthTag(), bytes, storedAt: this.options.now().getTime() });
    return { handle, bytes };
  }

  async read(handle: string, limit: number): Promise<Buffer> {
    this.sweep();
    const upload = this.held.get(handle);
    if (!upload) throw chooseAgain();
    if (upload.bytes > limit) {
      const message = `That file is larger than ${Math.round(limit / (1024 * 1024))} MB. Choose a smaller file.`;
      throw new AppError('validation', message, { issues: [{ path: ['path'], message }] });
    }
    const sealed = await readRegularFile(upload.file, upload.bytes);
    try {
      const decipher = createDecipheriv('aes-256-gcm', upload.key, upload.iv);
      decipher.setAuthTag(upload.tag);
      return Buffer.concat([decipher.update(sealed), decipher.final()]);
    } catch {
      // Changed on disk since it was written: not the file that was chosen.
      this.release(handle);
      throw chooseAgain();
    }
  }

  release(handle: string): void {
    const upload = this.held.get(handle);
    if (!upload) return;
    this.held.delete(handle);
    fs.rmSync(upload.file, { force: true });
  }

  releaseAll(): void {
    for (const handle of [...this.held.keys()]) this.release(handle);
  }

  /** Removes uploads left unused for longer than their lifetime. */
  sweep(): void {
    const cutoff = this.options.now().getTime() - UPLOAD_LIFETIME_MS;
    for (const [handle, upload] of this.held) if (upload.storedAt <= cutoff) this.release(handle);
  }
}
