import { describe, expect, it } from 'vitest';
import { randomSource } from '../../core/random';
import { seedScale } from '../../bench/seed';
import { checkContact } from '../../core/policy';
import { openDatabase } from '../../db/connection';
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

  it('leaves the same search entries and contact outlooks as adding each row alone would', () => {
    const b = makeBackend();
    const { heavyId, longHistoryId } = seedScale(b.db, {
      // Fewer contacts than people, so some have only an application, or nothing, since they were added.
      people: 400,
      touches: 800,
      heavyTouches: 100,
      longHistoryTouches: 400,
      now: b.ctx.now(),
    });
    const count = (personId: string) =>
      b.db.prepare('SELECT count(*) FROM touches WHERE person_id = ?').pluck().get(personId);
    expect([count(heavyId), count(longHistoryId!)]).toEqual([100, 400]);
    // The long history goes back four times as far, at the same pace.
    const first = (personId: string) =>
      Date.parse(b.db.prepare('SELECT min(at) FROM touches WHERE person_id = ?').pluck().get(personId) as string);
    const now = b.ctx.now().getTime();
    expect((now - first(longHistoryId!)) / (now - first(heavyId))).toBeCloseTo(4, 0);

    // The same rows added one at a time, with every trigger in place.
    const one = openDatabase(':memory:');
    const columns = {
      companies: 'id, name, created_at, updated_at',
      positions: 'id, company_id, title, description, created_at, updated_at',
      people: 'id, kind, name, email, timezone, company_id, created_at, updated_at',
      applications: 'id, candidate_id, position_id, stage, closed_reason, stage_changed_at, created_at, updated_at',
      touches: 'id, person_id, at, channel, direction, kind, outcome, response, agreed_next_at, summary, created_at',
    };
    for (const [table, list] of Object.entries(columns)) {
      const insert = one.prepare(`INSERT INTO ${table} (${list}) VALUES (${list.replace(/[a-z_]+/g, '?')})`);
      for (const row of b.db.prepare(`SELECT ${list} FROM ${table} ORDER BY rowid`).raw().all() as unknown[][])
        insert.run(row);
    }
    const same = (sql: string) => expect(b.db.prepare(sql).all()).toEqual(one.prepare(sql).all());
    same('SELECT person_id, quiet_since, last_touch_at FROM contact_outlook ORDER BY person_id');
    same('SELECT id, kind, ref FROM search_refs ORDER BY id');
    same('SELECT rowid, kind, ref, title, body FROM search_index ORDER BY rowid');
    same('SELECT rowid, ref, summary FROM touch_search ORDER BY rowid');
    // And the index answers: a word of every contact's summary finds them all.
    expect(
      b.db.prepare("SELECT count(*) FROM touch_search WHERE touch_search MATCH 'role OR reply'").pluck().get(),
    ).toBe(800);
    const triggers = "SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'index') ORDER BY name";
    expect(b.db.prepare(triggers).all()).toEqual(one.prepare(triggers).all());
  });
});
