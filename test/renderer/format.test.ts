import { describe, expect, it } from 'vitest';
import { wallClockInstant, wallClockValue } from '../../renderer/interviews/format';

describe('interview times on the clock where the interview happens', () => {
  it('reads a wall-clock time in the interview’s zone, across DST, and writes it back', () => {
    expect(wallClockInstant('2026-03-10T10:00', 'Europe/Berlin')).toBe('2026-03-10T09:00:00.000Z');
    expect(wallClockInstant('2026-07-10T10:00', 'Europe/Berlin')).toBe('2026-07-10T08:00:00.000Z');
    expect(wallClockInstant('2026-03-10T10:00', 'America/Los_Angeles')).toBe('2026-03-10T17:00:00.000Z');
    expect(wallClockValue('2026-03-10T17:00:00.000Z', 'America/Los_Angeles')).toBe('2026-03-10T10:00');
    expect(wallClockInstant('', 'UTC')).toBeNull();
    expect(wallClockInstant('10/03/2026 10:00', 'UTC')).toBeNull();
  });
});
