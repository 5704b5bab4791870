import { FormError } from '../components/ui';
import { useOpenSample } from './SampleForm';

/** For a recruiter with no sample yet: a way to look around before bringing in anyone real. */
export function ExploreSample() {
  const { busy, formError, open } = useOpenSample();
  return (
    <div className="picker-sample">
      <p className="muted small">
        Not ready to bring in your own candidates? Look around a made-up agency first: 20 positions, 200 candidates,
        their interviews and debriefs.
      </p>
      <FormError message={formError} />
      <button type="button" className="button" disabled={busy} onClick={open}>
        {busy ? 'Making the sample agency…' : 'Explore with sample data'}
      </button>
    </div>
  );
}
