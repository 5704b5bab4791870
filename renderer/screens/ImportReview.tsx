import type { DuplicateNote, PossibleDuplicate } from '../../api/contract';

/** Rows listed one by one in the dialog; past these, one answer (or a count) stands for the rest. */
export const SHOWN_ROWS = 200;
const count = (n: number) => n.toLocaleString();

export interface ImportProgress {
  job: string;
  phase: 'checking' | 'saving';
  done: number;
  total: number;
}

/** How far the import has got: rows checked, then people saved, in numbers. */
export function ImportProgressBar({ progress }: { progress: ImportProgress }) {
  return (
    <div className="import-progress" role="status">
      <progress max={progress.total || 1} value={progress.done} />
      <span className="muted small">
        {!progress.total
          ? 'Reading the file…'
          : progress.phase === 'saving'
            ? `Saving ${count(progress.done)} of ${count(progress.total)}…`
            : `Checking row ${count(progress.done)} of ${count(progress.total)}…`}
      </span>
    </div>
  );
}

/** The recruiter's answers about possible duplicates: one per row shown, and one for any rows past those. */
export interface DuplicateAnswers {
  same: Record<number, boolean>;
  rest: 'same' | 'new';
}

/**
 * Rows that share a name and employer with someone saved, and nothing else: the recruiter says, for
 * each, whether it is that person (left out, or merged as chosen) or someone new.
 */
export function PossibleDuplicates({
  possible,
  answers,
  onChange,
}: {
  possible: readonly PossibleDuplicate[];
  answers: DuplicateAnswers;
  onChange(answers: DuplicateAnswers): void;
}) {
  const shown = possible.slice(0, SHOWN_ROWS);
  const all = (same: boolean) =>
    onChange({ same: Object.fromEntries(shown.map((p) => [p.row, same])), rest: same ? 'same' : 'new' });
  return (
    <div className="form-stack">
      <p>
        {possible.length === 1
          ? 'One person in this file may already be in Politely:'
          : `${count(possible.length)} people in this file may already be in Politely:`}{' '}
        the same name and employer, but no email, phone or LinkedIn profile in common. Nothing is imported until you say
        who is who.
      </p>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => all(true)}>
          All are the same people
        </button>
        <button type="button" className="button" onClick={() => all(false)}>
          All are new people
        </button>
      </div>
      <ul className="import-errors">
        {shown.map((p) => (
          <li key={p.row}>
            <label className="check">
              <input
                type="checkbox"
                checked={answers.same[p.row] ?? true}
                onChange={(e) => onChange({ ...answers, same: { ...answers.same, [p.row]: e.target.checked } })}
              />{' '}
              <strong>Row {p.row}:</strong> {p.name} at {p.company} is the person already in Politely
            </label>
          </li>
        ))}
      </ul>
      {possible.length > SHOWN_ROWS && (
        <fieldset className="radio-list">
          <legend>The other {count(possible.length - SHOWN_ROWS)}</legend>
          <label className="check">
            <input
              type="radio"
              checked={answers.rest === 'same'}
              onChange={() => onChange({ ...answers, rest: 'same' })}
            />{' '}
            The same people
          </label>
          <label className="check">
            <input
              type="radio"
              checked={answers.rest === 'new'}
              onChange={() => onChange({ ...answers, rest: 'new' })}
            />{' '}
            New people
          </label>
        </fieldset>
      )}
    </div>
  );
}

/** Who the import left out or merged, by name, with why. */
export function DuplicatesList({ duplicates }: { duplicates: readonly DuplicateNote[] }) {
  if (duplicates.length === 0) return null;
  return (
    <>
      <p>Already in Politely:</p>
      <ul className="import-errors">
        {duplicates.slice(0, SHOWN_ROWS).map((d) => (
          <li key={d.row}>
            <strong>Row {d.row}:</strong> {d.message}
            {d.outcome === 'merged' ? ', what was missing filled in' : ', left out'}
          </li>
        ))}
      </ul>
      {duplicates.length > SHOWN_ROWS && (
        <p className="muted small">
          The first {SHOWN_ROWS} are shown; {count(duplicates.length - SHOWN_ROWS)} more were already there too.
        </p>
      )}
    </>
  );
}
