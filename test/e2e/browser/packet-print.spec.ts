import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { hoursFromNow, test as base, expect } from '../clock';
import { startHost, type RunningHost } from '../host';

const test = base.extend<{ host: RunningHost }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await startHost();
    await use(host);
    await host.stop();
  },
});

test("PDF in the browser opens the packet at its own address with its own styles, so it prints as the desktop app's does", async ({
  page,
  host,
}, info) => {
  const company = await host.rpc<{ id: string }>('companies.create', { name: 'Acme Robotics' });
  const position = await host.rpc<{ id: string }>('positions.create', {
    companyId: company.id,
    title: 'Platform Engineer',
    description: 'Build the fleet platform.',
  });
  const ada = await host.rpc<{ id: string }>('people.create', {
    kind: 'candidate',
    name: 'Ada Okafor',
    timezone: 'Europe/Berlin',
  });
  const application = await host.rpc<{ id: string }>('applications.create', {
    candidateId: ada.id,
    positionId: position.id,
  });
  const interview = await host.rpc<{ id: string }>('interviews.schedule', {
    applicationId: application.id,
    startsAt: hoursFromNow(26),
    durationMinutes: 60,
    timezone: 'Europe/Berlin',
    format: 'video',
    place: 'https://meet.example/ada',
  });
  await host.rpc('recruiter.update', { name: 'Sam Rivera', phone: '+1 415 555 0134' });

  await page.goto(host.url);
  await page.goto(`${host.origin}/#/interviews/${interview.id}`);
  const [popup] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'PDF' }).click()]);
  await expect(page.getByText(/choose "Save as PDF"/)).toBeVisible();
  await popup.waitForLoadState();
  expect(new URL(popup.url()).pathname).toMatch(/^\/print\/[A-Za-z0-9_-]{43}$/);
  await expect(popup.getByRole('heading', { name: 'Platform Engineer at Acme Robotics' })).toBeVisible();
  // The packet's own styles apply (the app's page would have blocked them): its paper colour and its heading rule.
  await expect(popup.locator('body')).toHaveCSS('background-color', 'rgb(246, 245, 241)');
  await expect(popup.locator('header')).toHaveCSS('border-bottom-style', 'solid');

  const pdfPath = info.outputPath('packet-printed.pdf');
  await popup.pdf({ path: pdfPath, format: 'A4', printBackground: true, preferCSSPageSize: true });
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain('Platform Engineer at Acme Robotics');
  expect(text).toContain('Call Sam Rivera as soon as you leave');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdfPath, info.outputPath('packet-page')]);
  expect(fs.readdirSync(info.outputDir).some((f) => /^packet-page-0*1\.png$/.test(f))).toBe(true);

  // The address is good for one visit: opened again, it says what to do instead.
  const again = await page.context().newPage();
  const reply = await again.goto(popup.url());
  expect(reply?.status()).toBe(404);
  await expect(again.getByText('Go back to Politely and choose PDF again.')).toBeVisible();
});
