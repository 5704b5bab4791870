import { useState } from 'react';
import { useCompaniesStore } from '../stores/lists';
import { useRpc } from '../useRpc';
import { Field } from './ui';

interface CompanyFieldProps {
  label: string;
  value: string;
  onChange(companyId: string): void;
  error?: string | undefined;
  required?: boolean;
  /** What the empty choice says, e.g. "None" or "Choose a company". */
  emptyLabel: string;
  autoFocus?: boolean;
}

/** How many clients the list offers at once; with more, a box to type a name in narrows them on the server. */
const PICK = 200;

/**
 * A company picker. It asks the server for the clients it offers: all of them when they are few, else
 * those matching the words typed in a box above the list. The chosen client stays offered either way.
 */
export function CompanyField({ label, value, onChange, error, required, emptyLabel, autoFocus }: CompanyFieldProps) {
  const [filter, setFilter] = useState('');
  const revision = useCompaniesStore((s) => s.revision);
  const query = filter.trim();
  const found = useRpc('companies.list', { limit: PICK, ...(query ? { query } : {}) }, [revision], {
    delayMs: query ? 200 : 0,
  });
  const offered = found.data?.companies ?? [];
  const many = query !== '' || Boolean(found.data?.next);
  const chosenOffered = value === '' || offered.some((c) => c.id === value);
  const chosen = useRpc('companies.get', { id: value }, [], { enabled: found.status === 'ready' && !chosenOffered });
  const options = chosenOffered || !chosen.data ? offered : [chosen.data, ...offered];
  return (
    <Field label={label} required={required} error={error}>
      {(a) => (
        <>
          {many && (
            <input
              type="search"
              className="listbox-filter"
              placeholder="Type to find a company"
              aria-label="Find a company by name"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
            />
          )}
          <select {...a} value={value} onChange={(e) => onChange(e.target.value)} autoFocus={autoFocus}>
            <option value="">{emptyLabel}</option>
            {options.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          {many && found.data && found.data.total > offered.length && (
            <p className="field-hint">
              {found.data.total.toLocaleString()} companies match: type more of the name to narrow the list.
            </p>
          )}
        </>
      )}
    </Field>
  );
}
