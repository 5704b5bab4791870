import type { Page } from '@playwright/test';
import type { Touch } from '../../../api/contract';
import { E2E_NOW, test as base, expect } from '../clock';
import { startHost, type RunningHost } from '../host';
import { noViolations, PolitelyApp } from '../pages';

const test = base.extend<{ host: RunningHost }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await startHost();
    await host.rpc('recruiter.update', { name: 'Sam Reyes', email: 'sam@agency.example', phone: '+1 415 555 0100' });
    await use(host);
    await host.stop();
  },
});

// 10:00 UTC (11:00 in Berlin, where these candidates live) so many days before the tests' fixed "now".
const daysAgo = (days: number) => {
  const d = new Date(Date.parse(E2E_NOW) - days * 86_400_000);
  d.setUTCHours(10, 0, 0, 0);
  return d.toISOString();
};

async function candidate(host: RunningHost, name: string, email: string, followUpsDaysAgo: number[]) {
  const person = await host.rpc<{ id: string }>('people.create', {
    kind: 'candidate',
    name,
    email,
    timezone: 'Europe/Berlin',
  });
  for (const days of followUpsDaysAgo) {
    await host.rpc('touches.log', {
      personId: person.id,
      at: daysAgo(days),
      channel: 'email',
      direction: 'out',
      kind: 'follow-up',
      outcome: 'sent',
    });
  }
  return person;
}

async function openPerson(page: Page, host: RunningHost, id: string, name: string) {
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/people/${id}`);
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

const panel = (page: Page) => page.getByRole('region', { name: 'Write an email' });

test('from a person: choose the follow-up, see it filled in, Email, confirm Sent, and the history shows it', async ({
  page,
  host,
}) => {
  const ada = await candidate(host, 'Ada Okafor', 'ada@mail.example', [6]);
  await openPerson(page, host, ada.id, 'Ada Okafor');

  await page.getByRole('button', { name: 'Email', exact: true }).click();
  await panel(page).getByLabel('Template').selectOption('follow-up');
  const body = panel(page).getByLabel('Message');
  await expect(body).toHaveValue(/^Hello Ada,\n\nI am following up on my last message\./);
  await expect(body).toHaveValue(/Best regards,\nSam Reyes\nsam@agency\.example\n\+1 415 555 0100$/);
  await expect(panel(page).getByText('Following up, Ada', { exact: true })).toBeVisible();
  // A preview, said so, with the two ways to change it: in the mail program, or the template in Settings.
  await expect(panel(page).getByLabel('Message (preview)')).toHaveAttribute('readonly', '');
  await expect(body).toHaveAccessibleDescription(/cannot be changed here\. To change this one email, press Email/);
  await expect(body).toHaveAccessibleDescription(/edit the Follow-up template under Settings → Message templates/);
  await expect(panel(page).getByRole('link', { name: 'Settings → Message templates' })).toHaveAttribute(
    'href',
    '#/settings',
  );
  await expect(panel(page).getByRole('button', { name: 'Copy the message' })).toBeVisible();
  const email = panel(page).getByRole('link', { name: 'Email', exact: true });
  await expect(email).toHaveAttribute(
    'href',
    /^mailto:ada@mail\.example\?subject=Following%20up%2C%20Ada&body=Hello%20Ada%2C%0D%0A/,
  );

  // Saving the .eml goes through the browser's download, named after the subject.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel(page).getByRole('button', { name: 'Save .eml' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('Following-up-Ada.eml');

  // Nothing is logged until the recruiter says it went.
  expect(await host.rpc<Touch[]>('touches.list', { personId: ada.id })).toHaveLength(1);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    await expect(panel(page).getByRole('button', { name: 'Sent', exact: true })).toBeVisible();
    await noViolations(page, `the compose panel at ${width} px`);
    await panel(page).scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath(`compose-${width}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 800 });

  // The mail link opens the mail program; the page stays where it is.
  await email.click();
  await panel(page).getByRole('button', { name: 'Sent', exact: true }).click();
  await expect(page.getByText('Contact logged.')).toBeVisible();
  await expect(panel(page)).toHaveCount(0);
  const history = page.getByRole('region', { name: 'Contact history' });
  await expect(history.getByRole('listitem').first()).toContainText(/You →\s*followed up/);
  await expect(history.getByRole('listitem').first()).toContainText('Following up, Ada');
  const [sent] = await host.rpc<Touch[]>('touches.list', { personId: ada.id });
  expect(sent).toMatchObject({ kind: 'follow-up', channel: 'email', outcome: 'sent', summary: 'Following up, Ada' });
});

