import { useEffect, useState } from 'react';
import { LoadError, PageHeader } from '../components/ui';
import { href, useRoute } from '../router';
import { useToastStore } from '../stores/toasts';
import { usePersonStore } from '../stores/person';
import { useRpc } from '../useRpc';
import { mailtoHref, telHref } from '../../core/contactAddress';
import { Applications } from './Applications';
import { Attachments } from './Attachments';
import { ContactActions } from './ContactActions';
import { ContactDetails } from './ContactDetails';
import { PersonDataActions } from './DataRights';
import { LogContactForm } from './LogContactForm';
import { MakeClient } from './MakeClient';
import { PersonInterviews } from './PersonInterviews';
import { RecordActions } from './RecordActions';
import { standingOf, takeAwayDue } from './standing';
import { StatusBanner } from './StatusBanner';
import { TagEditor } from './TagEditor';
import { Tasks } from './Tasks';
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
  // Each ask to log a contact, from the palette or the button above, takes the recruiter to the form.
  const [logAsked, setLogAsked] = useState(0);
  const logToken = token('log');
  const [seenLogToken, setSeenLogToken] = useState<number>();
  if (logToken !== seenLogToken) {
    setSeenLogToken(logToken);
    if (logToken !== undefined) setLogAsked((n) => n + 1);
  }
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
          <RecordActions
            person={person}
            schedule={token('schedule')}
            onLog={() => setLogAsked((n) => n + 1)}
            onChanged={() => void load(person.id)}
          />
        }
      />
      <StatusBanner person={person} state={contact} summary={contact.summary} standing={standing} />
      {/* Who they are and where they stand in the pipeline on one side; reaching them and what was said on the other. */}
      <div className="person-grid">
        <div className="person-main">
          <ContactDetails person={person} open={{ email: open(email), phone: open(phone) }} />
          <TagEditor key={person.id} person={person} />
          {person.kind === 'candidate' && (
            <>
              <Applications person={person} />
              <PersonInterviews person={person} />
            </>
          )}
          <Tasks person={person} focus={token('task')} />
          <Attachments person={person} />
          <section className="panel person-record" aria-labelledby="record-title">
            <h2 id="record-title">More actions</h2>
            <div className="button-row">
              {person.kind === 'candidate' && person.employer && <MakeClient employer={person.employer} />}
              <PersonDataActions person={person} />
            </div>
          </section>
        </div>
        <div className="person-side">
          <ContactActions person={person} email={email} phone={phone} />
          <LogContactForm
            person={person}
            revision={revision}
            focus={logAsked || undefined}
            onLogged={() => void load(person.id)}
          />
          <section className="panel person-timeline" aria-labelledby="timeline-title">
            <h2 id="timeline-title">Contact history</h2>
            <Timeline touches={touches} />
          </section>
        </div>
      </div>
    </div>
  );
}
