import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { E2E_NOW, test as base, expect } from '../clock';
import { openDatabase } from '../../../db/connection';
import { startHost, type RunningHost } from '../host';
import { BoardPage, PolitelyApp } from '../pages';

const test = base.extend<{ host: RunningHost }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await startHost();
    await use(host);
    await host.stop();
  },
});

/** Ben Lindqvist, sourced for a Data Analyst position, on the board. */
async function benOnTheBoard(page: Page, host: RunningHost): Promise<BoardPage> {
  const company = await host.rpc<{ id: string }>('companies.create', { name: 'Northwind Health' });
  const position = await host.rpc<{ id: string }>('positions.create', { companyId: company.id, title: 'Data Analyst' });
  const candidate = await host.rpc<{ id: string }>('people.create', { kind: 'candidate', name: 'Ben Lindqvist' });
  await host.rpc('applications.create', { candidateId: candidate.id, positionId: position.id });
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/pipeline`);
  return new BoardPage(page);
}

test('a recruiter builds a pipeline, moves a card by keyboard and by drag, and it survives a reload', async ({
  page,
  host,
}) => {
  const app = new PolitelyApp(page);
  const board = new BoardPage(page);
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/pipeline`);
  await expect(page.getByRole('heading', { name: 'Your pipeline starts with a position' })).toBeVisible();

  await app.createCompany('Acme Robotics');
  await app.createPosition('Acme Robotics', 'Senior Backend Engineer');
  await app.createCandidate('Ada Okafor', 'ada@mail.example');

  await app.nav('Pipeline').click();
  await expect(page.getByRole('heading', { name: 'No one in the pipeline yet' })).toBeVisible();
  await board.addToPipeline('Ada Okafor', 'Senior Backend Engineer — Acme Robotics');
  await board.expectIn('Ada Okafor', 'Sourced');

  // Keyboard: the new card holds focus; Shift+→ moves it one stage at a time.
  const card = board.card('Ada Okafor');
  await card.focus();
  await page.keyboard.press('Shift+ArrowRight');
  await board.expectIn('Ada Okafor', 'Prep');
  await expect(card).toBeFocused();
  await page.keyboard.press('Shift+ArrowRight');
  await board.expectIn('Ada Okafor', 'Interview');
  // The move re-renders the column: the next key goes to the card only once focus is back on it.
  await expect(card).toBeFocused();
  await page.keyboard.press('Shift+ArrowLeft');
  await board.expectIn('Ada Okafor', 'Prep');
  // Saved once the board says so: the drag starts from a card that has settled in its column.
  await expect(page.getByText('Moved Ada Okafor to Prep.')).toBeAttached();

  // Drag to Offer.
  await card.dragTo(board.column('Offer').locator('.column-body'));
  await board.expectIn('Ada Okafor', 'Offer');

  await page.reload();
  await board.expectIn('Ada Okafor', 'Offer');
  const saved = await host.rpc<{ cards: { stage: string }[] }>('applications.board', {});
  expect(saved.cards.map((c) => c.stage)).toEqual(['offer']);
});

