import { describe, expect, it } from 'vitest';
import { byText, compareText } from '../../renderer/collate';

describe('the one order for names and titles', () => {
  it('puts Léa before Lukas, accents aside, where a plain comparison puts é after u', () => {
    expect(['Lukas', 'Léa', 'Laura'].sort(compareText)).toEqual(['Laura', 'Léa', 'Lukas']);
    expect('Léa' < 'Lukas').toBe(false);
  });

  it('reads numbers as numbers: Item 2 before Item 10', () => {
    expect(['Item 10', 'Item 2', 'Item 1'].sort(compareText)).toEqual(['Item 1', 'Item 2', 'Item 10']);
  });

  it('holds case and accents equal, and then orders by the tie-break', () => {
    expect(compareText('lea', 'LÉA')).toBe(0);
    const people = [
      { id: 'p3', name: 'LÉA' },
      { id: 'p1', name: 'lea' },
      { id: 'p2', name: 'Adam' },
    ];
    expect(
      [...people]
        .sort(
          byText(
            (p) => p.name,
            (p) => p.id,
          ),
        )
        .map((p) => p.id),
    ).toEqual(['p2', 'p1', 'p3']);
  });
});
