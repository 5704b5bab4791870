import type { Locator, Page } from '@playwright/test';
import { test as base, expect, hoursFromNow } from '../clock';
import { startHost, type RunningHost } from '../host';
import { BoardPage, noViolations } from '../pages';

const LONG_NAME = 'Maximiliane Konstantinopoulou-Vandenberghe';

const test = base.extend<{ host: RunningHost }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    // The sample agency fills every column and carries contact chips; one candidate with a long name joins it.
    const host = await startHost({ unlocked: false });
    await host.rpc('profiles.openSample', {});
    const company = await host.rpc<{ id: string }>('companies.create', { name: 'Vandenberghe & Zonen' });
    const position = await host.rpc<{ id: string }>('positions.create', {
      companyId: company.id,
      title: 'Platform engineer',
    });
    const person = await host.rpc<{ id: string }>('people.create', {
      kind: 'candidate',
      name: LONG_NAME,
      timezone: 'Europe/Brussels',
    });
    const application = await host.rpc<{ id: string }>('applications.create', {
      candidateId: person.id,
      positionId: position.id,
    });
    // Thursday 12 March 2026, 14:00 in New York (the recruiter's zone), which is 18:00 UTC.
    await host.rpc('interviews.schedule', {
      applicationId: application.id,
      startsAt: '2026-03-12T18:00:00.000Z',
      durationMinutes: 60,
      timezone: 'Europe/Brussels',
    });
    expect(Date.parse('2026-03-12T18:00:00.000Z')).toBe(Date.parse(hoursFromNow(55)));
    await use(host);
    await host.stop();
  },
});

/** Whether a box's text is all shown: nothing runs past it and no ellipsis is set on it. */
async function shownWhole(element: Locator) {
  return element.evaluate((el) => ({
    fits: el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight + 1,
    ellipsis: el.ownerDocument.defaultView!.getComputedStyle(el).textOverflow === 'ellipsis',
    text: el.textContent,
  }));
}

const boxesMeet = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function openBoard(page: Page, host: RunningHost) {
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/pipeline`);
  const board = new BoardPage(page);
  await expect(board.card(LONG_NAME)).toBeVisible();
  await expect(page.getByText(/^(Loading|Counting)…$/)).toHaveCount(0);
  return board;
}

for (const [width, height] of [
  [1280, 800],
  [390, 844],
] as const) {
  test(`a card shows a long name in two lines at most and the next interview, and a toast covers no column's first card, at ${width} px`, async ({
    page,
    host,
  }, info) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height });
    const board = await openBoard(page, host);
    const card = board.card(LONG_NAME);
    // On a phone the columns sit side by side, one a screen: Interview is the third.
    await card.scrollIntoViewIfNeeded();
    await expect(card).toBeInViewport();
    const name = card.locator('.card-name');
    await expect(name).toHaveText(LONG_NAME);
    // Two lines at most: a longer name ends in an ellipsis, and the whole name is its title and in the card's label.
    const lines = await name.evaluate((el) =>
      Math.round(
        el.getBoundingClientRect().height / parseFloat(el.ownerDocument.defaultView!.getComputedStyle(el).lineHeight),
      ),
    );
    expect(lines).toBeGreaterThan(0);
    expect(lines).toBeLessThanOrEqual(2);
    await expect(name).toHaveAttribute('title', LONG_NAME);
    await expect(card).toHaveAccessibleName(new RegExp(`^${LONG_NAME}, Platform engineer`));
    // A phone's column is wide enough for all of it.
    if (width === 390) expect(await shownWhole(name)).toEqual({ fits: true, ellipsis: false, text: LONG_NAME });
    // The card grows to hold it: nothing of the card is clipped either.
    expect(await shownWhole(card)).toMatchObject({ fits: true, ellipsis: false });
    // In the recruiter's locale (en-US in these tests) and zone.
    await expect(card.locator('.card-interview')).toHaveText('Interview Thu, Mar 12, 2:00 PM');
    await expect(card).toHaveAccessibleName(/Interview Thu, Mar 12, 2:00 PM/);
    expect(await board.column('Interview').locator('.card').count()).toBeGreaterThan(0);

    // No chip on any card in view is cut: each wraps instead.
    const chips = page.locator('.card .chip');
    expect(await chips.count()).toBeGreaterThan(0);
    for (const chip of await chips.all()) {
      const shown = await shownWhole(chip);
      expect(shown, `the chip "${shown.text}"`).toMatchObject({ fits: true, ellipsis: false });
    }
    await page.screenshot({ path: info.outputPath(`board-${width}.png`) });

    // A toast (here: nothing to undo) leaves focus where it was and covers no column's first card.
    await card.focus();
    await page.keyboard.press('Control+z');
    const toast = page.getByRole('status').filter({ hasText: 'Nothing to undo on the board.' });
    await expect(toast).toBeVisible();
    await expect(card).toBeFocused();
    const toastBox = (await toast.boundingBox())!;
    const columns = page.getByRole('region', { name: 'Pipeline board' }).locator('.column');
    expect(await columns.count()).toBe(7);
    for (const column of await columns.all()) {
      const first = column.locator('.card').first();
      if (!(await first.count()) || !(await first.isVisible())) continue;
      const box = (await first.boundingBox())!;
      // Only a card on the screen can be covered.
      if (box.x >= width || box.x + box.width <= 0) continue;
      expect(boxesMeet(box, toastBox), `a toast over ${await column.getAttribute('data-stage')}'s first card`).toBe(
        false,
      );
    }
    // Nor the card that has focus.
    expect(boxesMeet((await card.boundingBox())!, toastBox)).toBe(false);
    await page.screenshot({ path: info.outputPath(`board-toast-${width}.png`) });
    await noViolations(page, `the board at ${width} px`);
  });
}

test('a toast never takes focus, stays while focus is in it, and gives focus back when it closes', async ({
  page,
  host,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const board = await openBoard(page, host);
  const card = board.card(LONG_NAME);
  await card.focus();
  await page.keyboard.press('Control+z');
  const toast = page.getByRole('status').filter({ hasText: 'Nothing to undo on the board.' });
  await expect(toast).toBeVisible();
  await expect(card).toBeFocused();
  // Tab leads on from the board to the toast, the last thing on the page.
  const dismiss = toast.getByRole('button', { name: 'Dismiss' });
  await dismiss.focus();
  // Its four seconds pass and more: while focus is in it, it stays.
  await page.clock.runFor(10_000);
  await expect(toast).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(toast).toBeHidden();
  await expect(card).toBeFocused();
});
