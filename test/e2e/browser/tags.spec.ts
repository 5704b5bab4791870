import { test, expect } from '../clock';
import { startHost } from '../host';
import { BoardPage, noViolations } from '../pages';

for (const [width, height] of [
  [1280, 800],
  [390, 844],
] as const) {
  test(`tag two people, filter People by a tag, save the filter and open it again, at ${width} px`, async ({
    page,
  }, info) => {
    test.setTimeout(120_000);
    const host = await startHost();
    try {
      const person = (name: string) => host.rpc<{ id: string }>('people.create', { kind: 'candidate', name });
      const ada = await person('Ada Okafor');
      const ben = await person('Ben Lindqvist');
      const cleo = await person('Cléo Martin');
      const company = await host.rpc<{ id: string }>('companies.create', { name: 'Acme Robotics' });
      const position = await host.rpc<{ id: string }>('positions.create', {
        companyId: company.id,
        title: 'Backend Engineer',
        description: 'Build the fleet platform.',
      });
      for (const { id } of [ada, ben, cleo])
        await host.rpc('applications.create', { candidateId: id, positionId: position.id });
      await page.setViewportSize({ width, height });
      await page.goto(host.url);
      await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();

      // Ada: Enter and a comma add, Backspace in the empty field takes the last one back.
      await page.goto(`${host.origin}/#/people/${ada.id}`);
      await expect(page.getByRole('heading', { name: 'Ada Okafor', level: 1 })).toBeVisible();
      const adaTags = page.getByRole('combobox', { name: 'Tags of Ada Okafor' });
      await adaTags.fill('Go');
      await adaTags.press('Enter');
      await adaTags.pressSequentially('Senior,');
      await adaTags.fill('Berlin');
      await adaTags.press('Enter');
      const chips = page.getByRole('list', { name: 'Tags of Ada Okafor' }).getByRole('listitem');
      await expect(chips).toHaveText(['Go×', 'Senior×', 'Berlin×']);
      await adaTags.press('Backspace');
      await expect(chips).toHaveText(['Go×', 'Senior×']);
      // Each change is saved as it is made.
      await expect
        .poll(async () => (await host.rpc<{ tags: string[] }>('people.get', { id: ada.id })).tags)
        .toEqual(['Go', 'Senior']);
      await noViolations(page, 'the person page with tags');
      await page.screenshot({ path: info.outputPath(`person-tags-${width}.png`), fullPage: true });

      // Ben: the same tag in another spelling, and one removed by its button.
      await page.goto(`${host.origin}/#/people/${ben.id}`);
      const benTags = page.getByRole('combobox', { name: 'Tags of Ben Lindqvist' });
      await benTags.fill('go');
      await benTags.press('Enter');
      await benTags.fill('Java');
      await benTags.press('Enter');
      await page.getByRole('button', { name: 'Remove Java' }).click();
      const benChips = page.getByRole('list', { name: 'Tags of Ben Lindqvist' }).getByRole('listitem');
      await expect(benChips).toHaveText(['go×']);
      await expect
        .poll(async () => (await host.rpc<{ tags: string[] }>('people.get', { id: ben.id })).tags)
        .toEqual(['go']);

      // People, filtered by tags: every tag must match, and the address carries them.
      await page.goto(`${host.origin}/#/people?kind=candidate`);
      await expect(page.locator('.list-count [role=status]')).toHaveText('3 candidates');
      const filter = page.getByRole('combobox', { name: 'Filter by tags' });
      await filter.fill('GO');
      await filter.press('Enter');
      await expect(page.locator('.list-count [role=status]')).toHaveText('2 matches');
      await expect(page.locator('tbody tr.clickable')).toHaveCount(2);
      expect(page.url()).toContain('tags=GO');
      await filter.fill('senior');
      await filter.press('Enter');
      await expect(page.locator('.list-count [role=status]')).toHaveText('1 match');
      await expect(page.locator('tbody tr.clickable')).toHaveText([/Ada Okafor/]);

      await page.getByRole('button', { name: 'Save this filter' }).click();
      const name = page.getByRole('textbox', { name: 'Name this filter' });
      await expect(name).toBeFocused();
      await name.fill('Senior Go');
      await noViolations(page, 'People filtered by tags, naming the filter');
      await page.screenshot({ path: info.outputPath(`people-tags-${width}.png`), fullPage: true });
      await name.press('Enter');
      await expect(
        page.getByText(
          width >= 1280
            ? 'Saved “Senior Go”. Open it from the sidebar or with Ctrl+K.'
            : 'Saved “Senior Go”. Open it with Ctrl+K.',
        ),
      ).toBeVisible();

      const filtered = async () => {
        await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
        await expect(page.locator('.list-count [role=status]')).toHaveText('1 match');
        await expect(page.getByRole('list', { name: 'Filter by tags' }).getByRole('listitem')).toHaveText([
          'GO×',
          'senior×',
        ]);
      };
      const sidebarLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Senior Go' });
      if (width >= 1280) {
        await page.goto(`${host.origin}/#/today`);
        await sidebarLink.click();
        await filtered();
        await expect(sidebarLink).toHaveAttribute('aria-current', 'page');
        await noViolations(page, 'the sidebar with a saved filter');
        await page.screenshot({ path: info.outputPath(`saved-filter-sidebar-${width}.png`) });
      } else {
        // The narrow top bar has no room for saved filters: Ctrl+K opens them.
        await expect(sidebarLink).toBeHidden();
      }

      await page.goto(`${host.origin}/#/today`);
      await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
      await page.keyboard.press('Control+k');
      await page.keyboard.type('senior go');
      await expect(page.getByRole('option', { name: /Open saved filter: Senior Go/ })).toHaveAttribute(
        'aria-selected',
        'true',
      );
      await noViolations(page, 'the palette listing a saved filter');
      await page.screenshot({ path: info.outputPath(`saved-filter-palette-${width}.png`) });
      await page.keyboard.press('Enter');
      await filtered();

      // The board, filtered the same way: only the candidates with every tag, and the address carries them.
      await page.goto(`${host.origin}/#/pipeline`);
      const board = new BoardPage(page);
      await expect(board.card('Cléo Martin')).toBeVisible();
      const boardFilter = page.getByRole('combobox', { name: 'Filter candidates by tags' });
      await boardFilter.fill('go');
      await boardFilter.press('Enter');
      await expect(board.card('Cléo Martin')).toBeHidden();
      await board.expectIn('Ada Okafor', 'Sourced');
      await board.expectIn('Ben Lindqvist', 'Sourced');
      expect(page.url()).toContain('tags=go');
      await boardFilter.fill('Senior');
      await boardFilter.press('Enter');
      await expect(board.card('Ben Lindqvist')).toBeHidden();
      await board.expectIn('Ada Okafor', 'Sourced');
      await noViolations(page, 'the board filtered by tags');
      await page.screenshot({ path: info.outputPath(`pipeline-tags-${width}.png`) });
    } finally {
      await host.stop();
    }
  });
}
