/**
 * The one order for names and titles the recruiter reads: their own locale's, with accents and case aside
 * ("Léa" among the L's, not after "Lukas") and numbers read as numbers ("Item 2" before "Item 10").
 */
export const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Compares two names or titles in that order; for `.sort(compareText)`. */
export const compareText = (a: string, b: string): number => collator.compare(a, b);

/**
 * A comparer of things by a name or title of theirs; those the collator holds equal ("Lea" and "Léa") fall back to
 * `tieBreak` (e.g. their ids), so the order is the same on every load.
 */
export function byText<T>(text: (item: T) => string, tieBreak?: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const order = collator.compare(text(a), text(b));
    if (order !== 0 || !tieBreak) return order;
    const [x, y] = [tieBreak(a), tieBreak(b)];
    return x < y ? -1 : x > y ? 1 : 0;
  };
}
