import { isTimeZone } from './timezones';

/** Who set the zone an interview defaults to: it is shown beside the field, so the recruiter knows why. */
export type InterviewZoneSource = 'position' | 'company' | 'recruiter';

/**
 * The time zone an interview happens in, unless the recruiter says otherwise: where the position is,
 * else where the client is, else the recruiter's own. Never the candidate's: they travel or dial in
 * to the client's clock, and the dialog shows them their own time beside it. A stored zone this
 * runtime does not know is passed over rather than offered.
 */
export function interviewZone(
  position: { timezone: string | null } | null | undefined,
  company: { timezone: string | null } | null | undefined,
  fallback: string,
): { zone: string; from: InterviewZoneSource } {
  if (position?.timezone && isTimeZone(position.timezone)) return { zone: position.timezone, from: 'position' };
  if (company?.timezone && isTimeZone(company.timezone)) return { zone: company.timezone, from: 'company' };
  return { zone: fallback, from: 'recruiter' };
}
