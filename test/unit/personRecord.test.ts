import { describe, expect, it } from 'vitest';
import { stageSteps } from '../../core/personRecord';
import { personApplications } from '../../db/people';
import { makeBackend, seedBasics, type Backend } from './helpers';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function at(b: Backend, iso: string) {
  b.advance(Date.parse(iso) - b.ctx.now().getTime());
}

/**
 * Ada Okafor, added to two positions on Mon 2 Mar 2026: the backend role moves to Prep, then to Interview with an
 * interview on Tue 10 Mar, 10:00 Berlin time; the platform role closes when the client says no.
 */
async function twoApplications() {
  const b = makeBackend();
  const basics = await seedBasics(b);
  const platform = await b.ok('positions.create', {
    companyId: basics.company.id,
    title: 'Platform Lead',
    description: 'Run the platform team.',
  });
  const backend = await b.ok('applications.create', {
    candidateId: basics.candidate.id,
    positionId: basics.position.id,
  });
  b.advance(HOUR);
  const lead = await b.ok('applications.create', { candidateId: basics.candidate.id, positionId: platform.id });
  at(b, '2026-03-03T09:00:00Z');
  await b.ok('applications.move', { id: backend.id, stage: 'prep' });
  at(b, '2026-03-04T09:00:00Z');
  await b.ok('applications.close', { id: lead.id, reason: 'client-rejected' });
  at(b, '2026-03-05T09:00:00Z');
  const interview = await b.ok('interviews.schedule', {
    applicationId: backend.id,
    startsAt: '2026-03-10T10:00:00+01:00',
    durationMinutes: 60,
    timezone: 'Europe/Berlin',
    interviewerIds: [basics.manager.id],
  });
  return { b, ...basics, platform, backend, lead, interview };
}

describe('people.get: applications and interviews', () => {
  it('lists a candidate’s applications, the open one first, with position, client, dates, outcome and history', async () => {
    const { b, candidate, company, position, platform, backend, lead } = await twoApplications();
    const record = await b.ok('people.get', { id: candidate.id });
    expect(record).toMatchObject({ id: candidate.id, name: 'Ada Okafor', email: 'ada@mail.example' });
    expect(record.applications).toEqual([
      {
        id: backend.id,
        positionId: position.id,
        positionTitle: 'Senior Backend Engineer',
        companyId: company.id,
        companyName: 'Acme Robotics',
        stage: 'interview',
        openedAt: '2026-03-02T09:00:00.000Z',
        closedAt: null,
        outcome: null,
        history: [
          { stage: 'sourced', at: '2026-03-02T09:00:00.000Z' },
          { stage: 'prep', at: '2026-03-03T09:00:00.000Z' },
          { stage: 'interview', at: '2026-03-05T09:00:00.000Z' },
        ],
      },
      {
        id: lead.id,
        positionId: platform.id,
        positionTitle: 'Platform Lead',
        companyId: company.id,
        companyName: 'Acme Robotics',
        stage: 'closed',
        openedAt: '2026-03-02T10:00:00.000Z',
        closedAt: '2026-03-04T09:00:00.000Z',
        outcome: 'client-rejected',
        history: [
          { stage: 'sourced', at: '2026-03-02T10:00:00.000Z' },
          { stage: 'closed', at: '2026-03-04T09:00:00.000Z' },
        ],
      },
    ]);
  });

  it('lists the interview as coming until it starts, then as past with its debrief due once it ends', async () => {
    const { b, candidate, interview, manager } = await twoApplications();
    const before = (await b.ok('people.get', { id: candidate.id })).interviews;
    expect(before).toHaveLength(1);
    expect(before[0]).toMatchObject({
      id: interview.id,
      round: 1,
      positionTitle: 'Senior Backend Engineer',
      companyName: 'Acme Robotics',
      startsAt: '2026-03-10T09:00:00.000Z',
      timezone: 'Europe/Berlin',
      interviewers: [{ id: manager.id, name: 'Dana Whitfield' }],
      upcoming: true,
      debriefDue: false,
    });

    at(b, '2026-03-10T09:30:00Z');
    expect((await b.ok('people.get', { id: candidate.id })).interviews[0]).toMatchObject({
      upcoming: false,
      debriefDue: false,
    });
    at(b, '2026-03-10T10:00:00Z');
    expect((await b.ok('people.get', { id: candidate.id })).interviews[0]).toMatchObject({
      upcoming: false,
      debriefDue: true,
    });
  });

  it('puts coming interviews soonest first, then past ones latest first; a cancelled one is past', async () => {
    const { b, candidate, backend, interview } = await twoApplications();
    const later = await b.ok('interviews.schedule', {
      applicationId: backend.id,
      startsAt: '2026-03-20T15:00:00Z',
      durationMinutes: 30,
      timezone: 'UTC',
    });
    const sooner = await b.ok('interviews.schedule', {
      applicationId: backend.id,
      startsAt: '2026-03-12T15:00:00Z',
      durationMinutes: 30,
      timezone: 'UTC',
    });
    await b.ok('interviews.cancel', { id: sooner.id });
    const ids = (await b.ok('people.get', { id: candidate.id })).interviews.map((i) => [i.id, i.upcoming]);
    expect(ids).toEqual([
      [interview.id, true],
      [later.id, true],
      [sooner.id, false],
    ]);
  });

  it('leaves an undone move out of the history', async () => {
    const { b, candidate, lead } = await twoApplications();
    const reopened = await b.ok('applications.undo', {
      id: lead.id,
      changedAt: '2026-03-04T09:00:00.000Z',
      to: { stage: 'sourced', stageChangedAt: '2026-03-02T10:00:00.000Z' },
    });
    expect(reopened.stage).toBe('sourced');
    const record = await b.ok('people.get', { id: candidate.id });
    const undone = record.applications.find((a) => a.id === lead.id)!;
    expect(undone).toMatchObject({ stage: 'sourced', closedAt: null, outcome: null });
    expect(undone.history).toEqual([{ stage: 'sourced', at: '2026-03-02T10:00:00.000Z' }]);
  });

  it('says placed is how an application ended once the candidate is placed', async () => {
    const { b, candidate, backend } = await twoApplications();
    at(b, '2026-03-10T10:30:00Z');
    await b.ok('debriefs.record', {
      interviewId: (await b.ok('people.get', { id: candidate.id })).interviews[0]!.id,
      calledAt: '2026-03-10T10:30:00Z',
      arrivalTime: '09:50',
      durationMinutes: 60,
      metWith: 'Dana Whitfield',
      questionsAsked: 'System design.',
      answers: 'Well.',
      vibe: 'Warm.',
      acceptance: 'yes',
    });
    at(b, '2026-03-12T09:00:00Z');
    await b.ok('applications.move', { id: backend.id, stage: 'placed' });
    const placed = (await b.ok('people.get', { id: candidate.id })).applications.find((a) => a.id === backend.id)!;
    expect(placed).toMatchObject({ stage: 'placed', closedAt: '2026-03-12T09:00:00.000Z', outcome: 'placed' });
    expect(placed.history.map((s) => s.stage)).toEqual(['sourced', 'prep', 'interview', 'offer', 'placed']);
  });

  it('answers empty lists for a candidate with no applications, and for a client contact', async () => {
    const b = makeBackend();
    const { candidate, manager } = await seedBasics(b);
    expect(await b.ok('people.get', { id: candidate.id })).toMatchObject({ applications: [], interviews: [] });
    const contact = await b.ok('people.get', { id: manager.id });
    expect(contact).toMatchObject({ kind: 'contact', name: 'Dana Whitfield', applications: [], interviews: [] });
  });

  it('answers not-found for a person who is not there', async () => {
    const b = makeBackend();
    const answer = await b.send('people.get', { id: 'nobody' });
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.code).toBe('not-found');
  });
});

