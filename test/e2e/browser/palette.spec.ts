import { test as base, expect } from '../clock';
import { startHost, type RunningHost } from '../host';

const test = base.extend<{ host: RunningHost }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await startHost();
    await use(host);
    await host.stop();
  },
});

test('Ctrl+K finds a person by a few typed letters and opens them, without the mouse', async ({ page, host }) => {
  await host.rpc('people.create', { kind: 'candidate', name: 'Lucía Torres', email: 'lucia@mail.example' });
  await host.rpc('people.create', { kind: 'candidate', name: 'Ben Lindqvist' });
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await page.keyboard.press('Control+k');
  const input = page.getByRole('combobox', { name: 'Find a person, company or position, or an action' });
  await expect(input).toBeFocused();
  await page.keyboard.type('luc');
  await expect(page.getByRole('option', { name: /Lucía Torres/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Lucía Torres', level: 1 })).toBeVisible();

  // Actions too: the palette can lock the profile.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('lock');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Unlock Test recruiter' })).toBeVisible();
});

test('from the palette to a logged contact, without the mouse', async ({ page, host }) => {
  const lucia = (await host.rpc('people.create', {
    kind: 'candidate',
    name: 'Lucía Torres',
    email: 'lucia@mail.example',
    timezone: 'UTC',
  })) as { id: string };
  await host.rpc('touches.log', {
    personId: lucia.id,
    at: '2026-01-05T10:00:00Z',
    channel: 'email',
    direction: 'in',
    kind: 'reply',
    outcome: 'replied',
    summary: 'Asked about the fleet telemetry role.',
  });
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();

  // Words from the contact log find it too, and say whose it is.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('telemetry');
  await expect(page.getByRole('option', { name: /Lucía Torres.*telemetry.*Contact/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Find or do' })).toBeHidden();

  await page.keyboard.press('Control+k');
  await page.keyboard.type('log a');
  await expect(page.getByRole('option', { name: /Log a contact/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  const who = page.getByRole('combobox', { name: /Log a contact with whom/ });
  await expect(who).toBeFocused();
  // Escape steps back to the actions; the action again, then the name.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('combobox', { name: 'Find a person, company or position, or an action' })).toBeFocused();
  await page.keyboard.type('log a');
  await page.keyboard.press('Enter');
  await page.keyboard.type('lucia');
  await expect(page.getByRole('option', { name: /Lucía Torres/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'Lucía Torres', level: 1 })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'I reached out' })).toBeFocused();
  expect(page.url()).not.toContain('do=');
  // Down the form by Tab alone: the notes, then the button.
  for (
    let i = 0;
    i < 12 && !(await page.getByRole('textbox', { name: 'Notes' }).evaluate((el) => el.matches(':focus')));
    i++
  )
    await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Notes' })).toBeFocused();
  await page.keyboard.type('Sent the job description, as agreed.');
  for (
    let i = 0;
    i < 12 && !(await page.getByRole('button', { name: 'Log contact' }).evaluate((el) => el.matches(':focus')));
    i++
  )
    await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  // Their reply was two months before the tests' "now": a follow-up is allowed, and logged without a reason.
  await expect(page.getByRole('status').filter({ hasText: 'Contact logged.' })).toBeVisible();
  await expect(page.getByText('Sent the job description, as agreed.')).toBeVisible();
});

test('the palette schedules an interview for a candidate, and lists the debriefs due', async ({ page, host }) => {
  await host.rpc('people.create', { kind: 'candidate', name: 'Ben Lindqvist', timezone: 'UTC' });
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('schedule');
  await page.keyboard.press('Enter');
  await page.keyboard.type('ben');
  await expect(page.getByRole('option', { name: /Ben Lindqvist/ })).toBeVisible();
  await page.keyboard.press('Enter');
  // Not in the pipeline yet: it says what to do first instead of opening an empty dialog.
  await expect(
    page.getByText(
      'Ben Lindqvist is not in the pipeline yet. Add them to a position first, then schedule the interview.',
    ),
  ).toBeVisible();

  await page.keyboard.press('Control+k');
  await page.keyboard.type('debrief');
  await page.keyboard.press('Enter');
  await expect(page.getByText('No debriefs are due. They appear here when an interview ends.')).toBeVisible();
});

test('? shows every shortcut, except while typing, where it is just a question mark', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(
    sheet.getByRole('region', { name: 'On the pipeline board' }).getByText('Undo the last move or close'),
  ).toBeVisible();
  await expect(sheet.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  // From the palette too; and in a text field, ? is typed.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('shortcuts');
  await page.keyboard.press('Enter');
  await expect(sheet).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await page.getByRole('link', { name: 'New candidate' }).click();
  await page.getByLabel('Full name').fill('Who?');
  await expect(page.getByLabel('Full name')).toHaveValue('Who?');
  await expect(sheet).toBeHidden();
});
