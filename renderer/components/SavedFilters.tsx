import { useEffect } from 'react';
import type { SavedFilter } from '../../api/contract';
import { call } from '../api';
import { href, useRoute } from '../router';
import { filterRoute, useSavedFiltersStore } from '../stores/savedFilters';
import { useToastStore } from '../stores/toasts';

async function remove(filter: SavedFilter) {
  const result = await call('filters.remove', { id: filter.id });
  void useSavedFiltersStore.getState().load();
  useToastStore
    .getState()
    .show(
      result.ok ? `Removed the saved filter “${filter.name}”.` : result.error.message,
      result.ok ? 'info' : 'error',
    );
}

/** The sidebar's saved filters: each a link to its screen, filtered as it was saved. */
export function SavedFilters() {
  const filters = useSavedFiltersStore((s) => s.filters);
  const route = useRoute();
  useEffect(() => {
    void useSavedFiltersStore.getState().load();
  }, []);
  if (filters.length === 0) return null;
  const here = `${route.screen}?${route.params.toString()}`;
  return (
    <section className="saved-filters" aria-labelledby="saved-filters-title">
      <h2 id="saved-filters-title" className="saved-filters-title">
        Saved filters
      </h2>
      <ul>
        {filters.map((f) => {
          const { screen, params } = filterRoute(f);
          const current = !route.id && here === `${screen}?${new URLSearchParams(params).toString()}`;
          return (
            <li key={f.id}>
              <a
                className="saved-filter-link"
                href={href(screen, null, params)}
                aria-current={current ? 'page' : undefined}
                title={`${f.name} (${screen === 'people' ? 'People' : 'Pipeline'})`}
              >
                {f.name}
              </a>
              <button
                type="button"
                className="saved-filter-remove"
                aria-label={`Remove the saved filter ${f.name}`}
                title="Remove"
                onClick={() => void remove(f)}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
