import path from 'node:path';
import { test as base, expect } from '../clock';
import { startHost, type RunningHost } from '../host';
import { PolitelyApp } from '../pages';

const test = base.extend<{ host: RunningHost }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await startHost();
    await use(host);
    await host.stop();
  },
});

const fixture = (name: string) => path.resolve(import.meta.dirname, '../../fixtures/imports', name);

test('LinkedIn connections import as they are exported, Notes: preamble and all; a company is an employer', async ({
  page,
  host,
}, info) => {
  const app = new PolitelyApp(page);
  await page.goto(host.url);
  await app.nav('People').click();
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import candidates from a CSV file' });
  await dialog.locator('input[type=file]').setInputFiles(fixture('linkedin-connections.csv'));

  // The preamble is neither a header nor a row: three connections, under LinkedIn's own column names.
  await expect(
    dialog.getByText('3 rows, read as UTF-8 with cells separated by commas. Check what each column holds:'),
  ).toBeVisible();
  const column = (header: string) => dialog.getByRole('combobox', { name: header, exact: true });
  for (const header of ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'])
    await expect(column(header), `a column named ${header}`).toHaveCount(1);
  await expect(dialog.getByText(/When exporting your connection data/)).toHaveCount(0);
  await expect(column('First Name')).toHaveValue('firstName');
  await expect(column('Last Name')).toHaveValue('lastName');
  await expect(column('URL')).toHaveValue('linkedinUrl');
  await expect(column('URL').locator('option:checked')).toHaveText('LinkedIn profile');
  await expect(column('Email Address')).toHaveValue('email');
  await expect(column('Company')).toHaveValue('company');
  await expect(column('Position')).toHaveValue('title');
  // When they connected is kept, in the notes.
  await expect(column('Connected On')).toHaveValue('notes');
  // The first row's cells, read as UTF-8, stand under their columns as examples.
  await expect(dialog.getByText('https://www.linkedin.com/in/renee-dubois-4a1b2c')).toBeVisible();
  await expect(dialog.getByText('Renée', { exact: true })).toBeVisible();
  await page.screenshot({ path: info.outputPath('linkedin-preview.png'), fullPage: true });

  await dialog.getByRole('button', { name: 'Import candidates' }).click();
  await expect(dialog.getByRole('status')).toHaveText('3 imported, 0 merged, 0 skipped.');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();

  for (const name of ['Renée Dubois', 'Kwame Mensah', 'Ingrid Halvorsen'])
    await expect(page.getByRole('link', { name: new RegExp(name) })).toBeVisible();

  await page.getByRole('link', { name: /Kwame Mensah/ }).click();
  await expect(page.getByRole('heading', { name: 'Kwame Mensah', level: 1 })).toBeVisible();
  // The quoted company, comma and all, is where he works: shown beside his title, and not yet a client.
  await expect(page.locator('.page-subtitle')).toHaveText('Senior Data Engineer · Mensah, Boateng & Co');
  await expect(page.getByRole('button', { name: 'Make Mensah, Boateng & Co a client' })).toBeVisible();
  // The person page shows the LinkedIn profile in the person's details.
  await page.getByRole('link', { name: 'Edit details' }).click();
  await expect(page.getByLabel('LinkedIn profile')).toHaveValue('https://www.linkedin.com/in/kwamemensah');
  await expect(page.getByLabel('Current company')).toHaveValue('Mensah, Boateng & Co');
  await expect(page.getByLabel('Email')).toHaveValue('kwame.mensah@mail.example');
  await expect(page.getByLabel('Notes')).toHaveValue(/02 Jan 2023/);

  // Two candidates with employers made no clients.
  await app.nav('Companies').click();
  await expect(page.getByRole('heading', { name: 'No companies yet' })).toBeVisible();
  expect((await host.rpc<{ companies: unknown[] }>('companies.list', {})).companies).toEqual([]);
});

test('a French Excel sheet saved in Windows-1252 with semicolons previews and imports with its accents', async ({
  page,
  host,
}, info) => {
  const app = new PolitelyApp(page);
  await page.goto(host.url);
  await app.nav('People').click();
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import candidates from a CSV file' });
  await dialog.locator('input[type=file]').setInputFiles(fixture('excel-fr.csv'));

  // Read as Windows-1252 and split on semicolons: é, and the curly apostrophe (0x92), come through as written.
  await expect(
    dialog.getByText(
      '2 rows, read as Windows-1252 (Western European) with cells separated by semicolons. Check what each column holds:',
    ),
  ).toBeVisible();
  const column = (header: string) => dialog.getByRole('combobox', { name: header, exact: true });
  await expect(column('Prénom')).toHaveValue('firstName');
  await expect(column('Nom')).toHaveValue('lastName');
  await expect(column('Adresse e-mail')).toHaveValue('email');
  await expect(column('Société')).toHaveValue('company');
  await expect(column('Fonction')).toHaveValue('title');
  await expect(column('Téléphone mobile')).toHaveValue('phone');
  await expect(dialog.getByText('Hélène', { exact: true })).toBeVisible();
  await expect(dialog.getByText('Société Générale d’Études', { exact: true })).toBeVisible();
  await expect(dialog.getByText(/\uFFFD/)).toHaveCount(0);
  await page.screenshot({ path: info.outputPath('windows-1252-preview.png'), fullPage: true });

  await dialog.getByRole('button', { name: 'Import candidates' }).click();
  await expect(dialog.getByRole('status')).toHaveText('2 imported, 0 merged, 0 skipped.');
  await dialog.getByRole('button', { name: 'Done' }).click();

  await page.getByRole('link', { name: /Hélène Marchand/ }).click();
  await expect(page.getByRole('heading', { name: 'Hélène Marchand', level: 1 })).toBeVisible();
  await expect(page.locator('.page-subtitle')).toHaveText('Directrice RH · Société Générale d’Études');
  await app.nav('People').click();
  // A semicolon inside quotes belongs to the cell, not between two.
  await page.getByRole('link', { name: /Benoît Roux/ }).click();
  await expect(page.locator('.page-subtitle')).toHaveText('Ingénieur · Roux; Fils et Cie');
});

test('an Excel "Unicode text" file (UTF-16, tab-separated) previews and imports with its accents', async ({
  page,
  host,
}) => {
  const app = new PolitelyApp(page);
  await page.goto(host.url);
  await app.nav('People').click();
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import candidates from a CSV file' });
  await dialog.locator('input[type=file]').setInputFiles(fixture('excel-unicode-text.txt'));

  await expect(
    dialog.getByText(
      '2 rows, read as UTF-16 (Excel’s Unicode text) with cells separated by tabs. Check what each column holds:',
    ),
  ).toBeVisible();
  const column = (header: string) => dialog.getByRole('combobox', { name: header, exact: true });
  await expect(column('Name')).toHaveValue('name');
  await expect(column('Email')).toHaveValue('email');
  await expect(column('Company')).toHaveValue('company');
  await expect(dialog.getByText('Zoë Ångström', { exact: true })).toBeVisible();
  await expect(dialog.getByText('Ångström AB', { exact: true })).toBeVisible();

  await dialog.getByRole('button', { name: 'Import candidates' }).click();
  await expect(dialog.getByRole('status')).toHaveText('2 imported, 0 merged, 0 skipped.');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('link', { name: /Zoë Ångström/ }).click();
  await expect(page.getByRole('heading', { name: 'Zoë Ångström', level: 1 })).toBeVisible();
  await expect(page.locator('.page-subtitle')).toHaveText('Recruiter · Ångström AB');
});

test('a Google Contacts export joins the first and middle names, and the columns say that they will', async ({
  page,
  host,
}) => {
  const app = new PolitelyApp(page);
  await page.goto(host.url);
  await app.nav('People').click();
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import candidates from a CSV file' });
  await dialog.locator('input[type=file]').setInputFiles(fixture('google-contacts.csv'));
  const column = (header: string) => dialog.getByRole('combobox', { name: header, exact: true });
  // Both name columns go into the name, in the file's order: the choice says so, not "First name" twice.
  for (const header of ['First Name', 'Middle Name']) {
    await expect(column(header)).toHaveValue('firstName');
    await expect(column(header).locator('option:checked')).toHaveText('First or middle name');
  }
  await expect(column('Last Name')).toHaveValue('lastName');
  await dialog.getByRole('button', { name: 'Import candidates' }).click();
  await expect(dialog.getByRole('status')).toContainText('imported');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('link', { name: /Lucía María Fernández/ })).toBeVisible();
});
