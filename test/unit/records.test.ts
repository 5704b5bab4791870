import { describe, expect, it } from 'vitest';
import { makeBackend, seedBasics, T0, type Backend } from './helpers';
import { COMPANY_PEOPLE_SQL } from '../../db/companies';

const HOUR = 3_600_000;
const at = (hoursFromT0: number) => new Date(T0.getTime() + hoursFromT0 * HOUR).toISOString();

async function candidate(b: Backend, name: string) {
  return b.ok('people.create', { kind: 'candidate', name, timezone: 'Europe/Berlin' });
}

describe('companies.get: a client’s page', () => {
  it('lists its positions, still open first, with applications counted by stage, and the people there', async () => {
    const b = makeBackend();
    const { company, manager, position, candidate: ada } = await seedBasics(b);
    const filled = await b.ok('positions.create', { companyId: company.id, title: 'Analyst', status: 'filled' });
    const held = await b.ok('positions.create', { companyId: company.id, title: 'Designer', status: 'on-hold' });
    const ben = await candidate(b, 'Ben Lindqvist');
    const cleo = await candidate(b, 'Cléo Martin');
    const first = await b.ok('applications.create', { candidateId: ada.id, positionId: position.id });
    await b.ok('applications.create', { candidateId: ben.id, positionId: position.id });
    const third = await b.ok('applications.create', { candidateId: cleo.id, positionId: position.id });
    await b.ok('applications.move', { id: first.id, stage: 'prep' });
    await b.ok('applications.close', { id: third.id, reason: 'client-rejected' });
    // A contact of this client who hires for nothing, and a hiring manager linked to another client.
    const hr = await b.ok('people.create', { kind: 'contact', name: 'Ömer Aydın', companyId: company.id });
    const elsewhere = await b.ok('companies.create', { name: 'Globex' });
    const lent = await b.ok('people.create', { kind: 'contact', name: 'Bea Kahn', companyId: elsewhere.id });
    await b.ok('positions.update', { id: held.id, hiringManagerIds: [lent.id, manager.id] });
    // Someone at another client, and a candidate, are not this client's people.
    await b.ok('people.create', { kind: 'contact', name: 'Carl Other', companyId: elsewhere.id });

    const record = await b.ok('companies.get', { id: company.id });
    expect(record).toMatchObject({ id: company.id, name: 'Acme Robotics', website: 'https://acme.example' });
    expect(record.positions.map((p) => [p.title, p.status])).toEqual([
      ['Designer', 'on-hold'],
      ['Senior Backend Engineer', 'open'],
      ['Analyst', 'filled'],
    ]);
    expect(record.positions[1]!.stages).toEqual({
      sourced: 1,
      prep: 1,
      interview: 0,
      debrief: 0,
      offer: 0,
      placed: 0,
      closed: 1,
    });
    expect(Object.values(record.positions[2]!.stages).every((n) => n === 0)).toBe(true);
    expect(record.positions[2]!.id).toBe(filled.id);
    expect(record.contacts).toEqual([
      expect.objectContaining({
        id: lent.id,
        name: 'Bea Kahn',
        companyId: elsewhere.id,
        hiringFor: [{ id: held.id, title: 'Designer' }],
      }),
      expect.objectContaining({
        id: manager.id,
        name: 'Dana Whitfield',
        companyId: company.id,
        hiringFor: [
          { id: held.id, title: 'Designer' },
          { id: position.id, title: 'Senior Backend Engineer' },
        ],
      }),
      expect.objectContaining({ id: hr.id, name: 'Ömer Aydın', hiringFor: [] }),
    ]);
  });

  it('shows a new client with no positions or people, and says when there is no such client', async () => {
    const b = makeBackend();
    const company = await b.ok('companies.create', { name: 'Initech' });
    expect(await b.ok('companies.get', { id: company.id })).toMatchObject({ positions: [], contacts: [] });
    expect(await b.send('companies.get', { id: 'no-such-company' })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringMatching(/^That company no longer exists/) },
    });
    const empty = await b.send('companies.get', { id: '  ' });
    expect(empty.ok).toBe(false);
    expect(!empty.ok && empty.error.details?.issues?.map((i) => i.path)).toEqual([['id']]);
  });
});

