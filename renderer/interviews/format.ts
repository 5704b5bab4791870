import { isTimeZone } from '../../core/timezones';
import { fromLocal, localTime } from '../../core/zoned';
import type { InterviewDetail, InterviewFormat, PacketFile } from '../../api/contract';
import { isDesktop, saveWithDialog } from '../api';
import { formatDayTime, type Instant } from '../dates';
import { useToastStore } from '../stores/toasts';

export const FORMAT_LABELS: Record<InterviewFormat, string> = {
  onsite: 'In person',
  video: 'Video call',
  phone: 'Phone call',
};

/** "Tue, Mar 10, 10:00 AM (Europe/Berlin)": the start on the clock where the interview takes place. */
export function interviewTime(interview: Pick<InterviewDetail, 'startsAt' | 'timezone'>, now: Instant): string {
  return `${formatDayTime(interview.startsAt, now, { timeZone: interview.timezone })} (${interview.timezone})`;
}

/** A "2026-03-10T10:00" wall-clock value read in `zone`, as an instant. */
export function wallClockInstant(value: string, zone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  return fromLocal(zone, y, mo, d, h, mi).toISOString();
}

/**
 * The start to send for a wall-clock value and a typed zone. A zone Politely does not know cannot place
 * the time, so it is read in UTC: the backend then refuses the zone alone, and the time stays as typed.
 */
export function startInstant(value: string, zone: string): string | null {
  return wallClockInstant(value, isTimeZone(zone) ? zone : 'UTC');
}

export type InterviewStatus = 'upcoming' | 'debrief-due' | 'debriefed' | 'cancelled';

export function interviewStatus(interview: InterviewDetail): InterviewStatus {
  if (interview.cancelledAt) return 'cancelled';
  if (interview.debriefedAt) return 'debriefed';
  if (interview.debriefDue) return 'debrief-due';
  return 'upcoming';
}

export const STATUS_LABELS: Record<InterviewStatus, string> = {
  upcoming: 'Upcoming',
  'debrief-due': 'Debrief due',
  debriefed: 'Debriefed',
  cancelled: 'Cancelled',
};

/** Saves an exported file: the desktop app's save dialog, or the browser's download. */
export function download(file: PacketFile): void {
  if (isDesktop()) {
    void saveWithDialog(file).then((saved) => saved.ok || useToastStore.getState().show(saved.error.message, 'error'));
    return;
  }
  const bytes =
    file.encoding === 'base64'
      ? Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0))
      : new TextEncoder().encode(file.content);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The wall-clock value ("2026-03-10T10:00") of an instant in `zone`, for a datetime-local field. */
export function wallClockValue(iso: string, zone: string): string {
  const l = localTime(new Date(iso), zone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${l.year}-${two(l.month)}-${two(l.day)}T${two(l.hour)}:${two(l.minute)}`;
}
