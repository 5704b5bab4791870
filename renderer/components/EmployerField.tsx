import { useMemo } from 'react';
import { companyNameKey } from '../../core/names';
import { useCompaniesStore } from '../stores/lists';
import { useRpc } from '../useRpc';
import { SuggestField } from './SuggestField';

interface EmployerFieldProps {
  label: string;
  value: string;
  onChange(employer: string): void;
  error?: string | undefined;
  hint?: string | undefined;
}

/**
 * Where a candidate works, typed as any name: their employer need not be a client. The clients
 * and the employers other candidates have are offered while typing, each name once.
 */
export function EmployerField({ label, value, onChange, error, hint }: EmployerFieldProps) {
  const revision = useCompaniesStore((s) => s.revision);
  // The clients whose names hold the words typed so far, asked of the server as the typing pauses.
  const query = value.trim();
  const found = useRpc('companies.list', { limit: 50, ...(query ? { query } : {}) }, [revision], {
    delayMs: query ? 200 : 0,
  });
  const clients = useMemo(() => found.data?.companies ?? [], [found.data]);
  const employers = useRpc('people.employers', {}).data;
  const names = useMemo(() => {
    const byKey = new Map<string, string>();
    for (const name of [...clients.map((c) => c.name), ...(employers ?? [])]) {
      const key = companyNameKey(name);
      if (!byKey.has(key)) byKey.set(key, name);
    }
    return [...byKey.values()];
  }, [clients, employers]);
  return <SuggestField label={label} value={value} onChange={onChange} error={error} hint={hint} options={names} />;
}
