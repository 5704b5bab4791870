import { useEffect } from 'react';
import { useCompaniesStore } from '../stores/lists';
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

/** A company picker that loads the companies it offers. */
export function CompanyField({ label, value, onChange, error, required, emptyLabel, autoFocus }: CompanyFieldProps) {
  const companies = useCompaniesStore((s) => s.items);
  const load = useCompaniesStore((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <Field label={label} required={required} error={error}>
      {(a) => (
        <select {...a} value={value} onChange={(e) => onChange(e.target.value)} autoFocus={autoFocus}>
          <option value="">{emptyLabel}</option>
          {companies.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
