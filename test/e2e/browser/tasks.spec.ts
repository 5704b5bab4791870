import { test as base, expect } from '../clock';
import { startHost, type RunningHost } from '../host';
import { noViolations } from '../pages';

const test = base.extend<{ host: RunningHost }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await startHost();
    await use(host);
    await host.stop();
  },
});

type Named = { id: string };

/**
 * Ada Okafor, in the running for the Senior Backend Engineer position at Acme Robotics, with two tasks already: one
 * overdue since yesterday afternoon, one due tomorrow. It is Tuesday 10 March, 07:00 in New York, the recruiter's zone.
 */
async function seed(host: RunningHost) {
  const acme = await host.rpc<Named>('companies.create', { name: 'Acme Robotics' });
  const position = await host.rpc<Named>('positions.create', {
    companyId: acme.id,
    title: 'Senior Backend Engineer',
    description: 'Build the fleet platform.',
  });
  const ada = await host.rpc<Named>('people.create', {
    kind: 'candidate',
    name: 'Ada Okafor',
    email: 'ada@mail.example',
    timezone: 'Europe/Berlin',
  });
  const application = await host.rpc<Named>('applications.create', { candidateId: ada.id, positionId: position.id });
  await host.rpc('tasks.create', {
    applicationId: application.id,
    title: 'Send Ada’s CV to Acme',
    dueAt: '2026-03-09T15:00:00-04:00',
  });
  await host.rpc('tasks.create', {
    personId: ada.id,
    title: 'Check her references',
    dueAt: '2026-03-11T10:00:00-04:00',
  });
  return { ada };
}

