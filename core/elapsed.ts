// How long ago, or how far ahead, in one rounding for every place that says it: Today's reasons ("The interview
// ended 3 hours ago") and the time beside them ("3 hours ago") must never disagree.

const MINUTE_MS = 60_000;

export type ElapsedUnit = 'minute' | 'hour' | 'day';

/** A span in one unit: whole minutes under an hour, whole hours under two days, else whole days. */
export interface Elapsed {
  /** Whole units, at least 1; the sign is the caller's (ago or ahead). */
  value: number;
  unit: ElapsedUnit;
}

/**
 * The span between two instants, rounded to the nearest unit the same way whichever comes first; null under half a
 * minute ("moments", "now").
 */
export function elapsed(from: number, to: number): Elapsed | null {
  const minutes = Math.round(Math.abs(to - from) / MINUTE_MS);
  if (minutes < 1) return null;
  if (minutes < 60) return { value: minutes, unit: 'minute' };
  const hours = Math.round(minutes / 60);
  if (hours < 48) return { value: hours, unit: 'hour' };
  return { value: Math.round(hours / 24), unit: 'day' };
}

/** "3 hours", "1 minute", "moments": a span in words, for a sentence that says "ago" or "for" itself. */
export function elapsedWords(span: Elapsed | null): string {
  if (span === null) return 'moments';
  return `${span.value} ${span.unit}${span.value === 1 ? '' : 's'}`;
}
