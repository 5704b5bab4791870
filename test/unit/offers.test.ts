import { describe, expect, it } from 'vitest';
import type { Input } from '../../api/contract';
import { nextReminderAt } from '../../api/reminders';
import { judgeAnswer } from '../../core/offers';
import { makeBackend, seedBasics, tableCounts, type Backend } from './helpers';

function at(b: Backend, iso: string) {
  b.advance(Date.parse(iso) - b.ctx.now().getTime());
}

/** Ada at Offer for the Senior Backend Engineer position, which is in Berlin. */
async function atOffer(b: Backend = makeBackend()) {
  const basics = await seedBasics(b);
  await b.ok('positions.update', { id: basics.position.id, timezone: 'Europe/Berlin' });
  const application = await b.ok('applications.create', {
    candidateId: basics.candidate.id,
    positionId: basics.position.id,
  });
  await b.ok('applications.move', { id: application.id, stage: 'offer' });
  return { b, ...basics, application };
}

const offerInput = (applicationId: string, extra: Record<string, unknown> = {}) =>
  ({
    applicationId,
    base: 12_000_000,
    currency: 'usd',
    bonus: 1_500_000,
    startDate: '2026-04-01',
    expiresAt: '2026-03-06T17:00:00+01:00',
    ...extra,
  }) as Input<'offers.record'>;

const issuePaths = (result: { ok: boolean; error?: { details?: { issues?: { path: unknown[] }[] } } }) =>
  result.error?.details?.issues?.map((i) => i.path) ?? [];

describe('offers.record', () => {
  it('keeps the offer in minor units with its upper-case ISO 4217 code, waiting for an answer', async () => {
    const { b, application } = await atOffer();
    const { offer } = await b.ok('offers.record', offerInput(application.id));
    expect(offer).toMatchObject({
      applicationId: application.id,
      base: 12_000_000,
      currency: 'USD',
      bonus: 1_500_000,
      startDate: '2026-04-01',
      expiresAt: '2026-03-06T16:00:00.000Z',
      offeredAt: '2026-03-02T09:00:00.000Z',
      answer: null,
      answerVerbatim: null,
    });
    expect(await b.ok('offers.list', { applicationId: application.id })).toEqual({ offers: [offer], placements: [] });
  });

  it('names each field it refuses, and changes nothing', async () => {
    const { b, application } = await atOffer();
    const before = tableCounts(b.db);
    const refused = await b.send(
      'offers.record',
      offerInput(application.id, {
        base: 120000.5,
        currency: 'XYZ',
        bonus: -1,
        startDate: '2026-02-30',
        expiresAt: 'next Friday',
      }),
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(issuePaths(refused)).toEqual([['base'], ['currency'], ['bonus'], ['startDate'], ['expiresAt']]);
    expect(await b.send('offers.record', offerInput(application.id, { base: 0 }))).toMatchObject({
      ok: false,
      error: { details: { issues: [{ path: ['base'], message: 'The base salary must be more than 0.' }] } },
    });
    // An expiry already behind the clock.
    expect(
      await b.send('offers.record', offerInput(application.id, { expiresAt: '2026-03-02T08:59:00Z' })),
    ).toMatchObject({ ok: false, error: { code: 'validation', details: { issues: [{ path: ['expiresAt'] }] } } });
    expect(tableCounts(b.db)).toEqual(before);
  });

  it('answers not-found for an application that does not exist', async () => {
    const b = makeBackend();
    expect(await b.send('offers.record', offerInput('no-such-application'))).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await b.send('offers.list', { applicationId: 'no-such-application' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('refuses an offer on a closed application, and before the debrief stage is behind it', async () => {
    const { b, application, candidate, position } = await atOffer();
    await b.ok('applications.close', { id: application.id, reason: 'candidate-withdrew' });
    const before = tableCounts(b.db);
    expect(await b.send('offers.record', offerInput(application.id))).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'This application is closed, so no offer can be recorded on it.' },
    });
    const again = await b.ok('applications.create', { candidateId: candidate.id, positionId: position.id });
    await b.ok('applications.move', { id: again.id, stage: 'debrief' });
    expect(await b.send('offers.record', offerInput(again.id))).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: /this application is at Debrief/ },
    });
    expect(tableCounts(b.db).offers).toBe(before.offers);
  });

  it('holds the offer while an interview that has ended has no debrief', async () => {
    const { b, application } = await atOffer();
    // Scheduling a round puts the card back at Interview; moving it to Offer past the gate is what a bad edit would do.
    await b.ok('interviews.schedule', {
      applicationId: application.id,
      startsAt: '2026-03-03T10:00:00+01:00',
      durationMinutes: 60,
      timezone: 'Europe/Berlin',
    });
    b.db.prepare("UPDATE applications SET stage = 'offer' WHERE id = ?").run(application.id);
    at(b, '2026-03-03T12:00:00Z');
    expect(await b.send('offers.record', offerInput(application.id))).toMatchObject({
      ok: false,
      error: { code: 'gate-debrief-required' },
    });
  });

  it('keeps one offer waiting at a time', async () => {
    const { b, application } = await atOffer();
    const { offer } = await b.ok('offers.record', offerInput(application.id));
    expect(await b.send('offers.record', offerInput(application.id, { base: 13_000_000 }))).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: /USD 120,000\.00 is still waiting for Ada Okafor's answer/,
        details: { offerId: offer.id },
      },
    });
  });
});

