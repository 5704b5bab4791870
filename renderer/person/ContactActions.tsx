import type { Person, Verdict } from '../../api/contract';
import { useRpc } from '../useRpc';
import { decisiveBlock } from './VerdictPanel';

function firstName(name: string): string {
  return name.split(/\s+/)[0] ?? name;
}

/** The take-away, for when two follow-ups went unanswered: a clear yes-or-no question, no pressure. */
export function takeAwayText(person: Person): string {
  return `Hi ${firstName(person.name)},\n\nI haven't heard back, and I don't want to keep filling your inbox. Should I close your file for now? A simple yes or no is perfect, and either answer is fine.\n\nThank you,`;
}

/** Blocked only because the next contact must be the take-away, which is itself allowed now. */
function takeAwayDue(verdict: Verdict | null): boolean {
  return verdict?.requiredKind === 'take-away' && verdict.nextAllowedAt !== undefined && Date.parse(verdict.nextAllowedAt) <= Date.now() + 60_000;
}

function Action({ label, href, verdict, missing }: { label: string; href: string | null; verdict: Verdict | null; missing: string }) {
  const takeAway = takeAwayDue(verdict);
  const blocked = verdict?.verdict === 'blocked' && !takeAway;
  const why = !href ? missing : blocked ? decisiveBlock(verdict!)?.message : null;
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

/** Email and Call, enabled only when the rules allow a contact now, and saying why not otherwise. */
export function ContactActions({ person, revision }: { person: Person; revision: number }) {
  const email = useRpc('followups.check', { personId: person.id, channel: 'email' }, [revision]).data ?? null;
  const phone = useRpc('followups.check', { personId: person.id, channel: 'phone' }, [revision]).data ?? null;

  const needsTakeAway = email?.requiredKind === 'take-away' || phone?.requiredKind === 'take-away';
  return (
    <section className="panel contact-actions" aria-label="Contact">
      <div className="actions-row">
        <Action label="Email" href={person.email ? `mailto:${person.email}` : null} verdict={email} missing="No email address on file." />
        <Action label="Call" href={person.phone ? `tel:${person.phone.replace(/[^\d+]/g, '')}` : null} verdict={phone} missing="No phone number on file." />
      </div>
      {needsTakeAway && (
        <div className="take-away">
          <h3>Time for the take-away</h3>
          <p className="muted">Two follow-ups went unanswered. Send this, or your own words with the same yes-or-no question, and log it as a take-away.</p>
          <textarea readOnly rows={6} value={takeAwayText(person)} aria-label="Take-away message" />
        </div>
      )}
    </section>
  );
}
