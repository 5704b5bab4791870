import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/connection';
import { cacheForImport } from '../db/imports';
import { AppError } from './errors';
import { sharedJob } from './importJob';
import { importPeople, type ImportOptions } from './importPeople';
import type { ImportOutcome } from '../core/importMatch';

// The import's own thread: it opens the profile's database on a connection of its own, reads,
// checks and writes there, and answers once. The host's thread meanwhile answers every other call.

export interface ImportWorkerData {
  file: string;
  /** The profile's raw key, copied here by the host; wiped once the database is open. */
  key: Uint8Array | null;
  options: ImportOptions;
  now: string;
  memory: SharedArrayBuffer;
}

/**
 * What the worker answers: the result, or the error as the host should raise it again; with the CPU
 * time the thread used, in ms (the bench compares it with its floor's, which load on the machine
 * does not stretch as it stretches wall time).
 */
export type ImportWorkerReply = { cpuMs: number } & (
  | { ok: true; result: ImportOutcome }
  | {
      ok: false;
      error: {
        app: boolean;
        code?: string | undefined;
        message: string;
        details?: unknown;
        stack?: string | undefined;
      };
    }
);

/** The page cache for the import's connection: its indexes fit, so saving 100,000 people rereads no page. */
const CACHE_KIB = 64 * 1024;

async function run(data: ImportWorkerData): Promise<ImportOutcome> {
  let db;
  try {
    db = openDatabase(data.file, data.key ? { key: Buffer.from(data.key) } : {});
  } finally {
    data.key?.fill(0);
  }
  try {
    cacheForImport(db, CACHE_KIB);
    return await importPeople(db, data.options, data.now, sharedJob(data.memory));
  } finally {
    db.close();
  }
}

/** The CPU time this thread has used, user and system, in ms. */
function cpuMs(): number {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
}

function reply(error: unknown): ImportWorkerReply {
  if (error instanceof AppError)
    return {
      ok: false,
      cpuMs: cpuMs(),
      error: { app: true, code: error.code, message: error.message, details: error.details },
    };
  const { code, message, stack } = error as { code?: unknown; message?: unknown; stack?: string };
  return {
    ok: false,
    cpuMs: cpuMs(),
    error: {
      app: false,
      code: typeof code === 'string' ? code : undefined,
      message: typeof message === 'string' ? message : String(error),
      stack,
    },
  };
}

if (parentPort) {
  const port = parentPort;
  run(workerData as ImportWorkerData).then(
    (result) => port.postMessage({ ok: true, cpuMs: cpuMs(), result } satisfies ImportWorkerReply),
    (error: unknown) => port.postMessage(reply(error)),
  );
}
