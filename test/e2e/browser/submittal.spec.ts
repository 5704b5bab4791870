import fs from 'node:fs';
import { test, expect } from '../clock';
import { startHost, type RunningHost } from '../host';
import { noViolations } from '../pages';

/** A client with a hiring manager, a position with two open candidates (Ada with a phone) and one closed. */
async function seedPosition(host: RunningHost) {
  const company = await host.rpc<{ id: string }>('companies.create', { name: 'Northwind Health' });
  const dana = await host.rpc<{ id: string }>('people.create', {
    kind: 'contact',
    name: 'Dana Whitfield',
    title: 'VP Engineering',
    companyId: company.id,
    timezone: 'America/Chicago',
  });
  const position = await host.rpc<{ id: string }>('positions.create', {
    companyId: company.id,
    title: 'Platform Engineer',
    description: 'Build the claims platform.',
    hiringManagerIds: [dana.id],
  });
  const people = [
    { name: 'Ada Okafor', email: 'ada@mail.example', phone: '+1 312 555 0101' },
    { name: 'Ben Lindqvist', email: 'ben@mail.example' },
    { name: 'Cleo Martin' },
  ];
  const applications: string[] = [];
  for (const p of people) {
    const person = await host.rpc<{ id: string }>('people.create', { kind: 'candidate', timezone: 'UTC', ...p });
    const application = await host.rpc<{ id: string }>('applications.create', {
      candidateId: person.id,
      positionId: position.id,
    });
    applications.push(application.id);
  }
  await host.rpc('applications.close', { id: applications[2], reason: 'candidate-withdrew' });
  return position;
}

