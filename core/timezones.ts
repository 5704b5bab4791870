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

const cityKey = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, ' ');

/**
 * The zone a person means by what they typed: a zone's name in any case ("europe/london"), or the city it is named
 * after ("London", "new york" → America/New_York). Anything else comes back as typed, for the backend to judge.
 */
export function toTimeZone(text: string, zones: readonly string[] = timeZoneNames()): string {
  const typed = text.trim();
  if (typed === '') return '';
  const key = cityKey(typed);
  const named = zones.find((z) => cityKey(z) === key);
  if (named) return named;
  const cities = zones.filter((z) => z.includes('/') && cityKey(z.slice(z.lastIndexOf('/') + 1)) === key);
  return cities.length === 1 ? cities[0]! : typed;
}
