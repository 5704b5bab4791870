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

type Named = { id: string };

/**
 * Ada Okafor, who lives in Los Angeles, put forward for two positions at Acme Robotics (Berlin): the backend role
 * had a first round on Thu 5 Mar and has its second on Thu 12 Mar; the platform role closed when the client said no.
 * A third position is open for her. Ben Lindqvist is a candidate with nothing yet.
 */
async function seed(host: RunningHost) {
  const acme = await host.rpc<Named>('companies.create', { name: 'Acme Robotics', timezone: 'Europe/Berlin' });
  const dana = await host.rpc<Named>('people.create', {
    kind: 'contact',
    name: 'Dana Whitfield',
    title: 'VP Engineering',
    companyId: acme.id,
  });
  const position = (title: string) =>
    host.rpc<Named>('positions.create', { companyId: acme.id, title, description: `${title}: the role.` });
  const backend = await position('Senior Backend Engineer');
  const lead = await position('Platform Lead');
  await position('Data Engineer');
  const ada = await host.rpc<Named>('people.create', {
    kind: 'candidate',
    name: 'Ada Okafor',
    email: 'ada@mail.example',
    timezone: 'America/Los_Angeles',
  });
  const ben = await host.rpc<Named>('people.create', { kind: 'candidate', name: 'Ben Lindqvist' });

  const application = await host.rpc<Named>('applications.create', { candidateId: ada.id, positionId: backend.id });
  const closed = await host.rpc<Named>('applications.create', { candidateId: ada.id, positionId: lead.id });
  await host.rpc('applications.close', { id: closed.id, reason: 'client-rejected' });
  const first = await host.rpc<Named>('interviews.schedule', {
    applicationId: application.id,
    startsAt: '2026-03-05T10:00:00+01:00',
    durationMinutes: 60,
    timezone: 'Europe/Berlin',
    interviewerIds: [dana.id],
  });
  await host.rpc('debriefs.record', {
    interviewId: first.id,
    calledAt: '2026-03-05T11:30:00+01:00',
    arrivalTime: '09:50',
    durationMinutes: 60,
    metWith: 'Dana Whitfield',
    questionsAsked: 'System design.',
    answers: 'The ingestion pipeline she built.',
    vibe: 'Warm.',
    acceptance: 'yes',
    next: 'next-round',
  });
  const second = await host.rpc<Named>('interviews.schedule', {
    applicationId: application.id,
    startsAt: '2026-03-12T10:00:00+01:00',
    durationMinutes: 45,
    timezone: 'Europe/Berlin',
    interviewerIds: [dana.id],
  });
  return { ada, ben, first, second };
}

