import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { OUTBOUND_BETWEEN, stageHistory, unmovedByPosition, unmovedWaiting } from '../../db/reports';
import { breadth, funnel, histories, timeInStage, weekBoundaries, type ApplicationStart } from '../../core/reports';
import { makeBackend, seedBasics, T0 } from './helpers';

describe('breadth', () => {
  it('cuts weeks at Monday midnight in the recruiter’s zone, across a DST change', () => {
    // Sun 29 Mar 2026 is the spring-forward night in Berlin.
    const bounds = weekBoundaries(new Date('2026-04-01T12:00:00Z'), 'Europe/Berlin', 2);
    expect(bounds.map((b) => b.toISOString())).toEqual([
      '2026-03-22T23:00:00.000Z',
      '2026-03-29T22:00:00.000Z',
      '2026-04-05T22:00:00.000Z',
    ]);
    // On a Monday just after midnight, that Monday starts the current week.
    expect(weekBoundaries(new Date('2026-03-29T22:00:00Z'), 'Europe/Berlin', 1)[0]!.toISOString()).toBe(
      '2026-03-29T22:00:00.000Z',
    );
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
    // Contacts are logged once they have happened.
    b.advance(Date.parse('2026-03-04T12:00:00Z') - b.ctx.now().getTime());
    const log = (personId: string, at: string, direction: 'in' | 'out' = 'out') =>
      b.ok('touches.log', {
        personId,
        at,
        channel: 'email',
        direction,
        kind: direction === 'out' ? 'value-add' : 'reply',
        outcome: direction === 'out' ? 'sent' : 'replied',
      });
    await log(candidate.id, '2026-03-02T10:00:00Z');
    await log(manager.id, '2026-03-02T15:00:00Z');
    await log(candidate.id, '2026-03-03T10:00:00Z', 'in');
    const report = await b.ok('reports.breadth', { weeks: 2, now: '2026-03-04T12:00:00Z', timezone: 'Europe/Berlin' });
    expect(report.timezone).toBe('Europe/Berlin');
    expect(report.weeks.map((w) => [w.start, w.people, w.touches])).toEqual([
      ['2026-02-22T23:00:00.000Z', 0, 0],
      ['2026-03-01T23:00:00.000Z', 2, 2],
    ]);
    expect(await b.send('reports.breadth', { timezone: 'Mars/Olympus' })).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { issues: [{ path: ['timezone'] }] } },
    });
    expect(await b.send('reports.breadth', { weeks: 105 })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});

describe('reports.overrides', () => {
  it('lists each rule-breaking contact with its reason, the rules it broke and the person', async () => {
    const b = makeBackend();
    const { candidate } = await seedBasics(b);
    b.advance(Date.parse('2026-03-02T12:00:00Z') - b.ctx.now().getTime());
    const email = {
      personId: candidate.id,
      channel: 'email',
      direction: 'out',
      kind: 'follow-up',
      outcome: 'sent',
    } as const;
    await b.ok('touches.log', { ...email, at: '2026-03-02T09:00:00Z' });
    await b.ok('touches.log', {
      ...email,
      at: '2026-03-02T10:00:00Z',
      override: { reason: 'She asked for the job description again.' },
    });
    expect(await b.ok('reports.overrides', {})).toEqual([
      expect.objectContaining({
        personName: 'Ada Okafor',
        at: '2026-03-02T10:00:00.000Z',
        flagged: true,
        overrideReason: 'She asked for the job description again.',
        overrideRules: ['one-per-day', 'min-gap'],
      }),
    ]);
    expect((await b.ok('touches.list', { personId: candidate.id })).map((t) => t.overrideRules)).toEqual([
      ['one-per-day', 'min-gap'],
      [],
    ]);
  });
});

