// Calendar files for interviews (RFC 5545, with RFC 5546's methods): an invite that later files update or
// cancel under the same UID and a higher SEQUENCE, times in the interview's own zone with that zone
// described inside the file, text escaped and long lines folded.

import { mailtoHref } from './contactAddress';
import { describableZone, localStamp, localYear, vtimezoneLines } from './vtimezone';

/** Someone named in the file: written only when they have an email address a calendar can use. */
export interface CalendarPerson {
  name: string | null;
  email: string | null;
}

export interface CalendarEvent {
  uid: string;
  /** How many times the event changed since it was first sent (SEQUENCE); 0 when new. */
  sequence?: number;
  start: string;
  end: string;
  /** The zone of the place (IANA). Times are written in it, with its description; UTC or none gives Z times. */
  timezone?: string | null;
  stamp: string;
  summary: string;
  location: string | null;
  description: string;
  cancelled?: boolean;
  organizer?: CalendarPerson | null;
  attendees?: readonly CalendarPerson[];
}

/** PUBLISH lists events for a calendar to show; REQUEST invites to one; CANCEL calls one off. */
export type CalendarMethod = 'PUBLISH' | 'REQUEST' | 'CANCEL';

/** 20260114T080000Z */
function utcStamp(iso: string): string {
  return new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Text as a TEXT value: backslash, semicolon, comma and newlines escaped; other control characters dropped. */
export function escapeIcsText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- control characters have no place in a calendar line
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\n/g, '\\n')
  );
}

/**
 * Text as a quoted parameter value (a name in CN): a parameter cannot hold a double quote or a line break at
 * all, so RFC 6868's caret escapes carry them (^' ^n ^^); other control characters are dropped.
 */
export function quoteIcsParameter(value: string): string {
  const text = value
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    // eslint-disable-next-line no-control-regex -- control characters have no place in a calendar line
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\^/g, '^^')
    .replace(/\n/g, '^n')
    .replace(/"/g, "^'");
  return `"${text}"`;
}

const encoder = new TextEncoder();

/** Folds a content line at 75 octets, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = out.length === 0 ? 75 : 74;
    if (bytes + size > limit) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** ORGANIZER or ATTENDEE with its name, or nothing when there is no address to write to. */
function personLine(property: 'ORGANIZER' | 'ATTENDEE', person: CalendarPerson, extra: string[] = []): string[] {
  // mailtoHref percent-encodes the address, so nothing in it can end the value or add a parameter.
  const address = mailtoHref(person.email);
  if (!address) return [];
  const name = person.name?.trim() ? [`CN=${quoteIcsParameter(person.name.trim())}`] : [];
  return [[property, ...name, ...extra].join(';') + `:${address}`];
}

/** The event's zone when its times can be written in it; both times fall back to UTC otherwise. */
function zoneOf(event: CalendarEvent): string | null {
  const zone = event.timezone;
  if (!describableZone(zone)) return null;
  const fits = [event.start, event.end].every((t) => localStamp(Date.parse(t), zone) !== null);
  return fits ? zone : null;
}

function timeLine(property: 'DTSTART' | 'DTEND', iso: string, zone: string | null): string {
  return zone ? `${property};TZID=${zone}:${localStamp(Date.parse(iso), zone)!}` : `${property}:${utcStamp(iso)}`;
}

function eventLines(event: CalendarEvent, zone: string | null): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(event.uid)}`,
    `SEQUENCE:${event.sequence ?? 0}`,
    `DTSTAMP:${utcStamp(event.stamp)}`,
    timeLine('DTSTART', event.start, zone),
    timeLine('DTEND', event.end, zone),
    `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    `SUMMARY:${escapeIcsText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeIcsText(event.location)}`] : []),
    `DESCRIPTION:${escapeIcsText(event.description)}`,
    ...(event.organizer ? personLine('ORGANIZER', event.organizer) : []),
    ...(event.attendees ?? []).flatMap((a) =>
      personLine('ATTENDEE', a, ['CUTYPE=INDIVIDUAL', 'ROLE=REQ-PARTICIPANT', 'PARTSTAT=NEEDS-ACTION']),
    ),
    'END:VEVENT',
  ];
}

/** One description per zone, spanning the years of every event written in it. */
function timezoneLines(placed: readonly { event: CalendarEvent; zone: string | null }[]): string[] {
  const years = new Map<string, { from: number; to: number }>();
  for (const { event, zone } of placed) {
    if (!zone) continue;
    const from = localYear(Date.parse(event.start), zone);
    const to = localYear(Date.parse(event.end), zone);
    const span = years.get(zone);
    years.set(zone, span ? { from: Math.min(span.from, from), to: Math.max(span.to, to) } : { from, to });
  }
  return [...years].flatMap(([zone, span]) => vtimezoneLines(zone, span.from, span.to));
}

/** A calendar of events; by default PUBLISH, the list of upcoming interviews for the recruiter's own calendar. */
export function renderCalendar(events: readonly CalendarEvent[], method: CalendarMethod = 'PUBLISH'): string {
  const placed = events.map((event) => ({ event, zone: zoneOf(event) }));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Politely//Interview//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    ...timezoneLines(placed),
    ...placed.flatMap(({ event, zone }) => eventLines(event, zone)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** One interview's invite (REQUEST), or, once it is cancelled, the file that takes it off calendars (CANCEL). */
export function renderIcs(event: CalendarEvent): string {
  return renderCalendar([event], event.cancelled ? 'CANCEL' : 'REQUEST');
}
