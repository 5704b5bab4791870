import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { E2E_NOW, test as base, expect } from '../clock';
import { startHost, type RunningHost } from '../host';

// The person's status banner; the rule panel below it is a status too, and may say the same words.
const banner = (page: Page) => page.locator('p.banner[role="status"]');

const test = base.extend<{ host: RunningHost }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await startHost();
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

test('two unanswered follow-ups make the take-away next; after it, the ball is in their court', async ({
  page,
  host,
}) => {
  const ada = await host.rpc<{ id: string }>('people.create', {
    kind: 'candidate',
    name: 'Ada Okafor',
    email: 'ada@mail.example',
    timezone: 'Europe/Berlin',
  });
  for (const days of [10, 6]) {
    await host.rpc('touches.log', {
      personId: ada.id,
      at: daysAgo(days),
      channel: 'email',
      direction: 'out',
      kind: 'follow-up',
      outcome: 'sent',
    });
  }
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/people/${ada.id}`);
  await expect(banner(page).filter({ hasText: '2 contacts in a row are unanswered' })).toBeVisible();
  // Each contact's time is in the app's one date format (New York's clock), and nowhere on the page is a date
  // written in numbers or a time with seconds.
  await expect(page.locator('.timeline time')).toHaveText(['Wed, Mar 4, 5:00 AM', 'Sat, Feb 28, 5:00 AM']);
  expect(await page.locator('body').innerText()).not.toMatch(/\d:\d\d:\d\d|\d+\/\d+\/\d+/);
  // Email opens the compose panel on the take-away, filled in for her.
  await page.getByRole('button', { name: 'Email: the take-away' }).click();
  const compose = page.getByRole('region', { name: 'Write an email' });
  await expect(compose.getByLabel('Template')).toHaveValue('take-away');
  await expect(compose.getByLabel('Message')).toHaveValue(/should I close your file\?/);
  await compose.getByRole('button', { name: 'Close' }).click();

  // A third plain follow-up is refused, live, with the rule named.
  const form = page.getByRole('region', { name: 'Log a contact' });
  await expect(form.getByText('must be the take-away: ask whether to close their file')).toBeVisible();
  await form.getByLabel('What kind').selectOption('take-away');
  await expect(form.getByText('Not now')).toBeHidden();
  await form.getByRole('button', { name: 'Log contact' }).click();
  await expect(page.getByText('Contact logged.')).toBeVisible();

  await expect(banner(page).filter({ hasText: 'the ball is in their court' })).toBeVisible();
  const email = page.getByRole('button', { name: 'Email' });
  await expect(email).toBeDisabled();
  await expect(page.locator('#Email-why')).toContainText('the ball is in their court');
});

test('a blocked contact can be logged only with a reason, and is flagged in the history', async ({ page, host }) => {
  const ben = await host.rpc<{ id: string }>('people.create', {
    kind: 'candidate',
    name: 'Ben Lindqvist',
    timezone: 'Europe/Berlin',
  });
  await host.rpc('touches.log', {
    personId: ben.id,
    at: daysAgo(1),
    channel: 'email',
    direction: 'in',
    kind: 'reply',
    outcome: 'replied',
    summary: 'Please stop contacting me.',
  });
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/people/${ben.id}`);
  await expect(banner(page).filter({ hasText: 'They asked not to be contacted' })).toBeVisible();

  const form = page.getByRole('region', { name: 'Log a contact' });
  // The rule is named in plain words, never by its id.
  await expect(form.getByText('Do not contact:', { exact: true })).toBeVisible();
  await expect(form.getByText('do-not-contact')).toHaveCount(0);
  await form.getByLabel('Notes').fill('Called by mistake from an old list.');
  await form.getByRole('button', { name: 'Log with my reason' }).click();
  await expect(form.getByText('10 characters or more')).toBeVisible();
  await form.getByLabel('Log it anyway: why was this contact right?').fill('Sent before I saw the reply, by accident.');
  await form.getByRole('button', { name: 'Log with my reason' }).click();
  await expect(page.getByText('Logged, and flagged with your reason.')).toBeVisible();
  await expect(page.getByText('Broke Do not contact — Sent before I saw the reply, by accident.')).toBeVisible();
  const flagged = await host.rpc<unknown[]>('touches.list', { flagged: true });
  expect(flagged).toHaveLength(1);

  // Reports lists it, with the rule and the reason, and leads back to the person.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  const overrides = page.getByRole('region', { name: 'Overrides' });
  const row = overrides.getByRole('row', { name: /Ben Lindqvist/ });
  await expect(row).toContainText('Do not contact');
  await expect(row).toContainText('Sent before I saw the reply, by accident.');
  await expect(
    page.getByRole('region', { name: 'Breadth' }).getByRole('img', { name: /People contacted per week/ }),
  ).toBeVisible();
  await expect(
    overrides.getByRole('img', { name: 'Overrides by the rule stepped past: Do not contact 1.' }),
  ).toBeVisible();
  const saved = page.waitForEvent('download');
  await overrides.getByRole('button', { name: 'Save as CSV' }).click();
  const csv = fs
    .readFileSync((await (await saved).path())!, 'utf8')
    .replace(/^\ufeff/, '')
    .split('\r\n');
  expect(csv[0]).toBe('When,Person,Kind,Channel,Rules broken,Reason');
  expect(csv[1]).toContain(',Ben Lindqvist,');
  expect(csv[1]).toContain('Do not contact');
  await row.getByRole('link', { name: 'Ben Lindqvist' }).click();
  await expect(page.getByRole('heading', { name: 'Ben Lindqvist', level: 1 })).toBeVisible();
});

