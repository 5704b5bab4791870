import fs from 'node:fs';
import { test, expect } from '../clock';
import { startHost } from '../host';
import { noViolations } from '../pages';

for (const [width, height] of [
  [1280, 800],
  [390, 844],
] as const) {
  test(`choose people by keyboard and mouse, tag them, add them to a position, export them and erase two, at ${width} px`, async ({
    page,
  }, info) => {
    test.setTimeout(180_000);
    const host = await startHost();
    try {
      const person = (name: string) => host.rpc<{ id: string }>('people.create', { kind: 'candidate', name });
      const [ada, ben, cleo, dev, eve] = [
        await person('Ada Okafor'),
        await person('Ben Lindqvist'),
        await person('Cléo Martin'),
        await person('Dev Patel'),
        await person('Eve Hart'),
      ];
      // Enough others after them that the list is drawn a screenful at a time.
      for (let i = 1; i <= 60; i++) await person(`Zoe Filler ${String(i).padStart(2, '0')}`);
      const company = await host.rpc<{ id: string }>('companies.create', { name: 'Acme Robotics' });
      const position = await host.rpc<{ id: string }>('positions.create', {
        companyId: company.id,
        title: 'Backend Engineer',
        description: 'Build the fleet platform.',
      });
      await host.rpc('applications.create', { candidateId: eve!.id, positionId: position.id });

      await page.setViewportSize({ width, height });
      await page.goto(host.url);
      await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
      await page.goto(`${host.origin}/#/people?kind=candidate`);
      await expect(page.locator('.list-count [role=status]')).toHaveText('65 candidates');
      const rows = page.locator('tbody tr.clickable');
      const row = (name: string) => rows.filter({ hasText: name });
      const bar = page.getByRole('region', { name: 'Chosen people' });
      const box = (name: string) => page.getByRole('checkbox', { name: `Choose ${name}` });

      // Keyboard: Tab from the box that chooses everyone reaches the first row; Ctrl+A chooses every row loaded.
      await page.getByRole('checkbox', { name: /Choose everyone loaded/ }).focus();
      await page.keyboard.press('Tab');
      await expect(row('Ada Okafor')).toBeFocused();
      await page.keyboard.press('Control+a');
      await expect(bar.getByRole('status')).toHaveText('65 people chosen');
      await page.keyboard.press('Escape');
      await expect(bar).toBeHidden();

      // Space chooses the row the keyboard is on, Shift+Space every row from there.
      await page.keyboard.press('Space');
      await expect(bar.getByRole('status')).toHaveText('1 person chosen');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await expect(row('Cléo Martin')).toBeFocused();
      await page.keyboard.press('Shift+Space');
      await expect(bar.getByRole('status')).toHaveText('3 people chosen');
      // The mouse: Ben let go, Eve chosen, neither opened.
      await box('Ben Lindqvist').click();
      await box('Eve Hart').click();
      await expect(bar.getByRole('status')).toHaveText('3 people chosen');
      await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
      for (const name of ['Ada Okafor', 'Cléo Martin', 'Eve Hart']) await expect(box(name)).toBeChecked();
      await expect(box('Ben Lindqvist')).not.toBeChecked();

      // Scrolled away and back, the rows are drawn again and still chosen.
      const scroller = page.getByTestId('people-scroll');
      await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await expect(row('Zoe Filler 60')).toBeVisible();
      await expect(row('Ada Okafor')).toHaveCount(0);
      await scroller.evaluate((el) => el.scrollTo(0, 0));
      await expect(box('Ada Okafor')).toBeChecked();
      await expect(bar.getByRole('status')).toHaveText('3 people chosen');
      await noViolations(page, `People with three chosen at ${width} px`);
      await page.screenshot({ path: info.outputPath(`bulk-chosen-${width}.png`) });

      // Tag them.
      await bar.getByRole('button', { name: 'Tag…' }).click();
      const tagDialog = page.getByRole('dialog', { name: 'Tag 3 people' });
      const tagField = tagDialog.getByRole('combobox', { name: 'Tags' });
      await tagField.fill('Go');
      await tagField.press('Enter');
      await noViolations(page, `the Tag dialog at ${width} px`);
      await page.screenshot({ path: info.outputPath(`bulk-tag-${width}.png`) });
      await tagDialog.getByRole('button', { name: 'Add to 3 people' }).click();
      await expect(page.getByText('Tagged 3 people with Go.')).toBeVisible();
      const tagsOf = async (id: string) => (await host.rpc<{ tags: string[] }>('people.get', { id })).tags;
      expect(await Promise.all([ada, ben, cleo, dev, eve].map((p) => tagsOf(p!.id)))).toEqual([
        ['Go'],
        [],
        ['Go'],
        [],
        ['Go'],
      ]);

      // Add them to a position: Eve is in it already, and is said to be.
      await bar.getByRole('button', { name: 'Add to a position…' }).click();
      const positionDialog = page.getByRole('dialog', { name: 'Add 3 people to a position' });
      await positionDialog.getByLabel('Position').selectOption({ label: 'Backend Engineer — Acme Robotics' });
      await positionDialog.getByRole('button', { name: 'Add 3 people' }).click();
      await expect(page.getByText('Added 2 people to Backend Engineer. Eve Hart was already in it.')).toBeVisible();
      const board = await host.rpc<{ cards: { candidateName: string }[] }>('applications.board', {
        positionId: position.id,
      });
      expect(board.cards.map((c) => c.candidateName).sort()).toEqual(['Ada Okafor', 'Cléo Martin', 'Eve Hart']);

      // Export them: the people CSV of just those three.
      const downloading = page.waitForEvent('download');
      await bar.getByRole('button', { name: 'Export' }).click();
      const file = await downloading;
      expect(file.suggestedFilename()).toBe('Politely people 2026-03-10.csv');
      const lines = fs
        .readFileSync((await file.path())!, 'utf8')
        .replace(/^\ufeff/, '')
        .split('\r\n');
      expect(lines[0]).toBe('id,kind,name,email,phone,timezone,company,title,location,linkedin,notes,created');
      expect(lines.slice(1, -1).map((l) => l.split(',')[2])).toEqual(['Ada Okafor', 'Cléo Martin', 'Eve Hart']);
      await expect(page.getByText('Exported 3 people to Politely people 2026-03-10.csv.')).toBeVisible();

      // A new filter lets the choice go; Choose all chooses every one it matches.
      const tagFilter = page.getByRole('combobox', { name: 'Filter by tags' });
      await tagFilter.fill('go');
      await tagFilter.press('Enter');
      await expect(page.locator('.list-count [role=status]')).toHaveText('3 matches');
      await expect(bar).toBeHidden();
      await page.getByRole('button', { name: 'Choose all 3 matching' }).click();
      await expect(bar.getByRole('status')).toHaveText('3 people chosen');
      await page.keyboard.press('Escape');
      await expect(bar).toBeHidden();

      // Erase two: Ada, then Shift+click on Cléo chooses from Ada to her.
      await box('Ada Okafor').click();
      await box('Cléo Martin').click({ modifiers: ['Shift'] });
      await expect(bar.getByRole('status')).toHaveText('2 people chosen');
      await bar.getByRole('button', { name: 'Erase…' }).click();
      const confirm = page.getByRole('dialog', { name: 'Erase 2 people and everything about them?' });
      await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
      await noViolations(page, `the erase question at ${width} px`);
      await page.screenshot({ path: info.outputPath(`bulk-erase-${width}.png`) });
      await confirm.getByRole('button', { name: 'Erase 2 people' }).click();
      await expect(page.getByText('2 people have been erased.')).toBeVisible();
      await expect(page.locator('.list-count [role=status]')).toHaveText('1 match');
      await expect(rows).toHaveText([/Eve Hart/]);
      await expect(bar).toBeHidden();
      for (const gone of [ada, cleo])
        await expect(host.rpc('people.get', { id: gone!.id })).rejects.toThrow(/no longer exists/);
      expect(await tagsOf(ben!.id)).toEqual([]);
      await page.screenshot({ path: info.outputPath(`bulk-erased-${width}.png`) });
    } finally {
      await host.stop();
    }
  });
}
