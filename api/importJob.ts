import type { ImportJob } from './importPeople';

const CANCELLED = 0;
const PHASE = 1;
const DONE = 2;
const TOTAL = 3;

/** Memory both threads of an import see: Cancel, the phase and the counts, with no message to wait for. */
export const newJobMemory = (): SharedArrayBuffer => new SharedArrayBuffer(4 * Int32Array.BYTES_PER_ELEMENT);

/**
 * An import's progress kept in shared memory: the worker writes the counts and reads Cancel while it
 * works, even inside its write transaction; the host reads the counts and sets Cancel at any time.
 */
export function sharedJob(memory: SharedArrayBuffer): ImportJob {
  const cells = new Int32Array(memory);
  return {
    get phase() {
      return Atomics.load(cells, PHASE) === 1 ? 'saving' : 'checking';
    },
    set phase(phase: ImportJob['phase']) {
      Atomics.store(cells, PHASE, phase === 'saving' ? 1 : 0);
    },
    get done() {
      return Atomics.load(cells, DONE);
    },
    set done(done: number) {
      Atomics.store(cells, DONE, done);
    },
    get total() {
      return Atomics.load(cells, TOTAL);
    },
    set total(total: number) {
      Atomics.store(cells, TOTAL, total);
    },
    get cancelled() {
      return Atomics.load(cells, CANCELLED) === 1;
    },
    set cancelled(cancelled: boolean) {
      Atomics.store(cells, CANCELLED, cancelled ? 1 : 0);
    },
  };
}
