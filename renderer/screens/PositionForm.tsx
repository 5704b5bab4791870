import { useState } from 'react';
import { POSITION_STATUSES, type Position, type PositionStatus } from '../../api/contract';
import { call } from '../api';
import { CompanyField } from '../components/CompanyField';
import { TimeZoneField } from '../components/TimeZoneField';
import { Field, FormError, LoadError, orEmpty, PageHeader, useSave } from '../components/ui';
import { href, navigate } from '../router';
import { usePositionsStore } from '../stores/lists';
import { useToastStore } from '../stores/toasts';
import { changed, useUnsavedForm } from '../unsavedChanges';
import { useRpc } from '../useRpc';
import { toWholeUnits } from '../offers/money';

interface Draft {
  companyId: string;
  title: string;
  description: string;
  salaryMin: string;
  salaryMax: string;
  salaryCurrency: string;
  location: string;
  timezone: string;
  status: PositionStatus;
  hiringManagerIds: string[];
}

const toText = (n: number | null) => (n == null ? '' : String(n));

function toDraft(p: Position): Draft {
  return {
    companyId: p.companyId,
    title: p.title,
    description: p.description,
    salaryMin: toText(p.salaryMin),
    salaryMax: toText(p.salaryMax),
    salaryCurrency: orEmpty(p.salaryCurrency),
    location: orEmpty(p.location),
    timezone: orEmpty(p.timezone),
    status: p.status,
    hiringManagerIds: p.hiringManagerIds,
  };
}

/** "85,000", "85.000", "€85k" → 85000, as the offer form reads them; empty → null; anything else is sent as is for
 * the backend to explain. */
function toAmount(text: string): number | null | string {
  if (text.trim() === '') return null;
  return toWholeUnits(text) ?? text;
}

/** A new position, or the saved one once it is in: typing before then would be overwritten by it. */
export function PositionForm({ id, defaultCompanyId }: { id: string | null; defaultCompanyId: string }) {
  const saved = useRpc('positions.get', { id: id ?? '' }, [], { enabled: id !== null });
  if (!id) return <PositionEditor id={null} initial={{ ...EMPTY, companyId: defaultCompanyId }} />;
  if (saved.status === 'error') return <LoadError message={saved.error} onRetry={saved.reload} />;
  if (!saved.data) return <p className="screen muted">Loading…</p>;
  return <PositionEditor id={id} initial={toDraft(saved.data)} />;
}

const EMPTY: Draft = {
  companyId: '',
  title: '',
  description: '',
  salaryMin: '',
  salaryMax: '',
  salaryCurrency: 'USD',
  location: '',
  timezone: '',
  status: 'open',
  hiringManagerIds: [],
};