describe('offers.answer: only a plain YES is a yes', () => {
  it('judges words as the debrief does', () => {
    expect(judgeAnswer('yes', undefined)).toEqual({ answer: 'yes', verbatim: null, hedged: false });
    expect(judgeAnswer('yes', ' Yes! ')).toEqual({ answer: 'yes', verbatim: null, hedged: false });
    expect(judgeAnswer('yes', 'yes but I need to think')).toEqual({
      answer: 'no',
      verbatim: 'yes but I need to think',
      hedged: true,
    });
    expect(judgeAnswer('yes', 'yeah probably')).toMatchObject({ answer: 'no', hedged: true });
    expect(judgeAnswer('no', 'Not for that money')).toEqual({
      answer: 'no',
      verbatim: 'Not for that money',
      hedged: false,
    });
  });

  it('records "yes but I need to think" as NO with their words, and closes the application', async () => {
    const { b, application, candidate } = await atOffer();
    const { offer } = await b.ok('offers.record', offerInput(application.id));
    at(b, '2026-03-04T15:30:00Z');
    const answered = await b.ok('offers.answer', {
      offerId: offer.id,
      answer: 'yes',
      verbatim: 'yes but I need to think',
    });
    expect(answered.offer).toMatchObject({
      answer: 'no',
      answerVerbatim: 'yes but I need to think',
      answeredAt: '2026-03-04T15:30:00.000Z',
    });
    expect(answered.application).toMatchObject({ stage: 'closed', closedReason: 'declined-offer' });
    const touches = await b.ok('touches.list', { personId: candidate.id });
    expect(touches[0]).toMatchObject({
      applicationId: application.id,
      direction: 'in',
      response: 'no',
      summary: 'Offer of USD 120,000.00: NO (they said: "yes but I need to think").',
    });
  });

  it('moves a plain YES on to Placed', async () => {
    const { b, application } = await atOffer();
    const { offer } = await b.ok('offers.record', offerInput(application.id));
    const answered = await b.ok('offers.answer', { offerId: offer.id, answer: 'yes', verbatim: 'Yes.' });
    expect(answered.offer).toMatchObject({ answer: 'yes', answerVerbatim: null });
    expect(answered.application.stage).toBe('placed');
  });

  it('refuses anything but yes or no, a second answer and an unknown offer', async () => {
    const { b, application } = await atOffer();
    const { offer } = await b.ok('offers.record', offerInput(application.id));
    const maybe = await b.send('offers.answer', { offerId: offer.id, answer: 'maybe' as 'yes' });
    expect(maybe).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        message: 'The answer must be YES or NO. If they hedged, record NO with their words.',
      },
    });
    expect(issuePaths(maybe)).toEqual([['answer']]);
    await b.ok('offers.answer', { offerId: offer.id, answer: 'no' });
    expect(await b.send('offers.answer', { offerId: offer.id, answer: 'yes' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'Their answer to this offer is already recorded: NO.' },
    });
    expect(await b.send('offers.answer', { offerId: 'no-such-offer', answer: 'yes' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('lists a waiting offer in Today with its expiry, until it is answered', async () => {
    const { b, application, candidate } = await atOffer();
    const { offer } = await b.ok('offers.record', offerInput(application.id));
    const waiting = (await b.ok('queue.today', {})).filter((i) => i.type === 'offer-waiting');
    expect(waiting).toEqual([
      expect.objectContaining({
        personId: candidate.id,
        applicationId: application.id,
        offerId: offer.id,
        due: '2026-03-06T16:00:00.000Z',
        reason:
          'Offer of USD 120,000.00, starting Wed, Apr 1, made today. ' +
          'It expires Fri, Mar 6, 5:00 PM their time: ask for their YES or NO before then.',
      }),
    ]);
    at(b, '2026-03-07T09:00:00Z');
    expect((await b.ok('queue.today', {})).find((i) => i.type === 'offer-waiting')?.reason).toMatch(
      /made 5 days ago\. It expired Fri, Mar 6, 5:00 PM their time: ask the client whether it still stands/,
    );
    await b.ok('offers.answer', { offerId: offer.id, answer: 'yes' });
    expect((await b.ok('queue.today', {})).some((i) => i.type === 'offer-waiting')).toBe(false);
  });
});

const placementInput = (applicationId: string, extra: Record<string, unknown> = {}) =>
  ({
    applicationId,
    startDate: '2026-04-01',
    fee: { percent: 20 },
    invoiceDate: '2026-04-01',
    guaranteeDays: 90,
    ...extra,
  }) as Input<'placements.record'>;

/** Ada said YES to the offer, so her application is at Placed. */
async function accepted() {
  const setup = await atOffer();
  const { offer } = await setup.b.ok('offers.record', offerInput(setup.application.id));
  await setup.b.ok('offers.answer', { offerId: offer.id, answer: 'yes' });
  return { ...setup, offer };
}

describe('placements.record', () => {
  it('works a percentage fee out from the accepted offer, and fills the position', async () => {
    const { b, application, offer, position } = await accepted();
    const { placement, application: placed } = await b.ok('placements.record', placementInput(application.id));
    expect(placement).toMatchObject({
      offerId: offer.id,
      startDate: '2026-04-01',
      feePercent: 20,
      feeAmount: 2_400_000,
      feeCurrency: 'USD',
      invoiceDate: '2026-04-01',
      guaranteeDays: 90,
      guaranteeEndsOn: '2026-06-30',
      fellOffAt: null,
    });
    expect(placed.stage).toBe('placed');
    expect((await b.ok('positions.get', { id: position.id })).status).toBe('filled');
    expect((await b.ok('offers.list', { applicationId: application.id })).placements).toEqual([placement]);
    expect(await b.send('placements.record', placementInput(application.id))).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: /already recorded/ },
    });
  });

  it('names the other candidates still in the position’s pipeline, by name, and closes none of them', async () => {
    const { b, application, position } = await accepted();
    const others = await Promise.all(
      ['Zoë Zimmer', 'Ben Okafor', 'Cleo Ito', 'Dan Gone'].map((name) =>
        b.ok('people.create', { kind: 'candidate', name }),
      ),
    );
    const [zoe, ben, cleo, dan] = await Promise.all(
      others.map((o) => b.ok('applications.create', { candidateId: o.id, positionId: position.id })),
    );
    await b.ok('applications.move', { id: cleo!.id, stage: 'interview' });
    await b.ok('applications.close', { id: dan!.id, reason: 'candidate-withdrew' });
    const { stillInPipeline } = await b.ok('placements.record', placementInput(application.id));
    expect(stillInPipeline).toEqual([
      { id: ben!.id, candidateName: 'Ben Okafor', stage: 'sourced' },
      { id: cleo!.id, candidateName: 'Cleo Ito', stage: 'interview' },
      { id: zoe!.id, candidateName: 'Zoë Zimmer', stage: 'sourced' },
    ]);
    const stages = new Map(
      (await b.ok('positions.get', { id: position.id })).applications.map((a) => [a.id, a.stage] as const),
    );
    expect([zoe!, ben!, cleo!].map((a) => stages.get(a.id))).toEqual(['sourced', 'sourced', 'interview']);
    // A position not filled by it (one cancelled meanwhile) names no one.
    const again = await accepted();
    await again.b.ok('positions.update', { id: again.position.id, status: 'cancelled' });
    expect((await again.b.ok('placements.record', placementInput(again.application.id))).stillInPipeline).toEqual([]);
  });

  it('takes a fixed fee on a card moved to Placed without an offer', async () => {
    const { b, application } = await atOffer();
    await b.ok('applications.move', { id: application.id, stage: 'placed' });
    const { placement } = await b.ok(
      'placements.record',
      placementInput(application.id, { fee: { amount: 2_250_050, currency: 'eur' }, invoiceDate: null }),
    );
    expect(placement).toMatchObject({ offerId: null, feePercent: null, feeAmount: 2_250_050, feeCurrency: 'EUR' });
  });

  it('names each field it refuses', async () => {
    const { b, application } = await accepted();
    const before = tableCounts(b.db);
    const send = async (extra: Record<string, unknown>) =>
      issuePaths(await b.send('placements.record', placementInput(application.id, extra)));
    expect(await send({ fee: { percent: 0 } })).toEqual([['fee', 'percent']]);
    expect(await send({ fee: { percent: 20.555 } })).toEqual([['fee', 'percent']]);
    expect(await send({ fee: { percent: 20, amount: 100 } })).toEqual([['fee', 'amount']]);
    expect(await send({ fee: { amount: 100 } })).toEqual([['fee', 'currency']]);
    expect(await send({ fee: { amount: 100, currency: 'ABC' } })).toEqual([['fee', 'currency']]);
    expect(await send({ fee: {} })).toEqual([['fee', 'percent']]);
    expect(await send({ startDate: '1 April', invoiceDate: '2026-13-01', guaranteeDays: 400 })).toEqual([
      ['startDate'],
      ['invoiceDate'],
      ['guaranteeDays'],
    ]);
    expect(tableCounts(b.db)).toEqual(before);
    expect(await b.send('placements.record', placementInput('no-such-application'))).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('refuses a closed application', async () => {
    const { b, application } = await atOffer();
    await b.ok('applications.close', { id: application.id, reason: 'client-rejected' });
    expect(await b.send('placements.record', placementInput(application.id))).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'This application is closed, so no placement can be recorded on it.' },
    });
  });
});

