import { useEffect } from 'react';
import type { Position } from '../../api/contract';
import { EmptyState, LoadError, PageHeader } from '../components/ui';
import { href, useRoute } from '../router';
import { useCompaniesStore, usePositionsStore } from '../stores/lists';
import { PositionForm } from './PositionForm';

export function formatSalary(p: Pick<Position, 'salaryMin' | 'salaryMax' | 'salaryCurrency'>): string {
  const fmt = (n: number) => n.toLocaleString('en-US');
  const currency = p.salaryCurrency ? `${p.salaryCurrency} ` : '';
  if (p.salaryMin != null && p.salaryMax != null) return `${currency}${fmt(p.salaryMin)}–${fmt(p.salaryMax)}`;
  if (p.salaryMin != null) return `from ${currency}${fmt(p.salaryMin)}`;
  if (p.salaryMax != null) return `up to ${currency}${fmt(p.salaryMax)}`;
  return '';
}

const STATUS_LABELS: Record<Position['status'], string> = {
  open: 'Open',
  'on-hold': 'On hold',
  filled: 'Filled',
  cancelled: 'Cancelled',
};

export function PositionsScreen() {
  const { id, params } = useRoute();
  if (id) return <PositionForm key={id} id={id === 'new' ? null : id} defaultCompanyId={params.get('company') ?? ''} />;
  return <PositionList />;
}

function PositionList() {
  const { items, status, error, load } = usePositionsStore();
  const companies = useCompaniesStore((s) => s.items);
  const companiesStatus = useCompaniesStore((s) => s.status);
  const loadCompanies = useCompaniesStore((s) => s.load);
  useEffect(() => {
    void load();
    void loadCompanies();
  }, [load, loadCompanies]);

  const noCompanies = companiesStatus === 'ready' && companies.length === 0;
  return (
    <div className="screen">
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
      {status === 'error' && error && <LoadError message={error} onRetry={() => void load()} />}
      {status === 'ready' && items.length === 0 && (
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
      {items.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Position</th>
              <th scope="col">Company</th>
              <th scope="col" className="hide-narrow">
                Salary
              </th>
              <th scope="col" className="hide-narrow">
                Location
              </th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {items.map((p) => (
              <tr key={p.id}>
                <td>
                  <a href={href('positions', p.id)}>{p.title}</a>
                </td>
                <td>{p.companyName}</td>
                <td className="hide-narrow">{formatSalary(p)}</td>
                <td className="hide-narrow">{p.location}</td>
                <td>
                  <span className={`status status-${p.status}`}>{STATUS_LABELS[p.status]}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
