import type { Direction, ResponseClass, TouchChannel, TouchKind, TouchOutcome } from '../../api/contract';
import { fromLocal, localTime } from '../../core/zoned';
import { formatDay, formatDayTime, type Instant } from '../dates';

export const CHANNEL_LABELS: Record<TouchChannel, string> = {
  email: 'Email',
  phone: 'Phone call',
  sms: 'Text message',
  im: 'Instant message',
  linkedin: 'LinkedIn',
  'in-person': 'In person',
  letter: 'Letter',
};

export const KIND_LABELS: Record<TouchKind, string> = {
  'first-contact': 'First contact (the opening message)',
  'follow-up': 'Follow-up',
  reply: 'Reply to them',
  'value-add': 'Something of value (news, intro, resource)',
  'check-in': 'Check-in',
  'prep-call': 'Interview prep call',
  'debrief-call': 'Debrief call',
  'take-away': 'Take-away ("should I close your file?")',
  'thank-you-letter': 'Handwritten thank-you letter',
  other: 'Other',
};

/**
 * What was done, as the end of a sentence whose subject is who reached out: "You followed up", "They replied". The
 * history reads this way; the form lists KIND_LABELS, which name the kind.
 */
export const KIND_DONE: Record<Direction, Record<TouchKind, string>> = {
  out: {
    'first-contact': 'made first contact',
    'follow-up': 'followed up',
    reply: 'replied',
    'value-add': 'brought something of value',
    'check-in': 'checked in',
    'prep-call': 'had the interview prep call',
    'debrief-call': 'had the debrief call',
    'take-away': 'gave the take-away',
    'thank-you-letter': 'sent a handwritten thank-you letter',
    other: 'got in touch',
  },
  in: {
    'first-contact': 'reached out first',
    'follow-up': 'followed up',
    reply: 'replied',
    'value-add': 'brought something of value',
    'check-in': 'checked in',
    'prep-call': 'had the interview prep call',
    'debrief-call': 'had the debrief call',
    'take-away': 'answered the take-away',
    'thank-you-letter': 'sent a thank-you letter',
    other: 'got in touch',
  },
};

export const OUTCOME_LABELS: Record<TouchOutcome, string> = {
  sent: 'Sent',
  'no-answer': 'No answer',
  voicemail: 'Left a voicemail',
  connected: 'We spoke',
  replied: 'They replied',
};

/** A datetime-local value ("2026-01-14T09:30") for an instant, in this computer's time. */
export function toLocalInput(at: Date): string {
  const local = new Date(at.getTime() - at.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** What a reply meant, in the recruiter's words: how the reply reader's classes are shown. */
export const RESPONSE_LABELS: Record<ResponseClass, string> = {
  stop: 'They asked you to stop',
  no: 'A clear no',
  'soft-no': 'Not now — a no for now',
  permission: 'They agreed to a date',
  interested: 'Interested',
  neutral: 'Nothing to act on',
};

/** The classes in the order a recruiter weighs them: the strongest answer first. */
export const RESPONSE_ORDER: readonly ResponseClass[] = [
  'stop',
  'no',
  'soft-no',
  'permission',
  'interested',
  'neutral',
];

/** "Thu, Mar 12, 3:00 PM" (or the day alone) on the wall clock in `zone`. */
export function formatIn(at: Instant, zone: string, now: Instant, withTime = true): string {
  return withTime ? formatDayTime(at, now, { timeZone: zone }) : formatDay(at, now, { timeZone: zone });
}

/** "Thu, Mar 12, 3:00 PM their time": a moment as the person lives it. */
export function theirTime(iso: string, zone: string, now: Instant, withTime = true): string {
  return `${formatIn(iso, zone, now, withTime)} ${zone === 'UTC' ? 'UTC' : 'their time'}`;
}

/** A datetime-local value ("2026-03-12T15:00") for an instant, on the wall clock in `zone`. */
export function toZonedInput(iso: string, zone: string): string {
  const l = localTime(new Date(iso), zone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${l.year}-${two(l.month)}-${two(l.day)}T${two(l.hour)}:${two(l.minute)}`;
}

/** The instant a datetime-local value names on the wall clock in `zone`; '' when it names none. */
export function fromZonedInput(value: string, zone: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!m) return '';
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  return fromLocal(zone, year, month, day, hour, minute).toISOString();
}
