import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test as base, expect, hoursFromNow } from '../clock';
import { startHost, type RunningHost } from '../host';
import { noViolations } from '../pages';
import { TEST_PASSPHRASE } from '../host';

const test = base.extend<{ host: RunningHost }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await startHost();
    await use(host);
    await host.stop();
  },
});

/** How far the page reaches past the window's right edge, in pixels (0 when it fits). */
const overflow = (page: Page) => page.locator('html').evaluate((el) => el.scrollWidth - el.clientWidth);

/** The page's navigator, which these Node-side types do not describe: only what the tests use of it. */
interface PageNavigator {
  clipboard: { readText(): Promise<string>; writeText(text: string): Promise<void> };
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test('at 390 px the top bar fits, and More reaches Reports, Settings and Lock by keyboard and by mouse', async ({
  page,
  host,
}, info) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  expect(await overflow(page)).toBe(0);
  const more = nav(page).getByRole('button', { name: 'More' });
  const bell = nav(page).getByRole('button', { name: /^Reminders/ });
  // Everything in the bar is inside the window.
  for (const control of [
    nav(page).getByRole('link', { name: 'Today' }),
    nav(page).getByRole('link', { name: 'Positions' }),
    bell,
    more,
  ]) {
    const box = (await control.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  await page.screenshot({ path: info.outputPath('topbar-390.png') });

  // By keyboard: Enter opens, the arrows move, Escape closes and gives the focus back.
  await more.focus();
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  const reports = nav(page).getByRole('link', { name: 'Reports' });
  await expect(reports).toBeVisible();
  await page.screenshot({ path: info.outputPath('more-open-390.png') });
  await noViolations(page, 'the More menu open at 390 px');
  await page.keyboard.press('ArrowDown');
  await expect(reports).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(nav(page).getByRole('link', { name: 'Settings' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(nav(page).getByRole('button', { name: 'Lock' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await expect(more).toBeFocused();
  await expect(reports).toBeHidden();

  // Space opens it too, and Tab walks into it; Enter on a link goes there and puts the menu away.
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(reports).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible();
  await expect(more).toHaveAttribute('aria-expanded', 'false');

  // The bell is in the bar itself, by keyboard and by mouse.
  await bell.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Reminders' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Reminders' })).toBeHidden();
  await bell.click();
  await expect(page.getByRole('dialog', { name: 'Reminders' })).toBeVisible();
  await page.keyboard.press('Escape');

  // By mouse: a click elsewhere closes it; Settings, then Lock.
  await more.click();
  await expect(reports).toBeVisible();
  await page.mouse.click(195, 700);
  await expect(reports).toBeHidden();
  await more.click();
  await nav(page).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  expect(await overflow(page)).toBe(0);
  await more.click();
  await nav(page).getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
});

test('at 1280 px the sidebar shows every screen and Lock, with no More button', async ({ page, host }, info) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  for (const name of ['Today', 'Pipeline', 'People', 'Companies', 'Positions', 'Reports', 'Settings'])
    await expect(nav(page).getByRole('link', { name })).toBeVisible();
  await expect(nav(page).getByRole('button', { name: 'Lock' })).toBeVisible();
  await expect(nav(page).getByRole('button', { name: 'More' })).toBeHidden();
  expect(await overflow(page)).toBe(0);
  await page.screenshot({ path: info.outputPath('sidebar-1280.png') });
  await noViolations(page, 'Today at 1280 px');
});

test('erasing a person asks in the app’s own dialog; Escape and Cancel change nothing', async ({
  page,
  host,
}, info) => {
  const ada = await host.rpc<{ id: string }>('people.create', { kind: 'candidate', name: 'Ada Okafor' });
  let asked = false;
  // The browser's own confirm() must never come up.
  page.on('dialog', (d) => {
    asked = true;
    void d.dismiss();
  });
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/people/${ada.id}`);
  const erase = page.getByRole('button', { name: 'Erase…' });
  await erase.click();
  const dialog = page.getByRole('dialog', { name: 'Erase Ada Okafor?' });
  await expect(dialog).toContainText('removed for good');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expect(dialog.getByRole('button', { name: 'Erase Ada Okafor' })).toBeVisible();
  await page.screenshot({ path: info.outputPath('erase-1280.png') });
  await noViolations(page, 'the erase question');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(erase).toBeFocused();

  await page.setViewportSize({ width: 390, height: 844 });
  await erase.click();
  await page.screenshot({ path: info.outputPath('erase-390.png') });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(erase).toBeFocused();
  expect(asked).toBe(false);
  expect(await host.rpc<{ total: number }>('people.list', {})).toMatchObject({ total: 1 });
  await expect(page.getByRole('heading', { name: 'Ada Okafor', level: 1 })).toBeVisible();
});

test('Copy says Copied for two seconds, announced, and says plainly when copying failed', async ({ page }, info) => {
  const host = await startHost({ unlocked: false });
  try {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(host.url);
    await page.getByLabel('Your name').fill('Sam Rivera');
    await page.getByLabel('Passphrase', { exact: true }).fill(TEST_PASSPHRASE);
    await page.getByLabel('The same passphrase again').fill(TEST_PASSPHRASE);
    await page.getByRole('button', { name: 'Create profile' }).click();
    // Two scrypt derivations at full cost: slow by design.
    await expect(page.getByRole('heading', { name: 'Write down your recovery key' })).toBeVisible({ timeout: 45_000 });
    const key = (await page.locator('.recovery-key').textContent())!.replace('Recovery key:', '').trim();

    await page.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Copied', exact: true })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /^Copied$/ })).toHaveCount(1);
    expect(await page.evaluate(() => (navigator as unknown as PageNavigator).clipboard.readText())).toBe(key);
    await page.screenshot({ path: info.outputPath('copied-1280.png') });
    await page.clock.runFor(2_000);
    await expect(page.getByRole('button', { name: 'Copy', exact: true })).toBeVisible();

    // A browser that refuses the clipboard: the page says so, and what to do instead.
    await page.evaluate(() => {
      (navigator as unknown as PageNavigator).clipboard.writeText = () => Promise.reject(new Error('Refused.'));
    });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copying did not work here.' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy', exact: true })).toBeVisible();
    await page.screenshot({ path: info.outputPath('copy-failed-390.png') });
    await noViolations(page, 'the recovery key after a failed copy');
  } finally {
    await host.stop();
  }
});

test('a hedge asks before it closes the application, and Cancel records nothing', async ({ page, host }, info) => {
  const company = await host.rpc<{ id: string }>('companies.create', { name: 'Acme Robotics' });
  const position = await host.rpc<{ id: string }>('positions.create', {
    companyId: company.id,
    title: 'Backend Engineer',
    description: 'Build.',
  });
  const ada = await host.rpc<{ id: string }>('people.create', { kind: 'candidate', name: 'Ada Okafor' });
  const application = await host.rpc<{ id: string }>('applications.create', {
    candidateId: ada.id,
    positionId: position.id,
  });
  const interview = await host.rpc<{ id: string }>('interviews.schedule', {
    applicationId: application.id,
    startsAt: hoursFromNow(-3),
    durationMinutes: 60,
    timezone: 'UTC',
  });
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/interviews/${interview.id}?debrief=1`);
  await page.getByLabel('What time did you arrive?').fill('10 minutes early');
  await page.getByLabel('With whom did you meet? Names and roles.').fill('Dana Whitfield, VP Engineering');
  await page.getByLabel('What questions did they ask?').fill('Telemetry design.');
  await page.getByLabel('How did you answer?').fill('With the ingestion pipeline I built.');
  await page.getByLabel('How did it feel? What was the vibe?').fill('Friendly.');
  await page.getByRole('button', { name: 'They hedged' }).click();
  await page.getByLabel('Their words').fill('I need to think about it.');
  const record = page.getByRole('button', { name: 'Record as NO' });
  await record.click();

  const question = page.getByRole('dialog', { name: 'Record their answer as NO?' });
  await expect(question).toContainText('closes as declined at debrief. Their words are kept:');
  await expect(question.locator('blockquote')).toHaveText('I need to think about it.');
  await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.screenshot({ path: info.outputPath('hedge-1280.png') });
  await noViolations(page, 'the hedge question');
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toBeHidden();
  await expect(record).toBeFocused();
  const untouched = await host.rpc<{ debrief: unknown; applicationStage: string }>('interviews.get', {
    id: interview.id,
  });
  expect(untouched.debrief).toBeNull();

  await page.setViewportSize({ width: 390, height: 844 });
  await record.click();
  await page.screenshot({ path: info.outputPath('hedge-390.png') });
  await question.getByRole('button', { name: 'Close the application as NO' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Recorded: NO \(they hedged/ })).toBeVisible();
  const recorded = await host.rpc<{ debrief: { acceptance: string; acceptanceVerbatim: string } }>('interviews.get', {
    id: interview.id,
  });
  expect(recorded.debrief).toMatchObject({ acceptance: 'no', acceptanceVerbatim: 'I need to think about it.' });
});

test('after a reschedule the toast saves the updated invite; a cancelled interview’s prep is there to read only', async ({
  page,
  host,
}, info) => {
  const company = await host.rpc<{ id: string }>('companies.create', { name: 'Acme Robotics' });
  const position = await host.rpc<{ id: string }>('positions.create', {
    companyId: company.id,
    title: 'Backend Engineer',
    description: 'Build.',
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
  const interview = await host.rpc<{ id: string }>('interviews.schedule', {
    applicationId: application.id,
    startsAt: hoursFromNow(48),
    durationMinutes: 60,
    timezone: 'UTC',
  });
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/interviews/${interview.id}`);
  await page.getByRole('button', { name: 'Reschedule' }).click();
  await page.getByLabel('Starts').fill('2026-03-13T15:00');
  await page.getByRole('button', { name: 'Move the interview' }).click();
  const toast = page.getByRole('status').filter({ hasText: 'Save the updated invite and send it to Ada Okafor' });
  await expect(toast).toBeVisible();
  await page.screenshot({ path: info.outputPath('rescheduled-1280.png') });
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    toast.getByRole('button', { name: 'Save the updated invite' }).click(),
  ]);
  const ics = fs.readFileSync((await file.path())!, 'utf8');
  expect(ics).toContain('METHOD:REQUEST');
  expect(ics).toContain('SEQUENCE:1');
  expect(ics).toMatch(/DTSTART[^:\r\n]*:20260313T150000Z?/);

  // Cancelling asks first; Keep it keeps it.
  const cancel = page.getByRole('button', { name: 'Cancel interview' });
  await cancel.click();
  const question = page.getByRole('dialog', { name: 'Cancel this interview?' });
  await expect(question.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await question.getByRole('button', { name: 'Keep it' }).click();
  await expect(cancel).toBeFocused();
  await expect(page.getByRole('button', { name: 'Save prep' })).toBeVisible();
  await cancel.click();
  await question.getByRole('button', { name: 'Cancel the interview' }).click();

  const prep = page.getByRole('region', { name: /^Prep \d/ });
  await expect(prep).toContainText('Its prep is kept to read, and can no longer change.');
  await expect(prep.getByRole('checkbox')).toHaveCount(0);
  await expect(prep.getByRole('button')).toHaveCount(0);
  await expect(prep.getByRole('combobox')).toHaveCount(0);
  await expect(prep.locator('summary').first()).toContainText(/Not done · (Candidate sees|Internal)/);
  await page.setViewportSize({ width: 390, height: 844 });
  await prep.locator('summary').first().click();
  await prep.scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath('cancelled-prep-390.png') });
  await noViolations(page, 'a cancelled interview at 390 px');
  expect(await overflow(page)).toBe(0);
});

test('at 390 px no main screen of the sample agency scrolls sideways', async ({ page }) => {
  test.setTimeout(120_000);
  const host = await startHost({ unlocked: false });
  try {
    await host.rpc('profiles.openSample', {});
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(host.url);
    for (const name of ['Today', 'Pipeline', 'People', 'Companies', 'Positions', 'Reports', 'Settings']) {
      const link = nav(page).getByRole('link', { name });
      if (!(await link.isVisible())) await nav(page).getByRole('button', { name: 'More' }).click();
      await link.click();
      await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
      await expect(page.getByText(/^(Loading|Counting)…$/)).toHaveCount(0);
      expect(await overflow(page), `${name} at 390 px`).toBe(0);
    }
  } finally {
    await host.stop();
  }
});
