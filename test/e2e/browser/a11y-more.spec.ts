import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test as base, expect, hoursFromNow } from '../clock';
import { startHost, type RunningHost } from '../host';
import { AXE, noViolations } from '../pages';

/**
 * Every screen and dialog besides the main ones (a11y.spec.ts), in the sample agency, at both widths: axe finds
 * nothing, and at 390 px nothing reaches past the window's right edge. With POLITELY_SCREENSHOTS set to a folder,
 * each is also saved there as a PNG, to be looked at.
 */

const LONG_NAME = 'Maximiliane Konstantinopoulou-Vandenberghe';
const LONG_EMAIL = 'maximiliane.konstantinopoulou@vandenberghe-zonen.example';
const fixture = (...parts: string[]) => path.resolve(import.meta.dirname, '../../fixtures', ...parts);

interface Seeded {
  personId: string;
  companyId: string;
  positionId: string;
  interviewId: string;
}
const test = base.extend<{ host: RunningHost; seeded: Seeded; ownHost: RunningHost }>({
  // A profile of one's own, with a passphrase, unlocked.
  // eslint-disable-next-line no-empty-pattern
  ownHost: async ({}, use) => {
    const host = await startHost();
    await use(host);
    await host.stop();
  },
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await startHost({ unlocked: false });
    await host.rpc('profiles.openSample', {});
    await use(host);
    await host.stop();
  },
  // One candidate with a long name and address joins the sample: at Offer, with an interview, a task and a filter.
  seeded: async ({ host }, use) => {
    const company = await host.rpc<{ id: string }>('companies.create', {
      name: 'Vandenberghe & Zonen',
      timezone: 'Europe/Brussels',
    });
    const position = await host.rpc<{ id: string }>('positions.create', {
      companyId: company.id,
      title: 'Platform engineer',
      description: 'Runs the fleet platform.',
    });
    const person = await host.rpc<{ id: string }>('people.create', {
      kind: 'candidate',
      name: LONG_NAME,
      email: LONG_EMAIL,
      phone: '+32 2 555 01 23',
      timezone: 'Europe/Brussels',
    });
    const application = await host.rpc<{ id: string }>('applications.create', {
      candidateId: person.id,
      positionId: position.id,
    });
    const interview = await host.rpc<{ interview: { id: string } } | { id: string }>('interviews.schedule', {
      applicationId: application.id,
      startsAt: hoursFromNow(55),
      durationMinutes: 60,
      timezone: 'Europe/Brussels',
    });
    await host.rpc('applications.move', { id: application.id, stage: 'offer' });
    await host.rpc('tasks.create', {
      personId: person.id,
      title: 'Send the updated job description',
      dueAt: hoursFromNow(24),
    });
    await host.rpc('filters.save', {
      name: 'Senior platform candidates in Brussels',
      screen: 'people',
      query: 'platform',
    });
    const interviewId = 'interview' in interview ? interview.interview.id : interview.id;
    await use({ personId: person.id, companyId: company.id, positionId: position.id, interviewId });
  },
});

/** Looks at the page as it is: a screenshot when asked for, nothing past the right edge at 390 px, and axe. */
class Looker {
  readonly problems: string[] = [];
  constructor(
    readonly page: Page,
    readonly width: number,
  ) {}

  async look(what: string) {
    const { page, width } = this;
    await expect(page.getByText(/^(Loading|Counting)…$/)).toHaveCount(0);
    const reach = await page.locator('html').evaluate((el) => el.scrollWidth - el.clientWidth);
    if (reach > 0) this.problems.push(`${what} at ${width} px reaches ${reach} px past the window`);
    try {
      await noViolations(page, `${what} at ${width} px`);
    } catch (error) {
      this.problems.push(error instanceof Error ? error.message : String(error));
    }
    const folder = process.env.POLITELY_SCREENSHOTS;
    if (folder) {
      // The screen scrolls inside its main area: the window grows to show all of it, then goes back.
      const size = page.viewportSize()!;
      const tall = await page.locator('main').evaluate((el) => el.scrollHeight);
      if (tall > size.height) await page.setViewportSize({ width: size.width, height: Math.min(tall + 120, 4000) });
      fs.mkdirSync(folder, { recursive: true });
      const file = `${what.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}-${width}.png`;
      await page.screenshot({ path: path.join(folder, file) });
      await page.setViewportSize(size);
    }
  }
}

async function open(page: Page, host: RunningHost, route: string, heading: string | RegExp) {
  await page.goto(`${host.origin}/#/${route}`);
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
}