for (const [width, height] of [
  [1280, 800],
  [390, 844],
] as const) {
  test(`a task added on a person's page is on Today on its day, and ticked done there, at ${width} px`, async ({
    page,
    host,
  }, info) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height });
    const { ada } = await seed(host);
    await page.goto(host.url);
    await page.goto(`${host.origin}/#/people/${ada.id}`);
    await expect(page.getByRole('heading', { name: 'Ada Okafor', level: 1 })).toBeVisible();

    // Add a task for this afternoon, on the recruiter's clock.
    const tasks = page.getByRole('region', { name: 'Tasks' });
    const form = tasks.getByRole('form', { name: 'Add a task for Ada Okafor' });
    // Before 17:00, a new task is due at 17:00 today unless the recruiter says otherwise.
    await expect(form.getByLabel('Due')).toHaveValue('2026-03-10T17:00');
    await form.getByRole('button', { name: 'Add task' }).click();
    await expect(form.getByText('Fill in the title.')).toBeVisible();
    await form.getByLabel('Title').fill('Call Ada about the second round');
    await form.getByLabel('Due').fill('2026-03-10T16:30');
    await form.getByLabel('Details').fill('She prefers the afternoon.');
    await form.getByRole('button', { name: 'Add task' }).click();
    await expect(page.getByText(/^Task added, due /)).toBeVisible();
    await expect(form.getByLabel('Title')).toHaveValue('');

    // Open ones, soonest due first; the overdue one says so.
    const open = tasks.getByRole('list', { name: 'Open tasks for Ada Okafor' }).getByRole('listitem');
    await expect(open).toHaveCount(3);
    await expect(open.nth(0)).toContainText('Send Ada’s CV to Acme');
    await expect(open.nth(0)).toContainText('Overdue');
    await expect(open.nth(0)).toContainText('Senior Backend Engineer at Acme Robotics');
    await expect(open.nth(1)).toContainText('Call Ada about the second round');
    await expect(open.nth(1)).toContainText('She prefers the afternoon.');
    await expect(open.nth(1)).not.toContainText('Overdue');
    await expect(open.nth(2)).toContainText('Check her references');
    await noViolations(page, `a person's tasks at ${width} px`);
    await tasks.screenshot({ path: info.outputPath(`tasks-person-${width}.png`) });

    // Today: what is due by tonight, not tomorrow's; one click opens the person.
    await page.goto(`${host.origin}/#/today`);
    const due = page.getByRole('region', { name: /^Tasks due/ });
    await expect(due.getByRole('listitem')).toHaveCount(2);
    await expect(due.getByRole('listitem').nth(0)).toContainText(
      'Send Ada’s CV to Acme. Overdue: it was due Mon, Mar 9, 3:00 PM.',
    );
    await expect(due.getByRole('listitem').nth(1)).toContainText(
      'Call Ada about the second round. Due today at 4:30 PM.',
    );
    await expect(due).not.toContainText('Check her references');
    await noViolations(page, `Today with tasks at ${width} px`);
    await page.screenshot({ path: info.outputPath(`tasks-today-${width}.png`), fullPage: true });
    await due.getByRole('listitem').nth(1).getByRole('link', { name: 'Open: Ada Okafor' }).click();
    await expect(page.getByRole('heading', { name: 'Ada Okafor', level: 1 })).toBeVisible();

    // Tick it done: it moves under Done; Undo puts it back; done again, Today no longer lists it.
    const call = tasks.getByRole('checkbox', { name: 'Call Ada about the second round' });
    await call.check();
    const doneList = tasks.getByRole('list', { name: 'Done tasks for Ada Okafor' });
    await expect(doneList.getByRole('checkbox', { name: 'Call Ada about the second round' })).toBeChecked();
    await expect(open).toHaveCount(2);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(open).toHaveCount(3);
    await expect(doneList).toHaveCount(0);
    await tasks.getByRole('checkbox', { name: 'Call Ada about the second round' }).check();
    await expect(doneList.getByRole('listitem')).toHaveCount(1);
    await noViolations(page, `a person's tasks with one done at ${width} px`);
    await tasks.screenshot({ path: info.outputPath(`tasks-done-${width}.png`) });
    await page.goto(`${host.origin}/#/today`);
    await expect(page.getByRole('region', { name: /^Tasks due/ }).getByRole('listitem')).toHaveCount(1);

    // Edit by keyboard: the title and the due time change in place, a title left empty is refused beside it.
    await page.goto(`${host.origin}/#/people/${ada.id}`);
    await tasks.getByRole('button', { name: 'Edit Check her references' }).focus();
    await page.keyboard.press('Enter');
    const editing = tasks.getByRole('form', { name: 'Edit the task Check her references' });
    await expect(editing.getByLabel('Title')).toBeFocused();
    await expect(editing.getByLabel('Due')).toHaveValue('2026-03-11T10:00');
    await editing.getByLabel('Title').fill('');
    await page.keyboard.press('Enter');
    await expect(editing.getByText('Fill in the title.')).toBeVisible();
    await editing.getByLabel('Title').fill('Check her two references');
    await editing.getByLabel('Due').fill('2026-03-10T12:00');
    await noViolations(page, `editing a task at ${width} px`);
    await tasks.screenshot({ path: info.outputPath(`tasks-edit-${width}.png`) });
    await editing.getByLabel('Title').press('Enter');
    await expect(page.getByText(/^Task saved, due /)).toBeVisible();
    await expect(editing).toHaveCount(0);
    await expect(open.nth(1)).toContainText('Check her two references');
    await expect(tasks.getByRole('button', { name: 'Edit Check her two references' })).toBeFocused();
    // Escape leaves a second edit unsaved.
    await page.keyboard.press('Enter');
    await tasks.getByRole('form', { name: 'Edit the task Check her two references' }).getByLabel('Title').fill('Oops');
    await page.keyboard.press('Escape');
    await expect(tasks.getByRole('form', { name: /^Edit the task/ })).toHaveCount(0);
    await expect(open.nth(1)).toContainText('Check her two references');
    await expect
      .poll(async () =>
        (
          await host.rpc<{ tasks: { title: string; dueAt: string }[] }>('tasks.list', {
            personId: ada.id,
            status: 'open',
          })
        ).tasks.map((t) => [t.title, t.dueAt]),
      )
      .toEqual([
        ['Send Ada’s CV to Acme', '2026-03-09T19:00:00.000Z'],
        ['Check her two references', '2026-03-10T16:00:00.000Z'],
      ]);

    // Remove asks first: Cancel keeps the task, Remove the task takes it away.
    const removeCv = tasks.getByRole('button', { name: 'Remove Send Ada’s CV to Acme' });
    await removeCv.click();
    const removing = page.getByRole('dialog', { name: 'Remove this task?' });
    await expect(removing).toContainText('“Send Ada’s CV to Acme” is removed for good');
    await noViolations(page, `removing a task at ${width} px`);
    await removing.getByRole('button', { name: 'Cancel' }).click();
    await expect(removing).toHaveCount(0);
    await expect(open).toHaveCount(2);
    await removeCv.click();
    await removing.getByRole('button', { name: 'Remove the task' }).click();
    await expect(page.getByText('Removed: Send Ada’s CV to Acme.')).toBeVisible();
    await expect(open).toHaveCount(1);

    // Reopen by keyboard: Space on a done one's box puts it back among the open ones.
    await doneList.getByRole('checkbox', { name: 'Call Ada about the second round' }).focus();
    await page.keyboard.press('Space');
    await expect(page.getByText('Reopened: Call Ada about the second round.')).toBeVisible();
    await expect(open).toHaveCount(2);
    await expect(doneList).toHaveCount(0);
    await page.goto(`${host.origin}/#/today`);
    await expect(page.getByRole('region', { name: /^Tasks due/ }).getByRole('listitem')).toHaveText([
      /Check her two references\. Due today at 12:00 PM\./,
      /Call Ada about the second round\. Due today at 4:30 PM\./,
    ]);

    // Ctrl+K: Add a task for… someone takes the keyboard to the form on their page.
    await page.keyboard.press('Control+k');
    await page.keyboard.type('add a task');
    await expect(page.getByRole('option', { name: /Add a task for/ })).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('combobox', { name: /Add a task for whom/ })).toBeFocused();
    await page.keyboard.type('ada');
    await expect(page.getByRole('option', { name: /Ada Okafor/ })).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Ada Okafor', level: 1 })).toBeVisible();
    await expect(page.getByRole('form', { name: 'Add a task for Ada Okafor' }).getByLabel('Title')).toBeFocused();
  });
}
