import { describe, expect, it } from 'vitest';
import { addOpenApplications, seedScale } from '../../bench/seed';
import { makeBackend } from './helpers';

describe("the bench's open applications for the board", () => {
  it('tops the open applications up to the count asked, in the past, and adds none once there are enough', () => {
    const b = makeBackend();
    seedScale(b.db, { people: 300, touches: 600, heavyTouches: 10, now: b.ctx.now() });
    const count = (sql: string, ...params: string[]) =>
      b.db
        .prepare(sql)
        .pluck()
        .get(...params) as number;
    const open = "SELECT count(*) FROM applications WHERE stage <> 'closed'";
    const seeded = count(open);
    const closed = count("SELECT count(*) FROM applications WHERE stage = 'closed'");
    expect(seeded).toBeGreaterThan(0);
    expect(seeded).toBeLessThan(2_000);

    expect(addOpenApplications(b.db, 2_000, b.ctx.now())).toBe(2_000);
    expect(count(open)).toBe(2_000);
    expect(count("SELECT count(*) FROM applications WHERE stage = 'closed'")).toBe(closed);
    expect(b.db.pragma('foreign_key_check')).toEqual([]);
    expect(count('SELECT count(*) FROM applications WHERE stage_changed_at > ?', b.ctx.now().toISOString())).toBe(0);
    // Spread over the candidates, not piled on a few.
    expect(count("SELECT count(DISTINCT candidate_id) FROM applications WHERE stage <> 'closed'")).toBe(
      count("SELECT count(*) FROM people WHERE kind = 'candidate'"),
    );

    expect(addOpenApplications(b.db, 1_000, b.ctx.now())).toBe(2_000);
    expect(count('SELECT count(*) FROM applications')).toBe(2_000 + closed);
  });

  it('says so when the data has too few candidates and positions for the count asked', () => {
    const b = makeBackend();
    seedScale(b.db, { people: 20, touches: 20, heavyTouches: 1, now: b.ctx.now() });
    expect(() => addOpenApplications(b.db, 1_000_000, b.ctx.now())).toThrow(/need more candidates or positions/);
  });
});
