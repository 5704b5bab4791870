import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { hoursFromNow, test as base, expect } from '../clock';
import { startHost, type RunningHost } from '../host';
import { BoardPage, noViolations } from '../pages';

const test = base.extend<{ host: RunningHost }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await startHost();
    await use(host);
    await host.stop();
  },
});

const MARK = 'INTERNAL-e2e-41c7';
const ALLOWED_ATTRIBUTES = new Set([
  'lang',
  'charset',
  'http-equiv',
  'content',
  'name',
  'class',
  'id',
  'aria-labelledby',
  'href',
]);

test('schedule → prep → packet → the interview ends → Today says debrief → a hedge is a NO and closes the application', async ({
  page,
  host,
  browser,
}, info) => {
  const company = await host.rpc<{ id: string }>('companies.create', {
    name: 'Acme Robotics',
    notes: `${MARK} pays late`,
  });
  await host.rpc('people.create', {
    kind: 'contact',
    name: 'Dana Whitfield',
    title: 'VP Engineering',
    companyId: company.id,
    notes: `${MARK} contact`,
  });
  const position = await host.rpc<{ id: string }>('positions.create', {
    companyId: company.id,
    title: 'Platform Engineer',
    description: 'Build the fleet platform.',
    salaryMin: 111111,
  });
  const ada = await host.rpc<{ id: string }>('people.create', {
    kind: 'candidate',
    name: 'Ada Okafor',
    timezone: 'Europe/Berlin',
    notes: `${MARK} candidate`,
  });
  await host.rpc('applications.create', { candidateId: ada.id, positionId: position.id });
  await host.rpc('recruiter.update', { name: 'Sam Rivera', email: 'sam@agency.example', phone: '+1 415 555 0134' });

  // Schedule from the candidate's page, two hours from now, on UTC clocks.
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/people/${ada.id}`);
  await page.getByRole('button', { name: 'Schedule interview' }).click();
  const dialog = page.getByRole('dialog', { name: 'Schedule an interview for Ada Okafor' });
  await dialog.getByLabel('Starts').fill(hoursFromNow(2).slice(0, 16));
  await dialog.getByLabel('Interview time zone').fill('UTC');
  await dialog.getByLabel('Format').selectOption('video');
  await dialog.getByLabel('Video link').fill('https://meet.example.com/acme-ada');
  await dialog.getByLabel(/Dana Whitfield/).check();
  await dialog.getByRole('button', { name: 'Schedule interview' }).click();
  await expect(page.getByRole('heading', { name: 'Round 1: Ada Okafor', level: 1 })).toBeVisible();

  // Prep: tick an item, and keep one item internal with something the candidate must never see.
  const prep = page.getByRole('region', { name: /Prep/ });
  await prep.getByRole('checkbox', { name: 'Your research' }).check();
  await prep.getByLabel('Who sees “My experience with this client”').selectOption('internal');
  await prep
    .getByRole('listitem')
    .filter({ hasText: 'My experience with this client' })
    .getByRole('button', { name: 'Edit' })
    .click();
  await prep.getByLabel('Text').fill(`${MARK} they always lowball the first offer`);
  await prep.getByRole('button', { name: 'Save prep' }).click();
  await expect(page.getByText('Prep saved.')).toBeVisible();
  await expect(prep.getByText('1/10')).toBeVisible();

  // The packet: downloaded, parsed, checked for anything internal or active, readable by everyone, and on paper.
  const [packetDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download packet' }).click(),
  ]);
  expect(packetDownload.suggestedFilename()).toBe('Interview prep - Platform Engineer at Acme Robotics.html');
  const html = fs.readFileSync((await packetDownload.path())!, 'utf8');
  expect(html).not.toContain(MARK);
  const phone = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const reader = await phone.newPage();
  await reader.setContent(html);
  await expect(reader.getByRole('heading', { name: 'Platform Engineer at Acme Robotics' })).toBeVisible();
  const dom = {
    scripts: await reader.locator('script, iframe, object, embed, img, link').count(),
    attributes: await reader
      .locator('*')
      .evaluateAll((elements) =>
        elements.flatMap((el) => [...el.attributes].map((a) => [a.name, a.value] as [string, string])),
      ),
    overflow: await reader.locator('html').evaluate((el) => el.scrollWidth - el.clientWidth),
    text: await reader.locator('body').innerText(),
  };
  expect(dom.scripts).toBe(0);
  for (const [name, value] of dom.attributes) {
    expect(ALLOWED_ATTRIBUTES).toContain(name);
    if (name === 'href') expect(value).toMatch(/^(https:|mailto:|tel:)/);
  }
  expect(dom.overflow).toBeLessThanOrEqual(0);
  expect(dom.text).toContain(
    'Is this still a position you are interested in, and if it meets your salary requirements, would you accept?',
  );
  expect(dom.text).not.toMatch(/111111|111,111/);
  await noViolations(reader, 'the prep packet');
  await reader.screenshot({ path: info.outputPath('packet-375.png'), fullPage: true });
  const pdfPath = info.outputPath('packet.pdf');
  await reader.pdf({ path: pdfPath, format: 'A4', printBackground: true, preferCSSPageSize: true });
  const pdfText = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' });
  expect(pdfText).toContain('Ada Okafor');
  expect(pdfText).not.toContain(MARK);
  await phone.close();

  const [icsDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Calendar file' }).click(),
  ]);
  const ics = fs.readFileSync((await icsDownload.path())!, 'utf8');
  expect(ics).toContain('BEGIN:VEVENT');
  expect(ics).not.toContain(MARK);

  // In the browser, PDF means the browser's own print: it says so.
  const [popup] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'PDF' }).click()]);
  await expect(page.getByText(/choose "Save as PDF"/)).toBeVisible();
  await popup.close();

  // Time passes: the interview took place earlier today.
  const interviewId = new URL(page.url()).hash.split('/')[2]!;
  await host.rpc('interviews.reschedule', { id: interviewId, startsAt: hoursFromNow(-3) });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  const debriefs = page.getByRole('region', { name: /Debriefs to call/ });
  await expect(debriefs).toContainText('Ada Okafor');
  await expect(debriefs).toContainText('The interview ended 2 hours ago');
  await debriefs.getByRole('link', { name: 'Debrief: Ada Okafor' }).click();

  await expect(page.getByRole('heading', { name: 'Debrief: Ada Okafor', level: 1 })).toBeVisible();
  await noViolations(page, 'the debrief screen');
  // Times typed are the recruiter's own, said as every form says it.
  await expect(page.getByLabel('When did this call happen?')).toHaveAccessibleDescription(
    'Your time. How fast you debrief is kept.',
  );
  await page.getByLabel('What time did you arrive?').fill('10 minutes early');
  await page.getByLabel('With whom did you meet? Names and roles.').fill('Dana Whitfield, VP Engineering');
  await page.getByLabel('What questions did they ask?').fill('Telemetry design.');
  await page.getByLabel('How did you answer?').fill('With the ingestion pipeline I built.');
  await page.getByLabel('How did it feel? What was the vibe?').fill('Friendly, a little rushed.');
  // A YES with a missing answer is refused beside the field, and nothing is recorded.
  await page.getByLabel('How did it feel? What was the vibe?').fill('');
  await page.getByRole('button', { name: 'YES' }).click();
  await expect(page.getByText('Fill in the vibe.')).toBeVisible();
  await page.getByLabel('How did it feel? What was the vibe?').fill('Friendly, a little rushed.');

  await page.getByRole('button', { name: 'They hedged' }).click();
  await page.getByLabel('Their words').fill('I need to think about it.');
  await page.screenshot({ path: info.outputPath('debrief.png'), fullPage: true });
  await page.getByRole('button', { name: 'Record as NO' }).click();
  await page
    .getByRole('dialog', { name: 'Record their answer as NO?' })
    .getByRole('button', { name: 'Close the application as NO' })
    .click();
  await expect(
    page.getByRole('status').filter({
      hasText: 'Recorded: NO (they hedged; their words are kept). The application is closed as declined at debrief',
    }),
  ).toBeVisible();

  await page.getByRole('link', { name: 'Back to Today' }).click();
  await expect(page.getByRole('region', { name: /Debriefs to call/ })).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pipeline' }).click();
  await expect(new BoardPage(page).column('Closed').getByText('Declined at debrief')).toBeVisible();
});
