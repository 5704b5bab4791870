import { useState } from 'react';
import {
  type ImportField,
  type ImportOutcome,
  type Mapping,
  type Output,
  type PersonKind,
  type PossibleDuplicate,
  type RowError,
} from '../../api/contract';
import { call, handleOf, type ChosenFile } from '../api';
import { FileChooser } from '../components/FileChooser';
import { Dialog, FormError } from '../components/ui';
import { download } from '../interviews/format';
import { usePeopleStore } from '../stores/lists';
import { Columns, type Preview } from './ImportColumns';
import {
  DuplicatesList,
  ImportProgressBar,
  PossibleDuplicates,
  type DuplicateAnswers,
  type ImportProgress,
} from './ImportReview';

/** How the preview says the file was read: its encoding, and what separates its cells. */
const ENCODING_NAMES: Record<Output<'io.previewCsv'>['encoding'], string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (Excel’s Unicode text)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252 (Western European)',
};
const SEPARATOR_NAMES: Record<Output<'io.previewCsv'>['delimiter'], string> = {
  ',': 'commas',
  ';': 'semicolons',
  '\t': 'tabs',
  '|': 'bars',
};

/** Refused rows listed in the dialog; the rest are counted, and all are in the file of rows to fix. */
const SHOWN_ERRORS = 200;
const count = (n: number) => n.toLocaleString();

/** Where a problem is, and whom it is about: "Row 9 (Björn Ødegård)", or "Rows 2–4" for a quote that ran on. */
const placeOf = (e: RowError) =>
  `${e.lastRow ? `Rows ${e.row}–${e.lastRow}` : `Row ${e.row}`}${e.name ? ` (${e.name})` : ''}`;
/** Rows the errors cover: a quote that ran over several rows spoils them all. */
const rowsIn = (errors: readonly RowError[]) => errors.reduce((n, e) => n + (e.lastRow ?? e.row) - e.row + 1, 0);

function RowErrors({ errors }: { errors: readonly RowError[] }) {
  return (
    <ul className="import-errors">
      {errors.map((e) => (
        <li key={e.row}>
          <strong>{placeOf(e)}:</strong> {e.message}
        </li>
      ))}
    </ul>
  );
}

type Step =
  | { at: 'choose' }
  | { at: 'map'; source: ChosenFile; preview: Preview }
  | { at: 'confirm'; source: ChosenFile; possible: PossibleDuplicate[] }
  | { at: 'done'; result: ImportOutcome };

