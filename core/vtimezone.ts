// A zone's description for a calendar file (RFC 5545 §3.6.5), read from the runtime's own Intl data: the
// offset in force where the events' years begin, then every change of offset in those years, each dated
// in the local time it happens at. A calendar that does not know the zone's name still places the
// events right, and nothing guesses at rules the data does not state.

import { isTimeZone } from './timezones';
import { zoneOffset } from './zoned';

const SECOND_MS = 1000;
const DAY_MS = 86_400_000;

/** UTC, however it is spelt (Etc/UTC, GMT, Zulu…): its times are written with a Z and need no description. */
export function isUtcZone(zone: string): boolean {
  return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone === 'UTC';
}

// IANA names are letters, digits and _ + - /; anything else could not stand unquoted as a TZID parameter.
const ZONE_NAME = /^[A-Za-z0-9_+\-/]+$/;

/** A zone the file can name and describe: known to this runtime, not UTC, and safe as a parameter value. */
export function describableZone(zone: string | null | undefined): zone is string {
  return !!zone && ZONE_NAME.test(zone) && isTimeZone(zone) && !isUtcZone(zone);
}

/** 20260310T100000: a wall-clock time (given as if it were UTC milliseconds), as a calendar writes local time. */
export function wallStamp(wall: number): string {
  return new Date(wall)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, '');
}

/** +0530, -0500, +0000 (never -0000, which RFC 5545 forbids); seconds only when there are some. */
export function offsetText(offset: number): string {
  const sign = offset < 0 ? '-' : '+';
  const total = Math.abs(Math.round(offset / SECOND_MS));
  const pad = (n: number) => String(n).padStart(2, '0');
  const seconds = total % 60;
  return `${sign}${pad(Math.floor(total / 3600))}${pad(Math.floor(total / 60) % 60)}${seconds ? pad(seconds) : ''}`;
}

export interface OffsetChange {
  /** The first instant of the new offset. */
  at: number;
  from: number;
  to: number;
}

/** Every change of offset in `zone` in [from, to). A day's step finds it; halving the day finds its second. */
export function offsetChanges(zone: string, from: number, to: number): OffsetChange[] {
  const changes: OffsetChange[] = [];
  let at = from;
  let offset = zoneOffset(at, zone);
  while (at < to) {
    const next = Math.min(at + DAY_MS, to);
    const nextOffset = zoneOffset(next, zone);
    if (nextOffset !== offset) {
      let lo = at;
      let hi = next;
      while (hi - lo > SECOND_MS) {
        const mid = lo + Math.floor((hi - lo) / 2 / SECOND_MS) * SECOND_MS;
        if (zoneOffset(mid, zone) === offset) lo = mid;
        else hi = mid;
      }
      changes.push({ at: hi, from: offset, to: zoneOffset(hi, zone) });
      offset = zoneOffset(hi, zone);
      // Another change later the same day (rare, but tzdata has them) is found from here on.
      at = hi;
      continue;
    }
    at = next;
  }
  return changes;
}

/** The instant local midnight opens 1 January of `year` in `zone`. */
function startOfYear(zone: string, year: number): number {
  const wall = Date.UTC(year, 0, 1);
  return wall - zoneOffset(wall - zoneOffset(wall, zone), zone);
}

/**
 * The VTIMEZONE lines for `zone` covering the calendar years (local) from `fromYear` to `toYear`: the offset
 * in force as the first year begins, then each change in those years as an observance of its own, DAYLIGHT
 * when it moves the clock above the lowest offset of the span, STANDARD otherwise.
 */
export function vtimezoneLines(zone: string, fromYear: number, toYear: number): string[] {
  const start = startOfYear(zone, fromYear);
  const first = zoneOffset(start, zone);
  const changes = offsetChanges(zone, start, startOfYear(zone, toYear + 1));
  const standard = Math.min(first, ...changes.map((c) => c.to));
  const observance = (at: number, from: number, to: number) => {
    const kind = to > standard ? 'DAYLIGHT' : 'STANDARD';
    return [
      `BEGIN:${kind}`,
      // An observance starts at the local time the old offset shows when the clocks change.
      `DTSTART:${wallStamp(at + from)}`,
      `TZOFFSETFROM:${offsetText(from)}`,
      `TZOFFSETTO:${offsetText(to)}`,
      `END:${kind}`,
    ];
  };
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    ...observance(start, first, first),
    ...changes.flatMap((c) => observance(c.at, c.from, c.to)),
    'END:VTIMEZONE',
  ];
}

/**
 * The local time at `at` in `zone`, as a calendar writes it beside a TZID, or null when the clock shows that
 * time twice (the hour the clocks turn back). RFC 5545 reads such a time as the first pass, but calendars
 * differ (some take the second), so a time in that hour is written in UTC, which no calendar misreads.
 */
export function localStamp(at: number, zone: string): string | null {
  const offset = zoneOffset(at, zone);
  const wall = at + offset;
  for (const other of [zoneOffset(at - DAY_MS, zone), zoneOffset(at + DAY_MS, zone)]) {
    if (other !== offset && zoneOffset(wall - other, zone) === other) return null;
  }
  return wallStamp(wall);
}

/** The calendar year (local) in `zone` at the instant `at`. */
export function localYear(at: number, zone: string): number {
  return new Date(at + zoneOffset(at, zone)).getUTCFullYear();
}
