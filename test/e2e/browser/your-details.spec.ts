import type { Page } from '@playwright/test';
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

const prompt = (page: Page) => page.getByRole('region', { name: 'Tell candidates how to reach you' });

test("a new profile is asked once for the recruiter's details; saving them answers it for good", async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await expect(prompt(page)).toBeVisible();
  // The profile's name is the recruiter's most of the time: it is offered, not saved, until they press Save.
  await expect(prompt(page).getByLabel('Your name')).toHaveValue('Test recruiter');
  expect((await host.rpc<{ asked: boolean }>('recruiter.get', {})).asked).toBe(false);
  await noViolations(page, 'Today asking for your details');

  await prompt(page).getByLabel('Your name').fill('Priya Raman');
  await prompt(page).getByLabel('Your email').fill('not an address');
  await prompt(page).getByRole('button', { name: 'Save your details' }).click();
  // The field says what is wrong, and nothing is saved.
  await expect(prompt(page).getByLabel('Your email')).toHaveAccessibleDescription(/email/i);
  expect((await host.rpc<{ asked: boolean }>('recruiter.get', {})).asked).toBe(false);
  await expect(prompt(page)).toBeVisible();

  await prompt(page).getByLabel('Your email').fill('priya@agency.example');
  await prompt(page).getByLabel('Your phone').press('Enter');
  await expect(prompt(page)).toHaveCount(0);
  await expect(page.getByText('Your details are saved.')).toBeVisible();
  expect(await host.rpc('recruiter.get', {})).toEqual({
    name: 'Priya Raman',
    email: 'priya@agency.example',
    phone: null,
    asked: true,
  });

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await expect(prompt(page)).toHaveCount(0);
});

test('"Not now" puts the question away without saving anything, at a phone\'s width too', async ({ page, host }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(host.url);
  await expect(prompt(page)).toBeVisible();
  const box = await prompt(page).boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  await noViolations(page, 'Today asking for your details at 390 px');
  await page.screenshot({ path: test.info().outputPath('your-details-390.png'), fullPage: true });

  await prompt(page).getByRole('button', { name: 'Not now' }).click();
  await expect(prompt(page)).toHaveCount(0);
  expect(await host.rpc('recruiter.get', {})).toEqual({ name: null, email: null, phone: null, asked: true });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await expect(prompt(page)).toHaveCount(0);
});
