import { describe, expect, it } from 'vitest';
import { OPEN_STAGES, type BoardCard, type Stage } from '../../core/model';
import { checkMove, neighbourStage } from '../../core/pipeline';
import { isTimeZone } from '../../core/timezones';
import { cardInDirection, groupByStage, timeInStage } from '../../renderer/board/navigation';

describe('pipeline moves', () => {
  it('steps through the open stages and stops at either end', () => {
    expect(neighbourStage('sourced', 1)).toBe('prep');
    expect(neighbourStage('offer', 1)).toBe('placed');
    expect(neighbourStage('placed', 1)).toBeNull();
    expect(neighbourStage('sourced', -1)).toBeNull();
    expect(neighbourStage('closed', 1)).toBeNull();
    for (let i = 1; i < OPEN_STAGES.length; i++) expect(neighbourStage(OPEN_STAGES[i]!, -1)).toBe(OPEN_STAGES[i - 1]);
  });

  it('allows any move between different open stages, and none from or into closed', () => {
    expect(checkMove('sourced', 'offer')).toBeNull();
    expect(checkMove('placed', 'prep')).toBeNull();
    expect(checkMove('prep', 'prep')?.code).toBe('conflict');
    expect(checkMove('closed', 'prep')?.message).toMatch(/closed/);
    expect(checkMove('prep', 'closed')?.message).toMatch(/reason/);
  });
});

describe('time zones', () => {
  it('accepts IANA names only', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('+02:00')).toBe(false);
    expect(isTimeZone('CET ')).toBe(false);
  });
});

describe('board keyboard navigation', () => {
  const card = (id: string, stage: Stage, changed: string): BoardCard => ({
    id,
    stage,
    closedReason: null,
    candidateId: `c-${id}`,
    candidateName: id,
    positionId: id.startsWith('x') ? 'px' : 'p1',
    positionTitle: 'T',
    companyName: 'C',
    stageChangedAt: changed,
    createdAt: changed,
    outlook: null,
  });
  const cards = [
    card('a', 'sourced', '2026-01-01'),
    card('b', 'sourced', '2026-01-03'),
    card('c', 'interview', '2026-01-02'),
    card('xd', 'offer', '2026-01-02'),
  ];

  it('groups by stage, newest move first, and filters by position', () => {
    const columns = groupByStage(cards, null);
    expect(columns.sourced.map((c) => c.id)).toEqual(['b', 'a']);
    expect(columns.prep).toEqual([]);
    expect(groupByStage(cards, 'px').offer.map((c) => c.id)).toEqual(['xd']);
    expect(groupByStage(cards, 'px').sourced).toEqual([]);
  });

  it('moves focus up and down a column and skips empty columns sideways', () => {
    const columns = groupByStage(cards, null);
    const [b, a] = columns.sourced as [BoardCard, BoardCard];
    expect(cardInDirection(columns, b, 'ArrowDown')?.id).toBe('a');
    expect(cardInDirection(columns, a, 'ArrowDown')).toBeNull();
    expect(cardInDirection(columns, a, 'ArrowUp')?.id).toBe('b');
    expect(cardInDirection(columns, a, 'ArrowRight')?.id).toBe('c');
    expect(cardInDirection(columns, columns.interview[0]!, 'ArrowRight')?.id).toBe('xd');
    expect(cardInDirection(columns, b, 'ArrowLeft')).toBeNull();
    expect(cardInDirection(columns, b, 'End')?.id).toBe('a');
  });

  it('says how long a card has been in its stage', () => {
    const now = new Date('2026-01-10T12:00:00Z');
    expect(timeInStage('2026-01-10T08:00:00Z', now)).toBe('Moved today');
    expect(timeInStage('2026-01-09T08:00:00Z', now)).toBe('1 day in stage');
    expect(timeInStage('2026-01-01T08:00:00Z', now)).toBe('9 days in stage');
  });
});
