import { test as base, expect, E2E_NOW, RECRUITER_ZONE } from '../clock';
import { startHost, TEST_PASSPHRASE, type RunningHost } from '../host';

const test = base.extend<{ host: RunningHost }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await startHost({ unlocked: false });
    await use(host);
    await host.stop();
  },
});

test('the browser opened on the launch address signs in once, and the address keeps neither code nor token', async ({
  page,
  browser,
  host,
}) => {
  const code = new URL(host.launchUrl).hash.replace(/^#code=/, '');
  expect(code, 'the launch address carries a code').toMatch(/^[\w-]{20,}$/);
  expect(host.launchUrl).not.toContain(host.token);
  await host.rpc('profiles.create', { name: 'Sam Rivera', passphrase: TEST_PASSPHRASE });

  await page.goto(host.launchUrl);
  await expect(page.getByRole('heading', { name: 'Unlock Sam Rivera' })).toBeVisible();
  await page.getByLabel('Passphrase').fill(TEST_PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByText('Sam Rivera')).toBeVisible();
  const secretFree = (address: string) => {
    expect(address).not.toContain(code);
    expect(address).not.toContain(host.token);
    expect(address).not.toMatch(/code=|token=/);
  };
  // Nothing secret is left in the address bar, nor behind it in the tab's history.
  secretFree(page.url());
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeHidden();
  // The entry the tab was opened on now holds the app's own address.
  secretFree(page.url());
  // A reload keeps this tab signed in.
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByText('Sam Rivera')).toBeVisible();

  // The same address again, in a browser that never had the token: the code is spent, and the page says so.
  const other = await browser.newContext({ timezoneId: RECRUITER_ZONE, locale: 'en-US' });
  const again = await other.newPage();
  await again.clock.install({ time: new Date(E2E_NOW) });
  await again.goto(host.launchUrl);
  await expect(again.getByRole('alert')).toContainText(
    'This link to Politely was already used, or is more than a minute old. Open the address Politely printed when it started.',
  );
  await expect(again.getByRole('heading', { name: 'Unlock Sam Rivera' })).toHaveCount(0);
  secretFree(again.url());
  expect(await again.evaluate(() => Object.keys(sessionStorage))).toEqual([]);
  await other.close();

  // The tab that traded the code is still the one signed in.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
});
