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

/**
 * A web address as people type it, with https:// added where they left it out ("linkedin.com/in/ada" →
 * "https://linkedin.com/in/ada"). Anything with a scheme, or that is not an address, goes as typed, for the backend to
 * judge.
 */
export function withScheme(typed: string): string {
  const text = typed.trim();
  if (text === '' || /^[a-z][a-z\d+.-]*:/i.test(text)) return text;
  const address = text.replace(/^\/\//, '');
  return /^[^\s/]+\.[^\s/]{2,}(\/\S*)?$/.test(address) ? `https://${address}` : text;
}
