import { test as base, expect } from '../clock';
import { startHost, type RunningHost } from '../host';
import { createProfile } from '../pages';

const test = base.extend<{ host: RunningHost }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await startHost({ unlocked: false });
    await use(host);
    await host.stop();
  },
});

test('two recruiters share a laptop: each profile sees only its own candidates, and locking hides everything', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Welcome to Politely' })).toBeVisible();
  const samKey = await createProfile(page, 'Sam Rivera', 'blue kettle river orchard');
  expect(samKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await page.getByRole('link', { name: 'New candidate' }).click();
  await page.getByLabel('Full name').fill('Only Sam Knows');
  await page.getByRole('button', { name: 'Add candidate' }).click();
  await expect(page.getByRole('heading', { name: 'Only Sam Knows', level: 1 })).toBeVisible();

  // Ctrl+L locks at once: the picker replaces everything, and the data channels answer `locked`.
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('heading', { name: 'Unlock Sam Rivera' })).toBeVisible();
  await expect(page.getByText('Only Sam Knows')).toHaveCount(0);
  await expect(host.rpc('people.list', {})).rejects.toThrow(/"code":"locked"/);

  await page.getByRole('button', { name: 'New profile' }).click();
  await createProfile(page, 'Alex Chen', 'seven purple lanterns glowing');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('heading', { name: 'No candidates yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByRole('heading', { name: 'Unlock Alex Chen' })).toBeVisible();

  await page.getByRole('button', { name: 'Sam Rivera' }).click();
  await page.getByLabel('Passphrase').fill('seven purple lanterns glowing');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText('That passphrase does not open this profile.')).toBeVisible();
  await page.getByLabel('Passphrase').fill('blue kettle river orchard');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('link', { name: /Only Sam Knows/ })).toBeVisible();

  // Forgotten passphrase: the recovery key sets a new one.
  await page.keyboard.press('Control+l');
  await page.getByRole('button', { name: 'Forgot your passphrase? Use your recovery key' }).click();
  await page.getByLabel('Recovery key').fill(samKey.toLowerCase());
  await page.getByLabel('New passphrase').fill('a fresh start with new words');
  await page.getByLabel('The same passphrase again').fill('a fresh start with new words');
  await page.getByRole('button', { name: 'Set the new passphrase and open' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByText('Sam Rivera')).toBeVisible();
});

test('a backup copy saved from Settings restores the profile from the picker', async ({ page, host }) => {
  await page.goto(host.url);
  await createProfile(page, 'Sam Rivera', 'blue kettle river orchard');
  await host.rpc('companies.create', { name: 'Before the copy' });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const [copy] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save a backup copy…' }).click(),
  ]);
  expect(copy.suggestedFilename()).toMatch(/^Politely backup - Sam Rivera - \d{4}-\d{2}-\d{2}\.politely$/);
  const file = await copy.path();
  await host.rpc('companies.create', { name: 'After the copy' });

  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByRole('heading', { name: 'Unlock Sam Rivera' })).toBeVisible();
  await page.getByLabel('Passphrase').fill('blue kettle river orchard');
  await page.getByText('Restore from a backup copy…').locator('input[type=file]').setInputFiles(file!);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByText('Sam Rivera')).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Companies' }).click();
  await expect(page.getByText('Before the copy')).toBeVisible();
  await expect(page.getByText('After the copy')).toHaveCount(0);
});
