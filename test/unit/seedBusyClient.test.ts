import { describe, expect, it } from 'vitest';
import { addBusyClient, closeOpenApplicationsOver, seedScale } from '../../bench/seed';
import { makeBackend } from './helpers';

const count = (b: ReturnType<typeof makeBackend>, sql: string, ...params: string[]) =>
  b.db
    .prepare(sql)
    .pluck()
    .get(...params) as number;

describe("the bench's busy client, for the record pages", () => {
  it('adds one client with the positions and applications asked, half on its first position, each its own candidate', async () => {
    const b = makeBackend();
    seedScale(b.db, { people: 400, touches: 400, heavyTouches: 10, now: b.ctx.now() });
    const applicationsBefore = count(b, 'SELECT count(*) FROM applications');

    const busy = addBusyClient(b.db, { positions: 10, applications: 301, now: b.ctx.now() });

    expect(count(b, 'SELECT count(*) FROM positions WHERE company_id = ?', busy.companyId)).toBe(10);
    const theirs = 'FROM applications a JOIN positions p ON p.id = a.position_id WHERE p.company_id = ?';
    expect(count(b, `SELECT count(*) ${theirs}`, busy.companyId)).toBe(301);
    expect(count(b, `SELECT count(DISTINCT a.candidate_id) ${theirs}`, busy.companyId)).toBe(301);
    expect(count(b, 'SELECT count(*) FROM applications')).toBe(applicationsBefore + 301);
    expect(count(b, 'SELECT count(*) FROM applications WHERE position_id = ?', busy.positionId)).toBe(151);
    // The other nine share the rest: 150 dealt round them.
    const others = b.db
      .prepare(
        `SELECT count(*) FROM applications a JOIN positions p ON p.id = a.position_id
          WHERE p.company_id = ? AND p.id <> ? GROUP BY p.id`,
      )
      .pluck()
      .all(busy.companyId, busy.positionId) as number[];
    expect(others.sort()).toEqual([16, 16, 16, 17, 17, 17, 17, 17, 17]);
    // Some closed, most open, all in the past, every closed one with its reason.
    const closed = count(b, `SELECT count(*) ${theirs} AND a.stage = 'closed'`, busy.companyId);
    expect(closed).toBeGreaterThan(30);
    expect(closed).toBeLessThan(150);
    expect(
      count(b, `SELECT count(*) ${theirs} AND a.stage_changed_at > ?`, busy.companyId, b.ctx.now().toISOString()),
    ).toBe(0);
    expect(b.db.pragma('foreign_key_check')).toEqual([]);

    // The app's own records of them read as the bench reads them.
    const company = await b.ok('companies.get', { id: busy.companyId });
    expect(company.positions).toHaveLength(10);
    expect(company.positions.reduce((sum, p) => sum + Object.values(p.stages).reduce((a, n) => a + n, 0), 0)).toBe(301);
    expect((await b.ok('positions.get', { id: busy.positionId })).applications).toHaveLength(151);
  });

  it('says so when there are fewer candidates than applications asked', () => {
    const b = makeBackend();
    seedScale(b.db, { people: 20, touches: 20, heavyTouches: 1, now: b.ctx.now() });
    expect(() => addBusyClient(b.db, { positions: 5, applications: 1_000, now: b.ctx.now() })).toThrow(
      /need at least as many candidates/,
    );
  });
});

describe("the bench's board at its target size", () => {
  it('closes open applications until the count asked are left open, and closes none when there are no more', () => {
    const b = makeBackend();
    seedScale(b.db, { people: 400, touches: 400, heavyTouches: 10, now: b.ctx.now() });
    const open = "SELECT count(*) FROM applications WHERE stage <> 'closed'";
    const all = count(b, 'SELECT count(*) FROM applications');
    const seeded = count(b, open);
    expect(seeded).toBeGreaterThan(100);

    expect(closeOpenApplicationsOver(b.db, 100, b.ctx.now())).toBe(100);
    expect(count(b, open)).toBe(100);
    expect(count(b, 'SELECT count(*) FROM applications')).toBe(all);
    expect(count(b, "SELECT count(*) FROM applications WHERE stage = 'closed' AND closed_reason IS NULL")).toBe(0);
    expect(count(b, 'SELECT count(*) FROM applications WHERE stage_changed_at > ?', b.ctx.now().toISOString())).toBe(0);

    expect(closeOpenApplicationsOver(b.db, 1_000, b.ctx.now())).toBe(100);
    expect(count(b, open)).toBe(100);
  });
});
