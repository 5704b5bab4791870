import { hoursFromNow, test as base, expect } from '../clock';
import { startHost, type RunningHost } from '../host';

/**
 * Today mixes dates the screen writes (when something is due) with dates the backend writes into its sentences (a
 * rule's wait, a task's due time, an interview's start): one shape, in the browser's locale, never a second one.
 */
const test = base.extend<{ host: RunningHost }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await startHost();
    await seedToday(host);
    await use(host);
    await host.stop();
  },
});

const MONTH = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
/** "Fri 6 Mar": a weekday without its comma, the day before the month. */
const DAY_BEFORE_MONTH = new RegExp(`\\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d{1,2} ${MONTH}\\b`);
/** "6 March 2026": the long date of the documents for someone else. */
const LONG_DATE =
  /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/;
/** "15:00", "09:00": a 24-hour time (a 12-hour one says AM or PM). */
const TWENTY_FOUR_HOUR = /\b([01]\d|2[0-3]):[0-5]\d\b(?!\s?[AP]M)/;

/** A follow-up due, a wait, an overdue task and prep for tomorrow's interview: each sentence carries a date. */
async function seedToday(host: RunningHost) {
  const mei = await host.rpc<{ id: string }>('people.create', {
    kind: 'candidate',
    name: 'Mei Chen',
    timezone: 'Asia/Singapore',
  });
  await host.rpc('touches.log', {
    personId: mei.id,
    at: hoursFromNow(-72),
    channel: 'phone',
    direction: 'out',
    kind: 'check-in',
    outcome: 'connected',
    response: 'permission',
    agreedNextAt: hoursFromNow(-1),
  });
  await host.rpc('tasks.create', { personId: mei.id, title: 'Send Mei the brief', dueAt: hoursFromNow(-20) });
  const ben = await host.rpc<{ id: string }>('people.create', {
    kind: 'candidate',
    name: 'Ben Lindqvist',
    timezone: 'Europe/Stockholm',
  });
  await host.rpc('touches.log', {
    personId: ben.id,
    at: hoursFromNow(-24),
    channel: 'email',
    direction: 'in',
    kind: 'reply',
    outcome: 'replied',
    summary: "I'm in the middle of a project. Can you call me back in a couple of weeks?",
  });
  const company = await host.rpc<{ id: string }>('companies.create', { name: 'Acme Robotics' });
  const position = await host.rpc<{ id: string }>('positions.create', {
    companyId: company.id,
    title: 'Platform Engineer',
    description: 'Build it.',
  });
  const application = await host.rpc<{ id: string }>('applications.create', {
    candidateId: mei.id,
    positionId: position.id,
  });
  await host.rpc('interviews.schedule', {
    applicationId: application.id,
    startsAt: hoursFromNow(26),
    durationMinutes: 60,
    timezone: 'Asia/Singapore',
  });
}

test('Today writes every date in one shape when the browser reads American English', async ({ page, host }) => {
  expect(await page.evaluate(() => navigator.language)).toBe('en-US');
  await page.goto(host.url);
  const main = page.getByRole('main');
  // The backend's sentences, in the screen's shape.
  await expect(main).toContainText('They agreed to hear from you from Tue, Mar 10, 6:00 PM their time.');
  await expect(main).toContainText('They said "not now". Paused until Mon, Mar 23.');
  await expect(main).toContainText('Send Mei the brief. Overdue: it was due Mon, Mar 9, 11:00 AM.');
  await expect(main).toContainText('Interview Wed, Mar 11, 9:00 PM their time; prep 0 of 10 done.');

  const text = await main.innerText();
  expect(text).not.toMatch(DAY_BEFORE_MONTH);
  expect(text).not.toMatch(LONG_DATE);
  expect(text).not.toMatch(TWENTY_FOUR_HOUR);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 800 });
    await page.screenshot({ path: test.info().outputPath(`today-dates-${width}.png`), fullPage: true });
  }
});

test.describe('in British English', () => {
  test.use({ locale: 'en-GB' });

  test('Today’s sentences follow the browser’s locale, as its own dates do', async ({ page, host }) => {
    await page.goto(host.url);
    const main = page.getByRole('main');
    await expect(main).toContainText('They agreed to hear from you from Tue 10 Mar, 18:00 their time.');
    await expect(main).toContainText('Send Mei the brief. Overdue: it was due Mon 9 Mar, 11:00.');
    await expect(main).toContainText('Interview Wed 11 Mar, 21:00 their time; prep 0 of 10 done.');
    expect(await main.innerText()).not.toMatch(/\b[AP]M\b/);
  });
});
