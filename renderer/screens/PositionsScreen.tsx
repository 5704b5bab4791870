import { useState } from 'react';
import { POSITION_STATUSES, type Position, type PositionStatus } from '../../api/contract';
import { PagedTable } from '../components/PagedTable';
import { PositionPage } from '../position/PositionPage';
import { EmptyState, LoadError, PageHeader } from '../components/ui';
import { href, navigate, useRoute } from '../router';
import { usePositionsStore } from '../stores/lists';
import { useNamePages } from '../useNamePages';
import { useRpc } from '../useRpc';
import { useNarrow } from './PersonCells';
import { PositionForm } from './PositionForm';

export function formatSalary(p: Pick<Position, 'salaryMin' | 'salaryMax' | 'salaryCurrency'>): string {
  const fmt = (n: number) => n.toLocaleString('en-US');
  const currency = p.salaryCurrency ? `${p.salaryCurrency} ` : '';
  if (p.salaryMin != null && p.salaryMax != null) return `${currency}${fmt(p.salaryMin)}–${fmt(p.salaryMax)}`;
  if (p.salaryMin != null) return `from ${currency}${fmt(p.salaryMin)}`;
  if (p.salaryMax != null) return `up to ${currency}${fmt(p.salaryMax)}`;
  return '';
}

export const POSITION_STATUS_LABELS: Record<PositionStatus, string> = {
  open: 'Open',
  'on-hold': 'On hold',
  filled: 'Filled',
  cancelled: 'Cancelled',
};

export function PositionsScreen() {
  const { id, params } = useRoute();
  // A position opens on its page; its form is for a new one, or opened from the page to edit it.
  if (id === 'new' || (id && params.get('edit')))
    return <PositionForm key={id} id={id === 'new' ? null : id} defaultCompanyId={params.get('company') ?? ''} />;
  if (id) return <PositionPage key={id} id={id} />;
  return <PositionList />;
}

function PositionCells({ position: p, narrow }: { position: Position; narrow: boolean }) {
  return (
    <>
      <td>
        <a href={href('positions', p.id)}>{p.title}</a>
        {narrow && <span className="person-line">{[p.companyName, p.location].filter(Boolean).join(' · ')}</span>}
      </td>
      <td className="hide-narrow">{p.companyName}</td>
      <td className="hide-narrow">{formatSalary(p)}</td>
      <td className="hide-narrow">{p.location}</td>
      <td>
        <span className={`status status-${p.status}`}>{POSITION_STATUS_LABELS[p.status]}</span>
      </td>
    </>
  );
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

function PositionList() {
  const [filter, setFilter] = useState('');
  const [status, setStatus] = useState<PositionStatus | ''>('');
  const revision = usePositionsStore((s) => s.revision);
  const query = filter.trim();
  const input = { limit: 500, ...(query ? { query } : {}), ...(status ? { status } : {}) };
  const list = useNamePages('positions.list', input, revision, query !== '');
  // Whether there is a client at all: a position needs one first.
  const clients = useRpc('companies.list', { limit: 1 });
  const noCompanies = clients.status === 'ready' && clients.data.total === 0;
  const narrow = useNarrow();
  const { items, total } = list;
  const filtered = query !== '' || status !== '';
  return (
    <div className="screen screen-fill">
      <PageHeader
        title="Positions"
        subtitle="The jobs you are filling, with the full job description your candidates will read."
        actions={
          !noCompanies && (
            <a className="button button-primary" href={href('positions', 'new')}>
              New position
            </a>
          )
        }
      />
      <div className="toolbar">
        <div className="toolbar-end">
          <input
            className="filter"
            type="search"
            placeholder="Filter by title or company"
            aria-label="Filter positions"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
          <select
            className="sort"
            aria-label="Status"
            value={status}
            onChange={(e) => setStatus(e.target.value as PositionStatus | '')}
          >
            <option value="">Any status</option>
            {POSITION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {POSITION_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {list.status === 'error' && list.error && <LoadError message={list.error} onRetry={list.reload} />}
      {list.status === 'ready' && total === 0 && !filtered && (
        <EmptyState
          title="No positions yet"
          actions={
            noCompanies ? (
              <a className="button button-primary" href={href('companies', 'new')}>
                Add a company first
              </a>
            ) : (
              <a className="button button-primary" href={href('positions', 'new')}>
                Add a position
              </a>
            )
          }
        >
          <p>
            {noCompanies
              ? 'Every position belongs to a client company. Add the company, then its positions.'
              : 'Add the jobs you are recruiting for, with the full job description.'}
          </p>
        </EmptyState>
      )}
      {list.status === 'ready' && total === 0 && filtered && (
        <p className="muted">No position matches. Try other words, or any status.</p>
      )}
      {total > 0 && (
        <p className="list-count muted">
          <span role="status">
            {filtered ? count(total, 'match', 'matches') : count(total, 'position', 'positions')}
          </span>
          {items.length < total ? `, ${items.length.toLocaleString()} loaded` : ''}
        </p>
      )}
      {items.length > 0 && (
        <PagedTable
          items={items}
          total={total}
          loadMore={list.loadMore}
          loadingMore={list.loadingMore}
          className="positions-table"
          testId="positions-scroll"
          rowHeight={narrow ? 64 : 44}
          head={
            <>
              <th scope="col">Position</th>
              <th scope="col" className="hide-narrow">
                Company
              </th>
              <th scope="col" className="hide-narrow">
                Salary
              </th>
              <th scope="col" className="hide-narrow">
                Location
              </th>
              <th scope="col">Status</th>
            </>
          }
          cells={(p) => <PositionCells position={p} narrow={narrow} />}
          onOpen={(p) => navigate('positions', p.id)}
        />
      )}
    </div>
  );
}
