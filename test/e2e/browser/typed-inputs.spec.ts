import type { Company, Person } from '../../../api/contract';
import { test as base, expect } from '../clock';
import { startHost, type RunningHost } from '../host';

const test = base.extend<{ host: RunningHost }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await startHost();
    await use(host);
    await host.stop();
  },
});

test('a LinkedIn address without https://, a city for the time zone and a website without https:// are taken as meant', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/people/new?kind=candidate`);
  await page.getByLabel('Full name').fill('Ada Okafor');
  const zone = page.getByLabel('Time zone');
  await zone.fill('London');
  await zone.blur();
  // Left, the field shows the zone the city is in.
  await expect(zone).toHaveValue('Europe/London');
  await page.getByLabel('LinkedIn profile').fill('linkedin.com/in/ada-okafor');
  await page.getByRole('button', { name: 'Add candidate' }).click();
  await expect(page.getByRole('heading', { name: 'Ada Okafor', level: 1 })).toBeVisible();
  const { people } = await host.rpc<{ people: Person[] }>('people.list', { kind: 'candidate' });
  expect(people[0]).toMatchObject({ timezone: 'Europe/London', linkedinUrl: 'https://linkedin.com/in/ada-okafor' });

  // Submitted with Enter while still in the field, a city goes as its zone too.
  await page.goto(`${host.origin}/#/companies/new`);
  await page.getByLabel('Company name').fill('Acme Robotics');
  await page.getByLabel('Website').fill('acme.example');
  await page.getByLabel('Time zone').fill('lisbon');
  await page.getByLabel('Time zone').press('Enter');
  await expect(page.getByRole('heading', { name: 'Acme Robotics', level: 1 })).toBeVisible();
  const { companies } = await host.rpc<{ companies: Company[] }>('companies.list', {});
  const [company] = companies;
  expect(company).toMatchObject({ website: 'https://acme.example', timezone: 'Europe/Lisbon' });
});

test('the offer form starts in the position’s currency and reads “€70.000”; the placement fee “20%”', async ({
  page,
  host,
}) => {
  const acme = await host.rpc<{ id: string }>('companies.create', { name: 'Acme Robotics' });
  const position = await host.rpc<{ id: string }>('positions.create', {
    companyId: acme.id,
    title: 'Platform Engineer',
    salaryCurrency: 'EUR',
  });
  const ada = await host.rpc<{ id: string }>('people.create', { kind: 'candidate', name: 'Ada Okafor' });
  const application = await host.rpc<{ id: string }>('applications.create', {
    candidateId: ada.id,
    positionId: position.id,
  });
  await host.rpc('applications.move', { id: application.id, stage: 'offer' });
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/people/${ada.id}`);
  await page.getByRole('button', { name: 'Record an offer' }).click();
  const form = page.getByRole('form', { name: 'Record an offer' });
  await expect(form.getByLabel('Currency')).toHaveValue('EUR');
  await expect(form.getByLabel('Currency')).toHaveAccessibleDescription(/^The position's currency\./);
  // Not an amount: refused in a full sentence that says what to type.
  await form.getByLabel('Base salary').fill('seventy thousand');
  await form.getByLabel('Start date').fill('2026-04-01');
  await form.getByRole('button', { name: 'Record the offer' }).click();
  await expect(form.getByText('The base salary could not be read as an amount. Write it in figures')).toBeVisible();
  await form.getByLabel('Base salary').fill('€70.000');
  await form.getByLabel('Bonus (optional)').fill('5k');
  await form.getByRole('button', { name: 'Record the offer' }).click();
  const row = page
    .getByRole('region', { name: /^Applications/ })
    .getByRole('listitem')
    .first();
  await expect(row).toContainText('EUR 70,000.00 + EUR 5,000.00 bonus');
});

test('a position’s salary range reads “75.000” and “€95k” as the offer form does', async ({ page, host }) => {
  const company = await host.rpc<{ id: string }>('companies.create', { name: 'Müller & Söhne' });
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/positions/new`);
  await page.getByLabel('Company').selectOption({ label: 'Müller & Söhne' });
  await page.getByLabel('Job title').fill('Data Analyst');
  await page.getByLabel('Salary from').fill('75.000');
  await page.getByLabel('Salary to').fill('€95k');
  await page.getByLabel('Currency').fill('EUR');
  await page.getByLabel('Full job description').fill('Reads the numbers and says what they mean.');
  await page.getByRole('button', { name: 'Add position' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Data Analyst' })).toBeVisible();
  const { positions } = await host.rpc<{ positions: { companyId: string; salaryMin: number; salaryMax: number }[] }>(
    'positions.list',
    {},
  );
  expect(positions.map((p) => [p.companyId, p.salaryMin, p.salaryMax])).toEqual([[company.id, 75_000, 95_000]]);
});
