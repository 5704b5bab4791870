import { test as base, expect } from '@playwright/test';
import { startHost, type RunningHost } from '../host';

const test = base.extend<{ host: RunningHost }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await startHost({ unlocked: false });
    await use(host);
    await host.stop();
  },
});

test('a new user explores the sample agency: what is due, a candidate found by keyboard, and back to their own profile', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Welcome to Politely' })).toBeVisible();
  await page.getByRole('button', { name: 'Explore with sample data' }).click();

  // Clearly labelled, and full of work.
  await expect(page.getByRole('note').filter({ hasText: 'Sample data.' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByText('Sample agency')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: /Follow-ups due/ }).getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('region', { name: /Debriefs to call/ }).getByRole('listitem').first()).toBeVisible();

  // Find a candidate with the palette, without the mouse.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('ada okaf');
  await expect(page.getByRole('option', { name: /Ada Okafor/ }).first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Ada Okafor', level: 1 })).toBeVisible();

  // Leaving the sample returns to the picker, where it opens again with one click, as it was.
  await page.getByRole('button', { name: 'Leave the sample' }).click();
  await expect(page.getByRole('heading', { name: 'Sample agency' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Explore with sample data' })).toBeHidden();
  await page.getByRole('button', { name: 'Open the sample' }).click();
  await expect(page.getByRole('note').filter({ hasText: 'Sample data.' })).toBeVisible();

  // A profile of one's own is a click away, and carries no banner.
  await page.getByRole('button', { name: 'Lock' }).click();
  await page.getByRole('button', { name: 'New profile' }).click();
  await page.getByLabel('Your name').fill('Sam Rivera');
  await page.getByLabel('Passphrase', { exact: true }).fill('blue kettle river orchard');
  await page.getByLabel('The same passphrase again').fill('blue kettle river orchard');
  await page.getByRole('button', { name: 'Create profile' }).click();
  await page.getByLabel('I have saved my recovery key somewhere safe').check();
  await page.getByRole('button', { name: 'Open Sam Rivera' }).click();
  await expect(page.getByRole('heading', { name: 'Nothing is due today' })).toBeVisible();
  await expect(page.getByRole('note').filter({ hasText: 'Sample data.' })).toHaveCount(0);
});
