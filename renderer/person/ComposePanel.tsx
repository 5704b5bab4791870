import { useEffect, useId, useState } from 'react';
import {
  TEMPLATE_KIND_LABELS,
  TEMPLATE_KINDS,
  type ApiError,
  type ComposedEmail,
  type PersonRecord,
  type Reason,
  type TemplateKind,
  type Verdict,
} from '../../api/contract';
import { ruleLabel } from '../../core/policy/rules';
import { call } from '../api';
import { CopyButton } from '../components/CopyButton';
import { download } from '../interviews/format';
import { href } from '../router';
import { usePersonStore } from '../stores/person';
import { useToastStore } from '../stores/toasts';
import '../styles/compose.css';
import { VerdictPanel } from './VerdictPanel';

type Answer = { status: 'loading' } | { status: 'ready'; email: ComposedEmail } | { status: 'error'; error: ApiError };

/** What the rules said when they refused, shown as the page shows any verdict: when, and each rule's reason. */
function Refusal({ error, zone }: { error: ApiError; zone: string }) {
  const details = error.details ?? {};
  const verdict: Verdict = {
    verdict: 'blocked',
    reasons: (details.reasons ?? []) as Reason[],
    ...(typeof details.nextAllowedAt === 'string' ? { nextAllowedAt: details.nextAllowedAt } : {}),
    ...(details.requiredKind === 'take-away' ? { requiredKind: 'take-away' as const } : {}),
  };
  return <VerdictPanel verdict={verdict} zone={zone} />;
}

/** The message could not be filled in: say which field and why, and where to fix it. */
function Unfilled({ error }: { error: ApiError }) {
  return (
    <div className="compose-problem">
      <p className="form-error" role="alert">
        {error.message}
      </p>
      {error.code === 'validation' && (
        <p className="muted small">
          Change the wording under <a href={href('settings')}>Settings → Message templates</a>, or add what is missing,
          then choose the template again.
        </p>
      )}
    </div>
  );
}

/**
 * Writing an email from a template: Politely checks the rules first, fills the template in for this person, and
 * hands the message to the mail program (or saves it as a .eml). Nothing is logged until the recruiter says it went.
 */
