import { hoursFromNow, test, expect } from '../clock';
import { startHost, TEST_PASSPHRASE, type RunningHost } from '../host';
import { noViolations, PolitelyApp } from '../pages';

/**
 * The whole agency path, as a recruiter walks it in one day, every record made through the app's own forms:
 * the client, its hiring manager, the position and two candidates; a shortlist to the client, who wants to meet
 * one and not the other; the interview and its debrief; the offer and its YES; the placement with its fee; the
 * guarantee reminder; and the fee in Reports. The host is asked only to read back what the screens said.
 */

/** The interview starts two hours after the tests' "now", on UTC clocks, and lasts an hour. */
const INTERVIEW_AT = hoursFromNow(2);
/** Late afternoon: the recruiter opens Politely again, two hours after the interview ended. */
const LATER = hoursFromNow(5);

type Application = { candidateName: string; stage: string; closedReason: string | null };

for (const [width, height] of [
  [1280, 800],
  [390, 844],
] as const) {
  test(`client, position, shortlist, interview, debrief YES, offer YES, placed with a fee, at ${width} px`, async ({
    page,
  }, info) => {
    test.setTimeout(240_000);
    const first = await startHost();
    let host: RunningHost = first;
    const app = new PolitelyApp(page);
    const shot = (name: string) => page.screenshot({ path: info.outputPath(`agency-${name}-${width}.png`) });
    try {
      await page.setViewportSize({ width, height });
      await page.goto(host.url);

      // The day starts on Today, which asks once how candidates reach the recruiter: saved by Enter.
      const details = page.getByRole('region', { name: 'Tell candidates how to reach you' });
      await details.getByLabel('Your name').fill('Sam Rivera');
      await details.getByLabel('Your email').fill('sam@agency.example');
      await details.getByLabel('Your phone').fill('+1 415 555 0134');
      await details.getByLabel('Your phone').press('Enter');
      await expect(page.getByText('Your details are saved.')).toBeVisible();
      await expect(details).toHaveCount(0);

      // The client, by keyboard: its name typed, Enter saves it, and it opens on its own page.
      await app.nav('Companies').click();
      await page.getByRole('link', { name: 'New company' }).click();
      await page.getByLabel('Company name').fill('Northwind Health');
      await page.getByLabel('Company name').press('Enter');
      await expect(page.getByRole('heading', { level: 1, name: 'Northwind Health' })).toBeVisible();
      await expect(page.getByText('No contacts yet.')).toBeVisible();

      // Its hiring manager, added from the client's page, so the client is already chosen; Tab moves on.
      await page.getByRole('link', { name: 'Add a client contact' }).click();
      await expect(page.getByRole('radio', { name: 'Client contact' })).toBeChecked();
      await expect(page.getByLabel('Company', { exact: true }).locator('option:checked')).toHaveText(
        'Northwind Health',
      );
      await expect(page.getByLabel('Full name')).toBeFocused();
      await page.keyboard.type('Dana Whitfield');
      await page.keyboard.press('Tab');
      await expect(page.getByLabel('Job title')).toBeFocused();
      await page.keyboard.type('VP Engineering');
      await page.keyboard.press('Tab');
      await expect(page.getByLabel('Email')).toBeFocused();
      await page.keyboard.type('dana@northwind.example');
      await page.getByLabel('Time zone').fill('America/Chicago');
      await page.getByRole('button', { name: 'Add client contact' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Dana Whitfield' })).toBeVisible();

      await app.nav('Companies').click();
      await page.getByRole('link', { name: 'Northwind Health' }).click();
      const contacts = page.getByRole('region', { name: 'Contacts' });
      await expect(contacts.getByRole('link', { name: 'Dana Whitfield' })).toBeVisible();
      await noViolations(page, `the client's page at ${width} px`);
      await shot('client');

      // The position, with Dana ticked as its hiring manager by Space.
      await app.nav('Positions').click();
      await page.getByRole('link', { name: 'New position' }).click();
      await page.getByLabel('Company').selectOption({ label: 'Northwind Health' });
      await page.getByLabel('Job title').fill('Platform Engineer');
      await page.getByLabel('Salary from').fill('110,000');
      await page.getByLabel('Salary to').fill('130,000');
      await page.getByLabel('Currency').fill('USD');
      await page.getByLabel('Full job description').fill('Build the claims platform.\nOn call one week in six.');
      const manager = page.getByRole('checkbox', { name: /Dana Whitfield/ });
      await manager.focus();
      await page.keyboard.press('Space');
      await expect(manager).toBeChecked();
      await page.getByRole('button', { name: 'Add position' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Platform Engineer' })).toBeVisible();
      await expect(
        page.getByRole('region', { name: 'Details' }).getByRole('link', { name: 'Dana Whitfield' }),
      ).toBeVisible();

      // Two candidates, each put forward for the position from their own page.
      const candidates = [
        { name: 'Ada Okafor', email: 'ada@mail.example', phone: '+1 312 555 0101' },
        { name: 'Ben Lindqvist', email: 'ben@mail.example', phone: '' },
      ];
      for (const c of candidates) {
        await app.nav('People').click();
        await page.getByRole('link', { name: 'New candidate' }).click();
        await page.getByLabel('Full name').fill(c.name);
        await page.getByLabel('Email').fill(c.email);
        if (c.phone) await page.getByLabel('Phone').fill(c.phone);
        await page.getByLabel('Time zone').fill('Europe/Berlin');
        await page.getByRole('button', { name: 'Add candidate' }).click();
        await expect(page.getByRole('heading', { level: 1, name: c.name })).toBeVisible();
        await page.getByRole('button', { name: 'Add to a position' }).click();
        const add = page.getByRole('dialog', { name: `Add ${c.name} to a position` });
        await add.getByLabel('Position').selectOption({ label: 'Platform Engineer — Northwind Health' });
        await add.getByRole('button', { name: 'Add to pipeline' }).press('Enter');
        await expect(add).toBeHidden();
        await expect(
          page.getByRole('region', { name: /^Applications/ }).getByRole('link', { name: 'Platform Engineer' }),
        ).toBeVisible();
      }
      await noViolations(page, `a candidate's page at ${width} px`);

      // The position lists both, at Sourced.
      await app.nav('Positions').click();
      await page.getByRole('link', { name: 'Platform Engineer' }).click();
      const pipeline = page.getByRole('region', { name: /^Pipeline/ });
      await expect(pipeline).toContainText('2 open of 2');
      const positionId = new URL(page.url()).hash.split('/')[2]!;
      await expect(pipeline.getByRole('region', { name: /^Sourced \d+$/ }).getByRole('link')).toHaveText([
        'Ada Okafor',
        'Ben Lindqvist',
      ]);
      await noViolations(page, `the position's page at ${width} px`);
      await shot('position');

      // The shortlist, by keyboard: Enter opens it, Space ticks each candidate.
      const shortlists = page.getByRole('region', { name: 'Shortlists' });
      await expect(shortlists).toContainText('Nothing sent to Northwind Health yet.');
      await shortlists.getByRole('button', { name: 'Send a shortlist' }).focus();
      await page.keyboard.press('Enter');
      const send = page.getByRole('dialog', { name: 'Send a shortlist for Platform Engineer' });
      await expect(send.getByLabel('Send to').locator('option:checked')).toContainText('Dana Whitfield');
      for (const name of ['Ada Okafor', 'Ben Lindqvist']) {
        await send.getByRole('checkbox', { name: new RegExp(name) }).focus();
        await page.keyboard.press('Space');
        await expect(send.getByRole('checkbox', { name: new RegExp(name) })).toBeChecked();
      }
      await send.getByLabel('What Dana should know about Ada Okafor').fill('Ten years of claims systems.');
      await send.getByLabel('What Dana should know about Ben Lindqvist').fill('Led the move to event sourcing.');
      await send.getByLabel('A note to Dana').fill('Two people worth meeting this week.');
      await noViolations(page, `the shortlist dialog at ${width} px`);
      await shot('shortlist-dialog');
      await send.getByRole('button', { name: 'Save the shortlist' }).click();

      // Save PDF opens the client's packet at its one-time print address.
      const saved = page.getByRole('dialog', { name: 'Shortlist saved' });
      const [packet] = await Promise.all([
        page.waitForEvent('popup'),
        saved.getByRole('button', { name: 'Save PDF' }).click(),
      ]);
      await packet.waitForLoadState();
      expect(new URL(packet.url()).pathname).toMatch(/^\/print\/[A-Za-z0-9_-]{43}$/);
      await expect(
        packet.getByRole('heading', { level: 1, name: 'Platform Engineer at Northwind Health' }),
      ).toBeVisible();
      await expect(packet.getByText('Ten years of claims systems.')).toBeVisible();
      await expect(packet.getByText('Led the move to event sourcing.')).toBeVisible();
      await packet.screenshot({ path: info.outputPath(`agency-packet-${width}.png`), fullPage: true });
      await packet.close();
      await saved.getByRole('button', { name: 'Done' }).click();
      const card = shortlists.getByRole('article', { name: 'To Dana Whitfield' });
      await expect(card).toContainText('waiting on 2 of 2');

      // Today waits on Dana's answer, and opens the shortlist.
      await app.nav('Today').click();
      const answers = page.getByRole('region', { name: /^Clients’ answers/ });
      await expect(answers).toContainText('for their answer on the 2 candidates you sent.');
      await noViolations(page, `Today waiting on the client at ${width} px`);
      await shot('today-waiting');
      await answers.getByRole('link', { name: 'Shortlist: Dana Whitfield' }).click();
      await expect(card).toBeFocused();

      // Dana answers: Interview for Ada, a no for Ben with what she said.
      await card
        .getByRole('group', { name: 'Dana’s answer on Ada Okafor' })
        .getByRole('button', { name: 'Interview' })
        .click();
      await expect(card.getByRole('status')).toContainText('Dana wants to meet Ada.');
      await card
        .getByRole('group', { name: 'Dana’s answer on Ben Lindqvist' })
        .getByRole('button', { name: 'Reject' })
        .click();
      const reject = page.getByRole('dialog', { name: 'Dana said no to Ben Lindqvist' });
      await reject.getByLabel('What did the client say?').fill('Wants someone who has run on-call.');
      await reject.getByRole('button', { name: 'Record the no' }).click();
      await expect(card).toContainText('every answer is in');
      await expect(pipeline.getByRole('region', { name: /^Closed \d+$/ })).toContainText(
        'Ben Lindqvist · Client said no',
      );
      await shot('client-answered');

      // Ada's interview, from her page: two hours from now, on UTC clocks, by video, with Dana.
      await card.getByRole('link', { name: 'Ada Okafor' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Ada Okafor' })).toBeVisible();
      await page.getByRole('button', { name: 'Schedule interview' }).click();
      const schedule = page.getByRole('dialog', { name: 'Schedule an interview for Ada Okafor' });
      await schedule.getByLabel('Starts').fill(INTERVIEW_AT.slice(0, 16));
      await schedule.getByLabel('Interview time zone').fill('UTC');
      await schedule.getByLabel('Format').selectOption('video');
      await schedule.getByLabel('Video link').fill('https://meet.example.com/northwind-ada');
      await schedule.getByLabel(/Dana Whitfield/).check();
      await noViolations(page, `the schedule dialog at ${width} px`);
      await schedule.getByRole('button', { name: 'Schedule interview' }).click();
      await expect(page.getByRole('heading', { name: 'Round 1: Ada Okafor', level: 1 })).toBeVisible();

      // Prep: one item ticked by Space, then saved.
      const prep = page.getByRole('region', { name: /Prep/ });
      await prep.getByRole('checkbox', { name: 'Your research' }).focus();
      await page.keyboard.press('Space');
      await prep.getByRole('button', { name: 'Save prep' }).click();
      await expect(page.getByText('Prep saved.')).toBeVisible();
      await expect(prep.getByText('1/10')).toBeVisible();
      await noViolations(page, `the interview page at ${width} px`);
      await shot('interview');

      // The afternoon: the interview has taken place and Politely is opened again, at the later hour.
      const interviewId = new URL(page.url()).hash.split('/')[2]!;
      await host.stop();
      await page.clock.setSystemTime(new Date(LATER));
      host = await startHost({ dataDir: first.dataDir, now: LATER, unlocked: false });
      await page.goto(host.url);
      await expect(page.getByRole('heading', { name: 'Unlock Test recruiter' })).toBeVisible();
      await page.getByLabel('Passphrase').fill(TEST_PASSPHRASE);
      await page.getByLabel('Passphrase').press('Enter');
      await expect(app.nav('Today')).toBeVisible({ timeout: 45_000 });

      await app.nav('Today').click();
      const debriefs = page.getByRole('region', { name: /Debriefs to call/ });
      await expect(debriefs).toContainText('Ada Okafor');
      await expect(debriefs).toContainText('The interview ended 2 hours ago');
      await noViolations(page, `Today with a debrief to call at ${width} px`);
      await shot('today-debrief');
      await debriefs.getByRole('link', { name: 'Debrief: Ada Okafor' }).click();

      // The debrief call, then the strict question: YES, by keyboard.
      await expect(page.getByRole('heading', { name: 'Debrief: Ada Okafor', level: 1 })).toBeVisible();
      await page.getByLabel('What time did you arrive?').fill('10 minutes early');
      await page.getByLabel('With whom did you meet? Names and roles.').fill('Dana Whitfield, VP Engineering');
      await page.getByLabel('What questions did they ask?').fill('How to run claims on call.');
      await page.getByLabel('How did you answer?').fill('With the rota I set up at my last job.');
      await page.getByLabel('How did it feel? What was the vibe?').fill('Warm; Dana talked about the team.');
      await noViolations(page, `the debrief at ${width} px`);
      await shot('debrief');
      await page.getByRole('button', { name: 'YES', exact: true }).focus();
      await page.keyboard.press('Enter');
      await expect(
        page.getByRole('status').filter({ hasText: 'Recorded: YES. The application moved to Offer.' }),
      ).toBeVisible();
      expect(
        await host.rpc<{ debrief: { acceptance: string } | null }>('interviews.get', { id: interviewId }),
      ).toMatchObject({ debrief: { acceptance: 'yes' } });

      // The offer, from Ada's page, by keyboard: Enter in the last field records it.
      await app.nav('People').click();
      await page.getByRole('link', { name: 'Ada Okafor' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Ada Okafor' })).toBeVisible();
      const row = page
        .getByRole('region', { name: /^Applications/ })
        .getByRole('listitem')
        .filter({ has: page.getByRole('link', { name: 'Platform Engineer' }) });
      await row.getByRole('button', { name: 'Record an offer' }).focus();
      await page.keyboard.press('Enter');
      const offer = page.getByRole('form', { name: 'Record an offer' });
      await offer.getByLabel('Base salary').fill('120,000');
      await offer.getByLabel('Currency').fill('USD');
      await offer.getByLabel('Start date').fill('2026-02-22');
      await offer.getByLabel('Offer expires (optional)').fill('2026-03-13T17:00');
      await noViolations(page, `the offer form at ${width} px`);
      await offer.getByLabel('Currency').press('Enter');
      await expect(page.getByText('Offer recorded. It waits in Today for their YES or NO.')).toBeVisible();
      await expect(row).toContainText('Offer: USD 120,000.00, starting Sun, Feb 22.');

      // Their answer: YES.
      const answer = row.getByRole('region', { name: 'Their answer' });
      await expect(answer.locator('blockquote')).toHaveText('Do you accept this offer, as it stands? YES or NO.');
      await answer.getByRole('button', { name: 'YES', exact: true }).click();
      await expect(page.getByText('Recorded: YES. The application moved to Placed.')).toBeVisible();
      await expect(row.locator('.stage-tag')).toHaveText('Placed');

      // The placement: a 20% fee on the accepted base and a 30-day guarantee.
      await row.getByRole('button', { name: 'Record the placement' }).click();
      const placement = page.getByRole('dialog', { name: 'Record the placement: Ada Okafor' });
      await expect(placement.getByLabel('Start date')).toHaveValue('2026-02-22');
      await placement.getByLabel('Fee (%)').fill('20');
      await expect(placement).toContainText('USD 24,000.00 on the accepted base of USD 120,000.00.');
      await placement.getByLabel('Guarantee (days)').fill('30');
      await noViolations(page, `the placement dialog at ${width} px`);
      await shot('placement');
      await placement.getByRole('button', { name: 'Record the placement' }).press('Enter');
      await expect(placement).toBeHidden();
      await expect(page.getByText('Placement recorded. The position is marked filled.')).toBeVisible();
      await expect(row).toContainText(
        'Placed: starts Sun, Feb 22 · fee 20% (USD 24,000.00) · 30-day guarantee ends Tue, Mar 24.',
      );
      await noViolations(page, `Ada's page, placed, at ${width} px`);
      await shot('placed');

      // What the screens said is what was kept.
      const kept = await host.rpc<{ status: string; applications: Application[] }>('positions.get', {
        id: positionId,
      });
      expect(kept.status).toBe('filled');
      expect(
        kept.applications.map(({ candidateName, stage, closedReason }) => [candidateName, stage, closedReason]),
      ).toEqual([
        ['Ada Okafor', 'placed', null],
        ['Ben Lindqvist', 'closed', 'client-rejected'],
      ]);
      const guarantee = (await host.rpc<{ kind: string; at: string }[]>('reminders.list', {})).filter(
        (r) => r.kind === 'guarantee-ending',
      );
      expect(guarantee).toHaveLength(1);
      expect(Date.parse(guarantee[0]!.at)).toBeLessThanOrEqual(Date.parse(LATER));

      // The guarantee reminder is listed in Today; the offer no longer waits.
      await app.nav('Today').click();
      const guarantees = page.getByRole('region', { name: /^Guarantees ending/ });
      await expect(guarantees).toContainText('Ada Okafor');
      await expect(guarantees).toContainText('The 30-day guarantee ends on Tue, Mar 24 (they started Sun, Feb 22).');
      await expect(page.getByRole('region', { name: /^Offers waiting for an answer/ })).toHaveCount(0);
      await expect(page.getByRole('region', { name: /Debriefs to call/ })).toHaveCount(0);
      await noViolations(page, `Today with the guarantee ending at ${width} px`);
      await shot('today-guarantee');

      // Reports show the fee; in the narrow top bar, Reports is under More, opened by keyboard.
      if (width < 600) {
        await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'More' }).focus();
        await page.keyboard.press('Enter');
      }
      await app.nav('Reports').click();
      const fees = page.getByRole('region', { name: 'Placements and fees' });
      await expect(fees.getByRole('definition').filter({ hasText: 'USD' })).toHaveText('USD 24,000.00');
      await fees.getByText('Show the placements').click();
      const placed = fees.getByRole('row').filter({ hasText: 'Ada Okafor' });
      await expect(placed).toContainText('USD 24,000.00 (20%)');
      await expect(placed).toContainText('Platform Engineer');
      await noViolations(page, `the reports at ${width} px`);
      await fees.screenshot({ path: info.outputPath(`agency-reports-${width}.png`) });
    } finally {
      await host.stop();
    }
  });
}