function PositionEditor({ id, initial }: { id: string | null; initial: Draft }) {
  const [draft, setDraft] = useState<Draft>(initial);
  const { busy, fieldErrors, formError, save } = useSave();
  const upsert = usePositionsStore((s) => s.upsert);
  const { leave } = useUnsavedForm(id ? 'the position' : 'the new position', changed(draft, initial));
  // A client's contacts, who may be its hiring managers: a page holds more than any client has.
  const atCompany = useRpc('people.list', { kind: 'contact', companyId: draft.companyId, limit: 500 }, [], {
    enabled: Boolean(draft.companyId),
  });

  const set = (field: keyof Draft) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [field]: e.target.value }));
  const contacts = (draft.companyId && atCompany.data?.people) || [];
  // Back where the form was opened from: the position's page, or the client's page a new one was started on.
  const cancelTo = id
    ? href('positions', id)
    : initial.companyId
      ? href('companies', initial.companyId)
      : href('positions');

  function toggleManager(personId: string) {
    setDraft((d) => ({
      ...d,
      hiringManagerIds: d.hiringManagerIds.includes(personId)
        ? d.hiringManagerIds.filter((x) => x !== personId)
        : [...d.hiringManagerIds, personId],
    }));
  }

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const fields = {
      ...draft,
      salaryMin: toAmount(draft.salaryMin) as number | null,
      salaryMax: toAmount(draft.salaryMax) as number | null,
      hiringManagerIds: draft.hiringManagerIds.filter((hm) => contacts.some((c) => c.id === hm)),
    };
    void save(
      () => (id ? call('positions.update', { id, ...fields }) : call('positions.create', fields)),
      (position) => {
        upsert(position);
        useToastStore.getState().show(`${position.title} saved.`);
        // To the position's page, where its pipeline and details are.
        leave(() => navigate('positions', position.id));
      },
    );
  }

  return (
    <div className="screen">
      <PageHeader title={id ? draft.title || 'Position' : 'New position'} />
      <form className="form" onSubmit={submit} noValidate>
        <div className="grid-2">
          <CompanyField
            label="Company"
            required
            emptyLabel="Choose a company"
            value={draft.companyId}
            onChange={(companyId) => setDraft((d) => ({ ...d, companyId }))}
            error={fieldErrors.companyId}
            autoFocus={!id}
          />
          <Field label="Job title" required error={fieldErrors.title}>
            {(a) => <input {...a} value={draft.title} onChange={set('title')} />}
          </Field>
          <Field label="Location" error={fieldErrors.location}>
            {(a) => (
              <input {...a} value={draft.location} onChange={set('location')} placeholder="e.g. Austin, TX or Remote" />
            )}
          </Field>
          <TimeZoneField
            label="Time zone"
            value={draft.timezone}
            onChange={(timezone) => setDraft((d) => ({ ...d, timezone }))}
            error={fieldErrors.timezone}
            hint="Where the interviews happen. Leave empty to use the client's."
            placeholder="e.g. America/Sao_Paulo"
          />
          <Field label="Status" error={fieldErrors.status}>
            {(a) => (
              <select {...a} value={draft.status} onChange={set('status')}>
                {POSITION_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {s === 'on-hold' ? 'On hold' : s[0]!.toUpperCase() + s.slice(1)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="grid-3">
          <Field label="Salary from" error={fieldErrors.salaryMin}>
            {(a) => (
              <input
                {...a}
                inputMode="numeric"
                value={draft.salaryMin}
                onChange={set('salaryMin')}
                placeholder="90,000"
              />
            )}
          </Field>
          <Field label="Salary to" error={fieldErrors.salaryMax}>
            {(a) => (
              <input
                {...a}
                inputMode="numeric"
                value={draft.salaryMax}
                onChange={set('salaryMax')}
                placeholder="120,000"
              />
            )}
          </Field>
          <Field label="Currency" error={fieldErrors.salaryCurrency}>
            {(a) => <input {...a} value={draft.salaryCurrency} onChange={set('salaryCurrency')} maxLength={3} />}
          </Field>
        </div>
        <Field
          label="Full job description"
          error={fieldErrors.description}
          hint="Paste the whole description: candidates receive it in their prep packet."
        >
          {(a) => <textarea {...a} rows={10} value={draft.description} onChange={set('description')} />}
        </Field>
        <fieldset className="checklist">
          <legend>Hiring managers</legend>
          {!draft.companyId && <p className="muted">Choose the company to pick its contacts.</p>}
          {draft.companyId && contacts.length === 0 && (
            <p className="muted">
              No contacts at this company yet.{' '}
              <a href={href('people', 'new', { kind: 'contact', company: draft.companyId })}>Add a client contact</a>.
            </p>
          )}
          {contacts.map((c) => (
            <label key={c.id} className="check">
              <input
                type="checkbox"
                checked={draft.hiringManagerIds.includes(c.id)}
                onChange={() => toggleManager(c.id)}
              />
              {c.name}
              {c.title && <span className="muted"> · {c.title}</span>}
            </label>
          ))}
          {fieldErrors.hiringManagerIds && <p className="field-error">{fieldErrors.hiringManagerIds}</p>}
        </fieldset>
        <FormError message={formError} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Saving…' : id ? 'Save changes' : 'Add position'}
          </button>
          <a className="button" href={cancelTo}>
            Cancel
          </a>
        </div>
      </form>
    </div>
  );
}
