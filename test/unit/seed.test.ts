import { describe, expect, it } from 'vitest';
import { randomSource } from '../../core/random';
import { seedScale } from '../../bench/seed';
import { checkContact } from '../../core/policy';
import { loggedHistory, refreshOutlook } from '../../db/outlook';
import { readPolicy } from '../../db/settings';
import { makeBackend } from './helpers';

describe('the scale seeder behind npm run bench', () => {
  it('fills a valid profile, repeatably, with every outlook in step with its log', async () => {
    const b = makeBackend();
    const { heavyId } = seedScale(b.db, { people: 300, touches: 3_000, heavyTouches: 100, now: b.ctx.now() });
    expect(b.db.pragma('foreign_key_check')).toEqual([]);
    expect(b.db.prepare('SELECT count(*) FROM people').pluck().get()).toBe(300);
    expect(b.db.prepare('SELECT count(*) FROM touches').pluck().get()).toBe(3_000);
    expect(b.db.prepare('SELECT count(*) FROM touches WHERE person_id = ?').pluck().get(heavyId)).toBe(100);
    expect(b.db.prepare('SELECT count(*) FROM touches WHERE at > ?').pluck().get(b.ctx.now().toISOString())).toBe(0);

    const before = b.db.prepare('SELECT * FROM contact_outlook ORDER BY person_id').all();
    const settings = readPolicy(b.db);
    for (const id of b.db.prepare('SELECT id FROM people').pluck().all() as string[])
      refreshOutlook(b.db, id, settings);
    expect(b.db.prepare('SELECT * FROM contact_outlook ORDER BY person_id').all()).toEqual(before);
    expect(b.db.prepare('SELECT count(*) FROM contact_outlook WHERE due_at IS NOT NULL').pluck().get()).toBeGreaterThan(
      0,
    );

    const queue = await b.ok('queue.today', {});
    expect(new Set(queue.map((i) => i.type))).toEqual(new Set(['follow-up-due', 'stale', 'waiting']));
    // The check reads the heavy person's whole seeded log, as the rules would read it.
    const history = loggedHistory(b.db, heavyId);
    expect(history).toHaveLength(100);
    const heavy = b.db.prepare('SELECT timezone FROM people WHERE id = ?').get(heavyId) as { timezone: string };
    const expected = checkContact(history, { timezone: heavy.timezone }, settings, {
      channel: 'email',
      kind: 'follow-up',
      at: b.ctx.now(),
    });
    expect(await b.ok('followups.check', { personId: heavyId, channel: 'email', kind: 'follow-up' })).toEqual(expected);
    // And the log decides it: with no history the same check would say something else.
    expect(expected).not.toEqual(
      checkContact([], { timezone: heavy.timezone }, settings, {
        channel: 'email',
        kind: 'follow-up',
        at: b.ctx.now(),
      }),
    );
    expect(b.db.prepare('SELECT * FROM contact_outlook ORDER BY person_id').all()).toEqual(before);

    const a = randomSource(1);
    const c = randomSource(1);
    expect([a.next(), a.int(10), a.pick(['x', 'y', 'z'])]).toEqual([c.next(), c.int(10), c.pick(['x', 'y', 'z'])]);
  });
});
