import { test as base, expect } from '../clock';
import { startHost, type RunningHost } from '../host';
import { AXE, noViolations, PolitelyApp } from '../pages';
const test = base.extend<{ host: RunningHost }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await startHost({ unlocked: false });
    await use(host);
    await host.stop();
  },
});

// Every main screen, full of the sample agency's data, at both widths: axe finds nothing.
for (const width of [1280, 390]) {
  test(`axe finds no violations on any main screen, filled with data, at ${width} px`, AXE, async ({ page, host }) => {
    // Nine screens, each analysed by axe in full: minutes, not seconds, on a busy machine.
    test.setTimeout(240_000);
    await page.setViewportSize({ width, height: 800 });
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: 'Welcome to Politely' })).toBeVisible();
    await noViolations(page, 'the profile picker');
    await page.getByRole('button', { name: 'Restore from a backup copy…' }).click();
    await expect(page.getByRole('heading', { name: 'Restore from a backup copy' })).toBeVisible();
    await noViolations(page, 'the form restoring a backup copy');
    await page.getByRole('button', { name: 'Back', exact: true }).click();

    await host.rpc('profiles.openSample', {});
    await page.reload();
    const app = new PolitelyApp(page);
    const screens = [
      ['Today', 'Today'],
      ['Pipeline', 'Pipeline'],
      ['People', 'People'],
      ['Companies', 'Companies'],
      ['Positions', 'Positions'],
      ['Reports', 'Reports'],
      ['Settings', 'Settings'],
    ] as const;
    for (const [link, heading] of screens) {
      // The narrow top bar keeps Reports and Settings in its More menu.
      if (width === 390 && (link === 'Reports' || link === 'Settings'))
        await page.getByRole('button', { name: 'More' }).click();
      await app.nav(link).click();
      await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
      // Wait for the screen's data, not for a quiet network: the reminders poller never lets it be quiet for long.
      await expect(page.getByText(/^(Loading|Counting)…$/)).toHaveCount(0);
      await noViolations(page, `${heading} at ${width} px`);
    }

    await app.nav('People').click();
    await page.getByRole('link', { name: 'Ada Okafor' }).first().click();
    await expect(page.getByRole('heading', { name: 'Ada Okafor', level: 1 })).toBeVisible();
    await noViolations(page, `a person at ${width} px`);

    await app.nav('Today').click();
    await page
      .getByRole('link', { name: /^Debrief: / })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await noViolations(page, `a debrief at ${width} px`);

    await page.keyboard.press('Control+k');
    await page.keyboard.type('ada');
    await expect(page.getByRole('option').first()).toBeVisible();
    await noViolations(page, `the palette at ${width} px`);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: /^Reminders/ }).click();
    await expect(page.getByRole('dialog', { name: 'Reminders' })).toBeVisible();
    await noViolations(page, `the reminders at ${width} px`);
    await page.keyboard.press('Escape');

    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await noViolations(page, `the shortcuts at ${width} px`);
  });
}
