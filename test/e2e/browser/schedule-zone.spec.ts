import { test as base, expect } from '../clock';
import { startHost, type RunningHost } from '../host';
import { noViolations, PolitelyApp } from '../pages';

const test = base.extend<{ host: RunningHost }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await startHost();
    await use(host);
    await host.stop();
  },
});

interface Named {
  id: string;
  name?: string;
  title?: string;
  timezone: string | null;
}

test('an interview is set in the zone where it happens, and each party sees it on their own clock', async ({
  page,
  host,
}, info) => {
  const app = new PolitelyApp(page);
  const acme = await host.rpc<Named>('companies.create', { name: 'Acme Robotics' });
  const dana = await host.rpc<Named>('people.create', {
    kind: 'contact',
    name: 'Dana Whitfield',
    companyId: acme.id,
    timezone: 'America/Chicago',
  });
  await host.rpc('people.create', {
    kind: 'contact',
    name: 'Rui Costa',
    companyId: acme.id,
    timezone: 'America/Sao_Paulo',
  });
  const ada = await host.rpc<Named>('people.create', {
    kind: 'candidate',
    name: 'Ada Okafor',
    timezone: 'Europe/Berlin',
  });
  await page.goto(host.url);

  // A client in Lisbon, set on its form; its position has no zone of its own.
  await app.nav('Companies').click();
  await page.getByRole('link', { name: 'New company' }).click();
  await page.getByLabel('Company name').fill('Lisboa Labs');
  await expect(page.getByText('Where the interviews happen. Leave empty to use yours.')).toBeVisible();
  await page.getByLabel('Time zone').fill('Europe/Lisbon');
  await page.getByRole('button', { name: 'Add company' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lisboa Labs' })).toBeVisible();
  const lisboa = (await host.rpc<{ companies: Named[] }>('companies.list', {})).companies.find(
    (c) => c.name === 'Lisboa Labs',
  )!;
  expect(lisboa.timezone).toBe('Europe/Lisbon');
  const data = await host.rpc<Named>('positions.create', { companyId: lisboa.id, title: 'Data Lead' });

  // Acme has no zone, but this position of theirs is in São Paulo, set on its form.
  await app.nav('Positions').click();
  await page.getByRole('link', { name: 'New position' }).click();
  await page.getByLabel('Company').selectOption({ label: 'Acme Robotics' });
  await page.getByLabel('Job title').fill('Site Lead');
  await expect(page.getByText("Where the interviews happen. Leave empty to use the client's.")).toBeVisible();
  await page.getByLabel('Time zone').fill('America/Sao_Paulo');
  await page.screenshot({ path: info.outputPath('position-form-1280.png'), fullPage: true });
  await page.getByRole('button', { name: 'Add position' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Site Lead' })).toBeVisible();
  const site = (await host.rpc<{ positions: Named[] }>('positions.list', {})).positions.find(
    (p) => p.title === 'Site Lead',
  )!;
  expect(site.timezone).toBe('America/Sao_Paulo');

  const application = await host.rpc<Named>('applications.create', { candidateId: ada.id, positionId: site.id });
  await host.rpc('applications.create', { candidateId: ada.id, positionId: data.id });
  await page.goto(`${host.origin}/#/people/${ada.id}`);
  await page.getByRole('button', { name: 'Schedule interview' }).click();
  const dialog = page.getByRole('dialog', { name: 'Schedule an interview for Ada Okafor' });
  const zone = dialog.getByLabel('Interview time zone');
  await dialog.getByLabel('Application').selectOption({ label: 'Site Lead at Acme Robotics' });

  // Not the candidate's zone, nor the recruiter's: the position's.
  await expect(zone).toHaveValue('America/Sao_Paulo');
  await expect(dialog.getByText('Where the position is.')).toBeVisible();

  // Thursday 10:00 in São Paulo (UTC−3) is 14:00 in Berlin (UTC+1) and 08:00 in Chicago (UTC−5 since 8 March).
  await dialog.getByLabel('Starts').fill('2026-03-12T10:00');
  const times = dialog.getByRole('list', { name: 'The time for each of them' });
  await expect(times).toHaveText('That is Thu, Mar 12, 2:00 PM for Ada Okafor (Europe/Berlin)');
  await dialog.getByLabel(/Dana Whitfield/).check();
  // Rui lives where the interview happens: nothing to convert for him.
  await dialog.getByLabel(/Rui Costa/).check();
  await expect(times.getByRole('listitem')).toHaveText([
    'That is Thu, Mar 12, 2:00 PM for Ada Okafor (Europe/Berlin)',
    'Thu, Mar 12, 8:00 AM for Dana Whitfield (America/Chicago)',
  ]);

  // The other application's position has no zone: its client's applies, and the times follow.
  await dialog.getByLabel('Application').selectOption({ label: 'Data Lead at Lisboa Labs' });
  await expect(zone).toHaveValue('Europe/Lisbon');
  await expect(dialog.getByText('Where Lisboa Labs is: the position has no zone of its own.')).toBeVisible();
  await expect(times.getByRole('listitem').first()).toHaveText(
    'That is Thu, Mar 12, 11:00 AM for Ada Okafor (Europe/Berlin)',
  );
  await dialog.getByLabel('Application').selectOption({ label: 'Site Lead at Acme Robotics' });
  await expect(zone).toHaveValue('America/Sao_Paulo');

  await noViolations(page, 'the schedule dialog with the times elsewhere');
  await page.screenshot({ path: info.outputPath('schedule-zone-1280.png') });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: info.outputPath('schedule-zone-390.png') });
  // The dialog scrolls on its own on a phone: its end, with the buttons, too.
  await dialog.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await page.screenshot({ path: info.outputPath('schedule-zone-390-end.png') });
  await page.setViewportSize({ width: 1280, height: 800 });

  // A zone Politely does not know is refused beside the field, and the times elsewhere make no guess.
  await zone.fill('Mars/Olympus');
  await expect(times).toBeHidden();
  await dialog.getByRole('button', { name: 'Schedule interview' }).click();
  await expect(dialog.getByText('Choose a time zone from the list, e.g. Europe/Berlin.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Schedule interview' })).toBeEnabled();
  await zone.fill('America/Sao_Paulo');
  await expect(times.getByRole('listitem')).toHaveCount(2);

  await dialog.getByRole('button', { name: 'Schedule interview' }).click();
  await expect(page.getByRole('heading', { name: 'Round 1: Ada Okafor', level: 1 })).toBeVisible();
  const [interview] = await host.rpc<{ startsAt: string; timezone: string; interviewers: { id: string }[] }[]>(
    'interviews.list',
    { applicationId: application.id },
  );
  expect(interview).toMatchObject({ startsAt: '2026-03-12T13:00:00.000Z', timezone: 'America/Sao_Paulo' });
  expect(interview!.interviewers.map((i) => i.id)).toEqual(expect.arrayContaining([dana.id]));

  // Moving it keeps its zone, and shows the others' clocks the same way.
  await page.getByRole('button', { name: 'Reschedule' }).click();
  const moving = page.getByRole('dialog', { name: 'Reschedule the interview' });
  await expect(moving.getByLabel('Interview time zone')).toHaveValue('America/Sao_Paulo');
  await moving.getByLabel('Starts').fill('2026-03-13T09:30');
  await expect(moving.getByRole('list', { name: 'The time for each of them' }).getByRole('listitem')).toHaveText([
    'That is Fri, Mar 13, 1:30 PM for Ada Okafor (Europe/Berlin)',
    'Fri, Mar 13, 7:30 AM for Dana Whitfield (America/Chicago)',
  ]);
});
