import type { ContactState, Person } from '../../api/contract';
import { bannerLead, type Standing } from './standing';

const TONE_CLASS = { allowed: 'banner-open', warn: 'banner-wait', blocked: 'banner-stop' } as const;

/** The pauses that follow a good conversation: nothing went wrong, so they are not shown in the colour of an error. */
const AGREED_PAUSES: ReadonlySet<string> = new Set(['after-conversation', 'agreed-date']);

/** The banner's colour: neutral while the only thing in the way is the pause after a conversation. */
export function toneClass(standing: Standing | null): string {
  if (!standing) return '';
  const calm = standing.tone === 'blocked' && standing.ways.every((w) => w.rule && AGREED_PAUSES.has(w.rule));
  return calm ? '' : ` ${TONE_CLASS[standing.tone]}`;
}

/**
 * Where things stand, without the pause's own end: once the banner leads with the earliest allowed
 * moment, which also keeps out of their night, a second and earlier time would only contradict it.
 */
const UNDATED: Partial<Record<ContactState['state'], string>> = {
  'no-for-now': 'They said no.',
  'paused-soft-no': 'They said "not now": a no for now.',
  'waiting-agreed-date': 'You agreed with them when to follow up.',
};

/**
 * Where things stand with a person, coloured by whether contact is allowed now every way (green), some
 * ways or with a caution (amber), or no way (red); a block leads with the earliest moment it lifts, their time.
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
    <p className={`banner${toneClass(standing)}`} role="status">
      {standing && <strong className="banner-lead">{bannerLead(standing, state.state, zone)} </strong>}
      <span className="banner-summary">{summary}</span>
      {!person.timezone && ' No time zone on file: times are judged in UTC. Add theirs under Edit details.'}
    </p>
  );
}
