import { useBoardStore } from './board';
import { useCompaniesStore, usePeopleStore, usePositionsStore } from './lists';
import { usePersonStore } from './person';
import { useRemindersStore } from './reminders';
import { useSavedFiltersStore } from './savedFilters';
import { useToastStore } from './toasts';
import { useTodayStore } from './today';

/** Empties every store, so nothing of a profile stays in memory once it is locked. */
export function resetAllStores(): void {
  for (const store of [
    useBoardStore,
    useCompaniesStore,
    usePeopleStore,
    usePositionsStore,
    usePersonStore,
    useRemindersStore,
    useSavedFiltersStore,
    useTodayStore,
    useToastStore,
  ])
    store.getState().reset();
}
