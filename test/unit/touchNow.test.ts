import { describe, expect, it } from 'vitest';
import { makeBackend, T0 } from './helpers';

describe('a contact logged without a time', () => {
  it("happened now by the host's clock, and the check that follows counts it", async () => {
    const b = makeBackend();
    const ada = await b.ok('people.create', { kind: 'candidate', name: 'Ada Okafor', timezone: 'Europe/London' });
    b.advance(90 * 60_000 + 12_345);
    const touch = await b.ok('touches.log', {
      personId: ada.id,
      channel: 'phone',
      direction: 'out',
      kind: 'first-contact',
      outcome: 'voicemail',
    });
    expect(touch.at).toBe(new Date(T0.getTime() + 90 * 60_000 + 12_345).toISOString());
    // A check a moment later, also at "now", sees the voicemail and asks to wait.
    b.advance(1_000);
    const verdict = await b.ok('followups.check', { personId: ada.id, channel: 'phone', kind: 'follow-up' });
    expect(verdict.verdict).toBe('blocked');
  });

  it('given in the future it is still refused on its field', async () => {
    const b = makeBackend();
    const ada = await b.ok('people.create', { kind: 'candidate', name: 'Ada Okafor', timezone: 'Europe/London' });
    const result = await b.send('touches.log', {
      personId: ada.id,
      at: new Date(T0.getTime() + 3 * 3_600_000).toISOString(),
      channel: 'phone',
      direction: 'out',
      kind: 'first-contact',
      outcome: 'voicemail',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', details: { issues: [{ path: ['at'] }] } } });
  });
});