for (const [width, height] of [
  [1280, 800],
  [390, 844],
] as const) {
  test(
    `records at ${width} px: a company, a position, an interview's prep, a person with tasks and documents, the lock screen`,
    AXE,
    async ({ page, host, seeded }) => {
      test.setTimeout(240_000);
      await page.setViewportSize({ width, height });
      await page.goto(host.url);
      const looker = new Looker(page, width);

      await open(page, host, `companies/${seeded.companyId}`, 'Vandenberghe & Zonen');
      await looker.look('a company');
      await open(page, host, `companies`, 'Companies');
      await page.getByRole('link', { name: 'Northwind Logistics' }).first().click();
      await expect(page.getByRole('heading', { name: 'Northwind Logistics', level: 1 })).toBeVisible();
      await looker.look('a sample client');

      await open(page, host, `positions/${seeded.positionId}`, 'Platform engineer');
      await looker.look('a position');
      await open(page, host, `positions`, 'Positions');
      await page.getByRole('table').getByRole('link').first().click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await looker.look('a sample position');

      await page.goto(`${host.origin}/#/interviews/${seeded.interviewId}`);
      await expect(page.getByRole('region', { name: /^Prep \d/ })).toBeVisible();
      await looker.look('an interview with its prep');

      await open(page, host, `people/${seeded.personId}`, LONG_NAME);
      await page
        .getByRole('region', { name: 'Documents' })
        .locator('input[type=file]')
        .setInputFiles(fixture('attachments', 'cv.pdf'));
      await expect(page.getByRole('region', { name: 'Documents' }).getByText('cv.pdf')).toBeVisible();
      await looker.look('a person with a task and a document');

      if (width === 390) await page.getByRole('button', { name: 'More' }).click();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Lock' }).click();
      await expect(page.getByRole('button', { name: 'Open the sample' })).toBeVisible();
      await looker.look('the sample locked');
      expect(looker.problems).toEqual([]);
    },
  );

  test(`dialogs and panels at ${width} px, in the sample agency`, AXE, async ({ page, host, seeded }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width, height });
    await page.goto(host.url);
    const looker = new Looker(page, width);

    await open(page, host, `people/${seeded.personId}`, LONG_NAME);
    await page.getByRole('button', { name: 'Schedule interview' }).click();
    const schedule = page.getByRole('dialog', { name: /^Schedule an interview for/ });
    await expect(schedule).toBeVisible();
    await looker.look('the schedule dialog');
    await schedule.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Call', exact: true }).click();
    await expect(page.getByRole('region', { name: /^Call / })).toBeVisible();
    await looker.look('the call panel');
    await page.getByRole('button', { name: 'Call', exact: true }).click();

    await page.getByRole('button', { name: 'Email', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Write an email' })).toBeVisible();
    await looker.look('the compose panel');
    await page.getByRole('button', { name: 'Email', exact: true }).click();

    await page.getByRole('button', { name: 'Log a contact' }).click();
    await expect(page.getByRole('region', { name: 'Log a contact' })).toBeVisible();
    await looker.look('the log-a-contact form');

    await page.getByRole('button', { name: 'Record an offer' }).click();
    await expect(page.getByRole('form', { name: 'Record an offer' })).toBeVisible();
    await looker.look('the offer form');

    await open(page, host, 'pipeline', 'Pipeline');
    await page
      .getByRole('button', { name: /Add (to pipeline|a candidate to a position)/ })
      .first()
      .click();
    const adding = page.getByRole('dialog', { name: 'Add a candidate to the pipeline' });
    await expect(adding).toBeVisible();
    await looker.look('the new-application dialog');
    await adding.getByRole('button', { name: 'Cancel' }).click();

    const card = page.locator('.card', { hasText: LONG_NAME });
    await card.scrollIntoViewIfNeeded();
    await card.focus();
    await page.keyboard.press('Delete');
    const closing = page.getByRole('dialog', { name: /^Close/ });
    await expect(closing).toBeVisible();
    await looker.look('the close dialog');
    await closing.getByRole('button', { name: 'Keep it open' }).click();

    await card.focus();
    await page.keyboard.press('Shift+ArrowRight');
    const placing = page.getByRole('dialog', { name: `Record the placement: ${LONG_NAME}` });
    await expect(placing).toBeVisible();
    await looker.look('the placement dialog');
    await placing.getByRole('button', { name: 'Not now' }).click();

    await open(page, host, 'people', 'People');
    await page
      .getByRole('button', { name: /^Import/ })
      .first()
      .click();
    const importing = page.getByRole('dialog', { name: /^Import candidates/ });
    await expect(importing).toBeVisible();
    await looker.look('the import dialog');
    await importing.locator('input[type=file]').setInputFiles(fixture('imports', 'google-contacts.csv'));
    await expect(importing.getByRole('combobox').first()).toBeVisible();
    await looker.look('the import dialog with a file chosen');
    await importing.getByRole('button', { name: 'Cancel' }).click();

    expect(looker.problems).toEqual([]);
  });

  test(`settings and reports at ${width} px, each section open`, AXE, async ({ page, host }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width, height });
    await page.goto(host.url);
    const looker = new Looker(page, width);
    await open(page, host, 'settings', 'Settings');
    await looker.look('settings');
    const templates = page.getByRole('region', { name: 'Message templates' });
    await templates
      .getByRole('button', { name: /^Edit / })
      .first()
      .click();
    await expect(templates.getByRole('form')).toBeVisible();
    await looker.look('settings with a template open');
    await open(page, host, 'reports', 'Reports');
    await looker.look('reports');
    expect(looker.problems).toEqual([]);
  });
}

for (const [width, height] of [
  [1280, 800],
  [390, 844],
] as const) {
  test(`the lock screen of a profile with a passphrase at ${width} px`, AXE, async ({ page, ownHost }) => {
    await page.setViewportSize({ width, height });
    await page.goto(ownHost.url);
    await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
    const looker = new Looker(page, width);
    await page.keyboard.press('Control+l');
    await expect(page.getByLabel('Passphrase', { exact: true })).toBeVisible();
    await looker.look('the lock screen');
    expect(looker.problems).toEqual([]);
  });
}
