import fs from 'node:fs';
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
 * Two placements this month at Acme Robotics: Ada's at 20% of an accepted USD 120,000.00, Ben's at a fixed
 * EUR 15,000.00, so the report has two currencies to keep apart.
 */
async function seed(host: RunningHost) {
  const acme = await host.rpc<Named>('companies.create', { name: 'Acme Robotics', timezone: 'Europe/Berlin' });
  const place = async (name: string, title: string, fee: Record<string, unknown>, base?: number) => {
    const position = await host.rpc<Named>('positions.create', { companyId: acme.id, title });
    const person = await host.rpc<Named>('people.create', { kind: 'candidate', name });
    const application = await host.rpc<Named>('applications.create', {
      candidateId: person.id,
      positionId: position.id,
    });
    await host.rpc('applications.move', { id: application.id, stage: 'offer' });
    if (base) {
      const { offer } = await host.rpc<{ offer: Named }>('offers.record', {
        applicationId: application.id,
        base,
        currency: 'USD',
        startDate: '2026-04-01',
      });
      await host.rpc('offers.answer', { offerId: offer.id, answer: 'yes' });
    }
    await host.rpc('placements.record', {
      applicationId: application.id,
      startDate: '2026-04-01',
      fee,
      guaranteeDays: 90,
    });
  };
  await place('Ada Okafor', 'Senior Backend Engineer', { percent: 20 }, 12_000_000);
  await place('Ben Tal', 'Data Analyst', { amount: 1_500_000, currency: 'EUR' });
}

for (const [width, height] of [
  [1280, 800],
  [390, 844],
] as const) {
  test(`the reports show a placement's fee, each currency apart, and save them as CSV, at ${width} px`, async ({
    page,
    host,
  }, info) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height });
    await page.goto(host.url);
    await page.goto(`${host.origin}/#/reports`);
    const placements = page.getByRole('region', { name: 'Placements and fees' });
    // Before any placement: what to do, not an empty chart.
    await expect(placements.getByText(/^No placements in these months\. When a candidate says YES/)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Time to fill' })).toContainText('No open or filled positions yet.');
    await expect(page.getByRole('region', { name: 'Submittals to interviews to offers' })).toContainText(
      'No shortlists sent and no interviews held in these months.',
    );

    await seed(host);
    await page.reload();
    await expect(placements.getByRole('definition').filter({ hasText: 'USD' })).toHaveText(
      'EUR 15,000.00; USD 24,000.00',
    );
    await expect(placements.getByRole('img', { name: /^Placements by month: .*Mar 2026 2\./ })).toBeVisible();
    await placements.getByText('Show the placements').click();
    const ada = placements.getByRole('row').filter({ hasText: 'Ada Okafor' });
    await expect(ada).toContainText('USD 24,000.00 (20%)');
    await expect(ada).toContainText('Senior Backend Engineer');
    await expect(placements.getByRole('row').filter({ hasText: 'Ben Tal' })).toContainText('EUR 15,000.00');
    // Time to fill counts both positions as filled the day they opened.
    const fill = page.getByRole('region', { name: 'Time to fill' });
    await expect(fill.getByRole('definition').first()).toHaveText('2');

    await noViolations(page, `the reports with placements at ${width} px`);
    await placements.screenshot({ path: info.outputPath(`placements-${width}.png`) });
    await fill.getByText('By position').click();
    await expect(fill.getByRole('row').filter({ hasText: 'Data Analyst' })).toContainText('Filled in 0 days');
    await fill.screenshot({ path: info.outputPath(`time-to-fill-${width}.png`) });
    await page
      .getByRole('region', { name: 'Submittals to interviews to offers' })
      .screenshot({ path: info.outputPath(`conversion-${width}.png`) });

    const downloading = page.waitForEvent('download');
    await placements.getByRole('button', { name: 'Save as CSV' }).click();
    const file = await downloading;
    expect(file.suggestedFilename()).toBe('Politely placements and fees.csv');
    const text = fs.readFileSync((await file.path())!, 'utf8');
    expect(text.startsWith('\ufeff')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('Month,Placements,Fee not known,Fell off,Fees EUR,Fees USD');
    expect(lines.at(-2)).toBe('2026-03,2,0,0,15000.00,24000.00');
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(14);

    const png = page.waitForEvent('download');
    await placements.getByRole('button', { name: 'Save as PNG' }).click();
    const picture = await png;
    expect(picture.suggestedFilename()).toBe('Politely placements and fees.png');
    expect([...fs.readFileSync((await picture.path())!).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });
}
