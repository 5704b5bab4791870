import path from 'node:path';
import { test as base, expect } from '../clock';
import { startHost, type RunningHost } from '../host';
import { noViolations } from '../pages';

const test = base.extend<{ host: RunningHost }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await startHost();
    await use(host);
    await host.stop();
  },
});

const CV = path.join(import.meta.dirname, '..', '..', 'fixtures', 'attachments', 'cv.pdf');

for (const [width, height] of [
  [1280, 800],
  [390, 844],
] as const) {
  test(`a CV added to a person finds them with Ctrl+K by a word in it, and can be removed, at ${width} px`, async ({
    page,
    host,
  }, info) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height });
    const ada = await host.rpc<{ id: string }>('people.create', { kind: 'candidate', name: 'Ada Okafor' });
    await host.rpc('people.create', { kind: 'candidate', name: 'Ben Lindqvist' });
    await page.goto(host.url);
    await page.goto(`${host.origin}/#/people/${ada.id}`);
    await expect(page.getByRole('heading', { name: 'Ada Okafor', level: 1 })).toBeVisible();

    // Empty, the section says what to do.
    const documents = page.getByRole('region', { name: 'Documents' });
    await expect(documents).toContainText('No documents yet. Add their CV');
    await documents.scrollIntoViewIfNeeded();
    await noViolations(page, `an empty Documents section at ${width} px`);
    await page.screenshot({ path: info.outputPath(`attachments-empty-${width}.png`) });

    await documents.locator('input[type=file]').setInputFiles(CV);
    await expect(page.getByText('Added cv.pdf. Search now finds Ada Okafor by its words.')).toBeVisible();
    const row = documents.getByRole('listitem').filter({ hasText: 'cv.pdf' });
    await expect(row).toContainText('PDF');
    await expect(row).toContainText('711 bytes · added Tue, Mar 10');
    await noViolations(page, `a CV in the Documents section at ${width} px`);
    await page.screenshot({ path: info.outputPath(`attachments-listed-${width}.png`) });

    // Save a copy: the browser's download, the same bytes.
    const downloading = page.waitForEvent('download');
    await row.getByRole('button', { name: 'Save a copy of cv.pdf' }).click();
    expect((await downloading).suggestedFilename()).toBe('cv.pdf');

    // Ctrl+K finds her by a word only her CV holds.
    await page.getByRole('heading', { name: 'Ada Okafor', level: 1 }).click();
    await page.keyboard.press('Control+k');
    await page.keyboard.type('bramblewick');
    await expect(page.getByRole('option', { name: /Ada Okafor/ })).toHaveAttribute('aria-selected', 'true');
    // With the words of the CV around the one typed, so the recruiter sees why she was found.
    await expect(page.getByRole('option', { name: /Ada Okafor/ })).toContainText(/In a document: .*bramblewick/i);
    await expect(page.getByRole('option', { name: /Ben Lindqvist/ })).toHaveCount(0);
    await page.screenshot({ path: info.outputPath(`attachments-search-${width}.png`) });
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Ada Okafor', level: 1 })).toBeVisible();

    // Removing asks first; No keeps it, Yes removes it and its words.
    await row.getByRole('button', { name: 'Remove cv.pdf' }).click();
    const asking = documents.getByRole('group', { name: 'Remove cv.pdf?' });
    await expect(asking.getByRole('button', { name: 'No, keep it' })).toBeFocused();
    await noViolations(page, `asking before removing at ${width} px`);
    await page.screenshot({ path: info.outputPath(`attachments-remove-${width}.png`) });
    await asking.getByRole('button', { name: 'Yes, remove' }).click();
    await expect(page.getByText('Removed cv.pdf.')).toBeVisible();
    await expect(documents).toContainText('No documents yet.');
    expect(await host.rpc<unknown[]>('search.query', { text: 'bramblewick' })).toEqual([]);
  });
}
