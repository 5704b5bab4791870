import type { ContactState, Person } from '../../api/contract';
import { theirTime } from './labels';
import type { Standing } from './standing';

const TONE_CLASS = { allowed: 'banner-open', warn: 'banner-wait', blocked: 'banner-stop' } as const;

/**
 * Where things stand, without the pause's own end: once the banner leads with the earliest allowed
 * moment, which also keeps out of their night, a second and earlier time would only contradict it.
 */
const UNDATED: Partial<Record<ContactState['state'], string>> = {
  'no-for-now': 'They said no.',
  'paused-soft-no': 'They said "not now": a no for now.',
  'waiting-agreed-date': 'You agreed with them when to follow up.',
};

/** The first words of the banner: whether they may be contacted now, said in words as well as in colour. */
function lead(standing: Standing, state: ContactState['state'], zone: string): string {
  if (standing.tone === 'allowed') return 'You may contact them now.';
  if (standing.tone === 'warn') {
    return standing.takeAway
      ? 'You may contact them now, with the take-away only.'
      : 'You may contact them now, with care.';
  }
  if (standing.nextAllowedAt) return `Next contact allowed: ${theirTime(standing.nextAllowedAt, zone)}.`;
  // What they asked for, not a date: nothing of Politely's lifts it.
  if (state === 'do-not-contact' || state === 'final-letter-sent') return 'Do not contact them.';
  return 'Not now, and no date can be given.';
}

/**
 * Where things stand with a person, coloured by whether contact is allowed now (green), allowed
 * with a caution (amber) or blocked (red); a block leads with the earliest moment it lifts, their time.
 */
export function StatusBanner(props: {
  person: Person;
  state: ContactState;
  summary: string;
  standing: Standing | null;
}) {
  const { person, state, standing } = props;
  const zone = person.timezone ?? 'UTC';
  const dated = standing?.tone === 'blocked' && standing.nextAllowedAt !== undefined;
  const summary = (dated && UNDATED[state.state]) || props.summary;
  return (
    <p className={`banner${standing ? ` ${TONE_CLASS[standing.tone]}` : ''}`} role="status">
      {standing && <strong className="banner-lead">{lead(standing, state.state, zone)} </strong>}
      <span className="banner-summary">{summary}</span>
      {!person.timezone && ' No time zone on file: times are judged in UTC. Add theirs under Edit details.'}
    </p>
  );
}