describe('the guarantee reminder', () => {
  it('falls due 14 days before the guarantee ends, at 09:00 where they work, and is listed in Today', async () => {
    const { b, application, candidate } = await accepted();
    await b.ok('reminders.updateSettings', { digestAt: null });
    const { placement } = await b.ok('placements.record', placementInput(application.id));
    // 90 days from 1 April is 30 June; 14 days before is 16 June, 09:00 in Berlin (summer time) is 07:00 UTC.
    expect(placement.guaranteeNoticeAt).toBe('2026-06-16T07:00:00.000Z');
    at(b, '2026-06-16T06:00:00Z');
    expect(nextReminderAt(b.ctx)?.toISOString()).toBe('2026-06-16T07:00:00.000Z');

    at(b, '2026-06-16T06:59:59Z');
    expect((await b.ok('queue.today', {})).some((i) => i.type === 'guarantee-ending')).toBe(false);
    expect((await b.ok('reminders.list', undefined)).some((r) => r.kind === 'guarantee-ending')).toBe(false);

    at(b, '2026-06-16T07:00:00Z');
    expect((await b.ok('queue.today', {})).filter((i) => i.type === 'guarantee-ending')).toEqual([
      expect.objectContaining({
        personId: candidate.id,
        placementId: placement.id,
        due: '2026-06-16T07:00:00.000Z',
        reason:
          'The 90-day guarantee ends on Tue, Jun 30 (they started Wed, Apr 1). ' +
          'Check in with them and with the client before then.',
      }),
    ]);
    expect((await b.ok('reminders.list', undefined)).filter((r) => r.kind === 'guarantee-ending')).toEqual([
      expect.objectContaining({
        key: `guarantee-ending:${placement.id}`,
        title: 'Ada Okafor’s guarantee ends soon',
        at: '2026-06-16T07:00:00.000Z',
        target: { screen: 'people', id: candidate.id },
      }),
    ]);

    // Once the day it ends has passed, it is no longer listed.
    at(b, '2026-07-01T00:00:00Z');
    expect((await b.ok('queue.today', {})).some((i) => i.type === 'guarantee-ending')).toBe(false);
  });

  it('comes on the start date for a guarantee shorter than the notice, and not at all without one', async () => {
    const { b, application } = await accepted();
    const { placement } = await b.ok('placements.record', placementInput(application.id, { guaranteeDays: 10 }));
    expect(placement).toMatchObject({ guaranteeEndsOn: '2026-04-11', guaranteeNoticeAt: '2026-04-01T07:00:00.000Z' });
    const other = await accepted();
    const none = await other.b.ok('placements.record', placementInput(other.application.id, { guaranteeDays: 0 }));
    expect(none.placement).toMatchObject({ guaranteeEndsOn: '2026-04-01', guaranteeNoticeAt: null });
  });
});

