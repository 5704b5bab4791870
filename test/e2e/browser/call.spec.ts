import type { Page } from '@playwright/test';
import type { Touch } from '../../../api/contract';
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

const panel = (page: Page) => page.getByRole('region', { name: /^Call / });

async function openPerson(page: Page, host: RunningHost, id: string, name: string) {
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/people/${id}`);
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

test('from a person: Call opens the number, one choice says how it went, and the call is in the history', async ({
  page,
  host,
}) => {
  // 11:00 UTC is noon in Berlin: within the hours a call is allowed.
  const ada = await host.rpc<{ id: string }>('people.create', {
    kind: 'candidate',
    name: 'Ada Okafor',
    phone: '+49 30 901820',
    timezone: 'Europe/Berlin',
  });
  await openPerson(page, host, ada.id, 'Ada Okafor');

  await page.getByRole('button', { name: 'Call', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Call', exact: true })).toHaveAttribute('aria-expanded', 'true');
  await expect(panel(page).getByRole('link', { name: 'Call +49 30 901820' })).toHaveAttribute(
    'href',
    /^tel:\+4930901820$/,
  );

  // Logging without saying how it went asks for it, and logs nothing.
  await panel(page).getByRole('button', { name: 'Log the call' }).click();
  await expect(panel(page).getByRole('alert')).toHaveText('Choose how the call went.');
  expect(await host.rpc<Touch[]>('touches.list', { personId: ada.id })).toHaveLength(0);

  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    await noViolations(page, `the call panel at ${width} px`);
    await panel(page).screenshot({ path: test.info().outputPath(`call-${width}.png`) });
  }

  await panel(page).getByLabel('I left a voicemail').check();
  await panel(page).getByLabel('Note (optional)').fill('Asked her to call back about the platform role.');
  await panel(page).getByRole('button', { name: 'Log the call' }).click();
  await expect(page.getByText('Call logged.')).toBeVisible();
  await expect(panel(page)).toHaveCount(0);
  const history = page.getByRole('region', { name: 'Contact history' });
  await expect(history.getByRole('listitem').first()).toContainText('Called; left a voicemail.');
  // The form below follows the clock: at once it says the next contact must wait, as the banner does.
  const logForm = page.getByRole('region', { name: 'Log a contact' });
  await expect(logForm.getByText('Not now', { exact: true })).toBeVisible();
  await expect(logForm.getByText('Allowed now.')).toHaveCount(0);
  const [logged] = await host.rpc<Touch[]>('touches.list', { personId: ada.id });
  expect(logged).toMatchObject({
    channel: 'phone',
    direction: 'out',
    kind: 'first-contact',
    outcome: 'voicemail',
    summary: 'Called; left a voicemail. Asked her to call back about the platform role.',
  });
});

test('a call the rules refuse is not logged, and the panel says why', async ({ page, host }) => {
  const bo = await host.rpc<{ id: string }>('people.create', {
    kind: 'candidate',
    name: 'Bo Lind',
    phone: '+46 8 123 456 78',
    timezone: 'Europe/Stockholm',
  });
  await openPerson(page, host, bo.id, 'Bo Lind');
  await page.getByRole('button', { name: 'Call', exact: true }).click();
  await panel(page).getByLabel('No answer').check();
  // Meanwhile they wrote to say stop (another tab, another computer): the log refuses the call.
  await host.rpc('touches.log', {
    personId: bo.id,
    at: '2026-03-10T10:30:00.000Z',
    channel: 'email',
    direction: 'in',
    kind: 'reply',
    outcome: 'replied',
    response: 'stop',
  });
  await panel(page).getByRole('button', { name: 'Log the call' }).click();
  await expect(panel(page).getByRole('alert')).toContainText(/not to be contacted/);
  expect(await host.rpc<Touch[]>('touches.list', { personId: bo.id })).toHaveLength(1);
});

test('We spoke, and they agreed a date: the call is logged with it, and the banner says so without an error’s red', async ({
  page,
  host,
}) => {
  const ada = await host.rpc<{ id: string }>('people.create', {
    kind: 'candidate',
    name: 'Ada Okafor',
    phone: '+49 30 901820',
    timezone: 'Europe/Berlin',
  });
  await openPerson(page, host, ada.id, 'Ada Okafor');
  await page.getByRole('button', { name: 'Call', exact: true }).click();
  await panel(page).getByLabel('We spoke').check();
  // The same field as Log a contact's, in their time.
  const agreed = panel(page).getByLabel('When may I follow up?');
  await expect(agreed).toHaveAccessibleDescription(/^Their time \(Europe\/Berlin\)\. Ask before you hang up/);
  await agreed.fill('2026-03-13T10:00');
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    await noViolations(page, `the call panel with the agreed date at ${width} px`);
    await panel(page).screenshot({ path: test.info().outputPath(`call-agreed-${width}.png`) });
  }
  await panel(page).getByRole('button', { name: 'Log the call' }).click();
  await expect(page.getByText('Call logged.')).toBeVisible();
  const [logged] = await host.rpc<Touch[]>('touches.list', { personId: ada.id });
  // 10:00 in Berlin is 09:00 UTC in March.
  expect(logged).toMatchObject({ outcome: 'connected', agreedNextAt: '2026-03-13T09:00:00.000Z' });
  const banner = page.locator('.banner[role="status"]').first();
  await expect(banner).toContainText('You agreed');
  await expect(banner).not.toHaveClass(/banner-stop/);
  await page.screenshot({ path: test.info().outputPath('call-agreed-banner.png') });
});
