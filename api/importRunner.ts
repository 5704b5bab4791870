import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ImportOutcome } from '../core/importMatch';
import { databaseKey, type Db } from '../db/connection';
import { waitBriefly } from '../db/imports';
import { AppError } from './errors';
import { newJobMemory, sharedJob } from './importJob';
import { importPeople, type ImportJob, type ImportOptions } from './importPeople';
import type { ImportWorkerData, ImportWorkerReply } from './importWorker';

/** The worker's file, as the build names it (vite.node.config.ts). */
const WORKER_FILE = 'import-worker.cjs';

/**
 * Where the built worker is. Bundled, this code runs from dist/node or from a chunk below it, and the
 * worker sits in dist/node; run from source (the unit tests), the worker is the one the build put in
 * dist/node (`npm test` builds first).
 */
export function importWorkerFile(): string | null {
  const candidates = [
    path.join(__dirname, WORKER_FILE),
    path.join(__dirname, '..', WORKER_FILE),
    path.join(__dirname, '..', 'dist', 'node', WORKER_FILE),
  ];
  return candidates.find((file) => fs.existsSync(file)) ?? null;
}

/** The worker's young generation, in MB (V8's default is a few MB). */
const YOUNG_MB = 64;

/** How long, at most, the host's own writes wait for the import's write transaction before saying "busy". */
const HOST_BUSY_MS = 50;

/** How often the host looks whether the profile was locked meanwhile, which cancels the import. */
const LOCK_CHECK_MS = 100;

export interface RunningImport {
  job: ImportJob;
  result: Promise<ImportOutcome>;
  /** The CPU time the import used, in ms, once it has answered; only a worker's is known. */
  cpuMs?: number;
}

/**
 * Starts an import off the host's thread: a worker with its own connection to the profile's file (and
 * its key, handed over in memory) reads, checks and writes, while `job` shows its progress and takes
 * Cancel. A database with no file (tests' in-memory ones) is imported on this thread instead.
 */
export function startImport(db: Db, options: ImportOptions, now: string): RunningImport {
  if (db.memory) {
    const job: ImportJob = { phase: 'checking', done: 0, total: 0, cancelled: false };
    return { job, result: importPeople(db, options, now, job) };
  }
  const file = importWorkerFile();
  if (!file) throw new Error(`The import worker (${WORKER_FILE}) is missing: build Politely again.`);
  const memory = newJobMemory();
  const job = sharedJob(memory);
  const key = databaseKey(db);
  const data: ImportWorkerData = { file: db.name, key: key ? new Uint8Array(key) : null, options, now, memory };
  const usage: { cpuMs?: number } = {};
  const result = new Promise<ImportOutcome>((resolve, reject) => {
    const restore = waitBriefly(db, HOST_BUSY_MS);
    // A young generation large enough for a few thousand rows' worth of short-lived objects: checking
    // 100,000 rows otherwise spends a tenth of its time collecting them.
    const worker = new Worker(file, { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } });
    data.key?.fill(0);
    // Locking closes the host's connection: the import stops too, and rolls back.
    const watch = setInterval(() => {
      if (!db.open) job.cancelled = true;
    }, LOCK_CHECK_MS);
    let answered = false;
    const settle = () => {
      clearInterval(watch);
      restore();
    };
    worker.once('message', (reply: ImportWorkerReply) => {
      answered = true;
      settle();
      usage.cpuMs = reply.cpuMs;
      if (reply.ok) return resolve(reply.result);
      reject(raised(reply.error));
    });
    worker.once('error', (error) => {
      answered = true;
      settle();
      reject(error);
    });
    worker.once('exit', (code) => {
      if (answered) return;
      settle();
      reject(new Error(`The import stopped unexpectedly (exit code ${code}).`));
    });
  });
  return Object.assign(usage, { job, result });
}

/** The worker's error as the host raises it: an AppError as it was, a database error with its code for dispatch. */
function raised(error: Extract<ImportWorkerReply, { ok: false }>['error']): Error {
  if (error.app)
    return new AppError(error.code as AppError['code'], error.message, error.details as AppError['details']);
  const copy = new Error(error.message) as Error & { code?: string };
  if (error.code) copy.code = error.code;
  if (error.stack) copy.stack = error.stack;
  return copy;
}
