import fs from 'node:fs';
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

test('a new user explores the sample agency: what is due, a candidate found by keyboard, and back to their own profile', async ({
  page,
  host,
}) => {
  test.setTimeout(180_000);
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Welcome to Politely' })).toBeVisible();
  await page.getByRole('button', { name: 'Explore with sample data' }).click();

  // Clearly labelled, and full of work. Making 200 candidates' histories takes a while on a busy machine.
  await expect(page.getByRole('note').filter({ hasText: 'Sample data.' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('navigation', { name: 'Main' }).getByText('Sample agency')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: /Follow-ups due/ })
      .getByRole('listitem')
      .first(),
  ).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: /Debriefs to call/ })
      .getByRole('listitem')
      .first(),
  ).toBeVisible();

  // Find a candidate with the palette, without the mouse.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('ada okaf');
  await expect(page.getByRole('option', { name: /Ada Okafor/ }).first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Ada Okafor', level: 1 })).toBeVisible();

  // Read the funnel, and take it away as a picture and as numbers.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  const funnel = page.getByRole('region', { name: 'Funnel' });
  await expect(
    funnel.getByRole('img', { name: /^Funnel for All positions: Sourced 18\d, Prep \d+, Interview \d+/ }),
  ).toBeVisible();
  const png = page.waitForEvent('download');
  await funnel.getByRole('button', { name: 'Save as PNG' }).click();
  const picture = fs.readFileSync((await (await png).path())!);
  expect(picture.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(picture.length).toBeGreaterThan(5_000);
  const csv = page.waitForEvent('download');
  await funnel.getByRole('button', { name: 'Save as CSV' }).click();
  const numbers = fs
    .readFileSync((await (await csv).path())!, 'utf8')
    .replace(/^\ufeff/, '')
    .split('\r\n');
  expect(numbers[0]).toBe('Stage,Reached,Of the stage before');
  expect(numbers[1]).toMatch(/^Sourced,18\d,—$/);
  // One position's funnel.
  await funnel.getByRole('combobox', { name: 'Position' }).selectOption({ index: 1 });
  await expect(funnel.getByRole('img', { name: /^Funnel for .+ at .+: Sourced \d+,/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Time in stage' }).getByRole('img')).toBeVisible();

  // Leaving the sample returns to the picker, where it opens again with one click, as it was.
  await page.getByRole('button', { name: 'Leave the sample' }).click();
  await expect(page.getByRole('heading', { name: 'Sample agency' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Explore with sample data' })).toBeHidden();
  await page.getByRole('button', { name: 'Open the sample' }).click();
  await expect(page.getByRole('note').filter({ hasText: 'Sample data.' })).toBeVisible();

  // A profile of one's own is a click away, and carries no banner.
  await page.getByRole('button', { name: 'Lock' }).click();
  await page.getByRole('button', { name: 'New profile' }).click();
  await createProfile(page, 'Sam Rivera', 'blue kettle river orchard');
  await expect(page.getByRole('heading', { name: 'Nothing is due today' })).toBeVisible();
  await expect(page.getByRole('note').filter({ hasText: 'Sample data.' })).toHaveCount(0);

  // From one's own profile to the sample and back: leaving it offers the profile one came from, not the sample.
  await page.getByRole('button', { name: 'Lock' }).click();
  const profiles = page.getByRole('navigation', { name: 'Profiles' });
  await expect(profiles.getByRole('button', { name: 'Sam Rivera' })).toHaveAttribute('aria-pressed', 'true');
  await profiles.getByRole('button', { name: /Sample agency/ }).click();
  await page.getByRole('button', { name: 'Open the sample' }).click();
  await expect(page.getByRole('note').filter({ hasText: 'Sample data.' })).toBeVisible();
  await page.getByRole('button', { name: 'Leave the sample' }).click();
  await expect(page.getByRole('heading', { name: 'Unlock Sam Rivera', level: 1 })).toBeVisible();
  await expect(profiles.getByRole('button', { name: 'Sam Rivera' })).toHaveAttribute('aria-pressed', 'true');
});
