import { useEffect, useMemo, useState } from 'react';
import type { Person, PersonKind } from '../../api/contract';
import { EmptyState, LoadError, PageHeader } from '../components/ui';
import { href, navigate, useRoute } from '../router';
import { usePeopleStore } from '../stores/lists';
import { PersonPage } from '../person/PersonPage';
import { ImportDialog } from './ImportDialog';
import { PersonForm } from './PersonForm';

const KIND_LABELS: Record<PersonKind, { plural: string; one: string }> = {
  candidate: { plural: 'Candidates', one: 'candidate' },
  contact: { plural: 'Client contacts', one: 'client contact' },
};

export function PeopleScreen() {
  const { id, params } = useRoute();
  const kind: PersonKind = params.get('kind') === 'contact' ? 'contact' : 'candidate';
  if (id === 'new' || (id && params.get('edit')))
    return <PersonForm key={id} id={id === 'new' ? null : id} defaultKind={kind} />;
  if (id) return <PersonPage id={id} />;
  return <PeopleList kind={kind} />;
}

function PeopleList({ kind }: { kind: PersonKind }) {
  const { items, status, error, load } = usePeopleStore();
  const [filter, setFilter] = useState('');
  const [importing, setImporting] = useState(false);
  useEffect(() => {
    void load();
  }, [load]);

  const people = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return items.filter(
      (p: Person) =>
        p.kind === kind &&
        (!needle || [p.name, p.email, p.companyName, p.title].some((v) => v?.toLowerCase().includes(needle))),
    );
  }, [items, kind, filter]);

  const labels = KIND_LABELS[kind];
  return (
    <div className="screen">
      <PageHeader
        title="People"
        subtitle="Candidates you represent and the client contacts who hire them."
        actions={
          <>
            <button type="button" className="button" onClick={() => setImporting(true)}>
              Import CSV…
            </button>
            <a className="button button-primary" href={href('people', 'new', { kind })}>
              New {labels.one}
            </a>
          </>
        }
      />
      {importing && <ImportDialog kind={kind} onClose={() => setImporting(false)} />}
      <div className="toolbar">
        <div className="tabs" role="tablist" aria-label="Kind of person">
          {(['candidate', 'contact'] as const).map((k) => (
            <a key={k} role="tab" aria-selected={k === kind} className="tab" href={href('people', null, { kind: k })}>
              {KIND_LABELS[k].plural}
            </a>
          ))}
        </div>
        <input
          className="filter"
          type="search"
          placeholder={`Filter ${labels.plural.toLowerCase()}`}
          aria-label="Filter"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      </div>
      {status === 'error' && error && <LoadError message={error} onRetry={() => void load()} />}
      {status === 'ready' && people.length === 0 && !filter && (
        <EmptyState
          title={`No ${labels.plural.toLowerCase()} yet`}
          actions={
            <a className="button button-primary" href={href('people', 'new', { kind })}>
              Add a {labels.one}
            </a>
          }
        >
          {kind === 'candidate' ? (
            <p>
              Add the people you are representing. Record their time zone so Politely can respect their working hours.
            </p>
          ) : (
            <p>
              Add the hiring managers and HR people you work with at each client. Link them to their company so
              positions can name them.
            </p>
          )}
        </EmptyState>
      )}
      {status === 'ready' && people.length === 0 && filter && <p className="muted">No one matches “{filter}”.</p>}
      {people.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">{kind === 'candidate' ? 'Title' : 'Company'}</th>
              <th scope="col">Email</th>
              <th scope="col" className="hide-narrow">
                Phone
              </th>
              <th scope="col" className="hide-narrow">
                Time zone
              </th>
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.id} onClick={() => navigate('people', p.id)} className="clickable">
                <td>
                  <a href={href('people', p.id)}>{p.name}</a>
                </td>
                <td>{kind === 'candidate' ? p.title : p.companyName}</td>
                <td>{p.email}</td>
                <td className="hide-narrow">{p.phone}</td>
                <td className="hide-narrow">{p.timezone}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
