import { test as base, expect } from '@playwright/test';
import { startHost, type RunningHost } from '../host';

const test = base.extend<{ host: RunningHost }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await startHost();
    await use(host);
    await host.stop();
  },
});

test('Ctrl+K finds a person by a few typed letters and opens them, without the mouse', async ({ page, host }) => {
  await host.rpc('people.create', { kind: 'candidate', name: 'Lucía Torres', email: 'lucia@mail.example' });
  await host.rpc('people.create', { kind: 'candidate', name: 'Ben Lindqvist' });
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await page.keyboard.press('Control+k');
  const input = page.getByRole('combobox', { name: 'Find a person, company or position, or an action' });
  await expect(input).toBeFocused();
  await page.keyboard.type('luc');
  await expect(page.getByRole('option', { name: /Lucía Torres/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Lucía Torres', level: 1 })).toBeVisible();

  // Actions too: the palette can lock the profile.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('lock');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Unlock Test recruiter' })).toBeVisible();
});
