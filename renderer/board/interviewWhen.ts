import { formatDayTime, type Instant } from '../dates';

/** A card's next interview, day and hour in the recruiter's own locale and zone: "Interview Thu, Mar 12, 2:00 PM". */
export const interviewWhen = (iso: string, now: Instant): string => `Interview ${formatDayTime(iso, now)}`;
