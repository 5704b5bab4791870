/** True when `zone` is an IANA time zone name this runtime knows, e.g. "Europe/Berlin". */
export function isTimeZone(zone: string): boolean {
  if (!zone.includes('/') && zone !== 'UTC') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Every IANA zone the runtime knows, for pickers. */
export function timeZoneNames(): string[] {
  return Intl.supportedValuesOf('timeZone');
}