test('a blocked contact shows its reasons and offers no Email button; a message of the wrong kind is refused in the panel', async ({
  page,
  host,
}) => {
  // She asked not to be contacted: nothing to write, and the page says why.
  const bo = await candidate(host, 'Bo Lind', 'bo@mail.example', []);
  await host.rpc('touches.log', {
    personId: bo.id,
    at: daysAgo(1),
    channel: 'phone',
    direction: 'in',
    kind: 'reply',
    outcome: 'connected',
    response: 'stop',
  });
  await openPerson(page, host, bo.id, 'Bo Lind');
  await expect(page.getByRole('button', { name: 'Email', exact: true })).toBeDisabled();
  await expect(page.locator('#Email-why')).toHaveText(
    'They asked not to be contacted. The one thing still allowed is a handwritten thank-you letter.',
  );
  await expect(page.getByRole('link', { name: /^Email/ })).toHaveCount(0);
  await expect(panel(page)).toHaveCount(0);

  // Two follow-ups went unanswered: the take-away is offered; a third follow-up is refused with the rule named.
  const cy = await candidate(host, 'Cy Moreau', 'cy@mail.example', [10, 6]);
  await openPerson(page, host, cy.id, 'Cy Moreau');
  await page.getByRole('button', { name: 'Email: the take-away' }).click();
  await expect(panel(page).getByLabel('Template')).toHaveValue('take-away');
  await expect(panel(page).getByLabel('Message')).toHaveValue(/should I close your file\?/);
  await panel(page).getByLabel('Template').selectOption('follow-up');
  // The take-away itself is allowed now: the box says so, not that now is the earliest a contact is allowed.
  await expect(panel(page).getByText('Only the take-away', { exact: true })).toBeVisible();
  await expect(panel(page).getByText(/^The take-away is allowed now, and nothing else/)).toBeVisible();
  await expect(panel(page).getByText(/Earliest allowed/)).toHaveCount(0);
  await expect(panel(page).getByText('Take-away due:')).toBeVisible();
  await expect(panel(page).getByRole('link', { name: 'Email' })).toHaveCount(0);
  await expect(panel(page).getByLabel('Message')).toHaveCount(0);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    await noViolations(page, `a refused message at ${width} px`);
    await panel(page).screenshot({ path: test.info().outputPath(`compose-refused-${width}.png`) });
  }
  expect(await host.rpc<Touch[]>('touches.list', { personId: cy.id })).toHaveLength(2);
});

test('Settings: a template with an unknown field is refused by name; a saved one is used, and the default restored', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await new PolitelyApp(page).nav('Settings').click();
  const section = page.getByRole('region', { name: 'Message templates' });
  await section.getByRole('button', { name: 'Edit Follow-up' }).click();
  const form = section.getByRole('form', { name: 'Edit Follow-up' });
  await form.getByLabel('Subject').fill('Checking in, {{nickname}}');
  await expect(form.getByText('The subject uses {{nickname}}, which is not a field Politely knows.')).toBeVisible();
  await form.getByRole('button', { name: 'Save template' }).click();
  await expect(form.getByRole('alert').first()).toContainText('{{nickname}}');
  await form.getByText('Fields you can use').click();
  await expect(form.getByText('{{interviewTime}}', { exact: true })).toBeVisible();
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    await noViolations(page, `the template editor at ${width} px`);
    await form.getByLabel('Subject').scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath(`templates-${width}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await form.getByLabel('Subject').fill('Checking in, {{firstName}}');
  await form.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByText('Follow-up template saved.')).toBeVisible();
  await expect(section.getByText(/Yours, saved/)).toBeVisible();

  const ada = await candidate(host, 'Ada Okafor', 'ada@mail.example', [6]);
  await openPerson(page, host, ada.id, 'Ada Okafor');
  await page.getByRole('button', { name: 'Email', exact: true }).click();
  await expect(panel(page).getByText('Checking in, Ada', { exact: true })).toBeVisible();

  await new PolitelyApp(page).nav('Settings').click();
  await section.getByRole('button', { name: 'Restore default for Follow-up' }).click();
  await expect(section.getByText(/Yours, saved/)).toHaveCount(0);
  const [template] = (await host.rpc<{ id: string; isDefault: boolean }[]>('templates.list', {})).filter(
    (t) => t.id === 'follow-up',
  );
  expect(template!.isDefault).toBe(true);
});