async function open(page: Page, host: RunningHost, id: string, name: string) {
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/people/${id}`);
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

for (const [width, height] of [
  [1280, 800],
  [390, 844],
] as const) {
  test(`a candidate's record shows their applications and interviews, and adds them to a position, at ${width} px`, async ({
    page,
    host,
  }, info) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height });
    const { ada, second } = await seed(host);
    await open(page, host, ada.id, 'Ada Okafor');

    // Applications: the open one first, with its stage, the road it took and a way to the board.
    const applications = page.getByRole('region', { name: /^Applications/ });
    await expect(applications.getByRole('heading', { level: 2 })).toHaveText('Applications 1 open, 1 ended');
    const rows = applications.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'See' }) });
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0).getByRole('link', { name: 'Senior Backend Engineer' })).toHaveAttribute(
      'href',
      /^#\/positions\//,
    );
    await expect(rows.nth(0).getByRole('list', { name: 'Stages of Senior Backend Engineer' })).toHaveText(
      /^Sourced Tue, Mar 10Interview Tue, Mar 10$/,
    );
    await expect(rows.nth(0).getByRole('link', { name: 'See it on the board' })).toHaveAttribute(
      'href',
      /^#\/pipeline\?position=/,
    );
    await expect(rows.nth(1)).toContainText('Platform Lead');
    await expect(rows.nth(1)).toContainText('Closed Tue, Mar 10: Client said no');
    await expect(rows.nth(1).getByRole('list', { name: 'Stages of Platform Lead' }).getByRole('listitem')).toHaveText([
      /^Sourced/,
      /^Closed/,
    ]);

    // Interviews: the coming round first, at its time in Berlin and on Ada's clock (Los Angeles is on summer time
    // from 8 March, Berlin not until the 29th); then the past one.
    const interviews = page.getByRole('region', { name: 'Interviews' });
    const coming = interviews.getByRole('listitem').filter({ hasText: 'Round 2' });
    await expect(coming).toContainText('Thu, Mar 12, 10:00 AM (Europe/Berlin)');
    await expect(coming).toContainText('Thu, Mar 12, 2:00 AM for Ada Okafor (America/Los_Angeles)');
    await expect(coming).toContainText('Upcoming');
    await expect(interviews.getByRole('listitem').filter({ hasText: 'Round 1' })).toContainText('Debriefed');
    await expect(interviews.getByRole('heading', { level: 3 })).toHaveText(['Coming up', 'Past']);

    await noViolations(page, `a candidate's record at ${width} px`);
    await page.screenshot({ path: info.outputPath(`person-record-${width}.png`), fullPage: true });

    // Add to a position, by keyboard alone: the dialog asks only for the position.
    await page.getByRole('button', { name: 'Add to a position' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Add Ada Okafor to a position' });
    await expect(dialog.getByLabel('Position')).toBeFocused();
    await expect(dialog.getByLabel('Candidate')).toHaveCount(0);
    // Not the position she is already in the running for; the one that closed, she may try again.
    const options = dialog.getByLabel('Position').getByRole('option');
    await expect(options.filter({ hasText: 'Data Engineer' })).toHaveCount(1);
    await expect(options.filter({ hasText: 'Platform Lead' })).toHaveCount(1);
    await expect(options.filter({ hasText: 'Senior Backend Engineer' })).toHaveCount(0);
    await dialog.getByLabel('Position').selectOption({ label: 'Data Engineer — Acme Robotics' });
    await noViolations(page, `the add-to-a-position dialog at ${width} px`);
    await page.screenshot({ path: info.outputPath(`person-record-add-${width}.png`) });
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Add to pipeline' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Ada Okafor added to Data Engineer.')).toBeVisible();
    await expect(applications.getByRole('heading', { level: 2 })).toHaveText('Applications 2 open, 1 ended');
    const added = rows.filter({ hasText: 'Data Engineer' });
    await expect(added).toContainText('Sourced');
    await expect(added).toContainText('Added Tue, Mar 10');

    // Log a contact takes the keyboard to the form; the coming interview opens its page.
    await page.getByRole('button', { name: 'Log a contact' }).click();
    await expect(page.getByRole('region', { name: 'Log a contact' }).locator('input:checked').first()).toBeFocused();
    await coming.getByRole('link', { name: /^Round 2/ }).click();
    await expect(page).toHaveURL(new RegExp(`#/interviews/${second.id}$`));
    await expect(page.getByRole('heading', { name: 'Round 2: Ada Okafor', level: 1 })).toBeVisible();
  });

  test(`a candidate with nothing yet is told what to do, at ${width} px`, async ({ page, host }, info) => {
    await page.setViewportSize({ width, height });
    const { ben } = await seed(host);
    await open(page, host, ben.id, 'Ben Lindqvist');
    await expect(page.getByRole('region', { name: /^Applications/ })).toContainText(
      'Not in the pipeline yet. Use Add to a position above',
    );
    await expect(page.getByRole('region', { name: 'Interviews' })).toContainText(
      'No interviews yet. Add them to a position first, then schedule their interview.',
    );
    // Scheduling asks for a position first, in words, instead of a dialog with nothing to choose.
    await page.getByRole('button', { name: 'Schedule interview' }).click();
    await expect(page.getByText('Ben Lindqvist is not in the pipeline yet.')).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await noViolations(page, `an empty record at ${width} px`);
    await page.screenshot({ path: info.outputPath(`person-record-empty-${width}.png`), fullPage: true });
  });
}
