import { describe, expect, it } from 'vitest';
import type { Input } from '../../api/contract';
import {
  conversion,
  monthBoundaries,
  placementsByMonth,
  timeToFill,
  type PlacedRow,
} from '../../core/placementReports';
import {
  INTERVIEWED_BETWEEN,
  PLACEMENTS_BETWEEN,
  FIRST_PLACEMENTS,
  SUBMITTED_BETWEEN,
} from '../../db/placementReports';
import { makeBackend, seedBasics, T0, type Backend } from './helpers';

const NEW_YORK = 'America/New_York';
const REPORT_NOW = '2026-04-20T12:00:00Z';

function at(b: Backend, iso: string) {
  b.advance(Date.parse(iso) - b.ctx.now().getTime());
}

const debrief = (interviewId: string, calledAt: string, next: 'offer' | 'next-round' = 'offer') =>
  ({
    interviewId,
    calledAt,
    arrivalTime: '09:50',
    durationMinutes: 60,
    metWith: 'Dana Whitfield',
    questionsAsked: 'System design.',
    answers: 'Walked through a pipeline she built.',
    vibe: 'Warm.',
    acceptance: 'yes',
    next,
  }) as Input<'debriefs.record'>;

/** A candidate for a new position at the client, at Offer. */
async function atOffer(b: Backend, companyId: string, name: string, title: string) {
  const position = await b.ok('positions.create', { companyId, title });
  const person = await b.ok('people.create', { kind: 'candidate', name });
  const application = await b.ok('applications.create', { candidateId: person.id, positionId: position.id });
  await b.ok('applications.move', { id: application.id, stage: 'offer' });
  return { position, person, application };
}

/** An accepted offer of `base` (minor units), so a percentage fee is taken from it. */
async function accepted(b: Backend, applicationId: string, base: number, currency: string) {
  const { offer } = await b.ok('offers.record', { applicationId, base, currency, startDate: '2026-05-01' });
  await b.ok('offers.answer', { offerId: offer.id, answer: 'yes' });
}

const place = (b: Backend, applicationId: string, fee: Input<'placements.record'>['fee']) =>
  b.ok('placements.record', { applicationId, startDate: '2026-05-01', fee, guaranteeDays: 0 });

describe('months on the recruiter’s calendar', () => {
  it('start at local midnight on the 1st, across the spring change in New York', () => {
    const bounds = monthBoundaries(new Date('2026-04-15T12:00:00Z'), NEW_YORK, 2);
    expect(bounds.map((b) => b.toISOString())).toEqual([
      '2026-03-01T05:00:00.000Z',
      '2026-04-01T04:00:00.000Z',
      '2026-05-01T04:00:00.000Z',
    ]);
    // Across a year's end, and on the 1st just after midnight the new month is the current one.
    expect(monthBoundaries(new Date('2026-01-01T05:00:00Z'), NEW_YORK, 2).map((b) => b.toISOString())).toEqual([
      '2025-12-01T05:00:00.000Z',
      '2026-01-01T05:00:00.000Z',
      '2026-02-01T05:00:00.000Z',
    ]);
  });
});

