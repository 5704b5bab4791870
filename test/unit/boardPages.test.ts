import { describe, expect, it } from 'vitest';
import { STAGES, type BoardCard, type Stage } from '../../api/contract';
import { inTransaction } from '../../db/connection';
import { makeBackend, T0, type Backend } from './helpers';

const NOW = T0.toISOString();
const OPEN = ['sourced', 'prep', 'interview', 'debrief', 'offer', 'placed'] as const;

/**
 * `count` applications, the i-th in stage `stageOf(i)` for position po{i % 3}, entered a minute after
 * the one before, except that every fourth shares its minute with the one before it (cards moved in
 * the same millisecond, which only the tie-break orders).
 */
function seed(b: Backend, count: number, stageOf: (i: number) => Stage): void {
  inTransaction(b.db, () => {
    b.db.prepare("INSERT INTO companies (id, name, created_at, updated_at) VALUES ('co', 'Acme', ?, ?)").run(NOW, NOW);
    for (let p = 0; p < 3; p++)
      b.db
        .prepare("INSERT INTO positions (id, company_id, title, created_at, updated_at) VALUES (?, 'co', ?, ?, ?)")
        .run(`po${p}`, `Position ${p}`, NOW, NOW);
    const person = b.db.prepare(
      "INSERT INTO people (id, kind, name, created_at, updated_at) VALUES (?, 'candidate', ?, ?, ?)",
    );
    const application = b.db.prepare(
      `INSERT INTO applications (id, candidate_id, position_id, stage, closed_reason, stage_changed_at, created_at,
         updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (let i = 0; i < count; i++) {
      const stage = stageOf(i);
      const minute = i - (i % 4 === 3 ? 1 : 0);
      const at = new Date(T0.getTime() - 1_000_000 * 60_000 + minute * 60_000).toISOString();
      person.run(`c${i}`, `Candidate ${i}`, NOW, NOW);
      application.run(
        applicationId(i),
        `c${i}`,
        `po${i % 3}`,
        stage,
        stage === 'closed' ? 'no-response' : null,
        at,
        at,
        at,
      );
    }
  });
}

/** Ids in no order of their own, so only the row order can break ties (as random ids, which Politely has had). */
const applicationId = (i: number) => `a${(i * 7919) % 100_003}`;

/** A column's ids in the board's order, straight from the table: latest move first, then the later-added. */
function expectedColumn(b: Backend, stage: Stage, positionId?: string): string[] {
  return b.db
    .prepare(
      `SELECT id FROM applications WHERE stage = ? AND (? IS NULL OR position_id = ?)
        ORDER BY stage_changed_at DESC, rowid DESC`,
    )
    .pluck()
    .all(stage, positionId ?? null, positionId ?? null) as string[];
}

/** Every card of one column, page by page from the board's first answer, and how many pages it took. */
async function walkColumn(b: Backend, stage: Stage, limit: number, positionId?: string) {
  const filter = positionId ? { positionId } : {};
  const board = await b.ok('applications.board', { ...filter, limit });
  const column = board.columns.find((c) => c.stage === stage)!;
  const ids = board.cards.filter((c) => c.stage === stage).map((c) => c.id);
  let next = column.next;
  let pages = 1;
  while (next) {
    const page = await b.ok('applications.boardColumn', { ...filter, stage, after: next, limit });
    expect(page.cards.length).toBeLessThanOrEqual(limit);
    expect(page.total).toBe(column.total);
    ids.push(...page.cards.map((c) => c.id));
    next = page.next;
    pages++;
  }
  return { ids, total: column.total, pages };
}

describe('applications.board pages each column', () => {
  it('answers with the first page of every column, its total, and a cursor where more follow', async () => {
    const b = makeBackend();
    // 130 sourced, 20 prep, 10 closed, the rest of the stages empty.
    seed(b, 160, (i) => (i < 130 ? 'sourced' : i < 150 ? 'prep' : 'closed'));
    const board = await b.ok('applications.board', {});
    expect(board.total).toBe(160);
    expect(board.columns.map((c) => c.stage)).toEqual([...STAGES]);
    const byStage = Object.fromEntries(board.columns.map((c) => [c.stage, c]));
    expect(byStage.sourced).toMatchObject({ total: 130, next: expect.any(String) });
    expect(byStage.prep).toEqual({ stage: 'prep', total: 20 });
    expect(byStage.closed).toEqual({ stage: 'closed', total: 10 });
    expect(byStage.interview).toEqual({ stage: 'interview', total: 0 });
    // 50 a column at most, in the board's order.
    const sourced = board.cards.filter((c) => c.stage === 'sourced');
    expect(sourced.map((c) => c.id)).toEqual(expectedColumn(b, 'sourced').slice(0, 50));
    expect(board.cards.filter((c) => c.stage === 'prep').map((c) => c.id)).toEqual(expectedColumn(b, 'prep'));
    expect(board.cards).toHaveLength(50 + 20 + 10);
    expect(sourced[0]).toMatchObject({
      candidateName: 'Candidate 129',
      positionTitle: 'Position 0',
      companyName: 'Acme',
    });
  });

  it('walks every column to its end with nothing repeated and nothing left out, ties included', async () => {
    const b = makeBackend();
    seed(b, 700, (i) => (i % 7 === 6 ? 'closed' : OPEN[i % 6]!));
    for (const stage of STAGES) {
      const expected = expectedColumn(b, stage);
      const walked = await walkColumn(b, stage, 17);
      expect(walked.ids).toEqual(expected);
      expect(new Set(walked.ids).size).toBe(walked.ids.length);
      expect(walked.total).toBe(expected.length);
      expect(walked.pages).toBe(Math.max(1, Math.ceil(expected.length / 17)));
    }
  });

  it('pages one position’s cards, and one candidate’s, with their own totals', async () => {
    const b = makeBackend();
    seed(b, 300, () => 'interview');
    const walked = await walkColumn(b, 'interview', 40, 'po1');
    expect(walked.ids).toEqual(expectedColumn(b, 'interview', 'po1'));
    expect(walked.total).toBe(100);
    const ada = await b.ok('applications.board', { candidateId: 'c7' });
    expect(ada.total).toBe(1);
    expect(ada.cards.map((c) => c.id)).toEqual([applicationId(7)]);
  });

  it('keeps its place when cards move between the pages', async () => {
    const b = makeBackend();
    seed(b, 60, () => 'sourced');
    const first = await b.ok('applications.board', { limit: 20 });
    const column = () => first.columns.find((c) => c.stage === 'sourced')!;
    const firstIds = first.cards.map((c) => c.id);
    const expected = expectedColumn(b, 'sourced');
    // One card of the page already read moves on, and one of the page not read yet.
    const fromFirst = firstIds[5]!;
    const fromSecond = expected[25]!;
    await b.ok('applications.move', { id: fromFirst, stage: 'prep' });
    b.advance(1_000);
    await b.ok('applications.move', { id: fromSecond, stage: 'prep' });

    const second = await b.ok('applications.boardColumn', { stage: 'sourced', after: column().next!, limit: 20 });
    expect(second.total).toBe(58);
    // The second page starts right after the first one ended, without the card that left it.
    expect(second.cards.map((c) => c.id)).toEqual(expected.slice(20, 41).filter((id) => id !== fromSecond));
    const third = await b.ok('applications.boardColumn', { stage: 'sourced', after: second.next!, limit: 20 });
    expect(third.next).toBeUndefined();
    const all = [...firstIds.filter((id) => id !== fromFirst), ...second.cards, ...third.cards].map((c) =>
      typeof c === 'string' ? c : (c as BoardCard).id,
    );
    expect(all).toEqual(expected.filter((id) => id !== fromFirst && id !== fromSecond));

    // In Prep, the latest move is first.
    const board = await b.ok('applications.board', {});
    expect(board.cards.filter((c) => c.stage === 'prep').map((c) => c.id)).toEqual([fromSecond, fromFirst]);
    expect(board.columns.find((c) => c.stage === 'prep')!.total).toBe(2);
  });

  it('refuses a page too large, a column that is not one, and a cursor it did not give, naming the field', async () => {
    const b = makeBackend();
    seed(b, 5, () => 'sourced');
    const refused = async (input: object, path: string, message: RegExp) =>
      expect(await b.send('applications.boardColumn', input as never)).toMatchObject({
        ok: false,
        error: { code: 'validation', details: { issues: [{ path: [path], message: expect.stringMatching(message) }] } },
      });
    const after = `${NOW}~3`;
    await refused({ stage: 'sourced', after, limit: 201 }, 'limit', /at most 200 cards/);
    await refused({ stage: 'sourced', after, limit: 0 }, 'limit', /at least one card/);
    await refused({ stage: 'sourced', after, limit: 2.5 }, 'limit', /whole number/);
    await refused({ stage: 'waiting', after }, 'stage', /columns/);
    await refused({ stage: 'sourced' }, 'after', /where the last page/);
    for (const bad of [
      '',
      'nonsense',
      `${NOW}~0`,
      `${NOW}~-1`,
      `${NOW}~1e3`,
      '2026-13-45T99:00:00Z~1',
      `${NOW}~1 OR 1=1`,
    ])
      await refused({ stage: 'sourced', after: bad }, 'after', /not where a page of the board ended/);
    expect(await b.send('applications.board', { limit: 500 })).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { issues: [{ path: ['limit'] }] } },
    });
    // A cursor of the board's own making is taken.
    expect(await b.send('applications.boardColumn', { stage: 'sourced', after })).toMatchObject({ ok: true });
  });
});

/** Books an interview for an application straight into the table: `startMinutes` from T0, an hour long. */
function book(b: Backend, id: string, applicationId: string, startMinutes: number, cancelled = false): void {
  const starts = new Date(T0.getTime() + startMinutes * 60_000);
  const ends = new Date(starts.getTime() + 60 * 60_000);
  b.db
    .prepare(
      `INSERT INTO interviews (id, application_id, round, starts_at, ends_at, duration_minutes, timezone, cancelled_at,
         created_at, updated_at) VALUES (?, ?, 1, ?, ?, 60, 'Europe/London', ?, ?, ?)`,
    )
    .run(id, applicationId, starts.toISOString(), ends.toISOString(), cancelled ? NOW : null, NOW, NOW);
}

describe('a card carries its next interview', () => {
  it('is the earliest not cancelled and not over, on the first page and the next; null when none', async () => {
    const b = makeBackend();
    seed(b, 6, () => 'interview');
    const [a0, a1, a2, a3] = [0, 1, 2, 3].map(applicationId) as [string, string, string, string];
    book(b, 'i1', a0, 2 * 24 * 60); // in two days
    book(b, 'i2', a0, 24 * 60); // tomorrow: the next one, though booked after
    book(b, 'i3', a0, 30, true); // in half an hour, but cancelled
    book(b, 'i4', a1, -30); // began half an hour ago: under way, so still the next
    book(b, 'i5', a1, 7 * 24 * 60);
    book(b, 'i6', a2, -24 * 60); // yesterday's, over
    book(b, 'i7', a3, -3 * 24 * 60, true);
    const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000).toISOString();
    const expected = { [a0]: at(24 * 60), [a1]: at(-30), [a2]: null, [a3]: null };

    const board = await b.ok('applications.board', { limit: 2 });
    const cards = [...board.cards];
    let next = board.columns.find((c) => c.stage === 'interview')!.next;
    while (next) {
      const page = await b.ok('applications.boardColumn', { stage: 'interview', after: next, limit: 2 });
      cards.push(...page.cards);
      next = page.next;
    }
    expect(cards).toHaveLength(6);
    for (const card of cards) expect(card.nextInterviewAt).toBe(expected[card.id] ?? null);

    // An hour and a half on, the one under way is over and the next in line shows.
    b.advance(90 * 60_000);
    const later = await b.ok('applications.board', { positionId: 'po1' });
    expect(later.cards.find((c) => c.id === a1)!.nextInterviewAt).toBe(at(7 * 24 * 60));
  });
});

/**
 * How SQLite means to read the pages the board asks for: each statement with a LIMIT it prepared for
 * the first answer and a next page, explained with its placeholders unbound (the plan does not depend
 * on the values). Statements are kept per connection, so each call has a backend of its own.
 */
async function pagePlans(filter: { positionId?: string; candidateId?: string }): Promise<string[]> {
  const b = makeBackend();
  seed(b, 400, (i) => OPEN[i % 6]!);
  const prepared: string[] = [];
  const prepare = b.db.prepare.bind(b.db);
  b.db.prepare = ((sql: string) => {
    prepared.push(sql);
    return prepare(sql);
  }) as typeof b.db.prepare;
  const board = await b.ok('applications.board', { ...filter, limit: 10 });
  const next = board.columns.find((c) => c.next)?.next;
  if (!filter.candidateId) expect(next).toBeDefined();
  if (next) await b.ok('applications.boardColumn', { ...filter, stage: 'sourced', after: next, limit: 10 });
  const pages = prepared.filter((sql) => /\bLIMIT \?\s*$/.test(sql));
  expect(pages).toHaveLength(filter.candidateId ? 1 : 2);
  const unbound = (sql: string) => Array.from({ length: sql.split('?').length - 1 }, () => null);
  return pages.map((sql) =>
    (b.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...unbound(sql)) as { detail: string }[])
      .map((r) => r.detail)
      .join('\n'),
  );
}

describe('a page of a column reads along an index', () => {
  it('walks the stage index in the board’s order and stops at the page, with no sorting', async () => {
    const [first, next] = await pagePlans({});
    for (const plan of [first!, next!]) {
      expect(plan.split('\n')[0]).toMatch(/^SEARCH a USING INDEX applications_stage_changed \(stage=\?/);
      expect(plan).not.toMatch(/TEMP B-TREE/);
    }
    // The next page starts at the cursor instead of reading the pages before it.
    expect(next).toMatch(/applications_stage_changed \(stage=\? AND stage_changed_at<\?\)/);
  });

  it('looks up each card’s next interview by its application, never scanning the interviews', async () => {
    for (const filter of [{}, { positionId: 'po1' }, { candidateId: 'c7' }])
      for (const plan of await pagePlans(filter)) {
        expect(plan).toMatch(/CORRELATED SCALAR SUBQUERY/);
        // By the index of the interviews not called off (migration 21), or by the application's own.
        expect(plan).toMatch(/SEARCH i USING INDEX interviews_(live|application) \(application_id=\?/);
        expect(plan).not.toMatch(/SCAN i\b/);
      }
  });

  it('finds one position’s or one candidate’s cards through their own index, and sorts only those', async () => {
    const applicationsLine = (plan: string) => plan.split('\n').find((line) => / a USING /.test(line));
    for (const plan of await pagePlans({ positionId: 'po1' }))
      expect(applicationsLine(plan)).toMatch(
        /^SEARCH a USING INDEX applications_position_stage \(position_id=\? AND stage=\?\)/,
      );
    const [candidate] = await pagePlans({ candidateId: 'c7' });
    expect(applicationsLine(candidate!)).toMatch(/^SEARCH a USING INDEX applications_candidate \(candidate_id=\?\)/);
  });
});
