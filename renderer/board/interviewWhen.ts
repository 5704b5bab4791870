/** A card's next interview, day and hour in the recruiter's own locale and zone: "Interview Thu 12 Mar, 14:00". */
const when = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: 'numeric',
  minute: '2-digit',
});

export const interviewWhen = (iso: string): string => `Interview ${when.format(new Date(iso))}`;
