import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { OUTBOUND_BETWEEN } from '../../db/reports';
import { breadth, weekBoundaries } from '../../core/reports';
import { makeBackend, seedBasics } from './helpers';

describe('breadth', () => {
  it('cuts weeks at Monday midnight in the recruiter’s zone, across a DST change', () => {
    // Sun 29 Mar 2026 is the spring-forward night in Berlin.
    const bounds = weekBoundaries(new Date('2026-04-01T12:00:00Z'), 'Europe/Berlin', 2);
    expect(bounds.map((b) => b.toISOString())).toEqual(['2026-03-22T23:00:00.000Z', '2026-03-29T22:00:00.000Z', '2026-04-05T22:00:00.000Z']);
    // On a Monday just after midnight, that Monday starts the current week.
    expect(weekBoundaries(new Date('2026-03-29T22:00:00Z'), 'Europe/Berlin', 1)[0]!.toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it('counts distinct people and contacts per person in each week, at the edges too', () => {
    const bounds = weekBoundaries(new Date('2026-03-11T12:00:00Z'), 'UTC', 2); // weeks of Mon 2 Mar and Mon 9 Mar
    const weeks = breadth(
      [
        { at: '2026-03-01T23:59:59.999Z', personId: 'before' },
        { at: '2026-03-02T00:00:00.000Z', personId: 'a' },
        { at: '2026-03-03T09:00:00.000Z', personId: 'a' },
        { at: '2026-03-08T23:59:59.999Z', personId: 'b' },
        { at: '2026-03-09T00:00:00.000Z', personId: 'c' },
        { at: '2026-03-16T00:00:00.000Z', personId: 'after' },
      ],
      bounds,
    );
    expect(weeks).toEqual([
      { start: '2026-03-02T00:00:00.000Z', people: 2, touches: 3, perPerson: 1.5 },
      { start: '2026-03-09T00:00:00.000Z', people: 1, touches: 1, perPerson: 1 },
    ]);
    expect(breadth([], bounds).map((w) => w.perPerson)).toEqual([0, 0]);
  });

  it('reports.breadth counts only what we sent, in the zone asked for', async () => {
    const b = makeBackend();
    const { candidate, manager } = await seedBasics(b);
    const log = (personId: string, at: string, direction: 'in' | 'out' = 'out') =>
      b.ok('touches.log', { personId, at, channel: 'email', direction, kind: direction === 'out' ? 'value-add' : 'reply', outcome: direction === 'out' ? 'sent' : 'replied' });
    await log(candidate.id, '2026-03-02T10:00:00Z');
    await log(manager.id, '2026-03-02T15:00:00Z');
    await log(candidate.id, '2026-03-03T10:00:00Z', 'in');
    const report = await b.ok('reports.breadth', { weeks: 2, now: '2026-03-04T12:00:00Z', timezone: 'Europe/Berlin' });
    expect(report.timezone).toBe('Europe/Berlin');
    expect(report.weeks.map((w) => [w.start, w.people, w.touches])).toEqual([
      ['2026-02-22T23:00:00.000Z', 0, 0],
      ['2026-03-01T23:00:00.000Z', 2, 2],
    ]);
    expect(await b.send('reports.breadth', { timezone: 'Mars/Olympus' })).toMatchObject({ ok: false, error: { code: 'validation', details: { issues: [{ path: ['timezone'] }] } } });
    expect(await b.send('reports.breadth', { weeks: 105 })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});

describe('reports.overrides', () => {
  it('lists each rule-breaking contact with its reason, the rules it broke and the person', async () => {
    const b = makeBackend();
    const { candidate } = await seedBasics(b);
    const email = { personId: candidate.id, channel: 'email', direction: 'out', kind: 'follow-up', outcome: 'sent' } as const;
    await b.ok('touches.log', { ...email, at: '2026-03-02T09:00:00Z' });
    await b.ok('touches.log', { ...email, at: '2026-03-02T10:00:00Z', override: { reason: 'She asked for the job description again.' } });
    expect(await b.ok('reports.overrides', {})).toEqual([
      expect.objectContaining({
        personName: 'Ada Okafor',
        at: '2026-03-02T10:00:00.000Z',
        flagged: true,
        overrideReason: 'She asked for the job description again.',
        overrideRules: ['one-per-day', 'min-gap'],
      }),
    ]);
    expect((await b.ok('touches.list', { personId: candidate.id })).map((t) => t.overrideRules)).toEqual([['one-per-day', 'min-gap'], []]);
  });
});

describe('report queries', () => {
  it('read contacts by time through an index, and find flagged ones without reading every contact', () => {
    const db = openDatabase(':memory:');
    const plan = (sql: string, ...params: unknown[]) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(plan(OUTBOUND_BETWEEN, 'a', 'b')).toMatch(/SEARCH touches USING INDEX touches_at \(at>\? AND at<\?\)/);
    expect(plan('SELECT id FROM touches WHERE override_reason IS NOT NULL ORDER BY at DESC, id DESC LIMIT 10')).toMatch(/touches USING INDEX touches_flagged/);
  });
});

describe('debrief speed', () => {
  it('summarises how fast debriefs follow interviews', async () => {
    const { debriefSpeed } = await import('../../core/reports');
    expect(debriefSpeed([])).toEqual({ count: 0, medianMinutes: null, p90Minutes: null, withinHour: null });
    expect(debriefSpeed([5, 20, 45, 90, 600])).toEqual({ count: 5, medianMinutes: 45, p90Minutes: 600, withinHour: 0.6 });
    const b = makeBackend();
    expect((await b.ok('reports.debriefs', {})).count).toBe(0);
  });
});
