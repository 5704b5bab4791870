import type { Locator } from '@playwright/test';
import { test as base, expect } from '../clock';
import { startHost, type RunningHost } from '../host';
import { noViolations } from '../pages';

const LONG_NAME = 'Maximiliane Konstantinopoulou-Vandenberghe';

const test = base.extend<{ host: RunningHost; ids: { personId: string; positionId: string } }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    // The sample agency has reminders due; one candidate with a long name joins it, sourced for one position.
    const host = await startHost({ unlocked: false });
    await host.rpc('profiles.openSample', {});
    await use(host);
    await host.stop();
  },
  ids: async ({ host }, use) => {
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
    await host.rpc('applications.create', { candidateId: person.id, positionId: position.id });
    await use({ personId: person.id, positionId: position.id });
  },
});

/** How much narrower the input is than the browser draws it whole (its own width, AM/PM and all): 0 when it fits. */
async function shortBy(input: Locator) {
  const value = await input.inputValue();
  return input.evaluate((el, typed) => {
    const whole = el.cloneNode() as typeof el;
    whole.setAttribute('value', typed);
    // Through the style object: the page's CSP refuses a style attribute.
    (whole as unknown as { style: { cssText: string } }).style.cssText =
      'width: auto; min-width: 0; position: absolute; visibility: hidden';
    el.parentElement!.append(whole);
    const needed = whole.getBoundingClientRect().width;
    whole.remove();
    return Math.max(0, Math.round(needed - el.getBoundingClientRect().width));
  }, value);
}

/** The words of a link's text that the browser broke across two lines. */
function wordsBroken(link: Locator) {
  return link.evaluate((el) => {
    const text = el.firstChild!;
    const broken: string[] = [];
    // A word ends at a space or just after a hyphen, where a name may break.
    for (const match of el.textContent!.matchAll(/[^\s-]+-?/g)) {
      const range = el.ownerDocument.createRange();
      range.setStart(text, match.index);
      range.setEnd(text, match.index + match[0].length);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      if (lines.size > 1) broken.push(match[0]);
    }
    return broken;
  });
}

for (const [width, height] of [
  [1280, 800],
  [390, 800],
] as const) {
  test(`a date and time shows AM or PM and all of itself, the reminders are one under another, and a long name breaks between words, at ${width} px`, async ({
    page,
    host,
    ids,
  }, info) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height });
    await page.goto(host.url);

    // Log a contact's When, in en-US: 02/12/2026, 02:46 PM, none of it scrolled out of sight.
    await page.goto(`${host.origin}/#/people/${ids.personId}`);
    await expect(page.getByRole('heading', { name: LONG_NAME, level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Log a contact' }).click();
    const form = page.getByRole('region', { name: 'Log a contact' });
    const when = form.getByLabel('When', { exact: true });
    await when.fill('2026-02-12T14:46');
    await when.scrollIntoViewIfNeeded();
    expect(await shortBy(when)).toBe(0);
    // And it stays inside its form.
    const formBox = (await form.boundingBox())!;
    const whenBox = (await when.boundingBox())!;
    expect(whenBox.x + whenBox.width).toBeLessThanOrEqual(formBox.x + formBox.width);
    await page.screenshot({ path: info.outputPath(`log-when-${width}.png`) });
    // Every other date and time on the page (a task's Due) too.
    for (const input of await page.locator('input[type="datetime-local"]:visible').all())
      expect(await shortBy(input), `the field ${await input.getAttribute('id')}`).toBe(0);

    // The position's page: the long name breaks only between its words.
    await page.goto(`${host.origin}/#/positions/${ids.positionId}`);
    const sourced = page.getByRole('region', { name: /^Sourced/ });
    const name = sourced.getByRole('link', { name: LONG_NAME });
    await expect(name).toBeVisible();
    expect(await wordsBroken(name)).toEqual([]);
    await page.screenshot({ path: info.outputPath(`position-stages-${width}.png`), fullPage: true });

    // The reminders: each one the width of the list, one under another.
    await page.getByRole('button', { name: /^Reminders/ }).click();
    const reminders = page.getByRole('dialog', { name: 'Reminders' });
    const list = reminders.getByRole('list');
    const items = list.getByRole('listitem');
    await expect(items.nth(1)).toBeVisible();
    const listBox = (await list.boundingBox())!;
    const [first, second] = [(await items.nth(0).boundingBox())!, (await items.nth(1).boundingBox())!];
    expect(Math.round(first.width)).toBeGreaterThanOrEqual(Math.round(listBox.width) - 1);
    expect(second.y).toBeGreaterThanOrEqual(first.y + first.height - 1);
    await page.screenshot({ path: info.outputPath(`reminders-${width}.png`) });
    await noViolations(page, `the reminders at ${width} px`);
  });
}