describe('placements and fees by month', () => {
  const row = (placedAt: string, fee: Partial<PlacedRow>): PlacedRow => ({
    placementId: placedAt,
    applicationId: placedAt,
    placedAt,
    personName: 'Ada Okafor',
    positionTitle: 'Engineer',
    companyName: 'Acme',
    feePercent: null,
    feeAmount: null,
    feeCurrency: null,
    fellOff: false,
    ...fee,
  });

  it('never adds two currencies together, and counts a fee it cannot know apart', () => {
    const bounds = monthBoundaries(new Date('2026-04-15T12:00:00Z'), 'UTC', 2);
    const report = placementsByMonth(
      [
        row('2026-02-28T23:59:59.999Z', { feeAmount: 1, feeCurrency: 'USD' }),
        row('2026-03-01T00:00:00.000Z', { feeAmount: 100, feeCurrency: 'USD' }),
        row('2026-03-05T00:00:00.000Z', { feeAmount: 50, feeCurrency: 'EUR' }),
        row('2026-03-06T00:00:00.000Z', { feeAmount: 25, feeCurrency: 'USD' }),
        row('2026-03-07T00:00:00.000Z', { feePercent: 20 }),
        row('2026-04-30T23:59:59.999Z', { feeAmount: 7, feeCurrency: 'GBP', fellOff: true }),
        row('2026-05-01T00:00:00.000Z', { feeAmount: 9, feeCurrency: 'USD' }),
      ],
      bounds,
      'UTC',
    );
    expect(report.currencies).toEqual(['EUR', 'USD']);
    expect(report.months).toEqual([
      {
        month: '2026-03',
        start: '2026-03-01T00:00:00.000Z',
        placements: 4,
        feeNotKnown: 1,
        fellOff: 0,
        fees: [
          { currency: 'EUR', amount: 50 },
          { currency: 'USD', amount: 125 },
        ],
      },
      { month: '2026-04', start: '2026-04-01T00:00:00.000Z', placements: 0, feeNotKnown: 0, fellOff: 1, fees: [] },
    ]);
    expect(report.placements.map((p) => p.placedAt)).toEqual([
      '2026-04-30T23:59:59.999Z',
      '2026-03-07T00:00:00.000Z',
      '2026-03-06T00:00:00.000Z',
      '2026-03-05T00:00:00.000Z',
      '2026-03-01T00:00:00.000Z',
    ]);
  });

  it('reports.placements counts 23:30 on 31 March in New York in March, in each currency, the percent-only fee as not known', async () => {
    const b = makeBackend();
    const { company } = await seedBasics(b);
    const ada = await atOffer(b, company.id, 'Ada Okafor', 'Platform Engineer');
    const ben = await atOffer(b, company.id, 'Ben Tal', 'Data Analyst');
    const cleo = await atOffer(b, company.id, 'Cleo Ray', 'Designer');
    const dev = await atOffer(b, company.id, 'Dev Rao', 'Support Lead');
    await accepted(b, ada.application.id, 12_000_000, 'USD');
    await accepted(b, ben.application.id, 9_000_000, 'EUR');

    at(b, '2026-03-31T23:30:00-04:00');
    await place(b, ada.application.id, { percent: 20 });
    at(b, '2026-04-02T10:00:00Z');
    await place(b, ben.application.id, { amount: 1_500_000, currency: 'EUR' });
    at(b, '2026-04-02T11:00:00Z');
    // No offer was recorded, so 22.5% of nothing known.
    await place(b, cleo.application.id, { percent: 22.5 });
    at(b, '2026-04-02T12:00:00Z');
    const devs = await place(b, dev.application.id, { amount: 500_000, currency: 'USD' });
    await b.ok('placements.fellOff', { placementId: devs.placement.id, reason: 'Left in the first week.' });

    const report = await b.ok('reports.placements', { months: 2, now: REPORT_NOW, timezone: NEW_YORK });
    expect(report.timezone).toBe(NEW_YORK);
    expect(report.currencies).toEqual(['EUR', 'USD']);
    expect(report.months.map((m) => [m.month, m.placements, m.feeNotKnown, m.fellOff, m.fees])).toEqual([
      ['2026-03', 1, 0, 0, [{ currency: 'USD', amount: 2_400_000 }]],
      ['2026-04', 2, 1, 1, [{ currency: 'EUR', amount: 1_500_000 }]],
    ]);
    expect(report.placements.map((p) => [p.personName, p.feePercent, p.feeAmount, p.feeCurrency, p.fellOff])).toEqual([
      ['Dev Rao', null, 500_000, 'USD', true],
      ['Cleo Ray', 22.5, null, null, false],
      ['Ben Tal', null, 1_500_000, 'EUR', false],
      ['Ada Okafor', 20, 2_400_000, 'USD', false],
    ]);
    // In UTC the same placement is on 1 April.
    const utc = await b.ok('reports.placements', { months: 2, now: REPORT_NOW, timezone: 'UTC' });
    expect(utc.months.map((m) => m.placements)).toEqual([0, 3]);
  });

  it('is empty, not wrong, before any placement', async () => {
    const b = makeBackend();
    const report = await b.ok('reports.placements', { now: REPORT_NOW, timezone: 'UTC' });
    expect(report.months).toHaveLength(12);
    expect(report.months.every((m) => m.placements === 0 && m.fellOff === 0 && m.fees.length === 0)).toBe(true);
    expect(report.placements).toEqual([]);
  });

  it('refuses what it cannot read, naming the field', async () => {
    const b = makeBackend();
    for (const [input, path] of [
      [{ months: 0 }, 'months'],
      [{ months: 61 }, 'months'],
      [{ months: 1.5 }, 'months'],
      [{ timezone: 'Mars/Olympus' }, 'timezone'],
      [{ now: 'last Tuesday' }, 'now'],
      [{ kind: 'fees' }, ''],
    ] as const) {
      for (const channel of ['reports.placements', 'reports.conversion'] as const) {
        const refused = await b.send(channel, input as Input<typeof channel>);
        expect(refused, `${channel} ${JSON.stringify(input)}`).toMatchObject({
          ok: false,
          error: { code: 'validation' },
        });
        if (path) expect(refused.ok || refused.error.details).toMatchObject({ issues: [{ path: [path] }] });
      }
    }
    expect(await b.send('reports.timeToFill', { months: 3 } as never)).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
  });
});

