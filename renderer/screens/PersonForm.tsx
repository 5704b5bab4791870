import { useState } from 'react';
import type { Person, PersonKind } from '../../api/contract';
import { call } from '../api';
import { CompanyField } from '../components/CompanyField';
import { EmployerField } from '../components/EmployerField';
import { TimeZoneField } from '../components/TimeZoneField';
import { Field, FormError, LoadError, orEmpty, PageHeader, useSave } from '../components/ui';
import { href, navigate } from '../router';
import { usePeopleStore } from '../stores/lists';
import { useToastStore } from '../stores/toasts';
import { withScheme } from '../person/webAddress';
import { changed, useUnsavedForm } from '../unsavedChanges';
import { useRpc } from '../useRpc';

const EMPTY = {
  name: '',
  email: '',
  phone: '',
  timezone: '',
  companyId: '',
  employer: '',
  title: '',
  location: '',
  linkedinUrl: '',
  notes: '',
};
type Draft = typeof EMPTY & { kind: PersonKind };

function toDraft(p: Person): Draft {
  return {
    kind: p.kind,
    name: p.name,
    email: orEmpty(p.email),
    phone: orEmpty(p.phone),
    timezone: orEmpty(p.timezone),
    companyId: orEmpty(p.companyId),
    employer: orEmpty(p.employer),
    title: orEmpty(p.title),
    location: orEmpty(p.location),
    linkedinUrl: orEmpty(p.linkedinUrl),
    notes: orEmpty(p.notes),
  };
}

/** A new person, or the saved one once it is in: typing before then would be overwritten by it. */
export function PersonForm({
  id,
  defaultKind,
  defaultCompanyId = '',
}: {
  id: string | null;
  defaultKind: PersonKind;
  /** A new contact's client, when added from that client's page. */
  defaultCompanyId?: string;
}) {
  const saved = useRpc('people.get', { id: id ?? '' }, [], { enabled: id !== null });
  if (!id) return <PersonEditor id={null} initial={{ ...EMPTY, kind: defaultKind, companyId: defaultCompanyId }} />;
  if (saved.status === 'error') return <LoadError message={saved.error} onRetry={saved.reload} />;
  if (!saved.data) return <p className="screen muted">Loading…</p>;
  return <PersonEditor id={id} initial={toDraft(saved.data)} />;
}

function PersonEditor({ id, initial }: { id: string | null; initial: Draft }) {
  const [draft, setDraft] = useState<Draft>(initial);
  const { busy, fieldErrors, formError, save } = useSave();
  const upsert = usePeopleStore((s) => s.upsert);

  const set = (field: keyof Draft) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [field]: e.target.value }));
  const isCandidate = draft.kind === 'candidate';
  const noun = isCandidate ? 'candidate' : 'client contact';
  const { leave } = useUnsavedForm(id ? `the ${noun}` : `the new ${noun}`, changed(draft, initial));

  function submit(e: React.FormEvent) {
    e.preventDefault();
    // A candidate's company is their employer, by name; a contact's is a client, picked from the list.
    // A LinkedIn address typed without https:// is sent with it.
    const typed = { ...draft, linkedinUrl: withScheme(draft.linkedinUrl) };
    const fields = isCandidate
      ? { ...typed, companyId: null }
      : { ...typed, companyId: typed.companyId || null, employer: null };
    void save(
      () => (id ? call('people.update', { id, ...fields }) : call('people.create', fields)),
      (person) => {
        upsert(person);
        useToastStore.getState().show(`${person.name} saved.`);
        leave(() => navigate('people', person.id));
      },
    );
  }

  return (
    <div className="screen">
      <PageHeader
        title={id ? draft.name || 'Person' : `New ${noun}`}
        subtitle={id ? `Edit this ${noun}'s details.` : undefined}
      />
      <form className="form" onSubmit={submit} noValidate>
        <fieldset className="segmented" aria-label="Kind">
          {(['candidate', 'contact'] as const).map((k) => (
            <label key={k} className={draft.kind === k ? 'selected' : ''}>
              <input
                type="radio"
                name="kind"
                value={k}
                checked={draft.kind === k}
                onChange={() => setDraft({ ...draft, kind: k })}
              />
              {k === 'candidate' ? 'Candidate' : 'Client contact'}
            </label>
          ))}
        </fieldset>
        {fieldErrors.kind && <p className="field-error">{fieldErrors.kind}</p>}
        <div className="grid-2">
          <Field label="Full name" required error={fieldErrors.name}>
            {(a) => <input {...a} value={draft.name} onChange={set('name')} autoFocus autoComplete="off" />}
          </Field>
          <Field label="Job title" error={fieldErrors.title}>
            {(a) => <input {...a} value={draft.title} onChange={set('title')} />}
          </Field>
          <Field label="Email" error={fieldErrors.email}>
            {(a) => <input {...a} type="email" value={draft.email} onChange={set('email')} />}
          </Field>
          <Field label="Phone" error={fieldErrors.phone}>
            {(a) => <input {...a} type="tel" value={draft.phone} onChange={set('phone')} />}
          </Field>
          <TimeZoneField
            label="Time zone"
            value={draft.timezone}
            onChange={(timezone) => setDraft((d) => ({ ...d, timezone }))}
            error={fieldErrors.timezone}
            hint="Where they live: calls are only suggested in their working hours."
            placeholder="e.g. America/Chicago"
          />
          <Field label="Location" error={fieldErrors.location}>
            {(a) => <input {...a} value={draft.location} onChange={set('location')} />}
          </Field>
          {isCandidate ? (
            <EmployerField
              label="Current company"
              value={draft.employer}
              onChange={(employer) => setDraft((d) => ({ ...d, employer }))}
              error={fieldErrors.employer ?? fieldErrors.companyId}
              hint="Where they work now: any company, a client or not."
            />
          ) : (
            <CompanyField
              label="Company"
              emptyLabel="Choose a company"
              value={draft.companyId}
              onChange={(companyId) => setDraft((d) => ({ ...d, companyId }))}
              error={fieldErrors.companyId}
            />
          )}
          <Field label="LinkedIn profile" error={fieldErrors.linkedinUrl}>
            {(a) => (
              <input
                {...a}
                type="url"
                value={draft.linkedinUrl}
                onChange={set('linkedinUrl')}
                placeholder="https://www.linkedin.com/in/…"
              />
            )}
          </Field>
        </div>
        <Field label="Notes" error={fieldErrors.notes} hint="Internal: never shown to the candidate.">
          {(a) => <textarea {...a} rows={4} value={draft.notes} onChange={set('notes')} />}
        </Field>
        <FormError message={formError} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Saving…' : id ? 'Save changes' : `Add ${noun}`}
          </button>
          <a className="button" href={id ? href('people', id) : href('people', null, { kind: draft.kind })}>
            Cancel
          </a>
        </div>
      </form>
    </div>
  );
}
