import { isTimeZone } from '../../core/timezones';
import { formatDayTime } from '../dates';

/** Someone at the interview, and the zone they live in when it is known. */
export interface Party {
  id: string;
  name: string;
  timezone: string | null;
}

/**
 * The interview's start on the clock of each party who lives elsewhere: "That is Tue, Mar 10, 7:00 PM
 * for Ada Okafor (Europe/Berlin)". A party whose clock shows the same time (another
 * zone's name for the same offset) is left out, as is one whose zone is unknown.
 */
export function ZoneTimes({
  startsAt,
  timezone,
  parties,
}: {
  startsAt: string | null;
  timezone: string;
  parties: Party[];
}) {
  if (!startsAt || !isTimeZone(timezone)) return null;
  const now = new Date();
  const there = formatDayTime(startsAt, now, { timeZone: timezone });
  const elsewhere = parties.flatMap((p) => {
    if (!p.timezone || !isTimeZone(p.timezone)) return [];
    const time = formatDayTime(startsAt, now, { timeZone: p.timezone });
    return time === there ? [] : [{ ...p, time, timezone: p.timezone }];
  });
  if (elsewhere.length === 0) return null;
  return (
    <ul className="zone-times" aria-label="The time for each of them">
      {elsewhere.map((p, i) => (
        <li key={p.id}>
          {i === 0 ? 'That is ' : ''}
          <strong>{p.time}</strong> for {p.name} <span className="zone-name">({p.timezone})</span>
        </li>
      ))}
    </ul>
  );
}
