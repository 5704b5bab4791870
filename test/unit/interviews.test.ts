import { describe, expect, it } from 'vitest';
import type { Input } from '../../api/contract';
import { ACCEPTANCE_QUESTION } from '../../core/interviews';
import { makeBackend, seedBasics, tableCounts, type Backend } from './helpers';

function at(b: Backend, iso: string) {
  b.advance(Date.parse(iso) - b.ctx.now().getTime());
}

/** A candidate in the pipeline with a first-round interview on Tue 10 Mar 2026, 10:00–11:00 Berlin time. */
async function scheduled(b: Backend = makeBackend()) {
  const basics = await seedBasics(b);
  const application = await b.ok('applications.create', {
    candidateId: basics.candidate.id,
    positionId: basics.position.id,
  });
  const interview = await b.ok('interviews.schedule', {
    applicationId: application.id,
    startsAt: '2026-03-10T10:00:00+01:00',
    durationMinutes: 60,
    timezone: 'Europe/Berlin',
    format: 'onsite',
    place: 'Acme HQ, 1 Robot Way',
    interviewerIds: [basics.manager.id],
    notes: 'Internal: fee is 20%.',
  });
  return { b, ...basics, application, interview };
}

const debrief = (interviewId: string, extra: Record<string, unknown> = {}) =>
  ({
    interviewId,
    calledAt: '2026-03-10T11:20:00+01:00',
    arrivalTime: '09:50',
    durationMinutes: 70,
    metWith: 'Dana Whitfield, VP Engineering',
    questionsAsked: 'System design for fleet telemetry.',
    answers: 'Walked through the ingestion pipeline she built.',
    vibe: 'Warm; ran over time.',
    acceptance: 'yes',
    ...extra,
  }) as Input<'debriefs.record'>;

describe('interviews.schedule', () => {
  it('moves the application to Interview, numbers the round, and starts the prep checklist', async () => {
    const { b, application, interview, manager } = await scheduled();
    expect(interview).toMatchObject({
      round: 1,
      startsAt: '2026-03-10T09:00:00.000Z',
      endsAt: '2026-03-10T10:00:00.000Z',
      interviewers: [{ id: manager.id, name: 'Dana Whitfield' }],
      prep: { total: 10, done: 0 },
      debrief: null,
      debriefDue: false,
    });
    expect(interview.items.map((i) => i.label)).toContain('The full job description');
    expect(interview.items.find((i) => i.template === 'job-description')!.body).toBe('Build the fleet platform.');
    expect(interview.items.every((i) => i.visibility === 'candidate')).toBe(true);
    expect((await b.ok('applications.board', {})).cards.find((c) => c.id === application.id)!.stage).toBe('interview');
    expect((await b.ok('interviews.list', { candidateId: interview.candidateId })).map((i) => i.id)).toEqual([
      interview.id,
    ]);
  });

  it('refuses a candidate as interviewer, a made-up zone and a closed application, changing nothing', async () => {
    const { b, application, candidate } = await scheduled();
    const before = tableCounts(b.db);
    const base = {
      applicationId: application.id,
      startsAt: '2026-03-20T10:00:00Z',
      durationMinutes: 60,
      timezone: 'Europe/Berlin',
    };
    expect(await b.send('interviews.schedule', { ...base, interviewerIds: [candidate.id] })).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { issues: [{ path: ['interviewerIds', 0] }] } },
    });
    expect(await b.send('interviews.schedule', { ...base, timezone: 'Mars/Olympus' })).toMatchObject({
      ok: false,
      error: { details: { issues: [{ path: ['timezone'] }] } },
    });
    expect(await b.send('interviews.schedule', { ...base, durationMinutes: 2 })).toMatchObject({
      ok: false,
      error: { details: { issues: [{ path: ['durationMinutes'] }] } },
    });
    expect(tableCounts(b.db)).toEqual(before);
    await b.ok('applications.close', { id: application.id, reason: 'candidate-withdrew' });
    expect(await b.send('interviews.schedule', base)).toMatchObject({
      ok: false,
      error: { code: 'validation', message: /closed/ },
    });
  });

  it('reschedules and cancels until the debrief, then refuses', async () => {
    const { b, interview } = await scheduled();
    const moved = await b.ok('interviews.reschedule', {
      id: interview.id,
      startsAt: '2026-03-11T14:00:00+01:00',
      durationMinutes: 90,
    });
    expect(moved).toMatchObject({ startsAt: '2026-03-11T13:00:00.000Z', endsAt: '2026-03-11T14:30:00.000Z', round: 1 });
    at(b, '2026-03-11T15:00:00Z');
    await b.ok('debriefs.record', debrief(interview.id, { calledAt: '2026-03-11T15:00:00Z' }));
    expect(await b.send('interviews.reschedule', { id: interview.id, durationMinutes: 30 })).toMatchObject({
      ok: false,
      error: { code: 'validation', message: /has its debrief/ },
    });
    expect(await b.send('interviews.cancel', { id: interview.id })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
  });
});

