import { describe, expect, it } from 'vitest';
import { elapsed, elapsedWords } from '../../core/elapsed';
import { fromNow } from '../../renderer/fromNow';
import { makeBackend, seedBasics } from './helpers';

const HOUR = 3_600_000;

describe('one reckoning of how long ago', () => {
  it('rounds a span the same way before and after', () => {
    const now = Date.parse('2026-03-02T12:00:00.000Z');
    for (const minutes of [0, 1, 29, 30, 89, 90, 150, 210, 2_850, 2_900, 5_000]) {
      const back = elapsed(now - minutes * 60_000, now);
      const ahead = elapsed(now + minutes * 60_000, now);
      expect(back, `${minutes} minutes`).toEqual(ahead);
    }
    expect(elapsedWords(elapsed(0, 3.5 * HOUR))).toBe('4 hours');
    expect(elapsedWords(elapsed(0, 47.5 * HOUR))).toBe('2 days');
    expect(elapsedWords(elapsed(0, 20_000))).toBe('moments');
  });

  it("says the same on Today's reason as in the time beside it: an interview that ended three and a half hours ago", async () => {
    const b = makeBackend();
    const { position, candidate, manager } = await seedBasics(b);
    const application = await b.ok('applications.create', { candidateId: candidate.id, positionId: position.id });
    await b.ok('applications.move', { id: application.id, stage: 'prep' });
    const startsAt = new Date(b.ctx.now().getTime() + 2 * HOUR).toISOString();
    await b.ok('interviews.schedule', {
      applicationId: application.id,
      startsAt,
      durationMinutes: 60,
      timezone: 'Europe/Berlin',
      interviewerIds: [manager.id],
    });
    b.advance(6.5 * HOUR);
    const item = (await b.ok('queue.today', {})).find((i) => i.type === 'debrief-due')!;
    const ago = fromNow(item.due, b.ctx.now().getTime());
    expect(ago).toBe('4 hours ago');
    expect(item.reason).toContain('The interview ended 4 hours ago.');
  });
});
