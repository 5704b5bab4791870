import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomSource } from '../../core/random';
import { openDatabase } from '../../db/connection';

export const WRITER = path.resolve(import.meta.dirname, '../../test-build/soak/writer.cjs');

export interface CrashReport {
  runs: number;
  acknowledged: number;
  /** Acknowledged writes missing after a crash: must be zero. */
  lost: number;
  /** integrity_check answers other than ok: must be none. */
  damaged: string[];
  /** Runs whose writer ended some other way than by the kill (it must be killed mid-stream every time). */
  notKilled: number;
}

/**
 * Starts the writer, kills it with SIGKILL in the middle of its stream of writes, reopens the
 * database, and checks that it is intact and holds every write the writer reported as committed;
 * `runs` times over. Where each kill lands is drawn from a seeded source, and counted in writes
 * acknowledged rather than in milliseconds, so the test means the same on a fast or a slow machine.
 */
export async function crashLoop(runs: number, seed = 20261202): Promise<CrashReport> {
  const random = randomSource(seed);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'politely-crash-'));
  const file = path.join(dir, 'politely.db');
  const key = crypto.randomBytes(32);
  openDatabase(file, { key }).close();
  const acknowledged: string[] = [];
  const report: CrashReport = { runs, acknowledged: 0, lost: 0, damaged: [], notKilled: 0 };
  try {
    for (let run = 0; run < runs; run++) {
      const child = spawn(process.execPath, [WRITER], {
        env: { ...process.env, POLITELY_SOAK_FILE: file, POLITELY_SOAK_KEY: key.toString('hex') },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      // Kill after the 1st to 4th acknowledged write of this run, at once or a moment later: mid-transaction,
      // mid-commit or between.
      const killAfter = 1 + random.int(4);
      const delayMs = random.int(3);
      let buffer = '';
      let killed = false;
      child.stdout!.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n').length - 2;
        if (!killed && buffer.startsWith('ready\n') && lines >= killAfter) {
          killed = true;
          if (delayMs === 0) child.kill('SIGKILL');
          else setTimeout(() => child.kill('SIGKILL'), delayMs);
        }
      });
      const signal = await new Promise<NodeJS.Signals | null>((resolve) =>
        child.on('close', (_code, sig) => resolve(sig)),
      );
      if (signal !== 'SIGKILL') report.notKilled++;
      if (!buffer.startsWith('ready\n')) throw new Error(`The writer did not start (run ${run + 1}).`);
      // Only whole lines were announced: a commit is reported after it happened, never half.
      acknowledged.push(...buffer.split('\n').slice(1, -1));

      const db = openDatabase(file, { key });
      try {
        const check = db.pragma('integrity_check', { simple: true });
        if (check !== 'ok') report.damaged.push(`run ${run + 1}: ${String(check)}`);
        const present = new Set(db.prepare('SELECT id FROM companies').pluck().all() as string[]);
        report.lost = acknowledged.filter((id) => !present.has(id)).length;
      } finally {
        db.close();
      }
    }
    report.acknowledged = acknowledged.length;
    return report;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
