import fs from 'node:fs';
import { hoursFromNow, test as base, expect } from '../clock';
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

/** The lines of a calendar file, long ones unfolded. */
const lines = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`a cancelled interview offers its cancellation, with the invite's UID, at ${viewport.width} px`, async ({
    page,
    host,
  }, info) => {
    await page.setViewportSize(viewport);
    const company = await host.rpc<{ id: string }>('companies.create', { name: 'Acme Robotics' });
    const position = await host.rpc<{ id: string }>('positions.create', {
      companyId: company.id,
      title: 'Platform Engineer',
      description: 'Build the fleet platform.',
    });
    const ada = await host.rpc<{ id: string }>('people.create', {
      kind: 'candidate',
      name: 'Ada Okafor',
      email: 'ada@mail.example',
    });
    const application = await host.rpc<{ id: string }>('applications.create', {
      candidateId: ada.id,
      positionId: position.id,
    });
    await host.rpc('recruiter.update', { name: 'Sam Rivera', email: 'sam@agency.example' });
    const interview = await host.rpc<{ id: string }>('interviews.schedule', {
      applicationId: application.id,
      startsAt: hoursFromNow(26),
      durationMinutes: 60,
      timezone: 'Europe/Berlin',
      interviewerIds: [],
    });

    await page.goto(host.url);
    await page.goto(`${host.origin}/#/interviews/${interview.id}`);
    await expect(page.getByRole('heading', { name: 'Round 1: Ada Okafor', level: 1 })).toBeVisible();
    const save = async (name: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      return { name: download.suggestedFilename(), lines: lines(fs.readFileSync((await download.path())!, 'utf8')) };
    };
    const invite = await save('Calendar file');
    expect(invite.lines).toContain('METHOD:REQUEST');
    expect(invite.lines).toContain('SEQUENCE:0');
    const uid = invite.lines.find((l) => l.startsWith('UID:'))!;

    await page.getByRole('button', { name: 'Cancel interview' }).click();
    await page
      .getByRole('dialog', { name: 'Cancel this interview?' })
      .getByRole('button', { name: 'Cancel the interview' })
      .click();
    await expect(page.getByText(/Save the cancellation and send it to Ada Okafor/)).toBeVisible();
    // Only the cancellation is left to send: no invite, no packet.
    for (const gone of ['Calendar file', 'Download packet', 'PDF'])
      await expect(page.getByRole('button', { name: gone, exact: true })).toHaveCount(0);

    const cancellation = await save('Save the cancellation');
    expect(cancellation.name).toBe('Cancelled - Interview prep - Platform Engineer at Acme Robotics.ics');
    expect(cancellation.lines).toContain('METHOD:CANCEL');
    expect(cancellation.lines).toContain('STATUS:CANCELLED');
    expect(cancellation.lines).toContain('SEQUENCE:1');
    expect(cancellation.lines).toContain(uid);

    await noViolations(page, 'a cancelled interview');
    await page.screenshot({ path: info.outputPath(`cancelled-${viewport.width}.png`), fullPage: true });
  });
}