describe('personApplications', () => {
  it('reads the applications and their logged changes through indexes, never a whole table', async () => {
    const b = makeBackend();
    const { candidate, position } = await seedBasics(b);
    await b.ok('applications.create', { candidateId: candidate.id, positionId: position.id });
    const prepared: string[] = [];
    const prepare = b.db.prepare.bind(b.db);
    b.db.prepare = ((sql: string) => {
      prepared.push(sql);
      return prepare(sql);
    }) as typeof b.db.prepare;
    expect(personApplications(b.db, candidate.id)).toHaveLength(1);
    b.db.prepare = prepare;
    expect(prepared).toHaveLength(2);
    for (const sql of prepared) {
      const plan = (b.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(candidate.id) as { detail: string }[]).map(
        (r) => r.detail,
      );
      expect(plan.join('\n')).not.toMatch(/^SCAN /m);
      expect(plan.join('\n')).toMatch(/SEARCH (a|applications) USING (COVERING )?INDEX applications_candidate/);
    }
    expect(b.db.prepare(`EXPLAIN QUERY PLAN ${prepared[1]!}`).all(candidate.id)).toContainEqual(
      expect.objectContaining({ detail: 'SEARCH audit_log USING INDEX audit_entity (entity=? AND entity_id=?)' }),
    );
  });
});

describe('stageSteps', () => {
  const opened = '2026-03-02T09:00:00.000Z';
  const later = (days: number) => new Date(Date.parse(opened) + days * DAY).toISOString();

  it('follows the logged changes and drops each undone one', () => {
    const steps = stageSteps({ openedAt: opened, stage: 'prep', stageChangedAt: later(1) }, [
      { at: later(1), stage: 'prep', undo: false },
      { at: later(2), stage: 'interview', undo: false },
      { at: later(3), stage: 'prep', undo: true },
    ]);
    expect(steps).toEqual([
      { stage: 'sourced', at: opened },
      { stage: 'prep', at: later(1) },
    ]);
  });

  it('counts a stage once when the application is moved to the stage it is in (another round)', () => {
    const steps = stageSteps({ openedAt: opened, stage: 'interview', stageChangedAt: later(3) }, [
      { at: later(1), stage: 'interview', undo: false },
      { at: later(3), stage: 'interview', undo: false },
    ]);
    expect(steps).toEqual([
      { stage: 'sourced', at: opened },
      { stage: 'interview', at: later(1) },
    ]);
    // Undoing that second move takes back nothing the list shows.
    expect(
      stageSteps({ openedAt: opened, stage: 'interview', stageChangedAt: later(1) }, [
        { at: later(1), stage: 'interview', undo: false },
        { at: later(3), stage: 'interview', undo: false },
        { at: later(4), stage: 'interview', undo: true },
      ]),
    ).toEqual(steps);
  });

  it('ends with the stage the application is in when the log says less', () => {
    expect(stageSteps({ openedAt: opened, stage: 'offer', stageChangedAt: later(4) }, [])).toEqual([
      { stage: 'sourced', at: opened },
      { stage: 'offer', at: later(4) },
    ]);
  });
});