test('a card opens its candidate with a click on the name (a link) or a double-click, and still selects, moves and drags as before', async ({
  page,
  host,
}) => {
  const board = await benOnTheBoard(page, host);
  const card = board.card('Ben Lindqvist');
  const heading = page.getByRole('heading', { name: 'Ben Lindqvist', level: 1 });
  const name = card.getByRole('link', { name: 'Ben Lindqvist' });
  // The card stays the board's one tab stop: the name is not another.
  await expect(name).toHaveAttribute('tabindex', '-1');
  await expect(card).toHaveAttribute('tabindex', '0');

  // A click elsewhere on the card selects it and stays on the board.
  await card.locator('.card-position').click();
  await expect(card).toBeFocused();
  await expect(page).toHaveURL(/#\/pipeline$/);

  // The name opens them.
  await name.click();
  await expect(heading).toBeVisible();
  await page.goBack();
  await expect(card).toBeVisible();

  // A double-click on the card opens them too.
  await card.locator('.card-position').dblclick();
  await expect(heading).toBeVisible();
  await page.goBack();

  // The keyboard is as it was: Shift+→ moves, Enter opens.
  await card.focus();
  await page.keyboard.press('Shift+ArrowRight');
  await board.expectIn('Ben Lindqvist', 'Prep');
  await expect(page.getByText('Moved Ben Lindqvist to Prep.')).toBeAttached();

  // Dragged by its name, the whole card moves and nothing opens.
  await name.dragTo(board.column('Interview').locator('.column-body'));
  await board.expectIn('Ben Lindqvist', 'Interview');
  await expect(page).toHaveURL(/#\/pipeline$/);

  await expect(card).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(heading).toBeVisible();
});

test('closing needs a reason, and the card keeps its history in Closed', async ({ page, host }) => {
  const board = await benOnTheBoard(page, host);
  await board.card('Ben Lindqvist').focus();
  await page.keyboard.press('Delete');
  const dialog = page.getByRole('dialog', { name: "Close Ben Lindqvist's application?" });
  await dialog.getByRole('button', { name: 'Close application' }).click();
  await expect(dialog.getByText('Choose a reason')).toBeVisible();
  // Answers recorded where they happen (the debrief, the offer, the placement) are not chosen here.
  await expect(dialog.getByRole('radio')).toHaveCount(6);
  for (const recorded of ['Declined at debrief', 'Declined the offer', 'Placement fell off'])
    await expect(dialog.getByLabel(recorded)).toHaveCount(0);
  await dialog.getByLabel('Candidate withdrew').check();
  await dialog.getByRole('button', { name: 'Close application' }).click();
  await board.expectIn('Ben Lindqvist', 'Closed');
  await expect(board.card('Ben Lindqvist')).toContainText('Candidate withdrew');
  await expect(board.card('Ben Lindqvist')).toBeFocused();
});

test('Ctrl+Z puts back the last moves and closes, one at a time, and leaves text fields their own undo', async ({
  page,
  host,
}) => {
  const board = await benOnTheBoard(page, host);
  const card = board.card('Ben Lindqvist');
  await card.focus();
  await page.keyboard.press('Shift+ArrowRight');
  await board.expectIn('Ben Lindqvist', 'Prep');
  await page.keyboard.press('Delete');
  const dialog = page.getByRole('dialog', { name: "Close Ben Lindqvist's application?" });
  await dialog.getByLabel('Candidate withdrew').check();
  await dialog.getByRole('button', { name: 'Close application' }).click();
  await board.expectIn('Ben Lindqvist', 'Closed');
  await expect(page.getByRole('status').filter({ hasText: 'Ctrl+Z (⌘Z) undoes it.' })).toBeVisible();

  await page.keyboard.press('Control+z');
  await board.expectIn('Ben Lindqvist', 'Prep');
  await expect(card).toBeFocused();
  await page.keyboard.press('Control+z');
  await board.expectIn('Ben Lindqvist', 'Sourced');
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status').filter({ hasText: 'Nothing to undo on the board.' })).toBeVisible();
  expect((await host.rpc<{ cards: { stage: string }[] }>('applications.board', {})).cards.map((c) => c.stage)).toEqual([
    'sourced',
  ]);

  // In the position filter, Ctrl+Z is not the board's.
  await page.keyboard.press('Shift+ArrowRight');
  await board.expectIn('Ben Lindqvist', 'Prep');
  await page.getByLabel('Position').focus();
  await page.keyboard.press('Control+z');
  await board.expectIn('Ben Lindqvist', 'Prep');
});

test('the board filters by position, and the filter survives a reload', async ({ page, host }) => {
  const company = await host.rpc<{ id: string }>('companies.create', { name: 'Acme Robotics' });
  const backend = await host.rpc<{ id: string }>('positions.create', {
    companyId: company.id,
    title: 'Backend Engineer',
  });
  const analyst = await host.rpc<{ id: string }>('positions.create', { companyId: company.id, title: 'Data Analyst' });
  for (const [name, positionId] of [
    ['Ada Okafor', backend.id],
    ['Carla Mendes', analyst.id],
  ] as const) {
    const person = await host.rpc<{ id: string }>('people.create', { kind: 'candidate', name });
    await host.rpc('applications.create', { candidateId: person.id, positionId });
  }
  const board = new BoardPage(page);
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/pipeline`);
  await board.expectIn('Ada Okafor', 'Sourced');
  await board.expectIn('Carla Mendes', 'Sourced');
  await page.getByLabel('Position').selectOption({ label: 'Data Analyst — Acme Robotics' });
  await expect(board.card('Ada Okafor')).toHaveCount(0);
  await board.expectIn('Carla Mendes', 'Sourced');
  await page.reload();
  await expect(board.card('Ada Okafor')).toHaveCount(0);
  await board.expectIn('Carla Mendes', 'Sourced');
});

test('errors appear beside the field that caused them, and nothing is saved', async ({ page, host }) => {
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/pipeline`);
  await page.goto(`${host.origin}/#/people/new?kind=candidate`);
  await page.getByLabel('Email').fill('ada-at-mail');
  await page.getByLabel('Time zone').fill('Mars/Olympus');
  await page.getByRole('button', { name: 'Add candidate' }).click();
  await expect(page.getByLabel('Full name')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Fill in the name.')).toBeVisible();
  await expect(page.getByText('Enter an email address like name@example.com.')).toBeVisible();
  await expect(page.getByText('Choose a time zone from the list')).toBeVisible();
  const people = await host.rpc<{ total: number }>('people.list', {});
  expect(people.total).toBe(0);
});

test('the board stays virtualized with 10,000 cards', async ({ page }) => {
  // Seed straight into a data file from before profiles; the first profile takes it in, encrypted.
  const host = await (async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'politely-e2e-'));
    const db = openDatabase(path.join(dataDir, 'politely.db'));
    const now = E2E_NOW;
    db.transaction(() => {
      db.prepare("INSERT INTO companies (id, name, created_at, updated_at) VALUES ('co', 'Acme Robotics', ?, ?)").run(
        now,
        now,
      );
      db.prepare(
        "INSERT INTO positions (id, company_id, title, created_at, updated_at) VALUES ('po', 'co', 'Engineer', ?, ?)",
      ).run(now, now);
      const person = db.prepare(
        "INSERT INTO people (id, kind, name, created_at, updated_at) VALUES (?, 'candidate', ?, ?, ?)",
      );
      const application = db.prepare(
        "INSERT INTO applications (id, candidate_id, position_id, stage, stage_changed_at, created_at, updated_at) VALUES (?, ?, 'po', 'sourced', ?, ?, ?)",
      );
      for (let i = 0; i < 10_000; i++) {
        const id = randomUUID();
        const changed = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
        person.run(id, `Candidate ${String(i).padStart(5, '0')}`, now, now);
        application.run(randomUUID(), id, changed, now, now);
      }
    })();
    db.close();
    return startHost({ dataDir });
  })();
  try {
    const board = new BoardPage(page);
    await page.goto(host.url);
    await page.goto(`${host.origin}/#/pipeline`);
    await expect(board.column('Sourced').locator('.column-count')).toHaveText('10,000');
    const rendered = await page.locator('.card').count();
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(100);
    // Newest first, a page at a time: scrolling to the end of those loaded brings the next page.
    const body = board.column('Sourced').locator('.column-body');
    await expect(async () => {
      await body.evaluate((el) => (el.scrollTop = el.scrollHeight));
      await expect(board.card('Candidate 09900')).toBeVisible({ timeout: 1_000 });
    }).toPass();
    expect(await page.locator('.card').count()).toBeLessThan(100);
  } finally {
    await host.stop();
  }
});

