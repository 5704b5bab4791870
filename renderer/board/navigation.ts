import { STAGES, type BoardCard, type Stage } from '../../api/contract';

export type Columns = Record<Stage, BoardCard[]>;

/** Cards grouped by stage, most recently moved first. */
export function groupByStage(cards: readonly BoardCard[], positionId: string | null): Columns {
  const columns = Object.fromEntries(STAGES.map((s) => [s, [] as BoardCard[]])) as Columns;
  for (const card of cards) if (!positionId || card.positionId === positionId) columns[card.stage].push(card);
  for (const stage of STAGES)
    columns[stage].sort((a, b) =>
      a.stageChangedAt < b.stageChangedAt ? 1 : a.stageChangedAt > b.stageChangedAt ? -1 : 0,
    );
  return columns;
}

/** The card an arrow key leads to from `card`, skipping empty columns; null at the edges. */
export function cardInDirection(
  columns: Columns,
  card: BoardCard,
  key: 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End',
): BoardCard | null {
  const list = columns[card.stage];
  const index = list.findIndex((c) => c.id === card.id);
  switch (key) {
    case 'ArrowUp':
      return list[index - 1] ?? null;
    case 'ArrowDown':
      return list[index + 1] ?? null;
    case 'Home':
      return list[0] ?? null;
    case 'End':
      return list[list.length - 1] ?? null;
    default: {
      const step = key === 'ArrowRight' ? 1 : -1;
      for (let s = STAGES.indexOf(card.stage) + step; s >= 0 && s < STAGES.length; s += step) {
        const other = columns[STAGES[s]!];
        if (other.length) return other[Math.min(index, other.length - 1)] ?? null;
      }
      return null;
    }
  }
}

export function timeInStage(since: string, now: Date): string {
  const days = Math.floor((now.getTime() - new Date(since).getTime()) / 86_400_000);
  if (days < 1) return 'Moved today';
  return days === 1 ? '1 day in stage' : `${days} days in stage`;
}
