import { useState } from 'react';
import { TEMPLATE_FIELD_HELP, TEMPLATE_FIELDS, templateProblems, type MessageTemplate } from '../../api/contract';
import { call } from '../api';
import { Field, FormError, LoadError, useSave } from '../components/ui';
import { formatDayTime } from '../dates';
import { useToastStore } from '../stores/toasts';
import { useUnsavedChanges } from '../unsavedChanges';
import { useRpc } from '../useRpc';
import '../styles/compose.css';

/** The fields a template may use, with what each fills in, beside the editor. */
function FieldHelp() {
  return (
    <details>
      <summary>Fields you can use</summary>
      <p className="muted small">
        Write a field in double braces. Politely refuses to fill in a message when a field has no value for that person,
        and says why; add a question mark, like {'{{recruiterPhone?}}'}, where the message reads well without it (a line
        holding only empty fields is left out).
      </p>
      <dl className="template-fields">
        {TEMPLATE_FIELDS.map((f) => (
          <div key={f} className="template-field">
            <dt>
              <code>{`{{${f}}}`}</code>
            </dt>
            <dd>{TEMPLATE_FIELD_HELP[f]}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

function TemplateForm({
  template,
  onSaved,
  onCancel,
}: {
  template: MessageTemplate;
  onSaved: (saved: MessageTemplate) => void;
  onCancel: () => void;
}) {
  const [subject, setSubject] = useState(template.subject);
  const [body, setBody] = useState(template.body);
  const { busy, fieldErrors, formError, save } = useSave();
  useUnsavedChanges(`the ${template.name} template`, subject !== template.subject || body !== template.body);
  // Checked as they type, as the backend checks on saving: an unknown field is named before it is sent.
  const problems = templateProblems({ subject, body });
  const problemOf = (part: 'subject' | 'body') =>
    fieldErrors[part] ?? problems.find((p) => p.part === part && p.field)?.message;
  return (
    <form
      className="form-stack"
      noValidate
      aria-label={`Edit ${template.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save(
          () => call('templates.save', { id: template.id, subject, body }),
          (saved) => {
            useToastStore.getState().show(`${saved.name} template saved.`);
            onSaved(saved);
          },
        );
      }}
    >
      <Field label="Subject" error={problemOf('subject')}>
        {(a) => <input {...a} value={subject} onChange={(e) => setSubject(e.target.value)} />}
      </Field>
      <Field label="Message" error={problemOf('body')}>
        {(a) => <textarea {...a} rows={14} value={body} onChange={(e) => setBody(e.target.value)} />}
      </Field>
      <FieldHelp />
      <FormError message={formError} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save template'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** The message templates: Politely's wording for each kind until the recruiter saves their own. */
export function TemplateSettings() {
  const { data, status, error, reload } = useRpc('templates.list', {});
  const [editing, setEditing] = useState<string | null>(null);
  async function restore(template: MessageTemplate) {
    const restored = await call('templates.restoreDefault', { id: template.id });
    if (!restored.ok) return useToastStore.getState().show(restored.error.message, 'error');
    useToastStore.getState().show(`${template.name}: Politely's wording is back.`);
    setEditing(null);
    reload();
  }
  return (
    <section className="panel settings-about" aria-labelledby="template-settings-title">
      <h2 id="template-settings-title">Message templates</h2>
      <p className="muted small">
        The emails you start from a person&apos;s page. Politely fills in their name, the position and the interview
        time, and checks the follow-up rules before any message is written.
      </p>
      {status === 'error' && <LoadError message={error} onRetry={reload} />}
      {data && (
        <ul className="template-list">
          {data.map((t) => (
            <li key={t.id}>
              <div className="template-row">
                <span className="template-name">
                  <strong>{t.name}</strong>
                  <span className="muted small">
                    {t.isDefault ? "Politely's wording" : `Yours, saved ${formatDayTime(t.updatedAt!, new Date())}`}
                  </span>
                </span>
                <span className="button-row">
                  <button
                    type="button"
                    className="button"
                    aria-label={`Edit ${t.name}`}
                    aria-expanded={editing === t.id}
                    onClick={() => setEditing(editing === t.id ? null : t.id)}
                  >
                    Edit
                  </button>
                  {!t.isDefault && (
                    <button
                      type="button"
                      className="button"
                      aria-label={`Restore default for ${t.name}`}
                      onClick={() => void restore(t)}
                    >
                      Restore default
                    </button>
                  )}
                </span>
              </div>
              {/* The editor opens under the template it edits, so on a phone it is where the finger was. */}
              {editing === t.id && (
                <TemplateForm
                  key={`${t.id}-${t.updatedAt ?? 'default'}`}
                  template={t}
                  onSaved={() => {
                    setEditing(null);
                    reload();
                  }}
                  onCancel={() => setEditing(null)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