describe('positions.get: a position’s page', () => {
  it('holds its pipeline with each candidate’s name and stage, its interviews and its hiring managers', async () => {
    const b = makeBackend();
    const { manager, position, candidate: ada } = await seedBasics(b);
    const ben = await candidate(b, 'Ben Lindqvist');
    const cleo = await candidate(b, 'Cléo Martin');
    const adaApp = await b.ok('applications.create', { candidateId: ada.id, positionId: position.id });
    const benApp = await b.ok('applications.create', { candidateId: ben.id, positionId: position.id });
    const cleoApp = await b.ok('applications.create', { candidateId: cleo.id, positionId: position.id });
    const dee = await candidate(b, 'dee Park');
    await b.ok('applications.create', { candidateId: dee.id, positionId: position.id });
    await b.ok('applications.close', { id: cleoApp.id, reason: 'candidate-withdrew' });
    const schedule = (applicationId: string, startsAt: string) =>
      b.ok('interviews.schedule', { applicationId, startsAt, durationMinutes: 60, timezone: 'Europe/Berlin' });
    const past = await schedule(adaApp.id, at(2));
    const later = await schedule(benApp.id, at(72));
    const sooner = await schedule(adaApp.id, at(48));
    const cancelled = await schedule(benApp.id, at(24));
    await b.ok('interviews.cancel', { id: cancelled.id });
    b.advance(4 * HOUR);

    const record = await b.ok('positions.get', { id: position.id });
    expect(record).toMatchObject({ id: position.id, title: 'Senior Backend Engineer', companyName: 'Acme Robotics' });
    expect(record.applications.map((a) => [a.candidateName, a.stage, a.closedReason])).toEqual([
      // Scheduling an interview moved the first two on.
      ['Ada Okafor', 'interview', null],
      ['Ben Lindqvist', 'interview', null],
      ['Cléo Martin', 'closed', 'candidate-withdrew'],
      ['dee Park', 'sourced', null],
    ]);
    expect(record.applications.map((a) => a.candidateId)).toEqual([ada.id, ben.id, cleo.id, dee.id]);
    // Coming ones soonest first, then past ones latest first; the one that ended without a debrief is due.
    expect(record.interviews.map((i) => [i.id, i.candidateName, i.upcoming, i.debriefDue])).toEqual([
      [sooner.id, 'Ada Okafor', true, false],
      [later.id, 'Ben Lindqvist', true, false],
      [cancelled.id, 'Ben Lindqvist', false, false],
      [past.id, 'Ada Okafor', false, true],
    ]);
    expect(record.interviews[0]).toMatchObject({ round: 2, timezone: 'Europe/Berlin', format: 'onsite' });
    expect(record.hiringManagers).toEqual([{ id: manager.id, name: 'Dana Whitfield', title: null }]);
  });

  it('says when there is no such position', async () => {
    const b = makeBackend();
    expect(await b.send('positions.get', { id: 'gone' })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringMatching(/^That position no longer exists/) },
    });
  });
});

describe("a client's people", () => {
  it("are found through the company's index and the hiring managers' key, never by reading every contact", () => {
    const b = makeBackend();
    const steps = (b.db.prepare(`EXPLAIN QUERY PLAN ${COMPANY_PEOPLE_SQL}`).all('c', 'c') as { detail: string }[]).map(
      (r) => r.detail,
    );
    expect(steps).toContain('SEARCH x USING INDEX people_company_name_key (company_id=?)');
    expect(steps.filter((d) => /people_kind|SCAN x/.test(d))).toEqual([]);
  });
});