describe('time to fill', () => {
  it('takes the median of the filled positions and shows open ones with their days so far', () => {
    const opened = '2026-01-01T00:00:00.000Z';
    const report = timeToFill(
      [
        { positionId: 'a', title: 'A', companyName: 'Acme', openedAt: opened, filledAt: '2026-01-11T00:00:00.000Z' },
        { positionId: 'b', title: 'B', companyName: 'Acme', openedAt: opened, filledAt: '2026-03-02T23:00:00.000Z' },
        { positionId: 'c', title: 'C', companyName: 'Acme', openedAt: opened, filledAt: '2026-02-01T00:00:00.000Z' },
        { positionId: 'd', title: 'D', companyName: 'Acme', openedAt: opened, filledAt: '2026-01-31T00:00:00.000Z' },
        { positionId: 'e', title: 'E', companyName: 'Acme', openedAt: '2026-03-01T00:00:00.000Z', filledAt: null },
      ],
      new Date('2026-04-15T12:00:00Z'),
    );
    expect(report.positions.map((p) => [p.positionId, p.days, p.filled])).toEqual([
      ['e', 45, false],
      ['b', 60, true],
      ['c', 31, true],
      ['d', 30, true],
      ['a', 10, true],
    ]);
    expect(report).toMatchObject({ filled: 4, open: 1, medianDays: 30.5 });
    expect(report.buckets).toEqual([
      { label: 'Under 30 days', filled: 1, open: 0 },
      { label: '30 to 59 days', filled: 2, open: 1 },
      { label: '60 to 89 days', filled: 1, open: 0 },
      { label: '90 days or more', filled: 0, open: 0 },
    ]);
    expect(timeToFill([], new Date(opened))).toMatchObject({ filled: 0, open: 0, medianDays: null, positions: [] });
  });

  it('reports.timeToFill runs from a position’s opening to its first placement that stands', async () => {
    const b = makeBackend();
    const { company, position } = await seedBasics(b);
    const ada = await b.ok('applications.create', {
      candidateId: (await seedPerson(b, 'Ada')).id,
      positionId: position.id,
    });
    const ben = await atOffer(b, company.id, 'Ben Tal', 'Data Analyst');
    const cancelled = await b.ok('positions.create', { companyId: company.id, title: 'Office Manager' });
    await b.ok('positions.update', { id: cancelled.id, status: 'cancelled' });
    at(b, '2026-03-12T09:00:00Z');
    const onHold = await b.ok('positions.create', { companyId: company.id, title: 'Recruiter' });
    await b.ok('positions.update', { id: onHold.id, status: 'on-hold' });
    // Ben is placed on day 10 and falls off; the analyst's position is open again.
    const first = await place(b, ben.application.id, { amount: 100, currency: 'USD' });
    at(b, '2026-03-13T09:00:00Z');
    await b.ok('placements.fellOff', { placementId: first.placement.id, reason: 'Took another offer.' });
    at(b, '2026-03-22T09:00:00Z');
    await b.ok('applications.move', { id: ada.id, stage: 'offer' });
    await place(b, ada.id, { percent: 20 });
    at(b, '2026-04-20T21:00:00Z');

    const report = await b.ok('reports.timeToFill', {});
    expect(report.positions.map((p) => [p.title, p.filled, p.days, p.filledAt])).toEqual([
      ['Data Analyst', false, 49, null],
      ['Recruiter', false, 39, null],
      ['Senior Backend Engineer', true, 20, '2026-03-22T09:00:00.000Z'],
    ]);
    expect(report).toMatchObject({ filled: 1, open: 2, medianDays: 20 });
    expect(report.positions[0]).toMatchObject({ companyName: 'Acme Robotics', openedAt: T0.toISOString() });
  });
});

