import { elapsed } from '../core/elapsed';

let relative: Intl.RelativeTimeFormat | undefined;

/**
 * "3 days ago", "in 2 hours", "now": how far `due` is from `now`, rounded as the backend's own "3 hours ago" in the
 * sentences beside it (core/elapsed), in the computer's own locale.
 */
export function fromNow(due: string, now: number): string {
  const at = Date.parse(due);
  const span = elapsed(now, at);
  if (span === null) return 'now';
  relative ??= new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  return relative.format(at < now ? -span.value : span.value, span.unit);
}
