import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../db/connection';

export const WRITER = path.resolve(import.meta.dirname, '../../test-build/soak/writer.cjs');

export interface CrashReport {
  runs: number;
  acknowledged: number;
  /** Acknowledged writes missing after a crash: must be zero. */
  lost: number;
  /** integrity_check answers other than ok: must be none. */
  damaged: string[];
}

/**
 * Starts the writer, kills it with SIGKILL at a random moment, reopens the database, and checks
 * that it is intact and holds every write the writer reported as committed; `runs` times over.
 */
export async function crashLoop(runs: number, random = Math.random): Promise<CrashReport> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'politely-crash-'));
  const file = path.join(dir, 'politely.db');
  const key = crypto.randomBytes(32);
  openDatabase(file, { key }).close();
  const acknowledged: string[] = [];
  const report: CrashReport = { runs, acknowledged: 0, lost: 0, damaged: [] };
  try {
    for (let run = 0; run < runs; run++) {
      const child = spawn(process.execPath, [WRITER], { env: { ...process.env, POLITELY_SOAK_FILE: file, POLITELY_SOAK_KEY: key.toString('hex') }, stdio: ['ignore', 'pipe', 'inherit'] });
      let buffer = '';
      let killed = false;
      child.stdout!.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        if (!killed && buffer.startsWith('ready\n')) {
          killed = true;
          setTimeout(() => child.kill('SIGKILL'), Math.floor(random() * 40));
        }
      });
      await new Promise((resolve) => child.on('close', resolve));
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
