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

  it('tells each story in order, over months, so the business reports read as a real agency', async () => {
    const b = makeBackend();
    b.advance(Date.parse('2026-11-22T22:30:00.000Z') - b.ctx.now().getTime());
    await seedSample(b.ctx);
    const none = (sql: string) => expect(b.db.prepare(sql).all(), sql).toEqual([]);
    // A position opens before anyone applies to it, and its client was on the books before that.
    none(`SELECT a.id FROM applications a JOIN positions p ON p.id = a.position_id WHERE a.created_at <= p.created_at`);
    none(`SELECT p.id FROM positions p JOIN companies c ON c.id = p.company_id WHERE p.created_at < c.created_at`);
    // Applied, then shortlisted, then the interview booked, then held; an offer after it, a placement after the offer.
    none(`SELECT i.id FROM interviews i JOIN applications a ON a.id = i.application_id
           WHERE i.created_at < a.created_at OR i.starts_at <= a.created_at`);
    none(`SELECT i.id FROM interviews i
           WHERE NOT EXISTS (SELECT 1 FROM submittal_candidates sc JOIN submittals s ON s.id = sc.submittal_id
                              WHERE sc.application_id = i.application_id AND s.sent_at <= i.created_at)`);
    none(`SELECT o.id FROM offers o
           WHERE NOT EXISTS (SELECT 1 FROM interviews i WHERE i.application_id = o.application_id AND i.starts_at < o.offered_at)`);
    none(`SELECT pl.id FROM placements pl JOIN offers o ON o.id = pl.offer_id WHERE pl.created_at < o.offered_at`);
    none(`SELECT pl.id FROM placements pl JOIN applications a ON a.id = pl.application_id
           JOIN positions p ON p.id = a.position_id WHERE pl.created_at <= p.created_at`);

    // Positions took weeks to fill, or have been open for weeks: never all "0 days".
    const fill = await b.ok('reports.timeToFill', {});
    expect(fill.filled).toBeGreaterThan(2);
    expect(fill.positions.every((p) => p.days >= 7)).toBe(true);
    expect(new Set(fill.positions.filter((p) => p.filled).map((p) => p.days)).size).toBeGreaterThan(2);
    // Placements in several months of the last six, none in a month before its position opened.
    const placed = await b.ok('reports.placements', { months: 6 });
    expect(placed.months.filter((m) => m.placements > 0).length).toBeGreaterThanOrEqual(4);
    // Shortlists lead to interviews, and interviews to offers, in most months.
    const rates = await b.ok('reports.conversion', { months: 6 });
    expect(rates.total.submitted).toBeGreaterThan(20);
    expect(rates.total.submittalToInterview).toBeGreaterThan(0.5);
    expect(rates.total.interviewToOffer).toBeGreaterThan(0.2);
    expect(rates.months.filter((m) => m.interviewed > 0).length).toBeGreaterThanOrEqual(4);
  });
});
