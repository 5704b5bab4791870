import { test as base, expect } from '../clock';
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

type Named = { id: string };

/** Ada Okafor at Offer for the Senior Backend Engineer role at Acme Robotics; Ben and Cleo still in its pipeline. */
async function seed(host: RunningHost) {
  const acme = await host.rpc<Named>('companies.create', { name: 'Acme Robotics', timezone: 'Europe/Berlin' });
  const position = await host.rpc<Named>('positions.create', {
    companyId: acme.id,
    title: 'Senior Backend Engineer',
    description: 'Build the fleet platform.',
  });
  const applications: Record<string, string> = {};
  for (const [name, stage] of [
    ['Ada Okafor', 'offer'],
    ['Ben Lindqvist', 'interview'],
    ['Cleo Martin', null],
  ] as const) {
    const person = await host.rpc<Named>('people.create', { kind: 'candidate', name, timezone: 'Europe/Berlin' });
    const application = await host.rpc<Named>('applications.create', {
      candidateId: person.id,
      positionId: position.id,
    });
    if (stage) await host.rpc('applications.move', { id: application.id, stage });
    applications[name] = application.id;
  }
  return { position, applications };
}

const stageOf = async (host: RunningHost, positionId: string, applicationId: string) =>
  (
    await host.rpc<{ applications: { id: string; stage: string }[] }>('positions.get', { id: positionId })
  ).applications.find((a) => a.id === applicationId)?.stage;

for (const [width, height] of [
  [1280, 800],
  [390, 844],
] as const) {
  test(`Placed holds only recorded placements, and filling a position names who is still in it, at ${width} px`, async ({
    page,
    host,
  }, info) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height });
    const { position, applications } = await seed(host);
    await page.goto(host.url);
    await page.goto(`${host.origin}/#/pipeline?position=${position.id}`);
    const board = new BoardPage(page);
    await board.expectIn('Ada Okafor', 'Offer');

    // Dragged to Placed, then Not now: no placement is recorded, so the card goes back to Offer and says so.
    if (width >= 1280) await board.card('Ada Okafor').dragTo(board.column('Placed').locator('.column-body'));
    else {
      // The board scrolls sideways at this width: the card moves by keyboard.
      await board.card('Ada Okafor').focus();
      await page.keyboard.press('Shift+ArrowRight');
    }
    const dialog = page.getByRole('dialog', { name: 'Record the placement: Ada Okafor' });
    await expect(dialog.getByLabel('Start date')).toBeFocused();
    await dialog.getByRole('button', { name: 'Not now' }).click();
    await expect(dialog).toBeHidden();
    await expect(
      page.getByRole('status').getByText('No placement recorded: Ada Okafor is back in Offer.'),
    ).toBeVisible();
    await board.expectIn('Ada Okafor', 'Offer');
    await expect(board.column('Placed').locator('.card')).toHaveCount(0);
    await expect.poll(() => stageOf(host, position.id, applications['Ada Okafor']!)).toBe('offer');
    await expect(board.card('Ada Okafor')).toBeFocused();

    // By keyboard, then Escape: the same.
    await page.keyboard.press('Shift+ArrowRight');
    await expect(dialog.getByLabel('Start date')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await board.expectIn('Ada Okafor', 'Offer');
    await expect.poll(() => stageOf(host, position.id, applications['Ada Okafor']!)).toBe('offer');

    // Recorded: the position is filled, and Ben and Cleo are named, still open, until the recruiter says.
    await board.card('Ada Okafor').focus();
    await page.keyboard.press('Shift+ArrowRight');
    await dialog.getByLabel('Start date').fill('2026-04-01');
    await dialog.getByLabel('Fee (%)').fill('20');
    await dialog.getByRole('button', { name: 'Record the placement' }).click();
    const filled = page.getByRole('dialog', { name: 'Position filled' });
    await expect(filled).toContainText('Position filled; 2 other candidates are still in its pipeline:');
    await expect(filled.getByRole('listitem')).toHaveText(['Ben Lindqvist (Interview)', 'Cleo Martin (Sourced)']);
    await noViolations(page, `the filled position's question at ${width} px`);
    await page.screenshot({ path: info.outputPath(`placement-filled-${width}.png`) });
    expect(await stageOf(host, position.id, applications['Ben Lindqvist']!)).toBe('interview');
    expect(await host.rpc<{ status: string }>('positions.get', { id: position.id })).toMatchObject({
      status: 'filled',
    });
    await board.expectIn('Ada Okafor', 'Placed');

    if (width >= 1280) {
      // Keep them open: nobody is closed, and the toast says who is still there.
      await filled.getByRole('button', { name: 'Keep them open' }).click();
      await expect(
        page
          .getByRole('status')
          .getByText('Placement recorded. Position filled; 2 other candidates are still in its pipeline.'),
      ).toBeVisible();
      await board.expectIn('Ben Lindqvist', 'Interview');
      await board.expectIn('Cleo Martin', 'Sourced');
    } else {
      // Close them, by keyboard: both close as filled by someone else, and the board shows it.
      await filled.getByRole('button', { name: 'Close all 2 applications' }).focus();
      await page.keyboard.press('Enter');
      await expect(
        page.getByRole('status').getByText('Placement recorded. Closed 2 other applications.'),
      ).toBeVisible();
      await board.expectIn('Ben Lindqvist', 'Closed');
      await board.expectIn('Cleo Martin', 'Closed');
      await expect(board.card('Cleo Martin')).toContainText('Position filled by someone else');
      expect(await stageOf(host, position.id, applications['Ben Lindqvist']!)).toBe('closed');
    }
  });
}