describe('the debrief gate', () => {
  it('holds the application, the next round and the client feedback until the debrief is in', async () => {
    const { b, application, interview } = await scheduled();
    // Before the interview ends, nothing is owed.
    at(b, '2026-03-10T09:59:00Z');
    expect((await b.ok('interviews.get', { id: interview.id })).debriefDue).toBe(false);
    at(b, '2026-03-10T10:00:00Z');
    expect((await b.ok('interviews.get', { id: interview.id })).debriefDue).toBe(true);

    const before = tableCounts(b.db);
    const gated = [
      await b.send('applications.move', { id: application.id, stage: 'offer' }),
      await b.send('interviews.schedule', {
        applicationId: application.id,
        startsAt: '2026-03-17T10:00:00Z',
        durationMinutes: 60,
        timezone: 'UTC',
      }),
      await b.send('interviews.feedbackDone', { id: interview.id, feedback: 'They liked her.' }),
    ];
    for (const result of gated) {
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'gate-debrief-required', details: { interviewId: interview.id } },
      });
      if (!result.ok)
        expect(result.error.message).toMatch(
          /^Debrief Ada Okafor first: their round 1 interview for Senior Backend Engineer ended Tue, Mar 10, 11:00 AM \(Europe\/Berlin\)\. /,
        );
    }
    expect(tableCounts(b.db)).toEqual(before);

    // Waiting in Debrief is fine, and so is closing.
    expect((await b.ok('applications.move', { id: application.id, stage: 'debrief' })).stage).toBe('debrief');
    await b.ok('debriefs.record', debrief(interview.id));
    expect(
      (await b.ok('interviews.feedbackDone', { id: interview.id, feedback: 'They liked her.' })).clientFeedbackAt,
    ).toBe('2026-03-10T10:00:00.000Z');
  });

  it('a YES moves the application to Offer, or on to another round', async () => {
    const { b, application, interview } = await scheduled();
    at(b, '2026-03-10T10:20:00Z');
    const yes = await b.ok('debriefs.record', debrief(interview.id));
    expect(yes.application.stage).toBe('offer');
    expect(yes.debrief).toMatchObject({
      acceptance: 'yes',
      acceptanceVerbatim: null,
      latencyMinutes: 20,
      calledAt: '2026-03-10T10:20:00.000Z',
    });
    expect(yes.interview).toMatchObject({ debriefDue: false, debriefedAt: '2026-03-10T10:20:00.000Z' });
    expect(await b.ok('reports.debriefs', {})).toMatchObject({
      count: 1,
      medianMinutes: 20,
      p90Minutes: 20,
      withinHour: 1,
    });
    const touches = await b.ok('touches.list', { personId: interview.candidateId });
    expect(touches[0]).toMatchObject({
      kind: 'debrief-call',
      direction: 'in',
      response: 'interested',
      applicationId: application.id,
    });

    const second = await scheduled();
    at(second.b, '2026-03-10T12:00:00Z');
    const again = await second.b.ok('debriefs.record', debrief(second.interview.id, { next: 'next-round' }));
    expect(again.application.stage).toBe('interview');
    const round2 = await second.b.ok('interviews.schedule', {
      applicationId: second.application.id,
      startsAt: '2026-03-17T10:00:00Z',
      durationMinutes: 45,
      timezone: 'UTC',
    });
    expect(round2.round).toBe(2);
  });

  it('a NO closes the application as declined at debrief and puts the person in no-for-now', async () => {
    const { b, interview } = await scheduled();
    at(b, '2026-03-10T11:00:00Z');
    const no = await b.ok('debriefs.record', debrief(interview.id, { acceptance: 'no' }));
    expect(no.application).toMatchObject({ stage: 'closed', closedReason: 'declined-at-debrief' });
    expect((await b.ok('followups.state', { personId: interview.candidateId })).state).toBe('no-for-now');
  });

  it('records a hedge verbatim, as NO; anything but yes or no is refused and changes nothing', async () => {
    const { b, interview } = await scheduled();
    at(b, '2026-03-10T11:00:00Z');
    const before = tableCounts(b.db);
    for (const acceptance of ['maybe', 'YES', '', null, true]) {
      const result = await b.send('debriefs.record', debrief(interview.id, { acceptance }));
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'validation', details: { issues: [{ path: ['acceptance'], message: /YES or NO/ }] } },
      });
    }
    expect(await b.send('debriefs.record', debrief(interview.id, { vibe: '   ' }))).toMatchObject({
      ok: false,
      error: { details: { issues: [{ path: ['vibe'] }] } },
    });
    expect(tableCounts(b.db)).toEqual(before);

    const hedge = await b.ok(
      'debriefs.record',
      debrief(interview.id, { acceptance: 'no', acceptanceVerbatim: 'I need to think about it.' }),
    );
    expect(hedge.debrief).toMatchObject({ acceptance: 'no', acceptanceVerbatim: 'I need to think about it.' });
    expect(hedge.application.closedReason).toBe('declined-at-debrief');
    expect((await b.ok('touches.list', { personId: interview.candidateId }))[0]!.summary).toBe(
      'Debrief, round 1: NO (they said: "I need to think about it.").',
    );
    expect(await b.send('debriefs.record', debrief(interview.id))).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(ACCEPTANCE_QUESTION).toBe(
      'Is this still a position you are interested in, and if it meets your salary requirements, would you accept?',
    );
  });
});