async function seedPerson(b: Backend, name: string) {
  return b.ok('people.create', { kind: 'candidate', name });
}

describe('submittal-to-interview and interview-to-offer', () => {
  it('count in the month of the submittal or of the first interview, in the recruiter’s zone, and by client', async () => {
    const b = makeBackend();
    const { company, manager, position } = await seedBasics(b);
    const globex = await b.ok('companies.create', { name: 'Globex' });
    const lead = await b.ok('positions.create', { companyId: globex.id, title: 'Platform Lead' });
    const apply = async (name: string, positionId: string) =>
      b.ok('applications.create', { candidateId: (await seedPerson(b, name)).id, positionId });
    const ada = await apply('Ada', position.id);
    const ben = await apply('Ben', position.id);
    const cleo = await apply('Cleo', lead.id);
    const dev = await apply('Dev', lead.id);
    const eve = await apply('Eve', lead.id);
    const finn = await apply('Finn', lead.id);
    const interview = (applicationId: string, startsAt: string) =>
      b.ok('interviews.schedule', { applicationId, startsAt, durationMinutes: 60, timezone: 'UTC' });

    // Dev's first interview was in February, before the months asked about.
    at(b, '2026-02-10T09:00:00Z');
    const devFirst = await interview(dev.id, '2026-02-11T14:00:00Z');
    at(b, '2026-02-12T09:00:00Z');
    await b.ok('debriefs.record', debrief(devFirst.id, '2026-02-12T09:00:00Z', 'next-round'));

    at(b, '2026-03-10T15:00:00Z');
    await b.ok('submittals.create', {
      positionId: position.id,
      contactId: manager.id,
      applicationIds: [ada.id, ben.id],
    });
    at(b, '2026-03-12T09:00:00Z');
    const adas = await interview(ada.id, '2026-03-16T14:00:00Z');
    at(b, '2026-03-17T09:00:00Z');
    await b.ok('debriefs.record', debrief(adas.id, '2026-03-17T09:00:00Z'));
    await b.ok('offers.record', { applicationId: ada.id, base: 9_000_000, currency: 'USD', startDate: '2026-05-01' });
    // Cleo's first interview starts at 23:30 on 31 March in New York: March there, April in UTC.
    await interview(cleo.id, '2026-03-31T23:30:00-04:00');
    at(b, '2026-04-08T09:00:00Z');
    await interview(dev.id, '2026-04-09T14:00:00Z');
    // Eve's is still ahead on the report's day; Finn's was called off.
    await interview(eve.id, '2026-04-25T14:00:00Z');
    const finns = await interview(finn.id, '2026-04-10T14:00:00Z');
    await b.ok('interviews.cancel', { id: finns.id });
    at(b, REPORT_NOW);

    const report = await b.ok('reports.conversion', { months: 2, timezone: NEW_YORK });
    const counts = (r: (typeof report)['total']) => [
      r.label,
      r.submitted,
      r.toInterview,
      r.submittalToInterview,
      r.interviewed,
      r.toOffer,
      r.interviewToOffer,
    ];
    expect(counts(report.total)).toEqual(['All clients', 2, 1, 0.5, 2, 1, 0.5]);
    expect(report.months.map(counts)).toEqual([
      ['2026-03', 2, 1, 0.5, 2, 1, 0.5],
      ['2026-04', 0, 0, null, 0, 0, null],
    ]);
    expect(report.clients.map(counts)).toEqual([
      ['Acme Robotics', 2, 1, 0.5, 1, 1, 1],
      ['Globex', 0, 0, null, 1, 0, 0],
    ]);
    expect(report.clients.map((c) => c.key)).toEqual([company.id, globex.id]);
    const utc = await b.ok('reports.conversion', { months: 2, timezone: 'UTC' });
    expect(utc.months.map((m) => m.interviewed)).toEqual([1, 1]);
  });

  it('counts nothing it has not seen', () => {
    const bounds = monthBoundaries(new Date('2026-04-15T12:00:00Z'), 'UTC', 1);
    expect(conversion([], [], bounds, 'UTC')).toEqual({
      timezone: 'UTC',
      total: expect.objectContaining({
        submitted: 0,
        interviewed: 0,
        submittalToInterview: null,
        interviewToOffer: null,
      }),
      months: [expect.objectContaining({ key: '2026-04', submitted: 0, interviewed: 0 })],
      clients: [],
    });
  });
});

