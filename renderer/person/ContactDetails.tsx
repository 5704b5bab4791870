import { Fragment, useEffect, useState, type ReactNode } from 'react';
import type { Person } from '../../api/contract';
import { mailtoHref, telHref } from '../../core/contactAddress';
import { href } from '../router';
import { formatIn } from './labels';
import { outsideLink, shortAddress } from './webAddress';

/** The clock, read again each minute, so "their time now" stays true while the page is open. */
function useMinute(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/** An address with places to break a line: before the @ and after each dot, so it wraps between its words. */
function Breakable({ text }: { text: string }) {
  const parts = text.split(/(?=@)|(?<=\.)/);
  return parts.map((part, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/**
 * How to reach the person and who they are at work, as saved: only what is on file, with one way to
 * Edit details when nothing is. Email and phone link through the one link builder, as the buttons do, and
 * only while the rules allow that way now (`open`): a blocked way shows its address as text to copy.
 */
export function ContactDetails({ person, open }: { person: Person; open: { email: boolean; phone: boolean } }) {
  const now = useMinute();
  const mail = open.email ? mailtoHref(person.email) : null;
  const tel = open.phone ? telHref(person.phone) : null;
  const linkedin = outsideLink(person.linkedinUrl);
  // A candidate's company is their employer; a contact's is the client they belong to.
  const candidate = person.kind === 'candidate';
  const company = candidate ? person.employer : person.companyName;
  const facts = [
    person.email && (
      <Fact key="email" label="Email">
        {mail ? (
          <a href={mail}>
            <Breakable text={person.email} />
          </a>
        ) : (
          <Breakable text={person.email} />
        )}
      </Fact>
    ),
    person.phone && (
      <Fact key="phone" label="Phone">
        {tel ? <a href={tel}>{person.phone}</a> : person.phone}
      </Fact>
    ),
    person.linkedinUrl && (
      <Fact key="linkedin" label="LinkedIn">
        {linkedin ? (
          // Opens outside Politely: a new tab in the browser, the system's browser in the desktop app.
          <a href={linkedin} target="_blank" rel="noopener noreferrer">
            {shortAddress(person.linkedinUrl)}
          </a>
        ) : (
          person.linkedinUrl
        )}
      </Fact>
    ),
    person.location && (
      <Fact key="location" label="Location">
        {person.location}
      </Fact>
    ),
    person.timezone && (
      <Fact key="zone" label="Time zone">
        {person.timezone} <span className="muted">({formatIn(now, person.timezone, now)} there now)</span>
      </Fact>
    ),
    company && (
      <Fact key="company" label={candidate ? 'Employer' : 'Client'}>
        {!candidate && person.companyId ? <a href={href('companies', person.companyId)}>{company}</a> : company}
      </Fact>
    ),
    person.title && (
      <Fact key="title" label="Job title">
        {person.title}
      </Fact>
    ),
  ].filter(Boolean);
  const edit = href('people', person.id, { edit: '1' });
  return (
    <section className="panel contact-details" aria-labelledby="details-title">
      <h2 id="details-title">Contact details</h2>
      {facts.length > 0 && <dl className="facts">{facts}</dl>}
      {person.notes && (
        <>
          <h3 className="details-notes-title">Notes</h3>
          <p className="details-notes">{person.notes}</p>
        </>
      )}
      {facts.length === 0 && !person.notes && (
        <p className="muted">
          Nothing on file yet. <a href={edit}>Add contact details</a>
        </p>
      )}
    </section>
  );
}
