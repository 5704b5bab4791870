import { useState } from 'react';
import { companyNameKey } from '../../core/names';
import { call } from '../api';
import { href } from '../router';
import { useCompaniesStore } from '../stores/lists';
import { useToastStore } from '../stores/toasts';
import { useRpc } from '../useRpc';

/**
 * A candidate's employer, made a client in one step: the client of that name when there is one
 * (accents and case aside), else a new one. Once it is a client, this links to it instead.
 */
export function MakeClient({ employer }: { employer: string }) {
  const revision = useCompaniesStore((s) => s.revision);
  const load = useCompaniesStore((s) => s.load);
  const [busy, setBusy] = useState(false);
  // The clients whose names hold the employer's words, asked of the server: among them, the one of that very name.
  const found = useRpc('companies.list', { query: employer, limit: 50 }, [revision]);
  const client = found.data?.companies.find((c) => companyNameKey(c.name) === companyNameKey(employer));
  if (client)
    return (
      <a className="button" href={href('companies', client.id)} title={`${client.name} is a client. Open it.`}>
        Client: {client.name}
      </a>
    );

  async function makeClient() {
    setBusy(true);
    const result = await call('companies.makeClient', { name: employer });
    setBusy(false);
    const toasts = useToastStore.getState();
    if (!result.ok) return toasts.show(result.error.message, 'error');
    const { company, created } = result.value;
    toasts.show(
      created ? `${company.name} is now a client.` : `${company.name} was already a client: nothing was added.`,
    );
    await load();
  }
  return (
    <button type="button" className="button" disabled={busy} onClick={() => void makeClient()}>
      {busy ? 'Making a client…' : `Make ${employer} a client`}
    </button>
  );
}