/** Bring people in from another tool's spreadsheet: choose the file, check the columns, import. */
export function ImportDialog({ kind, onClose }: { kind: PersonKind; onClose(): void }) {
  const [step, setStep] = useState<Step>({ at: 'choose' });
  const [mapping, setMapping] = useState<Mapping>({});
  const [onDuplicate, setOnDuplicate] = useState<'skip' | 'merge'>('skip');
  const [mode, setMode] = useState<'all-or-nothing' | 'valid-only'>('all-or-nothing');
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [answers, setAnswers] = useState<DuplicateAnswers>({ same: {}, rest: 'same' });
  const [error, setError] = useState<string | null>(null);
  const [allColumns, setAllColumns] = useState(false);
  const plural = kind === 'candidate' ? 'candidates' : 'client contacts';

  async function choose(source: ChosenFile) {
    setBusy(true);
    setError(null);
    const located = await handleOf(source);
    const preview = located.ok ? await call('io.previewCsv', { path: located.value, kind }) : located;
    setBusy(false);
    if (!located.ok || !preview.ok) return setError(preview.ok ? 'The file could not be read.' : preview.error.message);
    setMapping(preview.value.mapping);
    setStep({ at: 'map', source, preview: preview.value });
  }

  /** Imports the file; `answered` carries the recruiter's word on possible duplicates, once asked. */
  async function importNow(
    source: ChosenFile,
    answered?: { possible: PossibleDuplicate[]; answers: DuplicateAnswers },
  ) {
    setBusy(true);
    setError(null);
    // Browser mode sends the file again: an upload lasts one use, and the preview's is gone by now or soon.
    const located = await handleOf(source);
    if (!located.ok) {
      setBusy(false);
      return setError(located.error.message);
    }
    const path = located.value;
    const job = crypto.randomUUID();
    setProgress({ job, phase: 'checking', done: 0, total: 0 });
    // Ask how far it has got while it runs: large files take a while.
    const poll = window.setInterval(() => {
      void call('io.importProgress', { job }).then((r) => r.ok && r.value && setProgress({ job, ...r.value }));
    }, 300);
    const result = await call('io.importCsv', {
      path,
      kind,
      mapping: Object.fromEntries(Object.entries(mapping).filter(([, f]) => f)) as Record<string, ImportField>,
      onDuplicate,
      mode,
      job,
      ...(answered && {
        possibleDuplicates: answered.answers.rest,
        decisions: answered.possible
          .filter((p) => p.row in answered.answers.same)
          .map((p) => ({ row: p.row, same: answered.answers.same[p.row]! })),
      }),
    });
    window.clearInterval(poll);
    setProgress(null);
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    if (result.value.cancelled) return setError('Import cancelled. Nothing was imported.');
    if (result.value.possibleDuplicates) {
      const possible = result.value.possibleDuplicates;
      setAnswers({ same: Object.fromEntries(possible.map((p) => [p.row, true])), rest: 'same' });
      return setStep({ at: 'confirm', source, possible });
    }
    void usePeopleStore.getState().load();
    setStep({ at: 'done', result: result.value });
  }

  return (
    <Dialog title={`Import ${plural} from a CSV file`} onClose={onClose}>
      {step.at === 'choose' && (
        <div className="form-stack">
          <p>
            Export the list from your spreadsheet, LinkedIn, Google Contacts or Outlook as a CSV file. Politely reads
            the usual encodings and separators, recognises the usual column names, and lets you check each one next.
          </p>
          <FileChooser
            kind="csv"
            accept=".csv,text/csv,.tsv,.txt"
            className="button button-primary file-button"
            disabled={busy}
            onChosen={(source) => void choose(source)}
            onError={setError}
          >
            {busy ? 'Reading…' : 'Choose a CSV file…'}
          </FileChooser>
          <FormError message={error} />
          <div className="form-actions">
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {step.at === 'map' && (
        <div className="form-stack">
          <p>
            {step.preview.rows.toLocaleString()} {step.preview.rows === 1 ? 'row' : 'rows'}, read as{' '}
            {ENCODING_NAMES[step.preview.encoding]} with cells separated by {SEPARATOR_NAMES[step.preview.delimiter]}.
            Check what each column holds:
          </p>
          {step.preview.problems.length > 0 && (
            <div className="import-problems">
              <p>
                <strong>
                  {step.preview.rowsWithProblems === 1
                    ? '1 row cannot be imported as it stands:'
                    : `${count(step.preview.rowsWithProblems)} rows cannot be imported as they stand:`}
                </strong>{' '}
                fix them in the file and choose it again, or import the rest and fix these later.
              </p>
              <RowErrors errors={step.preview.problems} />
              {step.preview.rowsWithProblems > rowsIn(step.preview.problems) && (
                <p className="muted small">
                  The first {step.preview.problems.length} are shown; the import lists them all.
                </p>
              )}
            </div>
          )}
          <Columns
            preview={step.preview}
            mapping={mapping}
            kind={kind}
            all={allColumns}
            onShowAll={setAllColumns}
            onChange={(header, field) => setMapping((m) => ({ ...m, [header]: field }))}
          />
          <fieldset className="radio-list">
            <legend>Someone already here (same email, phone or LinkedIn profile)</legend>
            <label className="check">
              <input type="radio" checked={onDuplicate === 'skip'} onChange={() => setOnDuplicate('skip')} /> Skip them
            </label>
            <label className="check">
              <input type="radio" checked={onDuplicate === 'merge'} onChange={() => setOnDuplicate('merge')} /> Merge:
              fill in what is missing, change nothing else
            </label>
          </fieldset>
          <fieldset className="radio-list">
            <legend>If some rows have problems</legend>
            <label className="check">
              <input type="radio" checked={mode === 'all-or-nothing'} onChange={() => setMode('all-or-nothing')} />{' '}
              Import nothing, and show me the rows to fix
            </label>
            <label className="check">
              <input type="radio" checked={mode === 'valid-only'} onChange={() => setMode('valid-only')} /> Import the
              valid rows, and list the others
            </label>
          </fieldset>
          <ImportActions
            progress={progress}
            error={error}
            busy={busy}
            label={`Import ${plural}`}
            onCancel={onClose}
            onImport={() => void importNow(step.source)}
          />
        </div>
      )}
      {step.at === 'confirm' && (
        <div className="form-stack">
          <PossibleDuplicates possible={step.possible} answers={answers} onChange={setAnswers} />
          <ImportActions
            progress={progress}
            error={error}
            busy={busy}
            label={`Import ${plural}`}
            onCancel={onClose}
            onImport={() => void importNow(step.source, { possible: step.possible, answers })}
          />
        </div>
      )}
      {step.at === 'done' && (
        <div className="form-stack import-done">
          <p role="status">
            {count(step.result.imported)} imported, {count(step.result.merged)} merged, {count(step.result.skipped)}{' '}
            skipped
            {step.result.errors.length
              ? `, ${count(rowsIn(step.result.errors))} ${rowsIn(step.result.errors) === 1 ? 'row needs' : 'rows need'} fixing`
              : ''}
            .
          </p>
          {step.result.errors.length > 0 && (
            <>
              <p>
                {mode === 'valid-only'
                  ? 'These rows were left out. Save them as a CSV, fix them in your spreadsheet, and import that file: everything else is already in.'
                  : 'Nothing was imported. Fix these rows in your file, then import it again. Saved as a CSV, they come with what to fix in each.'}
              </p>
              <RowErrors errors={step.result.errors.slice(0, SHOWN_ERRORS)} />
              {step.result.errors.length > SHOWN_ERRORS && (
                <p className="muted small">
                  The first {SHOWN_ERRORS} are shown; {count(step.result.errors.length - SHOWN_ERRORS)} more are in the
                  file of rows to fix.
                </p>
              )}
            </>
          )}
          <DuplicatesList duplicates={step.result.duplicates ?? []} />
          <div className="form-actions">
            <button type="button" className="button button-primary" onClick={onClose}>
              Done
            </button>
            {step.result.rowsToFix && (
              <button
                type="button"
                className="button"
                onClick={() => download({ ...step.result.rowsToFix!, mime: 'text/csv', encoding: 'utf8' })}
              >
                Save rows to fix (CSV)
              </button>
            )}
          </div>
        </div>
      )}
    </Dialog>
  );
}

/** The end of the columns and duplicates steps: progress while it runs, the error, Cancel (the import, once it runs). */
function ImportActions({
  progress,
  error,
  busy,
  label,
  onCancel,
  onImport,
}: {
  progress: ImportProgress | null;
  error: string | null;
  busy: boolean;
  label: string;
  onCancel(): void;
  onImport(): void;
}) {
  return (
    <>
      {progress && <ImportProgressBar progress={progress} />}
      <FormError message={error} />
      <div className="form-actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={onImport}>
          {busy ? 'Importing…' : label}
        </button>
        {progress ? (
          <button type="button" className="button" onClick={() => void call('io.cancelImport', { job: progress.job })}>
            Cancel import
          </button>
        ) : (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </>
  );
}
