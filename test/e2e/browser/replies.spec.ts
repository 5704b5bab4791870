import type { Page } from '@playwright/test';
import { TOUCH_CHANNELS, TOUCH_KINDS, type Touch, type Verdict } from '../../../api/contract';
import { E2E_NOW, test as base, expect } from '../clock';
import { startHost, type RunningHost } from '../host';

const test = base.extend<{ host: RunningHost }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await startHost();
    await use(host);
    await host.stop();
  },
});

/** Opens a new candidate's page and starts logging what they replied. */
async function logTheirReply(page: Page, host: RunningHost, name: string, timezone: string) {
  const person = await host.rpc<{ id: string }>('people.create', {
    kind: 'candidate',
    name,
    email: 'them@mail.example',
    phone: '+49 30 5550 1234',
    timezone,
  });
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/people/${person.id}`);
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  const form = page.getByRole('region', { name: 'Log a contact' });
  await form.getByText('They reached out').click();
  return { id: person.id, form, reading: form.getByRole('group', { name: 'What Politely read' }) };
}

test('a request to stop is shown as one before saving, and afterwards only the thank-you letter is allowed', async ({
  page,
  host,
}) => {
  const { id, form, reading } = await logTheirReply(page, host, 'Mara Jensen', 'Europe/Berlin');
  await form.getByLabel('What they said').fill('Please take me off your mailing list');
  await expect(reading.locator('.reading-class strong')).toHaveText('They asked you to stop');
  await expect(reading.locator('q')).toHaveText('take me off');
  await expect(reading.getByRole('radio', { name: 'They asked you to stop' })).toBeChecked();
  // Shown, not yet saved.
  expect(await host.rpc<Touch[]>('touches.list', { personId: id })).toEqual([]);

  await form.getByRole('button', { name: 'Log contact' }).click();
  await expect(page.getByText('Contact logged.')).toBeVisible();
  const [touch] = await host.rpc<Touch[]>('touches.list', { personId: id });
  expect(touch).toMatchObject({ direction: 'in', response: 'stop', readAs: 'stop', agreedNextAt: null });

  // The page says so: red banner, no email or call, and the rule named in words.
  const banner = page.locator('p.banner[role="status"]');
  await expect(banner).toHaveClass(/banner-stop/);
  await expect(banner.locator('.banner-lead')).toHaveText('Do not contact them.');
  await expect(banner).toContainText('They asked not to be contacted');
  await expect(page.getByRole('button', { name: 'Email' })).toBeDisabled();
  await form.getByText('I reached out').click();
  await expect(form.getByText('Do not contact:', { exact: true })).toBeVisible();
  await form.getByLabel('How', { exact: true }).selectOption('letter');
  await form.getByLabel('What kind').selectOption('thank-you-letter');
  await expect(form.getByText('Allowed now.')).toBeVisible();

  // Every other contact, by any channel, is blocked: the follow-up check says so for each.
  const allowed: string[] = [];
  for (const channel of TOUCH_CHANNELS) {
    for (const kind of TOUCH_KINDS) {
      const verdict = await host.rpc<Verdict>('followups.check', { personId: id, channel, kind });
      if (verdict.verdict !== 'blocked') allowed.push(`${kind} by ${channel}`);
    }
  }
  expect(allowed).toEqual(['thank-you-letter by letter']);
});

test('a misread "not now" is corrected to interest with one click, and Reports counts the correction', async ({
  page,
  host,
}) => {
  const { id, form, reading } = await logTheirReply(page, host, 'Tomás Ferreira', 'Europe/Lisbon');
  const words = "Not right now, I'm in the middle of a project. But honestly this role sounds exciting, tell me more";
  await form.getByLabel('What they said').fill(words);
  await expect(reading.locator('.reading-class strong')).toHaveText('Not now — a no for now');
  await expect(reading.locator('q')).toHaveText('Not right now');

  // One click on the class they meant.
  await reading.getByRole('group', { name: 'Not right? What they meant' }).getByText('Interested').click();
  await expect(reading.getByRole('radio', { name: 'Interested' })).toBeChecked();
  await expect(reading.locator('.reading-class strong')).toHaveText('Interested');
  await expect(reading.getByText('(you changed it from “Not now — a no for now”)')).toBeVisible();
  await form.getByRole('button', { name: 'Log contact' }).click();
  await expect(page.getByText('Contact logged.')).toBeVisible();

  const touches = await host.rpc<Touch[]>('touches.list', { personId: id });
  expect(touches).toHaveLength(1);
  expect(touches[0]).toMatchObject({ summary: words, response: 'interested', readAs: 'soft-no' });
  await expect(page.getByText('Interested (read as “Not now — a no for now”, you corrected it)')).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  const report = page.getByRole('region', { name: 'Reply reading' });
  await expect(report.locator('dt:text-is("Replies read") + dd')).toHaveText('1');
  await expect(report.locator('dt:text-is("Corrected") + dd')).toHaveText('1 (100%)');
  const row = report.getByRole('row', { name: /Not now — a no for now/ });
  await expect(row.getByRole('cell')).toHaveText(['1', '1: to Interested (1)']);
});

test('Reports says so in words when no reply has been read yet', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByRole('region', { name: 'Reply reading' })).toContainText('No replies read yet.');
});

test('a São Paulo candidate’s “Call me Thursday at 3pm” is Thursday 15:00 their time', async ({ page, host }) => {
  const { id, form, reading } = await logTheirReply(page, host, 'Luana Prado', 'America/Sao_Paulo');
  await form.getByLabel('What they said').fill('Yes, interested! Call me Thursday at 3pm.');
  // 15:00 in São Paulo, which is 14:00 for the recruiter in New York: theirs is the one shown.
  await expect(reading.getByText('Thu, Mar 12, 3:00 PM their time (America/Sao_Paulo)')).toBeVisible();
  await expect(form.getByLabel('When may I follow up?')).toHaveValue('2026-03-12T15:00');
  await form.getByRole('button', { name: 'Log contact' }).click();
  await expect(page.getByText('Contact logged.')).toBeVisible();
  const [touch] = await host.rpc<Touch[]>('touches.list', { personId: id });
  expect(touch!.agreedNextAt).toBe('2026-03-12T18:00:00.000Z');

  // Before that moment contact is blocked, and the banner leads with it, their time; in the neutral colour, as a
  // date they agreed to is no error.
  const banner = page.locator('p.banner[role="status"]');
  await expect(banner).toHaveAttribute('class', 'banner');
  await expect(banner.locator('.banner-lead')).toHaveText('Next contact allowed: Thu, Mar 12, 3:00 PM their time.');
  await expect(page.locator('#Email-why')).toHaveText(
    'Not before Thu, Mar 12, 3:00 PM their time (Before the agreed date).',
  );
});

test('a reply that mentions a stop word but was not read as a stop asks before saving', async ({ page, host }) => {
  const { id, form, reading } = await logTheirReply(page, host, 'Jonas Weber', 'Europe/Berlin');
  await form.getByLabel('What they said').fill('Please keep me on your list for future roles');
  const question = reading.getByRole('group', { name: 'Did they ask you to stop?' });
  await expect(question).toBeVisible();

  // Not saved until it is answered.
  await form.getByRole('button', { name: 'Log contact' }).click();
  await expect(question.getByRole('alert')).toHaveText('Say whether they asked you to stop before you log this.');
  await expect(question).toBeFocused();
  expect(await host.rpc<Touch[]>('touches.list', { personId: id })).toEqual([]);

  // No keeps what was read.
  const shown = (await reading.locator('.reading-class strong').textContent())!;
  expect(shown).not.toBe('They asked you to stop');
  await question.getByRole('radio', { name: /^No/ }).check();
  await form.getByRole('button', { name: 'Log contact' }).click();
  await expect(page.getByText('Contact logged.')).toBeVisible();
  const [touch] = await host.rpc<Touch[]>('touches.list', { personId: id });
  expect(touch!.response).toBe(touch!.readAs);
  expect(touch!.response).not.toBe('stop');
});

test('answering yes to the stop question saves a stop, as the recruiter corrected it', async ({ page, host }) => {
  const { id, form, reading } = await logTheirReply(page, host, 'Ines Vogel', 'Europe/Berlin');
  await form.getByLabel('What they said').fill('Please keep me on your list for future roles');
  const question = reading.getByRole('group', { name: 'Did they ask you to stop?' });
  await question.getByRole('radio', { name: /^Yes/ }).check();
  await expect(reading.getByRole('radio', { name: 'They asked you to stop' })).toBeChecked();
  await form.getByRole('button', { name: 'Log contact' }).click();
  await expect(page.getByText('Contact logged.')).toBeVisible();
  const [touch] = await host.rpc<Touch[]>('touches.list', { personId: id });
  expect(touch).toMatchObject({ response: 'stop', agreedNextAt: null });
  expect(touch!.readAs).not.toBe('stop');
});

test('the banner’s colour says whether contact is allowed now: green, amber when only the take-away may go', async ({
  page,
  host,
}) => {
  const { id } = await logTheirReply(page, host, 'Ada Okafor', 'Europe/Berlin');
  const banner = page.locator('p.banner[role="status"]');
  await expect(banner).toHaveClass(/banner-open/);
  await expect(banner.locator('.banner-lead')).toHaveText('You may contact them now.');

  for (const days of [10, 6]) {
    const at = new Date(Date.parse(E2E_NOW) - days * 86_400_000).toISOString();
    await host.rpc('touches.log', {
      personId: id,
      at,
      channel: 'email',
      direction: 'out',
      kind: 'follow-up',
      outcome: 'sent',
    });
  }
  await page.reload();
  await expect(banner).toHaveClass(/banner-wait/);
  await expect(banner.locator('.banner-lead')).toHaveText('You may contact them now, with the take-away only.');
});