test('settings show each rule with its bounds, refuse a weekly cap over 7 beside the field, and save', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const weekly = page.getByLabel('Outbound contacts to one person in any 7 days');
  await expect(weekly).toHaveValue('3');
  await expect(page.getByText('From 1 to 7 contacts. Default 3.')).toBeVisible();
  await weekly.fill('8');
  await page.getByRole('button', { name: 'Save rules' }).click();
  await expect(page.getByText('must be a whole number from 1 to 7 contacts')).toBeVisible();
  expect((await host.rpc<{ policy: { weeklyCap: number } }>('settings.get', {})).policy.weeklyCap).toBe(3);
  await weekly.fill('2');
  await page.getByRole('button', { name: 'Save rules' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  expect((await host.rpc<{ policy: { weeklyCap: number } }>('settings.get', {})).policy.weeklyCap).toBe(2);
});

test('a candidate’s data can be exported as readable JSON, then erased with everything linked', async ({
  page,
  host,
}) => {
  const ada = await host.rpc<{ id: string }>('people.create', {
    kind: 'candidate',
    name: 'Ada Okafor',
    email: 'ada@mail.example',
    timezone: 'Europe/Berlin',
  });
  await host.rpc('touches.log', {
    personId: ada.id,
    at: daysAgo(3),
    channel: 'email',
    direction: 'in',
    kind: 'reply',
    outcome: 'replied',
    summary: 'Happy to talk.',
  });
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/people/${ada.id}`);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export their data' }).click(),
  ]);
  expect(file.suggestedFilename()).toBe('Politely data - Ada Okafor.json');
  const exported = JSON.parse(fs.readFileSync((await file.path())!, 'utf8')) as {
    data: { person: { name: string }[]; contacts: { summary: string }[] };
  };
  expect(exported.data.person[0]!.name).toBe('Ada Okafor');
  expect(exported.data.contacts.map((t) => t.summary)).toEqual(['Happy to talk.']);

  await page.getByRole('button', { name: 'Erase…' }).click();
  const erase = page.getByRole('dialog', { name: 'Erase Ada Okafor?' });
  await expect(erase.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await erase.getByRole('button', { name: 'Erase Ada Okafor' }).click();
  await expect(page.getByText('Ada Okafor has been erased.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
  expect(await host.rpc<{ total: number }>('people.list', {})).toMatchObject({ total: 0 });
  expect(await host.rpc<unknown[]>('touches.list', {})).toEqual([]);
});

test('a candidate’s current company is their employer, typed; one click makes it a client', async ({ page, host }) => {
  await host.rpc('companies.create', { name: 'Société Générale' });
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/people/new?kind=candidate`);
  await page.getByLabel('Full name').fill('Ada Okafor');
  // Any name goes; the clients are offered while typing.
  const company = page.getByLabel('Current company');
  await expect(page.locator('datalist option[value="Société Générale"]')).toHaveCount(1);
  await company.fill('Globex');
  await page.getByRole('button', { name: 'Add candidate' }).click();
  await expect(page.getByRole('heading', { name: 'Ada Okafor', level: 1 })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Contact details' }).getByText('Globex', { exact: true }),
  ).toBeVisible();
  const clients = async () =>
    (await host.rpc<{ companies: { name: string }[] }>('companies.list', {})).companies.map((c) => c.name);
  expect(await clients()).toEqual(['Société Générale']);

  await page.getByRole('button', { name: 'Make Globex a client' }).click();
  await expect(page.getByText('Globex is now a client.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Client: Globex' })).toBeVisible();
  expect(await clients()).toEqual(['Globex', 'Société Générale']);

  // An employer spelled another way is the client already there: the page links to it, nothing is added.
  await page.getByRole('link', { name: 'Edit details' }).click();
  await page.getByLabel('Current company').fill('SOCIETE generale');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('link', { name: 'Client: Société Générale' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Make .* a client$/ })).toHaveCount(0);
  expect(await clients()).toEqual(['Globex', 'Société Générale']);
});

