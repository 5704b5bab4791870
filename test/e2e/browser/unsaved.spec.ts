import { hoursFromNow, test as base, expect } from '../clock';
import { startHost, type RunningHost } from '../host';
import { noViolations } from '../pages';

const test = base.extend<{ host: RunningHost; interviewId: string }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await startHost();
    await use(host);
    await host.stop();
  },
  interviewId: async ({ host }, use) => {
    const company = await host.rpc<{ id: string }>('companies.create', { name: 'Acme Robotics' });
    const position = await host.rpc<{ id: string }>('positions.create', {
      companyId: company.id,
      title: 'Platform Engineer',
    });
    const ada = await host.rpc<{ id: string }>('people.create', { kind: 'candidate', name: 'Ada Okafor' });
    const application = await host.rpc<{ id: string }>('applications.create', {
      candidateId: ada.id,
      positionId: position.id,
    });
    const interview = await host.rpc<{ id: string }>('interviews.schedule', {
      applicationId: application.id,
      startsAt: hoursFromNow(50),
      durationMinutes: 60,
      timezone: 'UTC',
    });
    await use(interview.id);
  },
});

test('unsaved prep is not lost by a sidebar link, Ctrl+K or Back: the app asks first, and Stay keeps every edit', async ({
  page,
  host,
  interviewId,
}) => {
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/interviews/${interviewId}`);
  await expect(page.getByRole('heading', { name: 'Round 1: Ada Okafor', level: 1 })).toBeVisible();
  const prep = page.getByRole('region', { name: /Prep/ });
  await prep.getByRole('checkbox', { name: 'Your research' }).check();
  const question = page.getByRole('dialog', { name: 'Leave without saving?' });

  // A sidebar link: asked, and Stay keeps the page and the tick.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await expect(question).toBeVisible();
  await expect(question).toContainText('You have unsaved changes to the prep. Leave without saving?');
  await noViolations(page, 'the question before leaving unsaved prep');
  await question.getByRole('button', { name: 'Stay' }).click();
  await expect(question).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`#/interviews/${interviewId}$`));
  await expect(prep.getByRole('checkbox', { name: 'Your research' })).toBeChecked();

  // The palette (Ctrl+K): the same question.
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Find or do' });
  await palette.getByRole('combobox').fill('Settings');
  await page.keyboard.press('Enter');
  await expect(question).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Round 1: Ada Okafor', level: 1 })).toBeVisible();
  await expect(prep.getByRole('checkbox', { name: 'Your research' })).toBeChecked();

  // Back: the address comes back while it asks; Stay keeps the edit.
  await page.goBack();
  await expect(question).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/interviews/${interviewId}$`));
  await question.getByRole('button', { name: 'Stay' }).click();
  await expect(prep.getByRole('checkbox', { name: 'Your research' })).toBeChecked();

  // Leave without saving goes where it was asked to.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await question.getByRole('button', { name: 'Leave without saving' }).click();
  await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();

  // Saved prep leaves without a question.
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Round 1: Ada Okafor', level: 1 })).toBeVisible();
  await prep.getByRole('checkbox', { name: 'Your research' }).check();
  await prep.getByRole('button', { name: 'Save prep' }).click();
  await expect(prep.getByRole('button', { name: 'Save prep' })).toBeDisabled();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await expect(question).toBeHidden();
});

test('Settings asks before leaving changed rules or details, names each, and asks the browser before closing', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/settings`);
  await page.getByLabel('Outbound contacts to one person in any 7 days').fill('2');
  await page.getByLabel('Your name').fill('Sam Rivera');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  const question = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(question).toContainText(
    'You have unsaved changes to the follow-up rules and your details. Leave without saving?',
  );
  await question.getByRole('button', { name: 'Stay' }).click();
  await expect(page.getByLabel('Your name')).toHaveValue('Sam Rivera');
  // Back to what is saved: the rules no longer count as changed.
  await page.getByLabel('Outbound contacts to one person in any 7 days').fill('3');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  await expect(question).toContainText('You have unsaved changes to your details. Leave without saving?');
  await question.getByRole('button', { name: 'Stay' }).click();

  // Closing the window: the browser's own question; dismissed, the window stays with the edit.
  const asked = new Promise<string>((resolve) => page.once('dialog', (d) => (resolve(d.type()), void d.dismiss())));
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');
  await expect(page.getByLabel('Your name')).toHaveValue('Sam Rivera');

  // Once saved, nothing is asked.
  await page.getByRole('button', { name: 'Save your details' }).click();
  await expect(page.getByText('Your details are saved.')).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await expect(question).toBeHidden();
});