describe('Today: debriefs and prep', () => {
  it('lists a debrief as due from the interview’s end, oldest first, with how long it has waited', async () => {
    const { b, interview } = await scheduled();
    const other = await b.ok('people.create', { kind: 'candidate', name: 'Ben Lindqvist', timezone: 'UTC' });
    const app2 = await b.ok('applications.create', {
      candidateId: other.id,
      positionId: (await b.ok('positions.list', {})).positions[0]!.id,
    });
    await b.ok('interviews.schedule', {
      applicationId: app2.id,
      startsAt: '2026-03-10T07:00:00Z',
      durationMinutes: 60,
      timezone: 'UTC',
    });
    at(b, '2026-03-10T13:00:00Z');
    const due = (await b.ok('queue.today', {})).filter((i) => i.type === 'debrief-due');
    expect(due.map((i) => [i.personName, i.due, i.reason])).toEqual([
      [
        'Ben Lindqvist',
        '2026-03-10T08:00:00.000Z',
        'The interview ended 5 hours ago. Call them now, while it is fresh.',
      ],
      ['Ada Okafor', '2026-03-10T10:00:00.000Z', 'The interview ended 3 hours ago. Call them now, while it is fresh.'],
    ]);
    expect(due[1]).toMatchObject({ interviewId: interview.id, applicationId: interview.applicationId });
    await b.ok('debriefs.record', debrief(interview.id, { calledAt: '2026-03-10T13:00:00Z' }));
    expect((await b.ok('queue.today', {})).filter((i) => i.type === 'debrief-due').map((i) => i.personName)).toEqual([
      'Ben Lindqvist',
    ]);
  });

  it('lists prep as due within 48 hours of the interview until every item is ticked', async () => {
    const { b, interview } = await scheduled();
    at(b, '2026-03-08T08:59:00Z');
    expect((await b.ok('queue.today', {})).filter((i) => i.type === 'prep-due')).toEqual([]);
    at(b, '2026-03-08T09:00:00Z');
    const [prep] = (await b.ok('queue.today', {})).filter((i) => i.type === 'prep-due');
    expect(prep).toMatchObject({
      interviewId: interview.id,
      due: '2026-03-10T09:00:00.000Z',
      reason: 'Interview Tue, Mar 10, 10:00 AM their time; prep 0 of 10 done.',
    });
    const items = interview.items.map((i) => ({ ...i, done: true }));
    const done = await b.ok('prep.update', { interviewId: interview.id, items });
    expect(done.prep).toEqual({ total: 10, done: 10 });
    expect((await b.ok('queue.today', {})).filter((i) => i.type === 'prep-due')).toEqual([]);
  });
});

