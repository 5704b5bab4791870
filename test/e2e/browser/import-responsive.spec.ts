import fs from 'node:fs';
import path from 'node:path';
import { test as base, expect } from '../clock';
import { startHost, type RunningHost } from '../host';

const test = base.extend<{ host: RunningHost }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await startHost();
    await use(host);
    await host.stop();
  },
});

const ROWS = 100_000;

/** A 100,000-row export, every row a different person, so every one of them is saved. */
function largeExport(dir: string): string {
  const lines = ['First Name,Last Name,E-mail Address,Current Company,Job Title'];
  for (let i = 1; i <= ROWS; i++) {
    const n = String(i).padStart(6, '0');
    lines.push(`Person,${n},person${n}@mail.example,Acme,Engineer`);
  }
  const file = path.join(dir, 'large-export.csv');
  fs.writeFileSync(file, `${lines.join('\r\n')}\r\n`);
  return file;
}

/** The number of rows saved so far, read from the progress bar's words ("Saving 12,000 of 100,000…"). */
const savedSoFar = (words: string | null): number =>
  Number(/^Saving ([\d,]+) of/.exec(words ?? '')?.[1]?.replace(/,/g, ''));

test('while a 100,000-row import saves, the host still answers other calls and the page keeps counting', async ({
  page,
  host,
}, info) => {
  fs.mkdirSync(info.outputDir, { recursive: true });
  const file = largeExport(info.outputDir);
  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import candidates from a CSV file' });
  await dialog.locator('input[type=file]').setInputFiles(file);
  await expect(dialog.getByText('100,000 rows, read as UTF-8')).toBeVisible({ timeout: 30_000 });
  // The page names its import with a job id, by which anyone may ask the host how far it has got.
  const sent = page.waitForRequest((request) => request.url().endsWith('/rpc/io.importCsv'));
  await dialog.getByRole('button', { name: 'Import candidates' }).click();
  const { job } = (await sent).postDataJSON() as { job: string };

  const status = dialog.getByRole('status');
  const saving = status.getByText(/^Saving [\d,]+ of 100,000…$/);
  const finished = dialog.getByText(`${ROWS.toLocaleString('en-US')} imported, 0 merged, 0 skipped.`);
  // The page asks the host how far the import has got: a host that cannot answer while saving never shows it.
  await expect(saving.or(finished)).toBeVisible({ timeout: 30_000 });
  expect(await saving.isVisible(), 'the page should show the import saving before it ends').toBe(true);
  const first = savedSoFar(await status.textContent());

  // Another call, a read, sent while the import saves: it is answered from what was saved before the import...
  const answer = await host.rpc<{ total: number }>('people.list', { kind: 'candidate', limit: 50 });
  expect(answer.total).toBeLessThan(ROWS);
  // ...and the answer arrives while the import is still saving, not after it: asked only once the answer is in, the
  // host says it is still saving. The order is the proof; a time limit would measure how busy the machine is. (The
  // page's words could lag behind the host, so the host is asked.)
  // (Saving ends by rebuilding the people's indexes and committing, after the last row is written: the rows saved may
  // already be all of them, but nothing is committed until the phase moves on.)
  const after = await host.rpc<{ phase: string; done: number; total: number } | null>('io.importProgress', { job });
  expect(after).toMatchObject({ phase: 'saving', total: ROWS });
  expect(first).toBeGreaterThanOrEqual(0);
  expect(first).toBeLessThanOrEqual(after!.done);

  await expect(finished).toBeVisible({ timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Done' }).click();
  expect(await host.rpc<{ total: number }>('people.list', { kind: 'candidate', limit: 50 })).toMatchObject({
    total: ROWS,
  });
});
