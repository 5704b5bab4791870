import { useState } from 'react';
import { call } from '../api';
import { FormError } from '../components/ui';
import { useSessionStore } from '../stores/session';
import { useRpc } from '../useRpc';
import { RecruiterForm } from './RecruiterSettings';

/**
 * Asked once, on Today, until the recruiter saves their details or says "Not now": candidates read them in every
 * packet and invite, to call straight after the interview.
 */
export function YourDetailsPrompt() {
  const { data, setData } = useRpc('recruiter.get', {});
  const profileName = useSessionStore((s) => s.profile?.name ?? '');
  const [skipError, setSkipError] = useState<string | null>(null);
  if (!data || data.asked) return null;
  const skip = async () => {
    const result = await call('recruiter.skip', {});
    if (result.ok) setData(result.value);
    else setSkipError(result.error.message);
  };
  return (
    <section className="panel your-details" aria-labelledby="your-details-title">
      <h2 id="your-details-title">Tell candidates how to reach you</h2>
      <p className="muted small">
        Your name, email and phone go into every prep packet, so a candidate can call you the moment the interview ends.
        Until you give a name, packets are signed with this profile's name. You can change them any time in Settings.
      </p>
      <RecruiterForm
        saved={{ name: data.name ?? profileName, email: data.email ?? '', phone: data.phone ?? '' }}
        onSaved={setData}
        after={
          <button type="button" className="button" onClick={() => void skip()}>
            Not now
          </button>
        }
      />
      <FormError message={skipError} />
    </section>
  );
}
