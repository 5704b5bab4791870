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

test('choosing a file by keyboard keeps the page where it is and shows where the focus is', async ({ page, host }) => {
  const ada = await host.rpc<{ id: string }>('people.create', { kind: 'candidate', name: 'Ada Okafor' });
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/people/${ada.id}`);
  await expect(page.getByRole('heading', { name: 'Ada Okafor', level: 1 })).toBeVisible();
  const documents = page.getByRole('region', { name: 'Documents' });
  const chooser = documents.locator('label.file-chooser');
  await chooser.scrollIntoViewIfNeeded();
  const before = await chooser.boundingBox();

  // Tab from the control just before it, as a recruiter would.
  await chooser.locator('input[type=file]').focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(chooser.locator('input[type=file]')).toBeFocused();

  // The page did not jump away: the chooser is where it was, in view, and it is outlined.
  const after = await chooser.boundingBox();
  expect(Math.abs(after!.y - before!.y)).toBeLessThan(40);
  expect(after!.y).toBeGreaterThanOrEqual(0);
  expect(after!.y + after!.height).toBeLessThanOrEqual(800);
  await expect(chooser).toHaveCSS('outline-style', 'solid');
  const input = await chooser.locator('input[type=file]').boundingBox();
  expect(input!.y).toBeGreaterThanOrEqual(after!.y - 1);
  expect(input!.y).toBeLessThanOrEqual(after!.y + after!.height);
});