test('a new position typed in is not lost by its own Add a client contact link: asked first, and the contact form has the company', async ({
  page,
  host,
}) => {
  await host.rpc('companies.create', { name: 'Northwind Health' });
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/positions/new`);
  await page.getByLabel('Company').selectOption({ label: 'Northwind Health' });
  await page.getByLabel('Job title').fill('Data Analyst');
  await page.getByLabel('Full job description').fill('Reads the numbers and says what they mean.');
  const question = page.getByRole('dialog', { name: 'Leave without saving?' });

  await page.getByRole('link', { name: 'Add a client contact' }).click();
  await expect(question).toContainText('You have unsaved changes to the new position. Leave without saving?');
  await question.getByRole('button', { name: 'Stay' }).click();
  await expect(page.getByRole('heading', { name: 'New position', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Job title')).toHaveValue('Data Analyst');
  await expect(page.getByLabel('Full job description')).toHaveValue('Reads the numbers and says what they mean.');

  // Leaving anyway: the new contact is at the company the position was for.
  await page.getByRole('link', { name: 'Add a client contact' }).click();
  await question.getByRole('button', { name: 'Leave without saving' }).click();
  await expect(page.getByRole('heading', { name: 'New client contact', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Company')).toHaveValue(/.+/);
  await expect(page.getByLabel('Company').locator('option:checked')).toHaveText('Northwind Health');

  // The contact form asks too, and saving it asks nothing.
  await page.getByLabel('Full name').fill('Grace Hopper');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Positions' }).click();
  await expect(question).toContainText('You have unsaved changes to the new client contact. Leave without saving?');
  await question.getByRole('button', { name: 'Stay' }).click();
  await page.getByRole('button', { name: 'Add client contact' }).click();
  await expect(page.getByRole('heading', { name: 'Grace Hopper', level: 1 })).toBeVisible();
  await expect(question).toBeHidden();

  // Back on a new position with the contact there to pick, saving goes to the position's page without a question.
  await page.goto(`${host.origin}/#/positions/new`);
  await page.getByLabel('Company').selectOption({ label: 'Northwind Health' });
  await page.getByLabel('Job title').fill('Data Analyst');
  await page.getByRole('checkbox', { name: /Grace Hopper/ }).check();
  await page.getByRole('button', { name: 'Add position' }).click();
  await expect(page.getByRole('heading', { name: 'Data Analyst', level: 1 })).toBeVisible();
  await expect(question).toBeHidden();
});

test('a company typed in asks before Cancel or a sidebar link leaves it, and nothing is asked once it is saved', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/companies/new`);
  // Nothing typed: Cancel leaves at once.
  await page.getByRole('link', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { name: 'Companies', level: 1 })).toBeVisible();
  await page.goto(`${host.origin}/#/companies/new`);
  await page.getByLabel('Company name').fill('Acme Robotics');
  await page.getByLabel('Notes').fill('They interview in pairs.');
  const question = page.getByRole('dialog', { name: 'Leave without saving?' });
  await page.getByRole('link', { name: 'Cancel' }).click();
  await expect(question).toContainText('You have unsaved changes to the new company. Leave without saving?');
  await noViolations(page, 'the question before leaving a new company');
  await question.getByRole('button', { name: 'Stay' }).click();
  await expect(page.getByLabel('Notes')).toHaveValue('They interview in pairs.');
  await page.getByRole('button', { name: 'Add company' }).click();
  await expect(page.getByRole('heading', { name: 'Acme Robotics', level: 1 })).toBeVisible();
  await expect(question).toBeHidden();

  // Editing it: a change asks; the same words again do not.
  await page.getByRole('link', { name: 'Edit company' }).click();
  await page.getByLabel('Notes').fill('They interview in threes.');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  await expect(question).toContainText('You have unsaved changes to the company. Leave without saving?');
  await question.getByRole('button', { name: 'Stay' }).click();
  await page.getByLabel('Notes').fill('They interview in pairs.');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await expect(question).toBeHidden();
});

test('locking by hand with unsaved edits asks first: Stay keeps them, and Lock without saving locks', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/settings`);
  await page.getByLabel('Your name').fill('Sam Rivera');
  await page.keyboard.press('Control+l');
  const question = page.getByRole('dialog', { name: 'Lock without saving?' });
  await expect(question).toContainText('You have unsaved changes to your details. Locking closes them unsaved.');
  await expect(question.getByRole('button', { name: 'Stay' })).toBeFocused();
  await question.getByRole('button', { name: 'Stay' }).click();
  await expect(page.getByLabel('Your name')).toHaveValue('Sam Rivera');
  await expect(host.rpc('settings.get', {})).resolves.toBeTruthy();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Lock' }).click();
  await question.getByRole('button', { name: 'Lock without saving' }).click();
  await expect(page.getByRole('heading', { name: /^Unlock / })).toBeVisible();
  await expect(host.rpc('people.list', {})).rejects.toThrow(/"code":"locked"/);
});
