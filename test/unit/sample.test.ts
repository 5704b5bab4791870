import { describe, expect, it } from 'vitest';
import { QUEUE_TYPES } from '../../api/contract';
import { seedSample } from '../../api/sample';
import { makeBackend } from './helpers';

describe('sample data', () => {
  // Two clocks: a Monday morning and a Sunday night, so the weekday arithmetic is tried both ways.
  for (const now of ['2026-03-02T09:00:00.000Z', '2026-11-22T22:30:00.000Z']) {
    it(`fills a profile with an agency that puts every part of the app to work (${now})`, async () => {
      const b = makeBackend();
      b.advance(Date.parse(now) - b.ctx.now().getTime());
      const counts = await seedSample(b.ctx);
      expect(counts).toMatchObject({ companies: 6, positions: 20, candidates: 200 });
      expect(counts.interviews).toBeGreaterThan(40);
      expect(counts.touches).toBeGreaterThan(300);

      // Every contact state a candidate can be in.
      const candidates = b.db.prepare("SELECT id FROM people WHERE kind = 'candidate'").pluck().all() as string[];
      const states = new Set<string>();
      for (const id of candidates) states.add((await b.ok('followups.state', { personId: id })).state);
      expect([...states].sort()).toEqual(
        ['do-not-contact', 'no-for-now', 'open', 'paused-soft-no', 'waiting-agreed-date'].sort(),
      );
      // …and a take-away due, after two unanswered follow-ups.
      const streaks = b.db.prepare('SELECT max(unanswered_streak) FROM contact_outlook').pluck().get();
      expect(streaks).toBe(2);

      // Something in every list of Today.
      const today = await b.ok('queue.today', {});
      expect(new Set(today.map((i) => i.type))).toEqual(new Set(QUEUE_TYPES));

      // Every stage of the pipeline, closed ones included, with debriefs both ways.
      const { cards } = await b.ok('applications.board', {});
      expect(new Set(cards.map((c) => c.stage))).toEqual(
        new Set(['sourced', 'prep', 'interview', 'offer', 'placed', 'closed']),
      );
      expect(
        b.db.prepare('SELECT acceptance, count(*) AS n FROM debriefs GROUP BY acceptance ORDER BY acceptance').all(),
      ).toEqual([
        { acceptance: 'no', n: expect.any(Number) },
        { acceptance: 'yes', n: expect.any(Number) },
      ]);
      // An interview about to start, for reminders.
      const soon = b.db
        .prepare('SELECT count(*) FROM interviews WHERE starts_at > ? AND starts_at <= ?')
        .pluck()
        .get(now, new Date(Date.parse(now) + 2 * 3_600_000).toISOString());
      expect(soon).toBeGreaterThan(0);
      // No rule was broken to make it.
      expect(b.db.prepare('SELECT count(*) FROM touches WHERE override_reason IS NOT NULL').pluck().get()).toBe(0);
    });
  }
});
