import { useId } from 'react';
import { IMPORT_FIELDS, type ImportField, type Mapping, type Output, type PersonKind } from '../../api/contract';

// The import's column step: what each column of the file holds, and what Politely should make of it.

const FIELD_LABELS: Record<ImportField, string> = {
  name: 'Full name',
  firstName: 'First or middle name',
  lastName: 'Last name',
  email: 'Email',
  phone: 'Phone',
  company: 'Company',
  title: 'Job title',
  location: 'Location',
  linkedinUrl: 'LinkedIn profile',
  notes: 'Notes',
};

/** A column's example: its first value in the sample rows, so a column empty in the first row still shows one. */
const exampleOf = (sample: Output<'io.previewCsv'>['sample'], header: string) =>
  sample.find((row) => row[header]?.trim())?.[header] ?? '';

export type Preview = Output<'io.previewCsv'>;

/** The columns the file's own headers or last time's choice explain first, then the rest that hold something. */
function columnsInOrder(preview: Preview): { shown: string[]; folded: string[] } {
  const known = preview.headers.filter((h) => preview.mapping[h]);
  const filled = preview.headers.filter((h) => !preview.mapping[h] && exampleOf(preview.sample, h));
  const empty = preview.headers.filter((h) => !preview.mapping[h] && !exampleOf(preview.sample, h));
  // A few empty columns are shown as they are; only a long tail of them (Google's, Outlook's) is folded.
  return empty.length > 3
    ? { shown: [...known, ...filled], folded: empty }
    : { shown: [...known, ...filled, ...empty], folded: [] };
}

/** One column of the file: its header names the select, its example describes it. */
function ColumnChoice({
  header,
  example,
  value,
  kind,
  onChange,
}: {
  header: string;
  example: string;
  value: ImportField | '';
  kind: PersonKind;
  onChange(field: ImportField | undefined): void;
}) {
  const id = useId();
  return (
    <div className="import-column">
      <label htmlFor={id} className="import-header">
        {header}
      </label>
      <span id={`${id}-example`} className="muted small import-example">
        {example || '—'}
      </span>
      <select
        id={id}
        aria-describedby={example ? `${id}-example` : undefined}
        value={value}
        onChange={(e) => onChange((e.target.value || undefined) as ImportField | undefined)}
      >
        <option value="">Don’t import</option>
        {IMPORT_FIELDS.map((f) => (
          <option key={f} value={f}>
            {f === 'company' && kind === 'candidate' ? 'Employer' : FIELD_LABELS[f]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The file's columns, each with what it holds; past a few, the empty columns Politely does not know wait behind a button. */
export function Columns({
  preview,
  mapping,
  kind,
  all,
  onShowAll,
  onChange,
}: {
  preview: Preview;
  mapping: Mapping;
  kind: PersonKind;
  all: boolean;
  onShowAll(all: boolean): void;
  onChange(header: string, field: ImportField | undefined): void;
}) {
  const { shown, folded } = columnsInOrder(preview);
  const listed = all ? [...shown, ...folded] : shown;
  return (
    <>
      <div className="import-columns">
        {listed.map((header) => (
          <ColumnChoice
            key={header}
            header={header}
            example={exampleOf(preview.sample, header)}
            value={mapping[header] ?? ''}
            kind={kind}
            onChange={(field) => onChange(header, field)}
          />
        ))}
      </div>
      {folded.length > 0 && (
        <div className="import-more">
          <button type="button" className="button" aria-expanded={all} onClick={() => onShowAll(!all)}>
            {all ? 'Show fewer columns' : `Show ${folded.length} more columns`}
          </button>
          {!all && <span className="muted small">Empty in the first rows, and not ones Politely knows.</span>}
        </div>
      )}
    </>
  );
}
