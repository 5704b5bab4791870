import { describe, expect, it } from 'vitest';
import { makeBackend, T0 } from './helpers';

const DAY = 86_400_000;
const at = (days: number) => new Date(T0.getTime() + days * DAY).toISOString();

describe('what the reply reader read, and what the recruiter kept', () => {
  it('keeps the reader’s class beside the confirmed one, and Reports counts the corrections', async () => {
    const b = makeBackend();
    const ada = await b.ok('people.create', { kind: 'candidate', name: 'Ada Okafor', timezone: 'Europe/Berlin' });
    const ben = await b.ok('people.create', { kind: 'candidate', name: 'Ben Lindqvist', timezone: 'Europe/Stockholm' });
    const cai = await b.ok('people.create', { kind: 'candidate', name: 'Cai Wen', timezone: 'Asia/Singapore' });
    b.advance(10 * DAY);
    const reply = { channel: 'email', direction: 'in', kind: 'reply', outcome: 'replied' } as const;

    // Read by Politely alone: what it read is what was kept.
    const read = await b.ok('touches.log', {
      ...reply,
      personId: ada.id,
      at: at(1),
      summary: 'Please take me off your mailing list.',
    });
    expect(read).toMatchObject({ response: 'stop', readAs: 'stop' });
    // Shown to the recruiter, who kept it.
    await b.ok('touches.log', {
      ...reply,
      personId: ben.id,
      at: at(2),
      summary: 'Not right now, sorry.',
      readAs: 'soft-no',
      response: 'soft-no',
    });
    // Shown, and corrected: the reader saw a "not now", the recruiter knew it was interest.
    const corrected = await b.ok('touches.log', {
      ...reply,
      personId: cai.id,
      at: at(3),
      summary: 'Not now — on a call. Yes, keen!',
      readAs: 'soft-no',
      response: 'interested',
    });
    expect(corrected).toMatchObject({ response: 'interested', readAs: 'soft-no' });
    // Outbound contacts and replies classed by hand without the reader are not counted.
    await b.ok('touches.log', { ...reply, personId: cai.id, at: at(4), response: 'neutral' });

    expect(await b.ok('reports.replyReading', {})).toEqual({
      read: 3,
      corrected: 1,
      classes: [
        { readAs: 'soft-no', read: 2, corrected: 1, correctedTo: { interested: 1 } },
        { readAs: 'stop', read: 1, corrected: 0, correctedTo: {} },
      ],
    });
    expect((await b.ok('touches.list', { personId: cai.id })).map((t) => t.readAs).sort()).toEqual(
      ['soft-no', null].sort(),
    );
  });

  it('refuses a class the reader cannot give, and changes nothing', async () => {
    const b = makeBackend();
    const ada = await b.ok('people.create', { kind: 'candidate', name: 'Ada Okafor', timezone: 'Europe/Berlin' });
    const result = await b.send('touches.log', {
      personId: ada.id,
      at: T0.toISOString(),
      channel: 'email',
      direction: 'in',
      kind: 'reply',
      outcome: 'replied',
      readAs: 'maybe' as never,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await b.ok('touches.list', {})).toEqual([]);
  });
});
