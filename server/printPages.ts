import { randomBytes } from 'node:crypto';

/** How long a page waits to be opened: the new tab asks for it at once. */
export const PRINT_PAGE_MS = 60_000;
/** At most this many pages wait at once; the oldest gives way. A packet is small, but nothing grows unbounded. */
export const PRINT_PAGES_MAX = 20;

/**
 * Browser mode's way to print a document with its own styles. The app's page forbids inline styles, and a tab
 * opened from it (a blob: address) inherits that rule, so a packet printed from there loses its look. Instead the
 * host keeps the document under a one-time code issued to its own page, and serves it once, at its own address,
 * under the document's own strict policy (no script, nothing loaded from anywhere).
 */
export class PrintPages {
  /** Each page still waiting, with when it stops being served (ms since 1970, by `now`). */
  private readonly pages = new Map<string, { html: string; until: number }>();

  constructor(private readonly now: () => number) {}

  /** Keeps `html` for one visit and answers its code. */
  issue(html: string): string {
    const now = this.now();
    for (const [code, page] of this.pages) if (page.until <= now) this.pages.delete(code);
    while (this.pages.size >= PRINT_PAGES_MAX) this.pages.delete(this.pages.keys().next().value!);
    const code = randomBytes(32).toString('base64url');
    this.pages.set(code, { html, until: now + PRINT_PAGE_MS });
    return code;
  }

  /** The page once, within a minute of its issue; every later visit, and any other code, gets nothing. */
  take(code: string): string | undefined {
    const page = this.pages.get(code);
    this.pages.delete(code);
    return page && this.now() < page.until ? page.html : undefined;
  }

  /** Forgets every waiting page (the profile locked). */
  clear(): void {
    this.pages.clear();
  }
}