describe('report queries', () => {
  it('read contacts by time through an index, and find flagged ones without reading every contact', () => {
    const db = openDatabase(':memory:');
    const plan = (sql: string, ...params: unknown[]) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(plan(OUTBOUND_BETWEEN, 'a', 'b')).toMatch(/SEARCH touches USING INDEX touches_at \(at>\? AND at<\?\)/);
    expect(plan('SELECT id FROM touches WHERE override_reason IS NOT NULL ORDER BY at DESC, id DESC LIMIT 10')).toMatch(
      /touches USING INDEX touches_flagged/,
    );
  });
});

describe('debrief speed', () => {
  it('summarises how fast debriefs follow interviews', async () => {
    const { debriefSpeed } = await import('../../core/reports');
    const none = [0, 0, 0, 0].map((count, i) => ({
      label: ['Within an hour', '1 to 3 hours', '3 to 24 hours', 'Over a day'][i],
      count,
    }));
    expect(debriefSpeed([])).toEqual({
      count: 0,
      medianMinutes: null,
      p90Minutes: null,
      withinHour: null,
      buckets: none,
    });
    expect(debriefSpeed([5, 20, 45, 60, 90, 180, 181, 1_440, 1_441, 6_000])).toEqual({
      count: 10,
      medianMinutes: 90,
      p90Minutes: 1_441,
      withinHour: 0.4,
      buckets: [
        { label: 'Within an hour', count: 4 },
        { label: '1 to 3 hours', count: 2 },
        { label: '3 to 24 hours', count: 2 },
        { label: 'Over a day', count: 2 },
      ],
    });
    const b = makeBackend();
    expect((await b.ok('reports.debriefs', {})).count).toBe(0);
  });
});

