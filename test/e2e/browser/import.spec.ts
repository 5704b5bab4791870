import fs from 'node:fs';
import path from 'node:path';
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

/** 1,000 rows as another tool exports them: 950 people, 30 repeats of earlier emails, 20 bad emails. */
function spreadsheet(dir: string): string {
  const lines = ['First Name,Last Name,E-mail Address,Mobile,Current Company,Job Title'];
  for (let i = 1; i <= 1000; i++) {
    const n = String(i).padStart(4, '0');
    if (i % 50 === 0) lines.push(`Bad,Email ${n},not-an-email-${n},,Acme,Engineer`);
    else if (i % 33 === 0)
      lines.push(`Again,Person ${n},person${String(i - 1).padStart(4, '0')}@mail.example,,Acme,Engineer`);
    else lines.push(`Person,${n},person${n}@mail.example,+1 415 555 ${n},"Acme, Inc.",Engineer`);
  }
  const file = path.join(dir, 'export-from-old-ats.csv');
  fs.writeFileSync(file, `${lines.join('\r\n')}\r\n`);
  return file;
}

test('a recruiter imports a 1,000-row export with duplicates and errors, and sees what to fix', async ({
  page,
  host,
}, info) => {
  fs.mkdirSync(info.outputDir, { recursive: true });
  const file = spreadsheet(info.outputDir);
  const expectedBad = 20;
  const expectedDuplicates = [...Array(1000).keys()]
    .map((i) => i + 1)
    .filter((i) => i % 50 !== 0 && i % 33 === 0).length;
  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import candidates from a CSV file' });
  await dialog.locator('input[type=file]').setInputFiles(file);
  await expect(
    dialog.getByText('1,000 rows, read as UTF-8 with cells separated by commas. Check what each column holds:'),
  ).toBeVisible();
  await expect(dialog.getByRole('combobox').nth(2)).toHaveValue('email');
  await dialog.getByLabel('Import the valid rows, and list the others').check();
  await dialog.getByRole('button', { name: 'Import candidates' }).click();
  const imported = 1000 - expectedBad - expectedDuplicates;
  await expect(dialog.getByRole('status')).toHaveText(
    `${imported} imported, 0 merged, ${expectedDuplicates} skipped, ${expectedBad} rows need fixing.`,
  );
  // Each refused row says whom it is about and what is wrong with what it holds.
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Row 51 ' })).toHaveText(
    'Row 51 (Bad Email 0050): “not-an-email-0050” is not an email address. Enter one like name@example.com.',
  );
  await page.screenshot({ path: info.outputPath('import.png') });

  // The rows left out come back as a file: fixed in a spreadsheet, it imports alone.
  const [saved] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Save rows to fix (CSV)' }).click(),
  ]);
  expect(saved.suggestedFilename()).toMatch(/^Politely rows to fix \d{4}-\d{2}-\d{2}\.csv$/);
  const handedBack = fs.readFileSync((await saved.path())!, 'utf8');
  // A byte-order mark first, so spreadsheets read it as UTF-8.
  expect(handedBack.startsWith('\ufeff')).toBe(true);
  const lines = handedBack.trim().split(/\r?\n/);
  expect(lines[0]).toBe('Politely: what to fix,First Name,Last Name,E-mail Address,Mobile,Current Company,Job Title');
  expect(lines.slice(1)).toHaveLength(expectedBad);
  expect(lines[1]).toBe(
    '“not-an-email-0050” is not an email address. Enter one like name@example.com.,Bad,Email 0050,' +
      'not-an-email-0050,,Acme,Engineer',
  );
  await dialog.getByRole('button', { name: 'Done' }).click();
  expect(await host.rpc<{ total: number }>('people.list', { kind: 'candidate' })).toMatchObject({ total: imported });
  await expect(page.getByRole('link', { name: /Person 0001/ })).toBeVisible();

  const fixed = path.join(info.outputDir, 'rows-to-fix-fixed.csv');
  fs.writeFileSync(fixed, handedBack.replace(/,not-an-email-(\d+),/g, ',fixed$1@mail.example,'));
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  await dialog.locator('input[type=file]').setInputFiles(fixed);
  await expect(
    dialog.getByText(
      `${expectedBad} rows, read as UTF-8 with cells separated by commas. Check what each column holds:`,
    ),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Import candidates' }).click();
  await expect(dialog.getByRole('status')).toHaveText(`${expectedBad} imported, 0 merged, 0 skipped.`);
  await dialog.getByRole('button', { name: 'Done' }).click();
  expect(await host.rpc<{ total: number }>('people.list', { kind: 'candidate' })).toMatchObject({
    total: imported + expectedBad,
  });
});

test('importing a file of names and employers twice asks who is who, and adds only whom the recruiter says is new', async ({
  page,
  host,
}, info) => {
  fs.mkdirSync(info.outputDir, { recursive: true });
  const file = path.join(info.outputDir, 'contacts.csv');
  fs.writeFileSync(
    file,
    'First Name,Last Name,Organization Name\nAna,Souza,Acme\nBen,Lindqvist,Initech\nCarla,Dias,Globex\n',
  );
  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import candidates from a CSV file' });
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  await dialog.locator('input[type=file]').setInputFiles(file);
  await dialog.getByRole('button', { name: 'Import candidates' }).click();
  await expect(dialog.getByRole('status')).toHaveText('3 imported, 0 merged, 0 skipped.');
  await dialog.getByRole('button', { name: 'Done' }).click();

  await page.getByRole('button', { name: 'Import CSV…' }).click();
  await dialog.locator('input[type=file]').setInputFiles(file);
  await dialog.getByRole('button', { name: 'Import candidates' }).click();
  await expect(dialog.getByText('3 people in this file may already be in Politely:')).toBeVisible();
  await dialog.getByLabel('Row 4: Carla Dias at Globex is the person already in Politely').uncheck();
  await dialog.getByRole('button', { name: 'Import candidates' }).click();
  await expect(dialog.getByRole('status')).toHaveText('1 imported, 0 merged, 2 skipped.');
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Row 2:' })).toHaveText(
    'Row 2: Ana Souza: already in Politely (you said it is the same person), left out',
  );
  await dialog.getByRole('button', { name: 'Done' }).click();
  expect(await host.rpc<{ total: number }>('people.list', { kind: 'candidate' })).toMatchObject({ total: 4 });
});
