import { useId, useState, type FormEvent } from 'react';
import { FILTER_NAME_MAX, type FilterScreen, type PersonKind } from '../../api/contract';
import { call } from '../api';
import { useSavedFiltersStore } from '../stores/savedFilters';
import { useToastStore } from '../stores/toasts';

export interface FilterNow {
  query?: string | undefined;
  tags: string[];
  kind?: PersonKind | undefined;
  positionId?: string | undefined;
}

/** "Save this filter": names what the screen is filtered by, to open again from the sidebar or Ctrl+K. */
export function SaveFilter({ screen, filter }: { screen: FilterScreen; filter: FilterNow }) {
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const errorId = useId();
  const nameId = useId();
  if (!naming)
    return (
      <button type="button" className="button" onClick={() => setNaming(true)}>
        Save this filter
      </button>
    );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    const result = await call('filters.save', {
      name,
      screen,
      tags: filter.tags,
      ...(filter.query?.trim() ? { query: filter.query.trim() } : {}),
      ...(filter.kind ? { kind: filter.kind } : {}),
      ...(filter.positionId ? { positionId: filter.positionId } : {}),
    });
    setSaving(false);
    if (!result.ok) return setError(result.error.message);
    setNaming(false);
    setName('');
    setError(null);
    void useSavedFiltersStore.getState().load();
    // The narrow top bar has no room for saved filters; Ctrl+K lists them at any width.
    const where = window.matchMedia('(max-width: 760px)').matches ? 'with Ctrl+K' : 'from the sidebar or with Ctrl+K';
    useToastStore.getState().show(`Saved “${result.value.name}”. Open it ${where}.`);
  };
  return (
    <form className="save-filter" onSubmit={(e) => void submit(e)}>
      <label htmlFor={nameId}>Name this filter</label>
      <input
        id={nameId}
        value={name}
        maxLength={FILTER_NAME_MAX}
        autoFocus
        placeholder="e.g. Senior Go, Berlin"
        aria-invalid={Boolean(error)}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setNaming(false);
        }}
      />
      <button type="submit" className="button button-primary" disabled={saving}>
        Save
      </button>
      <button type="button" className="button" onClick={() => setNaming(false)}>
        Cancel
      </button>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
