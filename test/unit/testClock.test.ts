import { describe, expect, it } from 'vitest';
import { parseTestClock } from '../../server/testClock';

describe('the browser host’s --test-clock', () => {
  // A hand-turned "real" clock, so the test never depends on when it runs.
  let real = Date.parse('2031-07-04T18:00:00Z');
  const realNow = () => real;

  it('starts at the instant given and runs on with the real clock', () => {
    const now = parseTestClock('2026-03-10T11:00:00Z', realNow);
    expect(now().toISOString()).toBe('2026-03-10T11:00:00.000Z');
    real += 90_000;
    expect(now().toISOString()).toBe('2026-03-10T11:01:30.000Z');
  });

  it('stays at the instant given with fixed:, and reads offsets', () => {
    const now = parseTestClock('fixed:2026-11-01T01:30:00-04:00', realNow);
    real += 3_600_000;
    expect(now().toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });

  it.each(['', 'tomorrow', '2026-03-10', '2026-03-10T11:00:00', '2026-02-30T11:00:00Z', 'fixed:'])(
    'refuses %j in plain words',
    (value) => {
      expect(() => parseTestClock(value, realNow)).toThrow(/--test-clock takes an instant with its offset/);
    },
  );
});
