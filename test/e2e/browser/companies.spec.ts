import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { E2E_NOW, hoursFromNow, test, expect } from '../clock';
import { createCompany } from '../../../db/companies';
import { openDatabase } from '../../../db/connection';
import { startHost, type RunningHost } from '../host';
import { noViolations } from '../pages';

const CLIENTS = 600;

/** A data file from before profiles with 600 clients, which the first profile takes in: more than one page. */
function manyClients(): string {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'politely-e2e-'));
  const db = openDatabase(path.join(dataDir, 'politely.db'));
  db.transaction(() => {
    for (let i = 1; i <= CLIENTS; i++) createCompany(db, { name: `Client ${String(i).padStart(3, '0')}` }, E2E_NOW);
  })();
  db.close();
  return dataDir;
}

/** Société Générale, with two positions (one with candidates at three stages), a contact and a hiring manager. */
async function seedClient(host: RunningHost) {
  const company = await host.rpc<{ id: string }>('companies.create', {
    name: 'Société Générale',
    website: 'https://www.societegenerale.example/',
    timezone: 'Europe/Paris',
    notes: 'Interviews move fast.\nThey value a short CV.',
  });
  const manager = await host.rpc<{ id: string }>('people.create', {
    kind: 'contact',
    name: 'Hélène Rousseau-Delacroix',
    title: 'Head of Data Engineering and Analytics Platforms',
    email: 'helene.rousseau-delacroix@societegenerale.example',
    phone: '+33 1 42 14 20 00',
    companyId: company.id,
  });
  await host.rpc('people.create', { kind: 'contact', name: 'Marc Aubert', title: 'HR partner', companyId: company.id });
  const analyst = await host.rpc<{ id: string }>('positions.create', {
    companyId: company.id,
    title: 'Analyste données',
    description: 'Build the risk dashboards.',
    hiringManagerIds: [manager.id],
  });
  await host.rpc('positions.create', { companyId: company.id, title: 'Chef de projet', status: 'filled' });
  for (const [i, name] of ['Ada Okafor', 'Ben Lindqvist', 'Cléo Martin'].entries()) {
    const person = await host.rpc<{ id: string }>('people.create', { kind: 'candidate', name, timezone: 'UTC' });
    const application = await host.rpc<{ id: string }>('applications.create', {
      candidateId: person.id,
      positionId: analyst.id,
    });
    if (i === 1) await host.rpc('applications.move', { id: application.id, stage: 'prep' });
    if (i === 2)
      await host.rpc('interviews.schedule', {
        applicationId: application.id,
        startsAt: hoursFromNow(48),
        durationMinutes: 60,
        timezone: 'Europe/Paris',
      });
  }
  return company;
}

for (const [width, height] of [
  [1280, 800],
  [390, 844],
] as const) {
  test(`the Companies list pages through 601 clients, and a client's page shows its positions and contacts, at ${width} px`, async ({
    page,
  }, info) => {
    test.setTimeout(180_000);
    const host = await startHost({ dataDir: manyClients() });
    try {
      await seedClient(host);
      await page.setViewportSize({ width, height });
      await page.goto(host.url);
      await page.goto(`${host.origin}/#/companies`);
      await expect(page.locator('.list-count [role=status]')).toHaveText(`${CLIENTS + 1} companies`);
      const rows = page.locator('tbody tr.clickable');
      await expect(rows.first()).toContainText('Client 001');
      expect(await rows.count()).toBeLessThan(100);
      await noViolations(page, `the Companies list at ${width} px`);
      await page.screenshot({ path: info.outputPath(`companies-${width}.png`) });

      // Scrolling to the end loads the second page; accents aside, Société Générale sorts after every Client.
      const scroller = page.getByTestId('companies-scroll');
      await scroller.evaluate(async (el) => {
        const count = el.ownerDocument.querySelector('.list-count')!;
        while (count.textContent!.includes('loaded')) {
          el.scrollTo(0, el.scrollHeight);
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        el.scrollTo(0, el.scrollHeight);
      });
      await expect(page.locator('.list-count')).toHaveText(`${CLIENTS + 1} companies`);
      await expect(rows.last()).toContainText('Société Générale');
      await expect(rows.last()).toContainText('1 open position');

      // Typed without its accents, the filter finds it; Enter on its link opens its page.
      await page.getByLabel('Filter companies').fill('societe gen');
      await expect(page.locator('.list-count [role=status]')).toHaveText('1 match');
      await expect(rows).toHaveCount(1);
      await rows.first().getByRole('link', { name: 'Société Générale' }).focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 1, name: 'Société Générale' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'societegenerale.example', exact: true })).toBeVisible();

      const positions = page.getByRole('region', { name: /^Positions/ });
      await expect(positions).toContainText('1 open of 2');
      const analyst = positions
        .getByRole('listitem')
        .filter({ has: page.getByRole('link', { name: 'Analyste données' }) });
      await expect(analyst.getByRole('list', { name: 'Candidates for Analyste données, by stage' })).toHaveText(
        /1 Sourced.*1 Prep.*1 Interview.*0 Debrief.*0 Offer.*0 Placed.*0 Closed/,
      );
      await expect(positions.getByText('Filled')).toBeVisible();
      const contacts = page.getByRole('region', { name: 'Contacts' });
      await expect(contacts.getByRole('link', { name: 'Hélène Rousseau-Delacroix' })).toBeVisible();
      await expect(contacts).toContainText('Hires for Analyste données');
      await expect(contacts.getByRole('link', { name: 'Marc Aubert' })).toBeVisible();
      await expect(page.getByText('They value a short CV.')).toBeVisible();
      await expect(page.getByText(/^(Loading)…$/)).toHaveCount(0);
      await noViolations(page, `a company's page at ${width} px`);
      await page.screenshot({ path: info.outputPath(`company-${width}.png`), fullPage: true });

      // Editing is a secondary action, reached by keyboard; Cancel comes back to the page.
      const edit = page.getByRole('link', { name: 'Edit company' });
      await edit.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByLabel('Company name')).toHaveValue('Société Générale');
      await page.getByRole('link', { name: 'Cancel' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Société Générale' })).toBeVisible();

      // A client with nothing yet says what to do.
      await page.goto(`${host.origin}/#/companies`);
      await page.getByRole('link', { name: 'Client 001' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Client 001' })).toBeVisible();
      await expect(page.getByText('No positions yet. Add the jobs you are filling for Client 001')).toBeVisible();
      await expect(page.getByText('No contacts yet.')).toBeVisible();
      await expect(
        page.getByRole('region', { name: /^Positions/ }).getByRole('link', { name: 'Add a position' }),
      ).toBeVisible();
      await noViolations(page, `an empty company's page at ${width} px`);
      await page.screenshot({ path: info.outputPath(`company-empty-${width}.png`), fullPage: true });

      // A contact added from here is this client's from the start.
      await page.getByRole('link', { name: 'Add a client contact' }).click();
      await expect(page.getByLabel('Company', { exact: true })).toHaveValue(/.+/);
      await expect(page.getByLabel('Company', { exact: true }).locator('option:checked')).toHaveText('Client 001');
    } finally {
      await host.stop();
    }
  });
}
