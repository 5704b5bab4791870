import { useState } from 'react';
import type { Company } from '../../api/contract';
import { call } from '../api';
import { TimeZoneField } from '../components/TimeZoneField';
import { Field, FormError, LoadError, orEmpty, PageHeader, useSave } from '../components/ui';
import { href, navigate } from '../router';
import { useCompaniesStore } from '../stores/lists';
import { useToastStore } from '../stores/toasts';
import { withScheme } from '../person/webAddress';
import { changed, useUnsavedForm } from '../unsavedChanges';
import { useRpc } from '../useRpc';

const EMPTY = { name: '', website: '', timezone: '', notes: '' };

/** A new company, or the saved one once it is in: typing before then would be overwritten by it. */
export function CompanyForm({ id }: { id: string | null }) {
  const saved = useRpc('companies.get', { id: id ?? '' }, [], { enabled: id !== null });
  if (!id) return <CompanyEditor id={null} initial={EMPTY} />;
  if (saved.status === 'error') return <LoadError message={saved.error} onRetry={saved.reload} />;
  if (!saved.data) return <p className="screen muted">Loading…</p>;
  const { name, website, timezone, notes } = saved.data;
  return (
    <CompanyEditor
      id={id}
      initial={{ name, website: orEmpty(website), timezone: orEmpty(timezone), notes: orEmpty(notes) }}
    />
  );
}

function CompanyEditor({ id, initial }: { id: string | null; initial: typeof EMPTY }) {
  const [draft, setDraft] = useState(initial);
  const { busy, fieldErrors, formError, save } = useSave();
  const upsert = useCompaniesStore((s) => s.upsert);
  const load = useCompaniesStore((s) => s.load);
  const { leave } = useUnsavedForm(id ? 'the company' : 'the new company', changed(draft, initial));

  const set = (field: keyof typeof draft) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [field]: e.target.value }));

  function submit(e: React.FormEvent) {
    e.preventDefault();
    void save<Company>(
      () => {
        // A website typed without https:// ("acme.com") is sent with it.
        const fields = { ...draft, website: withScheme(draft.website) };
        return id ? call('companies.update', { id, ...fields }) : call('companies.create', fields);
      },
      (company) => {
        upsert({ openPositions: 0, contacts: 0, ...company });
        void load();
        useToastStore.getState().show(`${company.name} saved.`);
        // To the company's page: a new one is ready there for its positions and contacts.
        leave(() => navigate('companies', company.id));
      },
    );
  }

  return (
    <div className="screen">
      <PageHeader title={id ? draft.name || 'Company' : 'New company'} />
      <form className="form" onSubmit={submit} noValidate>
        <Field label="Company name" required error={fieldErrors.name}>
          {(a) => <input {...a} value={draft.name} onChange={set('name')} autoFocus />}
        </Field>
        <Field label="Website" error={fieldErrors.website}>
          {(a) => <input {...a} type="url" value={draft.website} onChange={set('website')} placeholder="https://" />}
        </Field>
        <TimeZoneField
          label="Time zone"
          value={draft.timezone}
          onChange={(timezone) => setDraft((d) => ({ ...d, timezone }))}
          error={fieldErrors.timezone}
          hint="Where the interviews happen. Leave empty to use yours."
          placeholder="e.g. Europe/Lisbon"
        />
        <Field
          label="Notes"
          error={fieldErrors.notes}
          hint="Your experience with this client: how they interview, what they value. Internal."
        >
          {(a) => <textarea {...a} rows={5} value={draft.notes} onChange={set('notes')} />}
        </Field>
        <FormError message={formError} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Saving…' : id ? 'Save changes' : 'Add company'}
          </button>
          <a className="button" href={id ? href('companies', id) : href('companies')}>
            Cancel
          </a>
        </div>
      </form>
    </div>
  );
}
