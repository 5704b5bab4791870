import type { Person, Verdict } from '../../api/contract';
import { mailtoHref, telHref } from '../../core/contactAddress';
import { ruleLabel } from '../../core/policy/rules';
import { theirTime } from './labels';
import { takeAwayDue } from './standing';
import { decisiveBlock } from './VerdictPanel';

function firstName(name: string): string {
  return name.split(/\s+/)[0] ?? name;
}

/** The take-away, for when two follow-ups went unanswered: a clear yes-or-no question, no pressure. */
export function takeAwayText(person: Person): string {
  return `Hi ${firstName(person.name)},\n\nI haven't heard back, and I don't want to keep filling your inbox. Should I close your file for now? A simple yes or no is perfect, and either answer is fine.\n\nThank you,`;
}

/**
 * Why not now: the earliest moment it is allowed (their time) and the rule's name; without such a
 * moment, the rule's own words, which say what lifts it.
 */
function whyNot(verdict: Verdict, zone: string): string {
  const block = decisiveBlock(verdict);
  if (!verdict.nextAllowedAt) return block?.message ?? '';
  const rule = block ? ` (${ruleLabel(block.rule)})` : '';
  return `Not before ${theirTime(verdict.nextAllowedAt, zone)}${rule}.`;
}

interface ActionProps {
  label: string;
  href: string | null;
  verdict: Verdict | null;
  missing: string;
  zone: string;
}

function Action({ label, href, verdict, missing, zone }: ActionProps) {
  const takeAway = takeAwayDue(verdict);
  const blocked = verdict?.verdict === 'blocked' && !takeAway;
  const why = !href ? missing : blocked ? whyNot(verdict!, zone) : null;
  return (
    <div className="action">
      {href && verdict && !blocked ? (
        <a className="button button-primary" href={href}>
          {takeAway ? `${label}: the take-away` : label}
        </a>
      ) : (
        <button type="button" className="button" disabled aria-describedby={why ? `${label}-why` : undefined}>
          {label}
        </button>
      )}
      {why && (
        <p className="action-why" id={`${label}-why`}>
          {why}
        </p>
      )}
    </div>
  );
}

/**
 * Email and Call, enabled only when the rules allow a contact now (the checks the page made for
 * each), and saying why not otherwise.
 */
export function ContactActions({
  person,
  email,
  phone,
}: {
  person: Person;
  email: Verdict | null;
  phone: Verdict | null;
}) {
  const zone = person.timezone ?? 'UTC';
  const needsTakeAway = email?.requiredKind === 'take-away' || phone?.requiredKind === 'take-away';
  return (
    <section className="panel contact-actions" aria-label="Contact">
      <div className="actions-row">
        <Action
          label="Email"
          href={mailtoHref(person.email)}
          verdict={email}
          missing={
            person.email
              ? 'The email address on file is not valid. Correct it, then write.'
              : 'No email address on file.'
          }
          zone={zone}
        />
        <Action
          label="Call"
          href={telHref(person.phone)}
          verdict={phone}
          missing={
            person.phone ? 'The phone number on file is not valid. Correct it, then call.' : 'No phone number on file.'
          }
          zone={zone}
        />
      </div>
      {needsTakeAway && (
        <div className="take-away">
          <h2>Time for the take-away</h2>
          <p className="muted">
            Two follow-ups went unanswered. Send this, or your own words with the same yes-or-no question, and log it as
            a take-away.
          </p>
          <textarea readOnly rows={6} value={takeAwayText(person)} aria-label="Take-away message" />
        </div>
      )}
    </section>
  );
}