describe('the report queries', () => {
  it('read through indexes: by key for each join, by start time for interviews', () => {
    const b = makeBackend();
    const plan = (sql: string, ...params: unknown[]) =>
      (b.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
    const window = { from: 'a', to: 'b' };
    // Placements are read once each (one per hire, a few per position); every join is by its key.
    const placements = plan(PLACEMENTS_BETWEEN, 'a', 'b');
    expect(placements.filter((d) => d.startsWith('SCAN'))).toEqual(['SCAN pl']);
    for (const table of ['a', 'p', 'pos', 'c', 'o'])
      expect(placements).toContainEqual(
        expect.stringMatching(new RegExp(`^SEARCH ${table} USING INDEX \\S+ \\(id=\\?\\)`)),
      );
    // Placements first (through any index holding the standing ones), never every application.
    expect(plan(FIRST_PLACEMENTS)).toEqual([
      expect.stringMatching(/^SCAN pl\b/),
      'SEARCH a USING INDEX sqlite_autoindex_applications_1 (id=?)',
      'USE TEMP B-TREE FOR GROUP BY',
    ]);
    // Interviews only in the months asked for, and each application's earlier ones and offers by its own index.
    const interviewed = plan(INTERVIEWED_BETWEEN, window);
    expect(interviewed).toContainEqual('SEARCH i USING INDEX interviews_starts (starts_at>? AND starts_at<?)');
    // Earlier live interviews through the index of those not called off (migration 21), bounded by start time.
    expect(interviewed).toContainEqual('SEARCH e USING INDEX interviews_live (application_id=? AND starts_at<?)');
    expect(interviewed).toContainEqual(
      'SEARCH o USING COVERING INDEX offers_application (application_id=? AND offered_at>?)',
    );
    expect(interviewed.filter((d) => d.startsWith('SCAN') && d !== 'SCAN f')).toEqual([]);
    // Shortlists are read whole (one per send to a client, or their candidates by the index); the rest by key.
    const submitted = plan(SUBMITTED_BETWEEN, window);
    expect(submitted).toContainEqual('SEARCH i USING INDEX interviews_live (application_id=?)');
    expect(submitted).toContainEqual(
      expect.stringMatching(/^SEARCH e USING COVERING INDEX submittal_candidates_application \(application_id=\?\)/),
    );
    expect(submitted.filter((d) => /^SCAN (?!f$|s$|sc )/.test(d))).toEqual([]);
  });
});
