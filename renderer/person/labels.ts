import type { TouchChannel, TouchKind, TouchOutcome } from '../../api/contract';

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

export function formatWhen(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}
