import { useState } from 'react';
import { TOUCH_KIND_OF, type Person, type PersonRecord, type TemplateKind, type Verdict } from '../../api/contract';
import { mailtoHref, telHref } from '../../core/contactAddress';
import { ruleLabel } from '../../core/policy/rules';
import { usePersonStore } from '../stores/person';
import { CallPanel } from './CallPanel';
import { ComposePanel } from './ComposePanel';
import { theirTime } from './labels';
import { takeAwayDue } from './standing';
import { decisiveBlock } from './VerdictPanel';

/**
 * Why not now: the earliest moment it is allowed (their time) and the rule's name; without such a
 * moment, the rule's own words, which say what lifts it.
 */
function whyNot(verdict: Verdict, zone: string): string {
  const block = decisiveBlock(verdict);
  if (!verdict.nextAllowedAt) return block?.message ?? '';
  const rule = block ? ` (${ruleLabel(block.rule)})` : '';
  return `Not before ${theirTime(verdict.nextAllowedAt, zone, new Date())}${rule}.`;
}

interface ActionProps {
  label: string;
  href: string | null;
  verdict: Verdict | null;
  missing: string;
  zone: string;
  /** Opens a panel instead of following the link: the panel is shown while `expanded`. */
  onOpen?: () => void;
  expanded?: boolean;
  /** The id of the panel it opens. */
  controls?: string;
}

function Action({ label, href, verdict, missing, zone, onOpen, expanded, controls }: ActionProps) {
  const takeAway = takeAwayDue(verdict);
  const blocked = verdict?.verdict === 'blocked' && !takeAway;
  const why = !href ? missing : blocked ? whyNot(verdict!, zone) : null;
  const text = takeAway ? `${label}: the take-away` : label;
  return (
    <div className="action">
      {href && verdict && !blocked && onOpen ? (
        <button
          type="button"
          className="button button-primary"
          aria-expanded={expanded}
          aria-controls={controls}
          onClick={onOpen}
        >
          {text}
        </button>
      ) : href && verdict && !blocked ? (
        <a className="button button-primary" href={href}>
          {text}
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

/** The message to start from: the take-away when it is due, the opening message before any other, else a follow-up. */
function startingKind(email: Verdict | null): TemplateKind {
  if (takeAwayDue(email)) return 'take-away';
  const wroteBefore = usePersonStore.getState().touches.some((t) => t.direction === 'out');
  return wroteBefore ? 'follow-up' : 'first-contact';
}

/**
 * Email and Call, enabled only when the rules allow a contact now (the checks the page made for
 * each), and saying why not otherwise. Email opens the compose panel, which checks again for the
 * message chosen, fills in its template and logs it once the recruiter says it went; Call opens the
 * number and logs the call with how it went.
 */
export function ContactActions({
  person,
  email,
  phone,
}: {
  person: Person | PersonRecord;
  email: Verdict | null;
  phone: Verdict | null;
}) {
  const zone = person.timezone ?? 'UTC';
  const [composing, setComposing] = useState<TemplateKind | null>(null);
  const [calling, setCalling] = useState<TemplateKind | null>(null);
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
          onOpen={() => {
            setCalling(null);
            setComposing((open) => (open ? null : startingKind(email)));
          }}
          expanded={composing !== null}
          controls="compose-panel"
        />
        <Action
          label="Call"
          href={telHref(person.phone)}
          verdict={phone}
          missing={
            person.phone ? 'The phone number on file is not valid. Correct it, then call.' : 'No phone number on file.'
          }
          zone={zone}
          onOpen={() => {
            setComposing(null);
            setCalling((open) => (open ? null : startingKind(phone)));
          }}
          expanded={calling !== null}
          controls="call-panel"
        />
      </div>
      {composing && (
        <ComposePanel
          key={person.id}
          person={{ applications: [], interviews: [], tags: [], ...person }}
          initialKind={composing}
          onClose={() => setComposing(null)}
        />
      )}
      {calling && (
        <CallPanel key={person.id} person={person} kind={TOUCH_KIND_OF[calling]} onClose={() => setCalling(null)} />
      )}
    </section>
  );
}