describe('placements.fellOff', () => {
  it('keeps the reason, closes the application and reopens the position', async () => {
    const { b, application, position, candidate } = await accepted();
    const { placement } = await b.ok('placements.record', placementInput(application.id));
    at(b, '2026-05-20T10:00:00Z');
    const fell = await b.ok('placements.fellOff', {
      placementId: placement.id,
      reason: 'Left after six weeks for a counter-offer.',
    });
    expect(fell.placement).toMatchObject({
      fellOffAt: '2026-05-20T10:00:00.000Z',
      fellOffReason: 'Left after six weeks for a counter-offer.',
    });
    expect(fell.application).toMatchObject({ stage: 'closed', closedReason: 'fell-off' });
    expect(fell.position.status).toBe('open');
    expect((await b.ok('positions.get', { id: position.id })).status).toBe('open');
    // Its guarantee reminder goes with it.
    at(b, '2026-06-16T08:00:00Z');
    expect((await b.ok('queue.today', {})).some((i) => i.type === 'guarantee-ending')).toBe(false);
    // The candidate may be put forward again.
    expect(await b.ok('applications.create', { candidateId: candidate.id, positionId: position.id })).toMatchObject({
      stage: 'sourced',
    });
    expect(await b.send('placements.fellOff', { placementId: placement.id, reason: 'Again' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('asks for the reason, and answers not-found for an unknown placement', async () => {
    const { b, application } = await accepted();
    const { placement } = await b.ok('placements.record', placementInput(application.id));
    const blank = await b.send('placements.fellOff', { placementId: placement.id, reason: '  ' });
    expect(blank).toMatchObject({
      ok: false,
      error: { code: 'validation', message: 'Fill in the reason it fell off.' },
    });
    expect(issuePaths(blank)).toEqual([['reason']]);
    expect(await b.send('placements.fellOff', { placementId: 'no-such-placement', reason: 'Left' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('leaves a position on hold as it is', async () => {
    const { b, application, position } = await accepted();
    const { placement } = await b.ok('placements.record', placementInput(application.id));
    await b.ok('positions.update', { id: position.id, status: 'on-hold' });
    const fell = await b.ok('placements.fellOff', { placementId: placement.id, reason: 'Role paused' });
    expect(fell.position.status).toBe('on-hold');
  });
});