export function ComposePanel({
  person,
  initialKind,
  onClose,
}: {
  person: PersonRecord;
  initialKind: TemplateKind;
  onClose: () => void;
}) {
  const ids = useId();
  const [kind, setKind] = useState<TemplateKind>(initialKind);
  const open = person.applications.filter((a) => a.closedAt === null);
  const [applicationId, setApplicationId] = useState(open[0]?.id);
  const about = open.length > 1 ? applicationId : undefined;
  // Each answer is kept with the choice it answers, so a new choice shows "checking" until its own answer is in.
  const choice = `${kind}|${about ?? ''}`;
  const [answered, setAnswered] = useState<{ choice: string; answer: Answer } | null>(null);
  const answer: Answer = answered?.choice === choice ? answered.answer : { status: 'loading' };
  const setAnswer = (next: Answer) => setAnswered({ choice, answer: next });
  const [handedOver, setHandedOver] = useState(false);
  const [busy, setBusy] = useState(false);
  const choose = (change: () => void) => {
    change();
    setHandedOver(false);
  };

  useEffect(() => {
    let current = true;
    const [chosenKind] = choice.split('|') as [TemplateKind];
    void call('compose.email', {
      personId: person.id,
      kind: chosenKind,
      ...(about ? { applicationId: about } : {}),
    }).then((result) => {
      if (!current) return;
      setAnswered({
        choice,
        answer: result.ok ? { status: 'ready', email: result.value } : { status: 'error', error: result.error },
      });
    });
    return () => {
      current = false;
    };
  }, [person.id, choice, about]);

  async function confirmSent(email: ComposedEmail) {
    setBusy(true);
    const logged = await call('compose.sent', {
      personId: person.id,
      kind,
      channel: 'email',
      subject: email.subject,
      ...(email.applicationId ? { applicationId: email.applicationId } : {}),
    });
    setBusy(false);
    if (!logged.ok) {
      setAnswer({ status: 'error', error: logged.error });
      return;
    }
    useToastStore.getState().show('Contact logged.');
    onClose();
    void usePersonStore.getState().load(person.id);
  }

  const email = answer.status === 'ready' ? answer.email : null;
  return (
    <section className="compose" id="compose-panel" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>Write an email</h2>
      <div className="compose-choices">
        <div className="field">
          <label htmlFor={`${ids}-kind`}>Template</label>
          <select
            id={`${ids}-kind`}
            value={kind}
            onChange={(e) => choose(() => setKind(e.target.value as TemplateKind))}
          >
            {TEMPLATE_KINDS.map((k) => (
              <option key={k} value={k}>
                {TEMPLATE_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        {open.length > 1 && (
          <div className="field">
            <label htmlFor={`${ids}-about`}>About</label>
            <select
              id={`${ids}-about`}
              value={applicationId}
              onChange={(e) => choose(() => setApplicationId(e.target.value))}
            >
              {open.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.positionTitle} at {a.companyName}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {answer.status === 'loading' && <p className="muted">Checking the rules and filling it in…</p>}
      {answer.status === 'error' &&
        (answer.error.code === 'policy-blocked' ? (
          <Refusal error={answer.error} zone={person.timezone ?? 'UTC'} />
        ) : (
          <Unfilled error={answer.error} />
        ))}
      {email && (
        <>
          {email.warnings.length > 0 && (
            <div className="verdict verdict-warn" role="status">
              <p className="verdict-title">Allowed, but consider this</p>
              <ul>
                {email.warnings.map((r) => (
                  <li key={r.rule}>
                    <strong>{ruleLabel(r.rule)}:</strong> {r.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <dl className="compose-head">
            <dt>To</dt>
            <dd>{email.to}</dd>
            <dt>Subject</dt>
            <dd>{email.subject}</dd>
          </dl>
          {/* A preview, not a field: Politely fills the template in, and the mail program is where it is changed. */}
          <label className="compose-preview-label" htmlFor={`${ids}-body`}>
            Message (preview)
          </label>
          <textarea
            id={`${ids}-body`}
            className="compose-body"
            readOnly
            rows={12}
            value={email.body}
            aria-describedby={`${ids}-how`}
          />
          <p id={`${ids}-how`} className="muted small compose-how">
            This is how the message will read; it cannot be changed here. To change this one email, press Email and edit
            it in your mail program before you send it, or copy it. To change it for everyone, edit the{' '}
            {TEMPLATE_KIND_LABELS[kind]} template under <a href={href('settings')}>Settings → Message templates</a>.
          </p>
        </>
      )}
      <div className="button-row">
        {email && (
          <>
            <a className="button button-primary" href={email.mailto} onClick={() => setHandedOver(true)}>
              Email
            </a>
            <button
              type="button"
              className="button"
              onClick={() => {
                download({ fileName: email.fileName, mime: 'message/rfc822', encoding: 'utf8', content: email.eml });
                setHandedOver(true);
              }}
            >
              Save .eml
            </button>
            <CopyButton
              text={email.body}
              label="Copy the message"
              failed="Copying did not work here. Select the message and press Ctrl+C (⌘C on a Mac)."
            />
          </>
        )}
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
      {email && handedOver && (
        <div className="compose-confirm" role="group" aria-labelledby={`${ids}-confirm`}>
          <p id={`${ids}-confirm`}>Did it go? Log it once you have sent it, so the rules count it.</p>
          <div className="button-row">
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={() => void confirmSent(email)}
            >
              {busy ? 'Logging…' : 'Sent'}
            </button>
            <button type="button" className="button" onClick={() => setHandedOver(false)}>
              Not sent
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
