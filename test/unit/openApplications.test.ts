import { describe, expect, it } from 'vitest';
import { STAGES } from '../../api/contract';
import { countOpenApplications, isOpenApplication } from '../../core/pipeline';

describe('an open application', () => {
  it('is one still in progress: neither placed nor closed', () => {
    expect(STAGES.filter(isOpenApplication)).toEqual(['sourced', 'prep', 'interview', 'debrief', 'offer']);
  });

  it('is counted the same from the board’s totals per stage: placed and closed ones are not open', () => {
    expect(
      countOpenApplications({ sourced: 4, prep: 3, interview: 2, debrief: 1, offer: 1, placed: 5, closed: 7 }),
    ).toBe(11);
    expect(countOpenApplications({ placed: 2, closed: 1 })).toBe(0);
  });
});
