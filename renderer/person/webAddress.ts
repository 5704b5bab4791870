/**
 * A web address people may follow out of Politely: https only, the one scheme the desktop app hands to the
 * system's browser (it refuses the rest, so a link to them would do nothing).
 */
export function outsideLink(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** "linkedin.com/in/ada-okafor": an address as people read it, without its scheme, "www." or final slash. */
export function shortAddress(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '');
}