for (const [width, height] of [
  [1280, 800],
  [390, 844],
] as const) {
  test(`a shortlist goes from a position's page to the client, and each answer is recorded, at ${width} px`, async ({
    page,
  }, info) => {
    test.setTimeout(150_000);
    const host = await startHost();
    try {
      const position = await seedPosition(host);
      await page.setViewportSize({ width, height });
      await page.goto(host.url);
      await page.goto(`${host.origin}/#/positions/${position.id}`);
      const shortlists = page.getByRole('region', { name: 'Shortlists' });
      await expect(shortlists).toContainText('Nothing sent to Northwind Health yet.');
      await noViolations(page, `a position with no shortlist at ${width} px`);

      // By keyboard: open the dialog, pick both open candidates (the closed one is not offered) and write about each.
      await shortlists.getByRole('button', { name: 'Send a shortlist' }).focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Send a shortlist for Platform Engineer' });
      await expect(dialog.getByLabel('Send to')).toHaveValue(/.+/);
      await expect(dialog.getByRole('checkbox', { name: /Cleo Martin/ })).toHaveCount(0);
      await dialog.getByRole('checkbox', { name: /Ada Okafor/ }).check();
      await dialog.getByRole('checkbox', { name: /Ben Lindqvist/ }).check();
      await dialog
        .getByLabel('What Dana should know about Ada Okafor')
        .fill('Ten years of claims systems <b>bold</b>.');
      await dialog.getByLabel('What Dana should know about Ben Lindqvist').fill('Led the move to event sourcing.');
      await dialog.getByLabel('A note to Dana').fill('Two people worth meeting this week.');
      await dialog.getByRole('checkbox', { name: 'Include the candidates’ email and phone' }).check();
      await noViolations(page, `the shortlist dialog at ${width} px`);
      await page.screenshot({ path: info.outputPath(`shortlist-dialog-${width}.png`) });
      await dialog.getByRole('button', { name: 'Save the shortlist' }).click();

      // PDF in the browser opens the client's packet at its own one-time address, with its own styles.
      const saved = page.getByRole('dialog', { name: 'Shortlist saved' });
      const [popup] = await Promise.all([
        page.waitForEvent('popup'),
        saved.getByRole('button', { name: 'Save PDF' }).click(),
      ]);
      await popup.waitForLoadState();
      expect(new URL(popup.url()).pathname).toMatch(/^\/print\/[A-Za-z0-9_-]{43}$/);
      await expect(
        popup.getByRole('heading', { level: 1, name: 'Platform Engineer at Northwind Health' }),
      ).toBeVisible();
      await expect(popup.getByText('Ten years of claims systems <b>bold</b>.')).toBeVisible();
      await expect(popup.getByRole('link', { name: 'ada@mail.example' })).toBeVisible();
      await expect(popup.locator('body')).toHaveCSS('background-color', 'rgb(246, 245, 241)');
      await popup.screenshot({ path: info.outputPath(`shortlist-packet-${width}.png`), fullPage: true });
      await popup.close();
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        saved.getByRole('button', { name: 'Save HTML' }).click(),
      ]);
      expect(file.suggestedFilename()).toBe('Shortlist - Platform Engineer at Northwind Health.html');
      const html = fs.readFileSync((await file.path())!, 'utf8');
      expect(html).toContain('Led the move to event sourcing.');
      expect(html).toContain('Ten years of claims systems &lt;b&gt;bold&lt;/b&gt;.');
      await saved.getByRole('button', { name: 'Done' }).click();

      const card = shortlists.getByRole('article', { name: 'To Dana Whitfield' });
      await expect(card).toContainText('waiting on 2 of 2');
      // A summary can be rewritten afterwards, for the next packet.
      await card.getByRole('button', { name: 'Edit' }).click();
      const edit = page.getByRole('dialog', { name: 'Edit the shortlist to Dana Whitfield' });
      await edit
        .getByLabel('What Dana should know about Ben Lindqvist')
        .fill('Led the move to event sourcing at Acme.');
      await noViolations(page, `editing a shortlist at ${width} px`);
      await edit.getByRole('button', { name: 'Save changes' }).click();
      await expect(edit).toHaveCount(0);
      await expect(card).toContainText('Led the move to event sourcing at Acme.');

      // Today lists the wait under Dana, and opens the shortlist.
      await page.goto(`${host.origin}/#/today`);
      const answers = page.getByRole('region', { name: /^Clients’ answers/ });
      await expect(answers).toContainText('Dana Whitfield');
      await expect(answers).toContainText('for their answer on the 2 candidates you sent.');
      await noViolations(page, `Today with a client's answers waiting at ${width} px`);
      await page.screenshot({ path: info.outputPath(`today-answers-${width}.png`) });
      await answers.getByRole('link', { name: 'Shortlist: Dana Whitfield' }).click();
      await expect(card).toBeFocused();

      // Interview for Ada.
      await card
        .getByRole('group', { name: 'Dana’s answer on Ada Okafor' })
        .getByRole('button', { name: 'Interview' })
        .click();
      await expect(card.getByRole('status')).toContainText('Dana wants to meet Ada.');
      await expect(card.getByRole('link', { name: 'Call Ada' })).toHaveAttribute('href', 'tel:+13125550101');

      // Reject for Ben: the reason is asked for, then the application closes with it.
      await card
        .getByRole('group', { name: 'Dana’s answer on Ben Lindqvist' })
        .getByRole('button', { name: 'Reject' })
        .click();
      const reject = page.getByRole('dialog', { name: 'Dana said no to Ben Lindqvist' });
      await reject.getByRole('button', { name: 'Record the no' }).click();
      await expect(reject.getByText('Write what the client said: you will tell the candidate.')).toBeVisible();
      await reject.getByLabel('What did the client say?').fill('Wants someone who has run on-call.');
      await noViolations(page, `the reason dialog at ${width} px`);
      await reject.getByRole('button', { name: 'Record the no' }).click();
      await expect(card.getByRole('status')).toContainText(
        'Call Ben to tell them what the client said: “Wants someone who has run on-call.” Thank them',
      );
      await expect(card).toContainText('every answer is in');
      const closed = page.getByRole('region', { name: /^Pipeline/ }).getByRole('region', { name: /^Closed \d+$/ });
      await expect(closed).toContainText('Ben Lindqvist · Client said no');
      await noViolations(page, `a shortlist with its answers at ${width} px`);
      await card.screenshot({ path: info.outputPath(`shortlist-answered-${width}.png`) });
      await page.screenshot({ path: info.outputPath(`position-shortlists-${width}.png`), fullPage: true });

      // The candidate's record says where their application went.
      await card.getByRole('link', { name: 'Ada Okafor' }).click();
      await expect(page.getByRole('region', { name: /^Applications/ })).toContainText(
        'Submitted to Dana Whitfield Tue, Mar 10',
      );

      await page.goto(`${host.origin}/#/today`);
      await expect(page.getByRole('heading', { name: /^Today/ })).toBeVisible();
      await expect(page.getByRole('region', { name: /^Clients’ answers/ })).toHaveCount(0);
    } finally {
      await host.stop();
    }
  });
}
