import { useState } from 'react';
import type { CompanySummary } from '../../api/contract';
import { CompanyForm } from '../company/CompanyForm';
import { CompanyPage } from '../company/CompanyPage';
import { PagedTable } from '../components/PagedTable';
import { EmptyState, LoadError, PageHeader } from '../components/ui';
import { href, navigate, useRoute } from '../router';
import { useCompaniesStore } from '../stores/lists';
import { useNamePages } from '../useNamePages';
import { useNarrow } from './PersonCells';

export function CompaniesScreen() {
  const { id, params } = useRoute();
  // A company opens on its page; its form is for a new one, or opened from the page to edit it.
  if (id === 'new' || (id && params.get('edit'))) return <CompanyForm key={id} id={id === 'new' ? null : id} />;
  if (id) return <CompanyPage key={id} id={id} />;
  return <CompanyList />;
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;
const site = (website: string | null) => website?.replace(/^https?:\/\//, '').replace(/\/$/, '') ?? '';

function CompanyCells({ company: c, narrow }: { company: CompanySummary; narrow: boolean }) {
  const positions = count(c.openPositions, 'open position', 'open positions');
  const contacts = count(c.contacts, 'contact', 'contacts');
  return (
    <>
      <td>
        <a href={href('companies', c.id)}>{c.name}</a>
        {narrow && (
          <span className="person-line">
            {positions} · {contacts}
          </span>
        )}
      </td>
      <td className="hide-narrow">{positions}</td>
      <td className="hide-narrow">{contacts}</td>
      <td className="hide-narrow">{site(c.website)}</td>
    </>
  );
}

function CompanyList() {
  const [filter, setFilter] = useState('');
  const revision = useCompaniesStore((s) => s.revision);
  const query = filter.trim();
  const list = useNamePages('companies.list', { limit: 500, ...(query ? { query } : {}) }, revision, query !== '');
  const narrow = useNarrow();
  const { items, total } = list;
  const newCompany = (
    <a className="button button-primary" href={href('companies', 'new')}>
      New company
    </a>
  );
  return (
    <div className="screen screen-fill">
      <PageHeader title="Companies" subtitle="The clients you recruit for." actions={newCompany} />
      <div className="toolbar">
        <div className="toolbar-end">
          <input
            className="filter"
            type="search"
            placeholder="Filter companies"
            aria-label="Filter companies"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
        </div>
      </div>
      {list.status === 'error' && list.error && <LoadError message={list.error} onRetry={list.reload} />}
      {list.status === 'ready' && total === 0 && !query && (
        <EmptyState
          title="No companies yet"
          actions={
            <a className="button button-primary" href={href('companies', 'new')}>
              Add your first client
            </a>
          }
        >
          <p>Add a client company first. Its positions and hiring contacts hang off it.</p>
        </EmptyState>
      )}
      {list.status === 'ready' && total === 0 && query && (
        <p className="muted">No company matches “{filter}”. Check the spelling, or add it as a new company.</p>
      )}
      {total > 0 && (
        <p className="list-count muted">
          <span role="status">{query ? count(total, 'match', 'matches') : count(total, 'company', 'companies')}</span>
          {items.length < total ? `, ${items.length.toLocaleString()} loaded` : ''}
        </p>
      )}
      {items.length > 0 && (
        <PagedTable
          items={items}
          total={total}
          loadMore={list.loadMore}
          loadingMore={list.loadingMore}
          className="companies-table"
          testId="companies-scroll"
          rowHeight={narrow ? 64 : 44}
          head={
            <>
              <th scope="col">Company</th>
              <th scope="col" className="hide-narrow">
                Open positions
              </th>
              <th scope="col" className="hide-narrow">
                Contacts
              </th>
              <th scope="col" className="hide-narrow">
                Website
              </th>
            </>
          }
          cells={(c) => <CompanyCells company={c} narrow={narrow} />}
          onOpen={(c) => navigate('companies', c.id)}
        />
      )}
    </div>
  );
}
