import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { E2E_NOW, test as base, expect } from '../clock';
import { openDatabase } from '../../../db/connection';
import { startHost, type RunningHost } from '../host';
import { BoardPage } from '../pages';

/** Interview holds more cards than its first page: 1,204, the newest 'Candidate 01203'; two wait in Sourced. */
const INTERVIEWS = 1_204;

const test = base.extend<{ host: RunningHost }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    // Seeded straight into a data file from before profiles; the first profile takes it in, encrypted.
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'politely-e2e-'));
    const db = openDatabase(path.join(dataDir, 'politely.db'));
    db.transaction(() => {
      db.prepare("INSERT INTO companies (id, name, created_at, updated_at) VALUES ('co', 'Acme Robotics', ?, ?)").run(
        E2E_NOW,
        E2E_NOW,
      );
      db.prepare(
        "INSERT INTO positions (id, company_id, title, created_at, updated_at) VALUES ('po', 'co', 'Engineer', ?, ?)",
      ).run(E2E_NOW, E2E_NOW);
      const person = db.prepare(
        "INSERT INTO people (id, kind, name, created_at, updated_at) VALUES (?, 'candidate', ?, ?, ?)",
      );
      const application = db.prepare(
        `INSERT INTO applications (id, candidate_id, position_id, stage, stage_changed_at, created_at, updated_at)
         VALUES (?, ?, 'po', ?, ?, ?, ?)`,
      );
      for (let i = 0; i < INTERVIEWS + 2; i++) {
        const id = randomUUID();
        const changed = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
        const sourced = i >= INTERVIEWS;
        person.run(id, sourced ? `Sourced ${i}` : `Candidate ${String(i).padStart(5, '0')}`, E2E_NOW, E2E_NOW);
        application.run(randomUUID(), id, sourced ? 'sourced' : 'interview', changed, changed, changed);
      }
    })();
    db.close();
    const host = await startHost({ dataDir });
    await use(host);
    await host.stop();
  },
});

async function openBoard(page: Page, host: RunningHost): Promise<BoardPage> {
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/pipeline`);
  const board = new BoardPage(page);
  await expect(board.card('Candidate 01203')).toBeVisible();
  return board;
}

test('a column shows its true total and loads its next page as it scrolls near the end', async ({ page, host }) => {
  const board = await openBoard(page, host);
  const interview = board.column('Interview');
  await expect(interview.locator('.column-count')).toHaveText('1,204');
  await expect(interview.locator('.column-count')).toHaveAttribute('aria-label', '1,204 applications');
  await expect(page.getByText('1,206 open applications')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('board-1280.png') });
  // The first page is the newest fifty: the 51st newest is not on the page yet.
  await expect(board.card('Candidate 01153')).toHaveCount(0);

  const body = interview.locator('.column-body');
  await expect(async () => {
    await body.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect(board.card('Candidate 01153')).toBeVisible({ timeout: 1_000 });
  }).toPass();
  // Only what is in view is in the page, however many are loaded.
  expect(await page.locator('.card').count()).toBeLessThan(100);
  await expect(interview.locator('.column-count')).toHaveText('1,204');
});

test('moving focus past the last card loaded brings the next page, and a move changes the totals by one', async ({
  page,
  host,
}) => {
  const board = await openBoard(page, host);
  await board.card('Candidate 01203').focus();
  await page.keyboard.press('End');
  await expect(board.card('Candidate 01154')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(board.card('Candidate 01153')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(board.card('Candidate 01152')).toBeFocused();

  // A card from the second page moves on to Debrief: one fewer in Interview, one in Debrief, at once.
  await page.keyboard.press('Shift+ArrowRight');
  await board.expectIn('Candidate 01152', 'Debrief');
  await expect(board.column('Interview').locator('.column-count')).toHaveText('1,203');
  await expect(board.column('Debrief').locator('.column-count')).toHaveText('1');
  // Saved (and so undoable) once the board says so.
  await expect(page.getByText('Moved Candidate 01152 to Debrief.')).toBeAttached();
  await page.keyboard.press('Control+z');
  await board.expectIn('Candidate 01152', 'Interview');
  await expect(board.column('Interview').locator('.column-count')).toHaveText('1,204');
  await expect(board.column('Debrief').locator('.column-count')).toHaveText('0');

  await page.keyboard.press('Shift+ArrowRight');
  await board.expectIn('Candidate 01152', 'Debrief');
  await page.reload();
  await expect(board.column('Interview').locator('.column-count')).toHaveText('1,203');
  await board.expectIn('Candidate 01152', 'Debrief');
});

test('at phone width the column still pages and shows its total', async ({ page, host }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const board = await openBoard(page, host);
  await expect(board.column('Interview').locator('.column-count')).toHaveText('1,204');
  await page.screenshot({ path: test.info().outputPath('board-390.png'), fullPage: true });
});
