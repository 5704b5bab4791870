import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  decodeAttachmentText,
  NOT_READ_IN_TIME,
  searchableText,
  unreadableDocument,
  type AttachmentType,
} from '../core/attachments';
import { AppError } from './errors';
import type { TextWorkerData, TextWorkerReply } from './textWorker';

/** How long and how much memory reading one document's words may take before its thread is stopped. */
export interface ReadingLimits {
  timeoutMs: number;
  /** The reading thread's heap, in MB: a Word document that unpacks to gigabytes of XML stops here. */
  memoryMb: number;
  /** Tests only: the reader holds its thread this long before reading, as a hostile page would. */
  holdMs?: number | undefined;
}

export const READING_LIMITS: ReadingLimits = { timeoutMs: 20_000, memoryMb: 256 };

/** The worker's file, as the build names it (vite.node.config.ts). */
const WORKER_FILE = 'text-worker.cjs';

/**
 * Where the built worker is: beside this code once bundled (dist/node, or a chunk below it), or, run from source
 * (the unit tests), the one the build put in dist/node (`npm test` builds first).
 */
export function textWorkerFile(): string | null {
  const candidates = [
    path.join(__dirname, WORKER_FILE),
    path.join(__dirname, '..', WORKER_FILE),
    path.join(__dirname, '..', 'dist', 'node', WORKER_FILE),
  ];
  return candidates.find((file) => fs.existsSync(file)) ?? null;
}

const refused = (message: string, issue: string) =>
  new AppError('validation', message, { issues: [{ path: ['path'], message: issue }] });

/**
 * The document's own memory, to hand over to the worker without a copy. A small Buffer may be a slice of Node's
 * shared pool: handing that over would take the pool from everyone else, so such a one (a few KB at most) is copied.
 */
function ownMemory(bytes: Uint8Array): Uint8Array {
  const whole =
    bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return whole ? bytes : new Uint8Array(bytes);
}

/** Reads one document on a thread of its own, stopped at the deadline or when it outgrows its memory. */
function readOnWorker(
  file: string,
  type: 'pdf' | 'docx',
  bytes: Uint8Array,
  limits: ReadingLimits,
): Promise<TextWorkerReply> {
  const own = ownMemory(bytes);
  const data: TextWorkerData = { type, bytes: own, holdMs: limits.holdMs };
  return new Promise<TextWorkerReply>((resolve, reject) => {
    const worker = new Worker(file, {
      workerData: data,
      transferList: [own.buffer as ArrayBuffer],
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb },
    });
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      // Its answer is in: whatever PDF.js or mammoth still holds goes with the thread.
      void worker.terminate();
      finish();
    };
    const outOfTime = () => refused(NOT_READ_IN_TIME, 'That file could not be read in time.');
    const deadline = setTimeout(() => settle(() => reject(outOfTime())), limits.timeoutMs);
    worker.once('message', (reply: TextWorkerReply) => settle(() => resolve(reply)));
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? outOfTime() : new Error(error.message, { cause: error })),
      ),
    );
    worker.once('exit', (code) =>
      settle(() => reject(new Error(`The document reader stopped unexpectedly (exit code ${code}).`))),
    );
  });
}

/** The reading under way on this host, if any: documents are read one at a time, the others wait their turn. */
let line: Promise<unknown> = Promise.resolve();

/**
 * The words of a document, for search: at most the first 200 pages of a PDF and the first million characters of
 * any document. A PDF or Word document is read on a worker thread, so the host answers every other call meanwhile;
 * `bytes` is handed to it, not copied, and comes back with the words: the caller keeps the returned `bytes`, not
 * its own (it is left empty). A document that cannot be read, or outlasts `limits`, is refused in a plain sentence.
 */
export async function extractText(
  type: AttachmentType,
  bytes: Uint8Array,
  limits: ReadingLimits = READING_LIMITS,
): Promise<{ text: string; bytes: Uint8Array }> {
  // Plain text is decoded here: sniffing it already went through every byte on this thread, and costs no more.
  if (type === 'txt') return { text: searchableText(decodeAttachmentText(bytes)), bytes };
  const file = textWorkerFile();
  if (!file) throw new Error(`The document reader (${WORKER_FILE}) is missing: build Politely again.`);
  const kind = type === 'pdf' ? 'PDF' : 'Word document';
  const turn = line.then(() => readOnWorker(file, type, bytes, limits));
  line = turn.catch(() => undefined);
  let reply: TextWorkerReply;
  try {
    reply = await turn;
  } catch (error) {
    if (error instanceof AppError) throw error;
    // The thread itself failed (it could not start, or stopped without answering): the document is not kept.
    throw refused(unreadableDocument(kind), `That ${kind} could not be read.`);
  }
  if (!reply.ok) throw refused(reply.message, `That ${kind} could not be read.`);
  return { text: reply.text, bytes: reply.bytes };
}
