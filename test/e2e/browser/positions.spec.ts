import { hoursFromNow, test, expect } from '../clock';
import { startHost, type RunningHost } from '../host';
import { noViolations } from '../pages';

/** One position with candidates at four stages (one closed), an interview to come and one whose debrief is due. */
async function seedPosition(host: RunningHost) {
  const company = await host.rpc<{ id: string }>('companies.create', { name: 'Northwind Health' });
  const manager = await host.rpc<{ id: string }>('people.create', {
    kind: 'contact',
    name: 'Dana Whitfield',
    title: 'VP Engineering',
    companyId: company.id,
  });
  const position = await host.rpc<{ id: string }>('positions.create', {
    companyId: company.id,
    title: 'Développeuse backend senior',
    description: 'Build the claims platform.\nOn call one week in six.',
    salaryMin: 90000,
    salaryMax: 120000,
    salaryCurrency: 'EUR',
    location: 'Lyon or remote',
    hiringManagerIds: [manager.id],
  });
  await host.rpc('positions.create', { companyId: company.id, title: 'Data Analyst' });
  const applications: Record<string, string> = {};
  for (const name of ['Ada Okafor', 'Ben Lindqvist', 'Cléo Martin', 'Dmitri Volkov', 'Émilie Fontaine']) {
    const person = await host.rpc<{ id: string }>('people.create', { kind: 'candidate', name, timezone: 'UTC' });
    const application = await host.rpc<{ id: string }>('applications.create', {
      candidateId: person.id,
      positionId: position.id,
    });
    applications[name] = application.id;
  }
  await host.rpc('applications.move', { id: applications['Ben Lindqvist'], stage: 'prep' });
  const schedule = (name: string, hours: number) =>
    host.rpc('interviews.schedule', {
      applicationId: applications[name],
      startsAt: hoursFromNow(hours),
      durationMinutes: 60,
      timezone: 'Europe/Paris',
    });
  await schedule('Cléo Martin', 24);
  await schedule('Dmitri Volkov', -26);
  await host.rpc('applications.close', { id: applications['Émilie Fontaine'], reason: 'candidate-withdrew' });
  return position;
}

for (const [width, height] of [
  [1280, 800],
  [390, 844],
] as const) {
  test(`a position's page shows its candidates by stage, its interviews and its details, at ${width} px`, async ({
    page,
  }, info) => {
    test.setTimeout(120_000);
    const host = await startHost();
    try {
      await seedPosition(host);
      await page.setViewportSize({ width, height });
      await page.goto(host.url);
      await page.goto(`${host.origin}/#/positions`);
      await expect(page.locator('.list-count [role=status]')).toHaveText('2 positions');
      await noViolations(page, `the Positions list at ${width} px`);
      await page.screenshot({ path: info.outputPath(`positions-${width}.png`) });

      // Without its accent, and by its client's name too, the filter finds it.
      await page.getByLabel('Filter positions').fill('developpeuse northwind');
      await expect(page.locator('.list-count [role=status]')).toHaveText('1 match');
      await page.getByLabel('Status').selectOption('filled');
      await expect(page.getByText('No position matches. Try other words, or any status.')).toBeVisible();
      await page.getByLabel('Status').selectOption('');
      const link = page.getByRole('link', { name: 'Développeuse backend senior' });
      await link.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 1, name: 'Développeuse backend senior' })).toBeVisible();

      const pipeline = page.getByRole('region', { name: /^Pipeline/ });
      await expect(pipeline).toContainText('4 open of 5');
      const stage = (name: string) => pipeline.getByRole('region', { name: new RegExp(`^${name} \\d+$`) });
      await expect(stage('Sourced').getByRole('link')).toHaveText(['Ada Okafor']);
      await expect(stage('Prep').getByRole('link')).toHaveText(['Ben Lindqvist']);
      await expect(stage('Interview').getByRole('link')).toHaveText(['Cléo Martin', 'Dmitri Volkov']);
      await expect(stage('Offer')).toContainText('No one');
      await expect(stage('Closed')).toContainText('Émilie Fontaine · Candidate withdrew');

      const interviews = page.getByRole('region', { name: 'Interviews' });
      await expect(interviews.getByRole('listitem')).toHaveCount(2);
      await expect(interviews.getByRole('listitem').first()).toContainText('Cléo Martin · round 1');
      await expect(interviews.getByRole('listitem').first()).toContainText('Upcoming');
      await expect(interviews.getByRole('listitem').last()).toContainText('Debrief due');

      const details = page.getByRole('region', { name: 'Details' });
      await expect(details).toContainText('EUR 90,000–120,000');
      await expect(details.getByRole('link', { name: 'Dana Whitfield' })).toBeVisible();
      await expect(details.getByRole('link', { name: 'Northwind Health' })).toBeVisible();
      await expect(details).toContainText('On call one week in six.');
      await expect(page.getByText(/^Loading…$/)).toHaveCount(0);
      await noViolations(page, `a position's page at ${width} px`);
      await page.screenshot({ path: info.outputPath(`position-${width}.png`), fullPage: true });

      // Editing is a secondary action, by keyboard; saving comes back to the page.
      await page.getByRole('link', { name: 'Edit position' }).focus();
      await page.keyboard.press('Enter');
      await expect(page.getByLabel('Job title')).toHaveValue('Développeuse backend senior');
      await page.getByLabel('Location').fill('Lyon');
      await page.getByRole('button', { name: 'Save changes' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Développeuse backend senior' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Details' })).toContainText('Lyon');

      // A position with no one yet says what to do.
      await page.goto(`${host.origin}/#/positions`);
      await page.getByRole('link', { name: 'Data Analyst' }).click();
      await expect(
        page.getByText('No candidates yet. Add candidates to this position from the pipeline'),
      ).toBeVisible();
      await expect(page.getByText('No interviews yet.')).toBeVisible();
      await noViolations(page, `an empty position's page at ${width} px`);
      await page.screenshot({ path: info.outputPath(`position-empty-${width}.png`), fullPage: true });
    } finally {
      await host.stop();
    }
  });
}