test('a candidate’s contact details are on their page: links to write, call, open LinkedIn; notes as typed', async ({
  page,
  host,
}, info) => {
  const ada = await host.rpc<{ id: string }>('people.create', {
    kind: 'candidate',
    name: 'Ada Okafor',
    email: 'ada+jobs@mail.example',
    phone: '+49 30 5550 1234',
    linkedinUrl: 'https://www.linkedin.com/in/ada-okafor/',
    location: 'Berlin, Germany',
    timezone: 'Europe/Berlin',
    employer: 'Globex',
    title: 'Staff engineer',
    notes: 'Prefers mornings.\nAsk about <the> relocation & visa.',
  });
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/people/${ada.id}`);
  const details = page.getByRole('region', { name: 'Contact details' });
  await expect(details.getByRole('link', { name: 'ada+jobs@mail.example' })).toHaveAttribute(
    'href',
    'mailto:ada+jobs@mail.example',
  );
  await expect(details.getByRole('link', { name: '+49 30 5550 1234' })).toHaveAttribute('href', 'tel:+493055501234');
  // LinkedIn opens outside Politely: a new tab here, the system's browser in the desktop app.
  const linkedin = details.getByRole('link', { name: 'linkedin.com/in/ada-okafor' });
  await expect(linkedin).toHaveAttribute('href', 'https://www.linkedin.com/in/ada-okafor/');
  await expect(linkedin).toHaveAttribute('target', '_blank');
  await expect(linkedin).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(details.locator('dt')).toHaveText([
    'Email',
    'Phone',
    'LinkedIn',
    'Location',
    'Time zone',
    'Employer',
    'Job title',
  ]);
  await expect(details.locator('dd')).toHaveText([
    'ada+jobs@mail.example',
    '+49 30 5550 1234',
    'linkedin.com/in/ada-okafor',
    'Berlin, Germany',
    // Noon in Berlin when it is 07:00 for the recruiter in New York.
    /^Europe\/Berlin \(Tue, Mar 10, 12:0\d\sPM there now\)$/,
    'Globex',
    'Staff engineer',
  ]);
  // Notes keep their line breaks, and markup in them is text.
  const notes = details.locator('.details-notes');
  expect(await notes.innerText()).toBe('Prefers mornings.\nAsk about <the> relocation & visa.');
  await page.screenshot({ path: info.outputPath('person-1280.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(details).toBeVisible();
  const box = (await details.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await page.screenshot({ path: info.outputPath('person-390.png'), fullPage: true });
});

test('a person with no details on file gets one link to add them, and empty fields are left out', async ({
  page,
  host,
}) => {
  const ben = await host.rpc<{ id: string }>('people.create', { kind: 'candidate', name: 'Ben Lindqvist' });
  const cleo = await host.rpc<{ id: string }>('people.create', {
    kind: 'candidate',
    name: 'Cleo Marsh',
    email: 'cleo@mail.example',
    linkedinUrl: 'http://linkedin.com/in/cleo',
  });
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/people/${cleo.id}`);
  const details = page.getByRole('region', { name: 'Contact details' });
  await expect(details.locator('dt')).toHaveText(['Email', 'LinkedIn']);
  // An address the desktop app would not open is shown, not linked.
  await expect(details.getByText('http://linkedin.com/in/cleo', { exact: true })).toBeVisible();
  await expect(details.getByRole('link')).toHaveCount(1);
  await expect(details.getByRole('link', { name: 'Add contact details' })).toHaveCount(0);

  await page.goto(`${host.origin}/#/people/${ben.id}`);
  await expect(page.getByRole('heading', { name: 'Ben Lindqvist', level: 1 })).toBeVisible();
  await expect(details.locator('dt')).toHaveCount(0);
  await details.getByRole('link', { name: 'Add contact details' }).click();
  await expect(page.getByLabel('Full name')).toHaveValue('Ben Lindqvist');
});

test('in their quiet hours the banner says email now and calls later, as the buttons do', async ({ page, host }) => {
  // 04:00 in Los Angeles at the tests' "now": an email may go, a call waits for 08:00.
  const lee = await host.rpc<{ id: string }>('people.create', {
    kind: 'candidate',
    name: 'Lee Park',
    email: 'lee@mail.example',
    phone: '+1 213 555 0100',
    timezone: 'America/Los_Angeles',
  });
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/people/${lee.id}`);
  await expect(banner(page)).toHaveClass(/banner-wait/);
  await expect(banner(page).locator('.banner-lead')).toHaveText(
    'Email now; calls from 8:00 AM their time (quiet hours).',
  );
  await expect(page.getByRole('button', { name: 'Email', exact: true })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Call' })).toBeDisabled();
  await expect(page.locator('#Call-why')).toHaveText('Not before Tue, Mar 10, 8:00 AM their time (Quiet hours).');
  // While calls are blocked the number is shown to copy, not as a link past the rule.
  const details = page.getByRole('region', { name: 'Contact details' });
  await expect(details.getByText('+1 213 555 0100', { exact: true })).toBeVisible();
  await expect(details.getByRole('link', { name: '+1 213 555 0100' })).toHaveCount(0);
});
