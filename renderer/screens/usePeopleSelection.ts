import { useCallback, useState } from 'react';
import { BULK_PEOPLE_MAX } from '../../core/peopleBulk';
import { useToastStore } from '../stores/toasts';

export interface PeopleSelection {
  /** The ids chosen, in the order they were chosen. */
  ids: readonly string[];
  has(id: string): boolean;
  /** Chooses or lets go of one row, which becomes where a range starts. */
  toggle(ids: readonly string[], index: number): void;
  /** Chooses every row from where the last range started to `index`. */
  range(ids: readonly string[], index: number): void;
  /** Chooses these (the first 500 of them), in place of any chosen before. */
  choose(ids: readonly string[]): void;
  /** The same function from one render to the next. */
  clear(): void;
}

const tooMany = (what: string) =>
  useToastStore
    .getState()
    .show(`${what} Politely acts on ${BULK_PEOPLE_MAX} people at a time; do these, then the rest.`);

/**
 * The people chosen on the People list, by id: kept while the list scrolls (rows come and go as they are drawn, the
 * choice does not) and let go when `filter` changes, since those chosen may no longer be the ones shown.
 */
export function usePeopleSelection(filter: string): PeopleSelection {
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [anchor, setAnchor] = useState<number | null>(null);
  const [seenFilter, setSeenFilter] = useState(filter);
  if (filter !== seenFilter) {
    setSeenFilter(filter);
    setChosen([]);
    setAnchor(null);
  }
  const clear = useCallback(() => {
    setChosen([]);
    setAnchor(null);
  }, []);
  const set = new Set(chosen);
  const add = (more: readonly string[]) => {
    const next = [...chosen, ...more.filter((id) => !set.has(id))];
    if (next.length > BULK_PEOPLE_MAX) tooMany(`Only ${BULK_PEOPLE_MAX} are chosen.`);
    setChosen(next.slice(0, BULK_PEOPLE_MAX));
  };
  return {
    ids: chosen,
    has: (id) => set.has(id),
    toggle(ids, index) {
      const id = ids[index];
      if (id === undefined) return;
      setAnchor(index);
      if (set.has(id)) setChosen(chosen.filter((c) => c !== id));
      else add([id]);
    },
    range(ids, index) {
      const from = anchor ?? index;
      setAnchor(index);
      add(ids.slice(Math.min(from, index), Math.max(from, index) + 1));
    },
    choose(ids) {
      if (ids.length > BULK_PEOPLE_MAX) tooMany(`The first ${BULK_PEOPLE_MAX} are chosen.`);
      setChosen(ids.slice(0, BULK_PEOPLE_MAX));
      setAnchor(null);
    },
    clear,
  };
}
