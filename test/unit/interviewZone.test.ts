import { describe, expect, it } from 'vitest';
import { interviewZone } from '../../core/interviewZone';

const RECRUITER = 'America/New_York';

describe('interviewZone', () => {
  it("takes the position's zone before the client's", () => {
    expect(interviewZone({ timezone: 'America/Sao_Paulo' }, { timezone: 'Europe/Lisbon' }, RECRUITER)).toEqual({
      zone: 'America/Sao_Paulo',
      from: 'position',
    });
  });

  it("takes the client's zone when the position has none", () => {
    expect(interviewZone({ timezone: null }, { timezone: 'Europe/Lisbon' }, RECRUITER)).toEqual({
      zone: 'Europe/Lisbon',
      from: 'company',
    });
  });

  it("falls back to the recruiter's zone when neither has one, or neither is known yet", () => {
    expect(interviewZone({ timezone: null }, { timezone: null }, RECRUITER)).toEqual({
      zone: RECRUITER,
      from: 'recruiter',
    });
    expect(interviewZone(undefined, null, RECRUITER)).toEqual({ zone: RECRUITER, from: 'recruiter' });
  });

  it('passes over a stored zone the runtime does not know', () => {
    expect(interviewZone({ timezone: 'Mars/Olympus' }, { timezone: 'Asia/Tokyo' }, RECRUITER)).toEqual({
      zone: 'Asia/Tokyo',
      from: 'company',
    });
    expect(interviewZone({ timezone: '' }, { timezone: 'Mars/Olympus' }, RECRUITER)).toEqual({
      zone: RECRUITER,
      from: 'recruiter',
    });
  });
});
