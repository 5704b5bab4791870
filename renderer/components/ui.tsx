import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { Envelope } from '../../api/contract';

export type FieldErrors = Record<string, string>;

/** Runs a save, and turns a validation failure into messages keyed by field name. */
export function useSave() {
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  async function save<T>(request: () => Promise<Envelope<T>>, onSaved: (value: T) => void): Promise<void> {
    setBusy(true);
    setFormError(null);
    const result = await request();
    setBusy(false);
    if (result.ok) {
      setFieldErrors({});
      onSaved(result.value);
      return;
    }
    const issues = result.error.details?.issues ?? [];
    const byField: FieldErrors = {};
    for (const issue of issues) {
      const field = String(issue.path[0] ?? '');
      if (field && !byField[field]) byField[field] = issue.message;
    }
    setFieldErrors(byField);
    // Anything not shown beside a field is shown above the buttons.
    if (issues.length === 0 || Object.keys(byField).length === 0) setFormError(result.error.message);
    else if (issues.some((i) => i.path.length === 0)) setFormError(result.error.message);
  }

  return { busy, fieldErrors, formError, save, clearErrors: () => setFieldErrors({}) };
}

interface FieldProps {
  label: string;
  error?: string | undefined;
  hint?: string;
  required?: boolean;
  children: (props: {
    id: string;
    'aria-invalid': boolean;
    'aria-describedby': string | undefined;
    'aria-required': boolean | undefined;
  }) => ReactNode;
}

export function Field({ label, error, hint, required, children }: FieldProps) {
  const id = useId();
  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
        {required && (
          <span className="required" aria-hidden="true">
            *
          </span>
        )}
      </div>
      {children({
        id,
        'aria-invalid': Boolean(error),
        'aria-describedby': describedBy,
        'aria-required': required || undefined,
      })}
      {hint && !error && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  );
}

/** The end of a settings form: what went wrong, if anything, and its one primary button, busy while saving. */
export function SaveRow({
  formError,
  busy,
  label,
  after,
}: {
  formError: string | null;
  busy: boolean;
  label: string;
  after?: ReactNode;
}) {
  return (
    <>
      <FormError message={formError} />
      <div className={after ? 'button-row' : undefined}>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : label}
        </button>
        {after}
      </div>
    </>
  );
}

export function EmptyState({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <div className="empty-state">
      <h2>{title}</h2>
      <div className="empty-state-text">{children}</div>
      {actions && <div className="empty-state-actions">{actions}</div>}
    </div>
  );
}

export function PageHeader({ title, subtitle, actions }: { title: string; subtitle?: ReactNode; actions?: ReactNode }) {
  return (
    <header className="page-header">
      <div>
        <h1>{title}</h1>
        {subtitle && <p className="page-subtitle">{subtitle}</p>}
      </div>
      {actions && <div className="page-actions">{actions}</div>}
    </header>
  );
}

export function LoadError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div className="load-error" role="alert">
      <p>{message}</p>
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}

/** Shows the native <dialog> it is given as modal while mounted (focus trapped), and closes it after. */
export function useModal() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return ref;
}

/**
 * A modal dialog on the native <dialog>: focus is trapped, Escape closes it. With `closeButton`,
 * a Close button beside the title takes the focus (for dialogs that show rather than ask).
 */
export function Dialog({
  title,
  onClose,
  children,
  className,
  closeButton,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
  closeButton?: boolean;
}) {
  const ref = useModal();
  const titleId = useId();
  const heading = <h2 id={titleId}>{title}</h2>;
  return (
    <dialog
      ref={ref}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {closeButton ? (
        <div className="dialog-head">
          {heading}
          <button type="button" className="button" autoFocus onClick={onClose}>
            Close
          </button>
        </div>
      ) : (
        heading
      )}
      {children}
    </dialog>
  );
}

/** A dialog with nothing to fill in: what to do first, in a sentence, and Close, which has the focus. */
export function DialogNote({ children, onClose }: { children: ReactNode; onClose: () => void }) {
  return (
    <>
      <p>{children}</p>
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </>
  );
}

/** Text for a form field, where the backend's null means empty. */
export const orEmpty = (value: string | null | undefined): string => value ?? '';

/** A labelled <select> over a fixed list of choices, each shown by its label. */
export function ChoiceField<T extends string>({
  label,
  value,
  choices,
  labels,
  onChange,
  error,
}: {
  label: string;
  value: T;
  choices: readonly T[];
  labels: Record<T, string>;
  onChange(value: T): void;
  error?: string | undefined;
}) {
  return (
    <Field label={label} error={error}>
      {(a) => (
        <select {...a} value={value} onChange={(e) => onChange(e.target.value as T)}>
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {labels[choice]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
