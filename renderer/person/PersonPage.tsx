import { useEffect } from 'react';
import { LoadError, PageHeader } from '../components/ui';
import { href, useRoute } from '../router';
import { useToastStore } from '../stores/toasts';
import { usePersonStore } from '../stores/person';
import { useRpc } from '../useRpc';
import { InterviewsPanel } from '../interviews/InterviewsPanel';
import { mailtoHref, telHref } from '../../core/contactAddress';
import { ContactActions } from './ContactActions';
import { ContactDetails } from './ContactDetails';
import { PersonDataActions } from './DataRights';
import { LogContactForm } from './LogContactForm';
import { MakeClient } from './MakeClient';
import { standingOf, takeAwayDue } from './standing';
import { StatusBanner } from './StatusBanner';
import { Timeline } from './Timeline';

export function PersonPage({ id }: { id: string }) {
  const { person, contact, touches, status, error, revision, load } = usePersonStore();
  // What the palette asked to do here (log a contact, schedule an interview), with a number
  // that is new each time it asks.
  const intent = useRoute((r) => r.params.get('do'));
  const asked = Number(useRoute((r) => r.params.get('n')) ?? 0) || undefined;
  useEffect(() => {
    void load(id);
  }, [id, load]);
  const ready = !!person && person.id === id;
  useEffect(() => {
    if (!ready || !intent) return;
    // Done once: the address drops the request, so a reload does not ask again.
    window.history.replaceState(null, '', href('people', id));
    if (intent === 'schedule' && usePersonStore.getState().person?.kind !== 'candidate') {
      useToastStore.getState().show('Interviews are for candidates. This is a client contact.');
    }
  }, [ready, intent, id, asked]);
  const token = (what: string) => (intent === what ? asked : undefined);
  // May they be contacted now, by email or by phone: the banner's colour and the contact buttons follow these.
  const checking = { enabled: ready };
  const email = useRpc('followups.check', { personId: id, channel: 'email' }, [revision], checking).data ?? null;
  const phone = useRpc('followups.check', { personId: id, channel: 'phone' }, [revision], checking).data ?? null;

  if (status === 'error' && error) return <LoadError message={error} onRetry={() => void load(id)} />;
  if (!person || !contact || person.id !== id) return <p className="screen muted">Loading…</p>;

  // A candidate's company is their employer; a contact's is the client they belong to.
  const company = person.kind === 'candidate' ? person.employer : person.companyName;
  // Each way as its button sees it: with an address the button can use, and open now or not.
  const standing = standingOf([
    { way: 'email', verdict: email, onFile: mailtoHref(person.email) !== null },
    { way: 'phone', verdict: phone, onFile: telHref(person.phone) !== null },
  ]);
  const open = (v: typeof email) => !!v && (v.verdict !== 'blocked' || takeAwayDue(v));
  const subtitle = [person.title, company, person.timezone ? `${person.timezone} time` : null]
    .filter(Boolean)
    .join(' · ');
  return (
    <div className="screen">
      <PageHeader
        title={person.name}
        subtitle={subtitle || (person.kind === 'candidate' ? 'Candidate' : 'Client contact')}
        actions={
          <>
            <a className="button" href={href('people', person.id, { edit: '1' })}>
              Edit details
            </a>
            {person.kind === 'candidate' && person.employer && <MakeClient employer={person.employer} />}
            <PersonDataActions person={person} />
          </>
        }
      />
      <StatusBanner person={person} state={contact} summary={contact.summary} standing={standing} />
      <div className="person-grid">
        <div className="person-main">
          <ContactDetails person={person} open={{ email: open(email), phone: open(phone) }} />
          <ContactActions person={person} email={email} phone={phone} />
          <LogContactForm
            person={person}
            revision={revision}
            focus={token('log')}
            onLogged={() => void load(person.id)}
          />
        </div>
        <div className="person-side">
          {person.kind === 'candidate' && (
            <InterviewsPanel person={person} revision={revision} schedule={token('schedule')} />
          )}
          <section className="panel person-timeline" aria-labelledby="timeline-title">
            <h2 id="timeline-title">Contact history</h2>
            <Timeline touches={touches} />
          </section>
        </div>
      </div>
    </div>
  );
}
