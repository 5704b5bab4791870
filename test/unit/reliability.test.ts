import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { crashLoop, WRITER } from '../reliability/crash';
import { makeBackend, tempDir } from './helpers';

describe('crashes', () => {
  it('survives 200 kill -9s in the middle of a stream of writes: intact, and every acknowledged write kept', async () => {
    expect(fs.existsSync(WRITER), 'the test command builds the crash writer first').toBe(true);
    const report = await crashLoop(200);
    expect(report.damaged).toEqual([]);
    expect(report.lost).toBe(0);
    // Every kill landed mid-stream: each writer was still writing, and had acknowledged at least one write.
    expect(report.notKilled).toBe(0);
    expect(report.acknowledged).toBeGreaterThanOrEqual(200);
  }, 180_000);
});

/** A tiny tmpfs when this machine allows mounting one (root); otherwise a page limit stands in for the full disk. */
function smallDisk(): { dir: string; real: boolean; release(): void } {
  const dir = tempDir('politely-full-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', dir], { stdio: 'ignore' });
    return { dir, real: true, release: () => execFileSync('umount', ['-l', dir]) };
  } catch {
    return { dir, real: false, release: () => {} };
  }
}

describe('a full disk', () => {
  it('gives a clear error, keeps everything saved before, and leaves the database intact', async () => {
    const disk = smallDisk();
    if (!disk.real)
      console.log('full disk: no tmpfs could be mounted here (not root), so SQLite page limits simulate it');
    try {
      const key = crypto.randomBytes(32);
      const file = path.join(disk.dir, 'politely.db');
      const db = openDatabase(file, { key });
      if (!disk.real) db.pragma('max_page_count = 300');
      const b = makeBackend(db);
      const saved: string[] = [];
      let refusal: { code: string; message: string } | undefined;
      for (let i = 0; i < 10_000 && !refusal; i++) {
        const result = await b.send('companies.create', { name: `Company ${i}`, notes: 'n'.repeat(2_000) });
        if (result.ok) saved.push(result.value.id);
        else refusal = result.error;
      }
      expect(refusal).toEqual({
        code: 'internal',
        message:
          'The disk is full, so this was not saved. Everything saved before is safe. Free some space, then try again.',
      });
      expect(saved.length).toBeGreaterThan(10);
      db.close();
      const reopened = openDatabase(file, { key });
      expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(reopened.prepare('SELECT count(*) FROM companies').pluck().get()).toBe(saved.length);
      reopened.close();
    } finally {
      disk.release();
    }
  });
});
