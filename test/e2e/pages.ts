import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** The tag of the axe and layout specs: they read no clock, so the clock sweep (npm run test:clock) leaves them to npm test. */
export const AXE = { tag: '@axe' };

/** Runs axe on the page as it is now: it must have checked something, and found nothing wrong. */
export async function noViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.passes.length, `axe checked ${what}`).toBeGreaterThan(10);
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `axe on ${what}`,
  ).toEqual([]);
}

/** The app as a recruiter sees it: navigation and the create forms. */
export class PolitelyApp {
  constructor(readonly page: Page) {}

  nav(name: 'Today' | 'Pipeline' | 'People' | 'Companies' | 'Positions' | 'Reports' | 'Settings') {
    return this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });
  }

  async createCompany(name: string) {
    await this.nav('Companies').click();
    await this.page.getByRole('link', { name: 'New company' }).click();
    await this.page.getByLabel('Company name').fill(name);
    await this.page.getByRole('button', { name: 'Add company' }).click();
    // A new company opens on its own page.
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  async createPosition(company: string, title: string) {
    await this.nav('Positions').click();
    await this.page.getByRole('link', { name: 'New position' }).click();
    await this.page.getByLabel('Company').selectOption({ label: company });
    await this.page.getByLabel('Job title').fill(title);
    await this.page.getByLabel('Full job description').fill(`${title}: what the role involves.`);
    await this.page.getByRole('button', { name: 'Add position' }).click();
    // A new position opens on its own page.
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  async createCandidate(name: string, email: string) {
    await this.nav('People').click();
    await this.page.getByRole('link', { name: 'New candidate' }).click();
    await this.page.getByLabel('Full name').fill(name);
    await this.page.getByLabel('Email').fill(email);
    await this.page.getByLabel('Time zone').fill('Europe/Berlin');
    await this.page.getByRole('button', { name: 'Add candidate' }).click();
    // Saving opens their page, ready to log the first contact.
    await expect(this.page.getByRole('heading', { name, level: 1 })).toBeVisible();
  }
}

/** The pipeline board. */
export class BoardPage {
  constructor(readonly page: Page) {}

  column(stage: string): Locator {
    return this.page.getByRole('region', { name: 'Pipeline board' }).getByRole('region', { name: stage, exact: true });
  }

  card(candidate: string): Locator {
    return this.page.locator('.card', { hasText: candidate });
  }

  async addToPipeline(candidate: string, position: string) {
    await this.page
      .getByRole('button', { name: /Add (to pipeline|a candidate to a position)/ })
      .first()
      .click();
    const dialog = this.page.getByRole('dialog', { name: 'Add a candidate to the pipeline' });
    await dialog.getByLabel('Candidate', { exact: true }).selectOption({ label: candidate });
    await dialog.getByLabel('Position').selectOption({ label: position });
    await dialog.getByRole('button', { name: 'Add to pipeline' }).click();
    await expect(dialog).toBeHidden();
  }

  async expectIn(candidate: string, stage: string) {
    await expect(this.column(stage).locator('.card', { hasText: candidate })).toBeVisible();
  }
}

/** Makes a profile on the picker's form, as a recruiter would, and opens it. Returns the recovery key it showed. */
export async function createProfile(page: Page, name: string, passphrase: string) {
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('The same passphrase again').fill(passphrase);
  await page.getByRole('button', { name: 'Create profile' }).click();
  // The key is derived with scrypt at full cost, twice (passphrase and recovery key): slow by design, slower on a busy
  // machine.
  await expect(page.getByRole('heading', { name: 'Write down your recovery key' })).toBeVisible({ timeout: 45_000 });
  const key = (await page.locator('.recovery-key').textContent())!.replace('Recovery key:', '').trim();
  const open = page.getByRole('button', { name: `Open ${name}` });
  await expect(open).toBeDisabled();
  await page.getByLabel('I have saved my recovery key somewhere safe').check();
  await open.click();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByText(name)).toBeVisible({ timeout: 45_000 });
  return key;
}
