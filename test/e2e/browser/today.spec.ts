import { hoursFromNow, test as base, expect } from '../clock';
import { startHost, type RunningHost } from '../host';
import { BoardPage } from '../pages';

const test = base.extend<{ host: RunningHost }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await startHost();
    await use(host);
    await host.stop();
  },
});

test('Today lists the follow-up whose agreed date has come and who we wait for; one click opens the person, free to write', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Nothing is due today' })).toBeVisible();
  // Prep shows up here only close to the interview, and the empty day says so.
  await expect(page.getByText(/prep is listed here once the interview is 48 hours away/)).toBeVisible();

  const mei = await host.rpc<{ id: string }>('people.create', {
    kind: 'candidate',
    name: 'Mei Chen',
    email: 'mei@mail.example',
    timezone: 'Asia/Singapore',
  });
  await host.rpc('touches.log', {
    personId: mei.id,
    at: hoursFromNow(-72),
    channel: 'phone',
    direction: 'out',
    kind: 'check-in',
    outcome: 'connected',
    response: 'permission',
    agreedNextAt: hoursFromNow(-1),
    summary: 'She asked me to follow up after her review cycle.',
  });
  const ben = await host.rpc<{ id: string }>('people.create', {
    kind: 'candidate',
    name: 'Ben Lindqvist',
    timezone: 'Europe/Stockholm',
  });
  await host.rpc('touches.log', {
    personId: ben.id,
    at: hoursFromNow(-24),
    channel: 'email',
    direction: 'in',
    kind: 'reply',
    outcome: 'replied',
    summary: "I'm in the middle of a project. Can you call me back in a couple of weeks?",
  });
  const company = await host.rpc<{ id: string }>('companies.create', { name: 'Acme Robotics' });
  const position = await host.rpc<{ id: string }>('positions.create', {
    companyId: company.id,
    title: 'Platform Engineer',
    description: 'Build it.',
  });
  await host.rpc('applications.create', { candidateId: ben.id, positionId: position.id });

  await page.reload();
  const due = page.getByRole('region', { name: /Follow-ups due/ });
  await expect(due.getByRole('listitem')).toHaveCount(1);
  await expect(due).toContainText('They agreed to hear from you from');
  await expect(due).toContainText('1 hour ago');
  const waiting = page.getByRole('region', { name: /Waiting/ });
  await expect(waiting).toContainText('Ben Lindqvist');
  await expect(waiting).toContainText('Platform Engineer at Acme Robotics');
  await expect(waiting).toContainText('They said "not now". Paused until');
  await expect(waiting).toContainText('in 13 days');
  await page.screenshot({ path: test.info().outputPath('today.png') });

  await due.getByRole('link', { name: 'Follow up: Mei Chen' }).click();
  await expect(page.getByRole('heading', { name: 'Mei Chen', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Email', exact: true })).toBeEnabled();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pipeline' }).click();
  await expect(new BoardPage(page).card('Ben Lindqvist').getByText('Not now')).toBeVisible();
});
