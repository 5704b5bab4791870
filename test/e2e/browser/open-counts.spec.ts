import { test, expect } from '../clock';
import { startHost } from '../host';

type Stage = 'sourced' | 'prep' | 'interview' | 'debrief' | 'offer' | 'placed' | 'closed';
interface Board {
  columns: { stage: Stage; total: number }[];
  cards: { id: string; stage: Stage; candidateId: string; candidateName: string; positionId: string }[];
}
interface PersonRecord {
  applications: { stage: Stage; positionId: string }[];
}

/** Still in progress: what the board's heading and a person's page both count as open. */
const open = (stage: Stage) => stage !== 'placed' && stage !== 'closed';

test('the board and a person’s page count open applications alike: placed and closed ones are not open', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const host = await startHost({ unlocked: false });
  try {
    await host.rpc('profiles.openSample', {});
    const board = await host.rpc<Board>('applications.board', {});
    const expected = board.columns.filter((c) => open(c.stage)).reduce((sum, c) => sum + c.total, 0);
    const placed = board.columns.find((c) => c.stage === 'placed')!.total;
    // The sample has placements, so counting them as open would show.
    expect(placed).toBeGreaterThan(0);

    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(host.url);
    await page.goto(`${host.origin}/#/pipeline`);
    await expect(page.getByText(`${expected} open applications`, { exact: true })).toBeVisible();

    // A placed candidate: their page counts the placement as ended, and the position's board agrees.
    const card = board.cards.find((c) => c.stage === 'placed')!;
    const person = await host.rpc<PersonRecord>('people.get', { id: card.candidateId });
    const theirs = person.applications.filter((a) => open(a.stage)).length;
    const ended = person.applications.length - theirs;
    await page.goto(`${host.origin}/#/people/${card.candidateId}`);
    const heading = page.getByRole('heading', { name: /^Applications/, level: 2 });
    await expect(heading).toHaveText(`Applications ${theirs} open, ${ended} ended`);

    const position = await host.rpc<Board>('applications.board', { positionId: card.positionId });
    const atPosition = position.columns.filter((c) => open(c.stage)).reduce((sum, c) => sum + c.total, 0);
    await page.goto(`${host.origin}/#/pipeline?position=${card.positionId}`);
    await expect(page.getByRole('region', { name: 'Pipeline board' }).locator('.card').first()).toBeVisible();
    await expect(
      page.getByText(`${atPosition} open ${atPosition === 1 ? 'application' : 'applications'}`, { exact: true }),
    ).toBeVisible();
  } finally {
    await host.stop();
  }
});
