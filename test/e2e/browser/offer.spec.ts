import type { Page } from '@playwright/test';
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

/** Ada Okafor at Offer for the Senior Backend Engineer role at Acme Robotics, in Berlin. */
async function seed(host: RunningHost) {
  const acme = await host.rpc<Named>('companies.create', { name: 'Acme Robotics', timezone: 'Europe/Berlin' });
  const position = await host.rpc<Named>('positions.create', {
    companyId: acme.id,
    title: 'Senior Backend Engineer',
    description: 'Build the fleet platform.',
  });
  const ada = await host.rpc<Named>('people.create', {
    kind: 'candidate',
    name: 'Ada Okafor',
    email: 'ada@mail.example',
    timezone: 'Europe/Berlin',
  });
  const application = await host.rpc<Named>('applications.create', { candidateId: ada.id, positionId: position.id });
  await host.rpc('applications.move', { id: application.id, stage: 'offer' });
  return { ada, position };
}

async function openPerson(page: Page, host: RunningHost, id: string) {
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/people/${id}`);
  await expect(page.getByRole('heading', { name: 'Ada Okafor', level: 1 })).toBeVisible();
}

for (const [width, height] of [
  [1280, 800],
  [390, 844],
] as const) {
  test(`an offer answered YES, the placement with its fee, and the guarantee reminder, at ${width} px`, async ({
    page,
    host,
  }, info) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height });
    const { ada, position } = await seed(host);
    await openPerson(page, host, ada.id);
    const row = page
      .getByRole('region', { name: /^Applications/ })
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Senior Backend Engineer' }) });

    // Record an offer, by keyboard: an amount it cannot read is refused in words, beside its field.
    await row.getByRole('button', { name: 'Record an offer' }).focus();
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: 'Record an offer' });
    await form.getByLabel('Base salary').fill('120,000.505');
    await form.getByLabel('Currency').fill('usd');
    await form.getByLabel('Bonus (optional)').fill('15000');
    await form.getByLabel('Start date').fill('2026-02-22');
    await form.getByLabel('Offer expires (optional)').fill('2026-03-13T17:00');
    await form.getByLabel('Bonus (optional)').press('Enter');
    await expect(
      form.getByText(
        'The base salary could not be read as an amount. Write it in figures, e.g. 70000, 70,000, 70k or 70000.50.',
      ),
    ).toBeVisible();
    await form.getByLabel('Base salary').fill('120,000');
    await form.getByLabel('Currency').fill('XYZ');
    await form.getByLabel('Base salary').press('Enter');
    await expect(form.getByText('The currency must be an ISO 4217 code, e.g. USD, EUR or GBP.')).toBeVisible();
    await form.getByLabel('Currency').fill('USD');
    await noViolations(page, `the offer form at ${width} px`);
    await page.screenshot({ path: info.outputPath(`offer-form-${width}.png`), fullPage: true });
    await form.getByLabel('Currency').press('Enter');
    await expect(page.getByText('Offer recorded. It waits in Today for their YES or NO.')).toBeVisible();
    await expect(row).toContainText('Offer: USD 120,000.00 + USD 15,000.00 bonus, starting Sun, Feb 22.');
    await expect(row).toContainText('Waiting for their answer; it expires');

    // It waits in Today with its expiry.
    await page.goto(`${host.origin}/#/today`);
    const waiting = page.getByRole('region', { name: /^Offers waiting for an answer/ });
    await expect(waiting).toContainText('Ada Okafor');
    await expect(waiting).toContainText('It expires Fri, Mar 13');
    await openPerson(page, host, ada.id);

    // Their answer: the strict question, YES or NO.
    const answer = row.getByRole('region', { name: 'Their answer' });
    await expect(answer.locator('blockquote')).toHaveText('Do you accept this offer, as it stands? YES or NO.');
    await expect(answer).toContainText('Only YES or NO counts. Anything else usually means it is not the right fit');
    await noViolations(page, `their answer at ${width} px`);
    await page.screenshot({ path: info.outputPath(`offer-answer-${width}.png`), fullPage: true });
    // A hedge is a NO that closes the application: it asks first, and Cancel records nothing.
    await answer.getByRole('button', { name: 'They hedged' }).click();
    await answer.getByLabel('Their words').fill('Yes, but I need to think about it');
    await answer.getByRole('button', { name: 'Record as NO' }).click();
    const sure = page.getByRole('dialog', { name: 'Record their answer as NO?' });
    await expect(sure).toContainText('Yes, but I need to think about it');
    await expect(sure.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await sure.getByRole('button', { name: 'Cancel' }).click();
    await expect(sure).toHaveCount(0);
    await expect(row).toContainText('Waiting for their answer');
    await answer.getByRole('button', { name: 'YES', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Recorded: YES. The application moved to Placed.')).toBeVisible();
    await expect(row).toContainText('They said YES.');
    await expect(row.locator('.stage-tag')).toHaveText('Placed');

    // Record the placement: a fee of 20% of the accepted base, and a 30-day guarantee.
    await row.getByRole('button', { name: 'Record the placement' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record the placement: Ada Okafor' });
    await expect(dialog.getByLabel('Start date')).toBeFocused();
    await expect(dialog.getByLabel('Start date')).toHaveValue('2026-02-22');
    await dialog.getByLabel('Fee (%)').fill('20%');
    await expect(dialog).toContainText('USD 24,000.00 on the accepted base of USD 120,000.00.');
    await dialog.getByLabel('Guarantee (days)').fill('30');
    await dialog.getByLabel('Invoice date (optional)').fill('2026-03-01');
    await noViolations(page, `the placement dialog at ${width} px`);
    await page.screenshot({ path: info.outputPath(`offer-placement-${width}.png`) });
    await dialog.getByRole('button', { name: 'Record the placement' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Placement recorded. The position is marked filled.')).toBeVisible();
    await expect(row).toContainText(
      'Placed: starts Sun, Feb 22 · fee 20% (USD 24,000.00) · invoice Sun, Mar 1 · 30-day guarantee ends Tue, Mar 24.',
    );
    expect(await host.rpc<{ status: string }>('positions.get', { id: position.id })).toMatchObject({
      status: 'filled',
    });

    // The guarantee ends on 24 March: its reminder fell due 14 days before, at 09:00 in Berlin (08:00 UTC).
    const reminders = await host.rpc<{ kind: string; at: string }[]>('reminders.list', {});
    expect(reminders.filter((r) => r.kind === 'guarantee-ending').map((r) => r.at)).toEqual([
      '2026-03-10T08:00:00.000Z',
    ]);
    await page.goto(`${host.origin}/#/today`);
    const guarantees = page.getByRole('region', { name: /^Guarantees ending/ });
    await expect(guarantees).toContainText('Ada Okafor');
    await expect(guarantees).toContainText(
      'The 30-day guarantee ends on Tue, Mar 24 (they started Sun, Feb 22). Check in with them and with the client before then.',
    );
    await expect(page.getByRole('region', { name: /^Offers waiting for an answer/ })).toHaveCount(0);
    await noViolations(page, `Today with a guarantee ending at ${width} px`);
    await page.screenshot({ path: info.outputPath(`offer-today-${width}.png`), fullPage: true });
  });

  test(`a card moved to Placed on the board asks for the placement, at ${width} px`, async ({ page, host }, info) => {
    await page.setViewportSize({ width, height });
    const { position } = await seed(host);
    await page.goto(host.url);
    await page.goto(`${host.origin}/#/pipeline`);
    const board = new BoardPage(page);
    await board.expectIn('Ada Okafor', 'Offer');
    await board.card('Ada Okafor').focus();
    await page.keyboard.press('Shift+ArrowRight');
    const dialog = page.getByRole('dialog', { name: 'Record the placement: Ada Okafor' });
    await expect(dialog.getByLabel('Start date')).toBeFocused();
    await dialog.getByLabel('Start date').fill('2026-04-01');
    await dialog.getByRole('radio', { name: 'A fixed amount' }).check();
    await dialog.getByLabel('Fee', { exact: true }).fill('25,000');
    await dialog.getByLabel('Currency').fill('EUR');
    await noViolations(page, `the placement dialog on the board at ${width} px`);
    await page.screenshot({ path: info.outputPath(`offer-board-placement-${width}.png`) });
    await dialog.getByRole('button', { name: 'Record the placement' }).click();
    await expect(dialog).toBeHidden();
    await board.expectIn('Ada Okafor', 'Placed');
    await expect(board.card('Ada Okafor')).toBeFocused();
    expect(await host.rpc<{ status: string }>('positions.get', { id: position.id })).toMatchObject({
      status: 'filled',
    });
  });
}
