import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { E2E_NOW, test, expect } from '../clock';
import { openDatabase } from '../../../db/connection';
import { addPeople } from '../../../db/people';
import { startHost } from '../host';

const PEOPLE = 100_000;

test('the People screen pages through 100,000 people to the last, and its filter finds any one of them', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // Seeded through the import's own bulk path into a data file from before profiles; the first profile takes it in.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'politely-e2e-'));
  const db = openDatabase(path.join(dataDir, 'politely.db'));
  db.transaction(() =>
    addPeople(
      db,
      Array.from({ length: PEOPLE }, (_, i) => ({
        kind: 'candidate' as const,
        name: `Person ${i + 1}`,
        email: `person${i + 1}@mail.example`,
      })),
      E2E_NOW,
    ),
  )();
  db.close();
  const host = await startHost({ dataDir });
  try {
    await page.goto(host.url);
    await page.goto(`${host.origin}/#/people?kind=candidate`);
    await expect(page.getByRole('status').filter({ hasText: 'candidates' })).toHaveText('100,000 candidates');
    const rows = page.locator('tbody tr.clickable');
    await expect(rows.first()).toHaveText(/Person 1person1@mail\.example/);
    // Only the rows in view are drawn, however many are loaded.
    expect(await rows.count()).toBeLessThan(100);

    // Scrolling to the end asks for page after page; by name, 'Person 99999' is the last of them.
    const scroller = page.getByTestId('people-scroll');
    await scroller.evaluate(async (el) => {
      const count = el.ownerDocument.querySelector('.list-count')!;
      while (count.textContent!.includes('loaded')) {
        el.scrollTo(0, el.scrollHeight);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      el.scrollTo(0, el.scrollHeight);
    });
    await expect(page.locator('.list-count')).toHaveText('100,000 candidates');
    await expect(rows.last()).toContainText('Person 99999');
    expect(await rows.count()).toBeLessThan(100);

    await page.getByLabel('Filter', { exact: true }).fill('person 99999');
    await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('1 match');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('person99999@mail.example');
    await rows.first().getByRole('link', { name: 'Person 99999' }).click();
    await expect(page.getByRole('heading', { name: 'Person 99999' })).toBeVisible();
  } finally {
    await host.stop();
  }
});