describe('funnel and time in stage', () => {
  it('count how far applications got and how long each stage took, taking undone moves as never made', async () => {
    const b = makeBackend();
    const { company, position, candidate } = await seedBasics(b);
    const other = await b.ok('positions.create', { companyId: company.id, title: 'Data Analyst' });
    const ben = await b.ok('people.create', { kind: 'candidate', name: 'Ben Lindqvist' });
    const cleo = await b.ok('people.create', { kind: 'candidate', name: 'Cleo Moreau' });
    const DAY = 86_400_000;
    const at = (d: number, minutes = 0) => b.advance(T0.getTime() + d * DAY + minutes * 60_000 - b.ctx.now().getTime());

    const ada = await b.ok('applications.create', { candidateId: candidate.id, positionId: position.id });
    const bens = await b.ok('applications.create', { candidateId: ben.id, positionId: position.id });
    at(1);
    await b.ok('applications.move', { id: bens.id, stage: 'prep' });
    const cleos = await b.ok('applications.create', { candidateId: cleo.id, positionId: other.id });
    at(2);
    await b.ok('applications.move', { id: ada.id, stage: 'prep' });
    at(3);
    await b.ok('applications.close', { id: bens.id, reason: 'candidate-withdrew' });
    at(4);
    const slip = await b.ok('applications.move', { id: cleos.id, stage: 'prep' });
    at(4, 1);
    await b.ok('applications.undo', {
      id: cleos.id,
      changedAt: slip.stageChangedAt,
      to: { stage: 'sourced', stageChangedAt: cleos.stageChangedAt },
    });
    at(5);
    await b.ok('applications.move', { id: ada.id, stage: 'interview' });
    at(9);
    await b.ok('applications.move', { id: ada.id, stage: 'offer' });
    at(10);
    await b.ok('applications.move', { id: ada.id, stage: 'placed' });
    at(20);

    const { stages, positions } = await b.ok('reports.funnel', {});
    expect(stages.map((s) => [s.stage, s.reached, s.conversion])).toEqual([
      ['sourced', 3, null],
      ['prep', 2, 2 / 3],
      ['interview', 1, 0.5],
      ['debrief', 1, 1],
      ['offer', 1, 1],
      ['placed', 1, 1],
    ]);
    expect(positions.map((p) => [p.title, p.stages.map((s) => s.reached)])).toEqual([
      ['Data Analyst', [1, 0, 0, 0, 0, 0]],
      ['Senior Backend Engineer', [2, 2, 1, 1, 1, 1]],
    ]);
    expect(positions[0]!.stages[2]!.conversion).toBeNull();

    const times = await b.ok('reports.timeInStage', {});
    expect(times).toEqual([
      { stage: 'sourced', stays: 2, medianDays: 1, p90Days: 2, now: 1, longestNowDays: 19 },
      { stage: 'prep', stays: 2, medianDays: 2, p90Days: 3, now: 0, longestNowDays: null },
      { stage: 'interview', stays: 1, medianDays: 4, p90Days: 4, now: 0, longestNowDays: null },
      { stage: 'debrief', stays: 0, medianDays: null, p90Days: null, now: 0, longestNowDays: null },
      { stage: 'offer', stays: 1, medianDays: 1, p90Days: 1, now: 0, longestNowDays: null },
    ]);
  });

  it('count applications never moved without a history each, with the same figures as reading every one', async () => {
    const b = makeBackend();
    const { company, position } = await seedBasics(b);
    const other = await b.ok('positions.create', { companyId: company.id, title: 'Data Analyst' });
    const DAY = 86_400_000;
    const at = (d: number) => b.advance(T0.getTime() + d * DAY - b.ctx.now().getTime());
    const apply = async (name: string, positionId: string) => {
      const person = await b.ok('people.create', { kind: 'candidate', name });
      return b.ok('applications.create', { candidateId: person.id, positionId });
    };
    // Never moved: three for the engineer, added on days 0 to 2, one for the analyst on day 3.
    for (const [d, name] of ['Ada', 'Ben', 'Cleo'].entries()) {
      at(d);
      await apply(name, position.id);
    }
    at(3);
    await apply('Dev', other.id);
    at(4);
    const moved = await apply('Eve', position.id);
    const undone = await apply('Finn', other.id);
    at(5);
    await b.ok('applications.move', { id: moved.id, stage: 'prep' });
    const slip = await b.ok('applications.move', { id: undone.id, stage: 'interview' });
    await b.ok('applications.undo', {
      id: undone.id,
      changedAt: slip.stageChangedAt,
      to: { stage: 'sourced', stageChangedAt: undone.stageChangedAt },
    });
    at(8);
    await b.ok('applications.move', { id: moved.id, stage: 'offer' });
    at(30);

    const read = stageHistory(b.db);
    expect(read.apps.map((a) => a.id).sort()).toEqual([moved.id, undone.id].sort());
    expect(unmovedByPosition(b.db)).toEqual(
      new Map([
        [position.id, 3],
        [other.id, 1],
      ]),
    );
    expect(unmovedWaiting(b.db)).toEqual({ count: 4, since: T0.getTime() });
    // What the reports said when they read every application's history.
    const every = b.db
      .prepare('SELECT id, position_id AS positionId, created_at AS createdAt FROM applications')
      .all() as ApplicationStart[];
    const stays = histories(every, read.events);
    const reached = (positionId?: string) =>
      funnel(every.filter((a) => !positionId || a.positionId === positionId).map((a) => stays.get(a.id)!));
    const report = await b.ok('reports.funnel', {});
    expect(report.stages).toEqual(reached());
    expect(report.stages.map((s) => s.reached)).toEqual([6, 1, 1, 1, 1, 0]);
    expect(report.positions.map((p) => p.stages)).toEqual([reached(other.id), reached(position.id)]);
    const times = await b.ok('reports.timeInStage', {});
    expect(times).toEqual(timeInStage(stays.values(), b.ctx.now()));
    expect(times[0]).toMatchObject({ stage: 'sourced', now: 5, longestNowDays: 30 });
  });

  it('are empty, not wrong, before there are applications', async () => {
    const b = makeBackend();
    expect((await b.ok('reports.funnel', {})).stages.every((s) => s.reached === 0)).toBe(true);
    expect((await b.ok('reports.timeInStage', {})).every((s) => s.stays === 0 && s.now === 0)).toBe(true);
  });
});