test('adding to the pipeline takes the candidate clicked in the list, filtered or not, and none before a click', async ({
  page,
  host,
}) => {
  const company = await host.rpc<{ id: string }>('companies.create', { name: 'Northwind Health' });
  await host.rpc('positions.create', { companyId: company.id, title: 'Data Analyst' });
  await host.rpc('people.create', { kind: 'candidate', name: 'Ben Lindqvist' });
  await host.rpc('people.create', { kind: 'candidate', name: 'Zoë Ångström' });
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/pipeline`);
  const board = new BoardPage(page);
  const open = async () => {
    await page.getByRole('button', { name: 'Add to pipeline' }).first().click();
    return page.getByRole('dialog', { name: 'Add a candidate to the pipeline' });
  };

  // Nothing looks chosen before a click, so Add asks for a candidate.
  let dialog = await open();
  await expect(dialog.getByRole('option', { name: 'Ben Lindqvist' })).toBeVisible();
  await expect(dialog.getByRole('listbox', { name: 'Candidate' }).getByRole('option', { selected: true })).toHaveCount(
    0,
  );
  // The first name in the list, clicked as it is shown.
  await dialog.getByRole('option', { name: 'Ben Lindqvist' }).click();
  await dialog.getByLabel('Position').selectOption({ label: 'Data Analyst — Northwind Health' });
  await dialog.getByRole('button', { name: 'Add to pipeline' }).click();
  await expect(dialog).toBeHidden();
  await board.expectIn('Ben Lindqvist', 'Sourced');

  // The one name left by the filter, typed without its accents.
  dialog = await open();
  await dialog.getByLabel('Filter candidates').fill('zoe angstrom');
  await expect(dialog.getByRole('listbox', { name: 'Candidate' }).getByRole('option')).toHaveCount(1);
  await dialog.getByRole('option', { name: 'Zoë Ångström' }).click();
  await dialog.getByLabel('Position').selectOption({ label: 'Data Analyst — Northwind Health' });
  await dialog.getByRole('button', { name: 'Add to pipeline' }).click();
  await expect(dialog).toBeHidden();
  await board.expectIn('Zoë Ångström', 'Sourced');
});

test('adding to the pipeline with no candidates yet says what to do first, and Close leaves', async ({
  page,
  host,
}) => {
  const company = await host.rpc<{ id: string }>('companies.create', { name: 'Northwind Health' });
  await host.rpc('positions.create', { companyId: company.id, title: 'Data Analyst' });
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/pipeline`);
  await page.getByRole('button', { name: 'Add to pipeline' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add a candidate to the pipeline' });
  await expect(dialog).toContainText('There are no candidates yet. Add a candidate first.');
  await expect(dialog.getByRole('link', { name: 'Add a candidate' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});
