import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { E2E_NOW, test, expect } from '../clock';
import { openDatabase } from '../../../db/connection';
import { addPeople } from '../../../db/people';
import { setTags } from '../../../db/tags';
import { startHost, type RunningHost } from '../host';

/** A few dozen candidates with long accented names, long addresses and phones written several ways. */
const FIRST = ['Andrés', 'Anne-Marie', 'Björn', 'Łucja', 'Søren', 'François-Xavier', 'Nguyễn'];
const LAST = ['Martínez de la Fuente', 'Lefebvre-Dupont', 'Köhler', 'Wiśniewska', 'Ó Briain'];
const EMPLOYERS = ['Telefónica Innovación Digital', 'Société Générale', null, 'Ørsted'];
const TITLES = ['Head of Platform Reliability Engineering', 'Data Scientist', null];
const PHONES = ['+34 611 234 567', '+33 (0)6 12 34 56 78', '+49-151-2345-6789', null];

const TAGS = ['Go', 'Senior', 'Platform and site reliability engineers', 'Berlin', 'Remote'];

function seeded(): string {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'politely-e2e-'));
  const db = openDatabase(path.join(dataDir, 'politely.db'));
  db.transaction(() => {
    const ids = addPeople(
      db,
      Array.from({ length: 35 }, (_, i) => ({
        kind: 'candidate' as const,
        name: `${FIRST[i % FIRST.length]} ${LAST[i % LAST.length]}`,
        email: `candidate.${i + 1}.with-a-long-address@correo-empresa-ejemplo.example`,
        phone: PHONES[i % PHONES.length] ?? null,
        employer: EMPLOYERS[i % EMPLOYERS.length] ?? null,
        title: TITLES[i % TITLES.length] ?? null,
      })),
      E2E_NOW,
    );
    // Anne-Marie carries more tags than a row shows, one of them longer than its column; Andrés one.
    setTags(db, ids[1]!, TAGS, E2E_NOW);
    setTags(db, ids[0]!, ['Go'], E2E_NOW);
  })();
  db.close();
  return dataDir;
}

/** Cells and links whose text is wider than the room they are given: what a reader would see cut short. */
const cutShort = (page: Page) =>
  page
    .locator('tbody tr.clickable :is(td, .person-value)')
    .evaluateAll((cells) =>
      cells.filter((c) => c.getClientRects().length > 0 && c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent),
    );

let host: RunningHost;
test.beforeAll(async () => {
  host = await startHost({ dataDir: seeded() });
});
test.afterAll(async () => {
  await host.stop();
});

test('at 1280 px the People list shows name, employer, title, email and phone, none of them cut short', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/people?kind=candidate`);
  await expect(page.getByRole('status').filter({ hasText: 'candidates' })).toHaveText('35 candidates');
  await expect(page.getByRole('columnheader')).toHaveText(['Name', 'Employer', 'Title', 'Email', 'Phone', 'Tags']);
  const row = page.locator('tbody tr.clickable').filter({ hasText: 'Anne-Marie Lefebvre-Dupont' }).first();
  await expect(row.getByRole('cell')).toHaveText([
    'Anne-Marie Lefebvre-Dupont',
    'Société Générale',
    'Data Scientist',
    'candidate.2.with-a-long-address@correo-empresa-ejemplo.example',
    '+33 (0)6 12 34 56 78',
    // Read out in full: the first three as chips, then the two more.
    `Tags: ${TAGS.join(', ')}`,
  ]);
  expect(await cutShort(page)).toEqual([]);
  // The first three tags are chips, the long one cut short with an ellipsis, then +2; the title names all five.
  const tags = row.locator('.row-tags');
  await expect(tags).toHaveAttribute('title', `Tags: ${TAGS.join(', ')}`);
  await expect(tags.locator('.row-tag').last()).toHaveAttribute('data-more', '+2');
  expect(
    await tags
      .locator('.row-tag')
      .last()
      .evaluate((el) => el.ownerDocument.defaultView!.getComputedStyle(el, '::before').content),
  ).toMatch(/^"\+2"/);
  const chips = await tags
    .locator('.row-tag')
    .evaluateAll((els) =>
      els.map((el) => ({ cut: el.scrollWidth > el.clientWidth + 1, right: el.getBoundingClientRect().right })),
    );
  expect(chips.map((c) => c.cut)).toEqual([false, false, true, false]);
  const cell = await row.getByRole('cell').last().boundingBox();
  expect(Math.max(...chips.map((c) => c.right))).toBeLessThanOrEqual(cell!.x + cell!.width);
  await expect(
    page.locator('tbody tr.clickable').filter({ hasText: 'candidate.1.with' }).getByRole('cell').last(),
  ).toHaveText('Tags: Go');
  await row.screenshot({ path: test.info().outputPath('people-tags-1280.png') });

  // A number finds phones, however it is spaced.
  await page.getByLabel('Filter', { exact: true }).fill('611 23');
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('9 matches');
  await expect(page.locator('tbody tr.clickable').first()).toContainText('+34 611 234 567');
  await page.getByLabel('Filter', { exact: true }).fill('');

  // Newest first puts the last one added on top (all were added at one instant: the later id is the newer), and the order is kept after opening someone.
  await page.getByLabel('Sort').selectOption('newest');
  await expect(page.locator('tbody tr.clickable').first()).toContainText('candidate.35.with');
  await page.locator('tbody tr.clickable').first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nguyễn Ó Briain');
  await page.goBack();
  await expect(page.getByLabel('Sort')).toHaveValue('newest');
  await expect(page.locator('tbody tr.clickable').first()).toContainText('candidate.35.with');
});

test('at 390 px each person is their name in full, then employer and title, then email and phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/people?kind=candidate`);
  await expect(page.getByRole('status').filter({ hasText: 'candidates' })).toHaveText('35 candidates');
  const row = page.locator('tbody tr.clickable').filter({ hasText: 'Andrés Martínez de la Fuente' }).first();
  await expect(row.getByRole('link')).toHaveText('Andrés Martínez de la Fuente');
  await expect(row.locator('.person-line')).toHaveText([
    'Telefónica Innovación Digital · Head of Platform Reliability Engineering',
    'candidate.1.with-a-long-address@correo-empresa-ejemplo.example · +34 611 234 567',
  ]);
  // Their tags under those lines.
  await expect(row.locator('td').first().locator('.row-tags')).toBeVisible();
  await expect(row.locator('td').first().locator('.row-tags')).toHaveText('Tags: Go');
  const tagged = page.locator('tbody tr.clickable').filter({ hasText: 'Anne-Marie Lefebvre-Dupont' }).first();
  await expect(tagged.locator('td').first().locator('.row-tags')).toHaveAttribute('title', `Tags: ${TAGS.join(', ')}`);
  await tagged.screenshot({ path: test.info().outputPath('people-tags-390.png') });
  // One column at this width, and nothing in the list wider than it.
  await expect(page.getByRole('columnheader', { name: 'Name' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Phone' })).toBeHidden();
  expect(await cutShort(page)).toEqual([]);
  const list = await page.getByTestId('people-scroll').evaluate((el) => [el.scrollWidth, el.clientWidth]);
  expect(list[0]).toBeLessThanOrEqual(list[1]!);
});