describe('prep.update', () => {
  it('edits, reorders, adds, removes and marks items internal, keeping when each was first ticked', async () => {
    const { b, interview } = await scheduled();
    const [first, second, ...rest] = interview.items;
    at(b, '2026-03-05T09:00:00Z');
    const next = await b.ok('prep.update', {
      interviewId: interview.id,
      items: [
        { ...second!, done: true },
        { ...first!, body: 'Edited description.', visibility: 'internal' },
        { label: 'Parking', body: 'Visitor parking on level 2.', visibility: 'candidate', done: false },
        ...rest.slice(1),
      ],
    });
    expect(next.items.map((i) => i.label).slice(0, 3)).toEqual([second!.label, first!.label, 'Parking']);
    expect(next.items[1]).toMatchObject({ body: 'Edited description.', visibility: 'internal', done: false });
    expect(next.items).toHaveLength(10);
    expect(
      await b.send('prep.update', {
        interviewId: interview.id,
        items: [{ id: 'nope', label: 'x', body: '', visibility: 'candidate', done: false }],
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { issues: [{ path: ['items', 0, 'id'] }] } },
    });
    expect((await b.ok('prep.get', { interviewId: interview.id })).items).toHaveLength(10);
  });

  it('logs the prep call as a touch, which the cadence rules do not hold back', async () => {
    const { b, interview } = await scheduled();
    at(b, '2026-03-08T12:00:00Z');
    // They spoke yesterday: a plain follow-up would wait a week, the agreed prep call does not.
    await b.ok('touches.log', {
      personId: interview.candidateId,
      at: '2026-03-08T10:00:00Z',
      channel: 'phone',
      direction: 'in',
      kind: 'reply',
      outcome: 'connected',
      response: 'interested',
    });
    expect(
      (await b.ok('followups.check', { personId: interview.candidateId, channel: 'phone', at: '2026-03-09T10:00:00Z' }))
        .verdict,
    ).toBe('blocked');
    expect(
      (
        await b.ok('followups.check', {
          personId: interview.candidateId,
          channel: 'phone',
          kind: 'prep-call',
          at: '2026-03-09T10:00:00Z',
        })
      ).verdict,
    ).not.toBe('blocked');
    await b.ok('prep.update', { interviewId: interview.id, prepCallAt: '2026-03-09T10:00:00Z' });
    expect((await b.ok('touches.list', { personId: interview.candidateId }))[0]).toMatchObject({
      kind: 'prep-call',
      direction: 'out',
      outcome: 'connected',
    });
    // Quiet hours still apply: not at 23:00 their time.
    expect(
      await b.send('prep.update', { interviewId: interview.id, prepCallAt: '2026-03-09T22:00:00Z' }),
    ).toMatchObject({ ok: false, error: { code: 'policy-blocked' } });
  });
});

describe('client-feedback', () => {
  it('allows two requests for feedback after an interview, then waits for the client to answer', async () => {
    const { b, interview, manager } = await scheduled();
    at(b, '2026-03-10T11:00:00Z');
    await b.ok('debriefs.record', debrief(interview.id));
    const ask = (when: string) =>
      b.send('touches.log', {
        personId: manager.id,
        at: when,
        channel: 'email',
        direction: 'out',
        kind: 'follow-up',
        outcome: 'sent',
      });
    at(b, '2026-03-16T16:00:00Z');
    expect((await ask('2026-03-11T15:00:00Z')).ok).toBe(true);
    expect((await ask('2026-03-13T15:00:00Z')).ok).toBe(true);
    const third = await ask('2026-03-16T15:00:00Z');
    expect(third).toMatchObject({
      ok: false,
      error: {
        code: 'policy-blocked',
        details: { reasons: expect.arrayContaining([expect.objectContaining({ rule: 'client-feedback' })]) },
      },
    });
    // Once feedback is marked done, the rule lets go.
    await b.ok('interviews.feedbackDone', { id: interview.id, feedback: 'Strong yes from Dana.' });
    const rules = (
      await b.ok('followups.check', { personId: manager.id, channel: 'email', at: '2026-03-20T15:00:00Z' })
    ).reasons.map((r) => r.rule);
    expect(rules).not.toContain('client-feedback');
  });
});

describe('recruiter details', () => {
  it('keeps the name, email and phone printed in packets, and refuses a bad email', async () => {
    const b = makeBackend();
    expect(await b.ok('recruiter.get', {})).toEqual({ name: null, email: null, phone: null, asked: false });
    expect(
      await b.ok('recruiter.update', { name: 'Sam Rivera', email: 'sam@agency.example', phone: '+44 20 7946 0000' }),
    ).toEqual({
      name: 'Sam Rivera',
      email: 'sam@agency.example',
      phone: '+44 20 7946 0000',
      asked: true,
    });
    expect(await b.send('recruiter.update', { email: 'not an email' })).toMatchObject({
      ok: false,
      error: { details: { issues: [{ path: ['email'] }] } },
    });
    expect((await b.ok('recruiter.get', {})).email).toBe('sam@agency.example');
  });
});
