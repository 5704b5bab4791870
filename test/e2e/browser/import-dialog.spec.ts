import fs from 'node:fs';
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

const fixture = (name: string) => path.resolve(import.meta.dirname, '../../fixtures/imports', name);

for (const width of [1280, 390]) {
  test(`at ${width} px, the import opens from the empty People list and every step has a way out`, async ({
    page,
    host,
  }, info) => {
    await page.setViewportSize({ width, height: width > 400 ? 800 : 844 });
    await page.goto(host.url);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
    // No one yet: the empty list offers the import beside adding someone by hand.
    await page.getByRole('button', { name: 'Import a CSV file…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import candidates from a CSV file' });
    await expect(dialog.getByText('Choose a CSV file…')).toBeVisible();
    await page.screenshot({ path: info.outputPath(`choose-${width}.png`) });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();

    // Outlook's 90 columns: those Politely knows come first, the empty rest wait behind a button.
    await page.getByRole('button', { name: 'Import CSV…' }).click();
    await dialog.locator('input[type=file]').setInputFiles(fixture('outlook-contacts.csv'));
    const firstName = dialog.getByRole('combobox', { name: 'First Name', exact: true });
    await expect(firstName).toHaveValue('firstName');
    // Named by its header alone; its example describes it, and shows under the header at any width.
    await expect(firstName).toHaveAccessibleDescription('Renée');
    await expect(dialog.getByText('Renée', { exact: true })).toBeVisible();
    const more = dialog.getByRole('button', { name: /^Show \d+ more columns$/ });
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    const folded = Number(/\d+/.exec((await more.textContent())!)![0]);
    const before = await dialog.getByRole('combobox').count();
    expect(folded).toBeGreaterThan(40);
    expect(before).toBeLessThan(30);
    await expect(dialog.getByRole('combobox', { name: 'Home Fax', exact: true })).toHaveCount(0);
    await page.screenshot({ path: info.outputPath(`columns-${width}.png`) });
    await noViolations(page, `the import's column step at ${width} px`);
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('combobox')).toHaveCount(before + folded);
    await expect(dialog.getByRole('combobox', { name: 'Home Fax', exact: true })).toHaveValue('');
    await expect(dialog.getByRole('button', { name: 'Show fewer columns' })).toHaveAttribute('aria-expanded', 'true');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
  });
}

test('an unclosed quote is said in the preview, and once after importing, with the rows to fix to save', async ({
  page,
  host,
}, info) => {
  fs.mkdirSync(info.outputDir, { recursive: true });
  const file = path.join(info.outputDir, 'open-quote.csv');
  fs.writeFileSync(
    file,
    'Name,Email\nAda Okafor,ada@mail.example\n"Ben Lindqvist,ben@mail.example\nCal,cal@mail.example\n',
  );
  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import candidates from a CSV file' });
  await dialog.locator('input[type=file]').setInputFiles(file);
  const said =
    'Rows 3–4: A quote in the first of these rows is never closed, so they were read as one. ' +
    'Close the quote, or remove it, and import these rows again.';
  // Before anything is imported.
  await expect(dialog.getByText('2 rows cannot be imported as they stand:')).toBeVisible();
  await expect(dialog.getByRole('listitem')).toHaveText([said]);
  await page.screenshot({ path: info.outputPath('preview-problems.png') });

  // The default: nothing imported, the rows listed once, and the file of rows to fix offered all the same.
  await dialog.getByRole('button', { name: 'Import candidates' }).click();
  await expect(dialog.getByRole('status')).toHaveText('0 imported, 0 merged, 0 skipped, 2 rows need fixing.');
  await expect(dialog.getByRole('listitem')).toHaveText([said]);
  const [saved] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Save rows to fix (CSV)' }).click(),
  ]);
  const lines = fs
    .readFileSync((await saved.path())!, 'utf8')
    .trim()
    .split(/\r?\n/);
  expect(lines).toHaveLength(3);
  await page.screenshot({ path: info.outputPath('result-problems.png') });
  await dialog.getByRole('button', { name: 'Done' }).click();
  expect(await host.rpc<{ total: number }>('people.list', { kind: 'candidate' })).toMatchObject({ total: 0 });
});
