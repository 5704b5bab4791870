import { parentPort, Worker, workerData } from 'node:worker_threads';
import { phoneKey } from '../core/importMapping';
import { openDatabase } from '../db/connection';
import { cacheForImport } from '../db/imports';
import { AppError } from './errors';
import { sharedJob } from './importJob';
import { importPeople, type ImportOptions, type PhoneKeysAside } from './importPeople';
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

/** What this file's second thread is given: the phones whose keys it works out, in order. */
interface PhoneKeysData {
  phones: readonly (string | undefined)[];
}

/** What it answers: one key per phone, and the CPU time it used, in ms. */
interface PhoneKeysReply {
  keys: (string | null)[];
  cpuMs: number;
}

/** The CPU time the import's other threads used, added to its own in the reply. */
let asideCpuMs = 0;

/**
 * Works out phone keys on a second thread, started from this same file, while the import checks its first
 * rows: reading a phone number is the costliest step of the check, and the host's thread leaves a core free.
 */
const phoneKeysAside: PhoneKeysAside = (phones) => {
  const worker = new Worker(__filename, { workerData: { phones } satisfies PhoneKeysData });
  const keys = new Promise<(string | null)[]>((resolve, reject) => {
    worker.once('message', (reply: PhoneKeysReply) => {
      asideCpuMs += reply.cpuMs;
      resolve(reply.keys);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The phone keys' thread stopped (exit code ${code}).`)));
  });
  return { keys, stop: () => void worker.terminate() };
};

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
    return await importPeople(db, data.options, data.now, sharedJob(data.memory), phoneKeysAside);
  } finally {
    db.close();
  }
}

/** The CPU time this thread has used, user and system, in ms, with what its helper thread used. */
function cpuMs(): number {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000 + asideCpuMs;
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

if (parentPort && (workerData as Partial<PhoneKeysData>).phones) {
  const { phones } = workerData as PhoneKeysData;
  const keys = phones.map((phone) => phoneKey(phone));
  const { user, system } = process.threadCpuUsage();
  parentPort.postMessage({ keys, cpuMs: (user + system) / 1000 } satisfies PhoneKeysReply);
} else if (parentPort) {
  const port = parentPort;
  run(workerData as ImportWorkerData).then(
    (result) => port.postMessage({ ok: true, cpuMs: cpuMs(), result } satisfies ImportWorkerReply),
    (error: unknown) => port.postMessage(reply(error)),
  );
}
