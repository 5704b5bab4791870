import { E2E_NOW, test as base, expect } from '../clock';
import { startHost, type RunningHost } from '../host';

const test = base.extend<{ host: RunningHost }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await startHost();
    await use(host);
    await host.stop();
  },
});

const HOUR = 3_600_000;
const quarter = (ms: number) => new Date(Math.round(ms / 900_000) * 900_000).toISOString();

test('what falls due is announced in the window and listed, to open, snooze or dismiss', async ({ page, host }) => {
  const company = (await host.rpc('companies.create', { name: 'Acme Robotics' })) as { id: string };
  const position = (await host.rpc('positions.create', {
    companyId: company.id,
    title: 'Backend Engineer',
    description: 'Build.',
  })) as { id: string };
  const names = ['Ada Okafor', 'Ben Lindqvist'];
  const interviews: string[] = [];
  for (const [i, name] of names.entries()) {
    const person = (await host.rpc('people.create', { kind: 'candidate', name, timezone: 'UTC' })) as { id: string };
    const application = (await host.rpc('applications.create', {
      candidateId: person.id,
      positionId: position.id,
    })) as { id: string };
    const started = quarter(Date.parse(E2E_NOW) - (2 + i) * HOUR);
    interviews.push(
      (
        (await host.rpc('interviews.schedule', {
          applicationId: application.id,
          startsAt: started,
          durationMinutes: 60,
          timezone: 'UTC',
        })) as { id: string }
      ).id,
    );
  }
  // No digest today: only the debriefs speak.
  await host.rpc('reminders.updateSettings', { digestAt: null });

  await page.goto(host.url);
  await expect(
    page.getByRole('status').filter({ hasText: /Debrief (Ada Okafor|Ben Lindqvist) \(and 1 more in Reminders\)/ }),
  ).toBeVisible();
  const bell = page.getByRole('button', { name: 'Reminders 2 due' });
  await expect(bell).toBeVisible();

  // By keyboard: open the list, snooze one, dismiss none, open the other.
  await bell.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog', { name: 'Reminders' });
  await expect(panel.getByRole('listitem')).toHaveCount(2);
  await panel.getByLabel('Snooze Debrief Ben Lindqvist').selectOption('1 hour');
  await expect(page.getByRole('status').filter({ hasText: /^Snoozed until/ })).toBeVisible();
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Reminders 1 due' })).toBeVisible();
  await panel.getByRole('button', { name: 'Open' }).click();
  await expect(panel).toBeHidden();
  await expect(page.getByRole('heading', { name: /Debrief/ }).first()).toBeVisible();
  expect(page.url()).toContain(`interviews/${interviews[0]}`);

  // Dismissed is gone for good; the snoozed one waits its hour.
  await page.getByRole('button', { name: 'Reminders 1 due' }).click();
  await page.getByRole('button', { name: 'Dismiss: Debrief Ada Okafor' }).click();
  await expect(page.getByRole('dialog', { name: 'Reminders' }).getByText(/Nothing is due/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Reminders none due' })).toBeVisible();

  // The digest time is the recruiter's to choose, and a bad one is refused in plain words.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('A daily digest of what is due').check();
  await page.getByLabel('Digest time').fill('07:45');
  await page.getByRole('button', { name: 'Save reminders' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The daily digest comes at 07:45.' })).toBeVisible();
  expect(await host.rpc('reminders.settings', {})).toEqual({ digestAt: '07:45', hideNames: false });
});
