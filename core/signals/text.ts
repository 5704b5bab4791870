import { OWN_LETTERS } from '../names';

/**
 * Reply text as the phrase tables see it: lower case, accents folded ("não" is "nao", "ß" is
 * "ss"), curly quotes straight, dashes plain and spaces collapsed, with a map back to the
 * original so the words that decided a class can be shown as they were written.
 */
export interface Normalised {
  text: string;
  /** For each character of `text`, the index of the character of the original it came from. */
  origin: number[];
  original: string;
}

const SPECIAL: Record<string, string> = {
  // Letters that are not a letter plus an accent, as names are keyed: ß is ss, ł is l.
  ...OWN_LETTERS,
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '`': "'",
  '´': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '«': '"',
  '»': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u2026': '...',
  '\u00b0': 'o',
  '\u00ba': 'o',
  '\u00aa': 'a',
};

export function normalise(original: string): Normalised {
  let text = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of original) {
    const lower = char.toLowerCase();
    let folded = SPECIAL[lower];
    if (folded === undefined) {
      folded = /\s/u.test(lower) ? ' ' : lower.normalize('NFD').replace(/\p{M}/gu, '');
    }
    for (const out of folded) {
      if (out === ' ' && (text.length === 0 || text.endsWith(' '))) continue;
      text += out;
      origin.push(index);
    }
    index += char.length;
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    origin.pop();
  }
  return { text, origin, original };
}

/** The original words behind `length` normalised characters from `start`. */
export function originalSpan(n: Normalised, start: number, length: number): string {
  if (length <= 0 || start >= n.origin.length) return '';
  const from = n.origin[start]!;
  const lastIndex = n.origin[Math.min(start + length, n.origin.length) - 1]!;
  const lastChar = String.fromCodePoint(n.original.codePointAt(lastIndex) ?? 32);
  return n.original.slice(from, lastIndex + lastChar.length).trim();
}

/** A match of one pattern: where, and which words. */
export interface Hit {
  index: number;
  text: string;
}

/** The first of `patterns` that matches, searching `text`. */
export function firstHit(text: string, patterns: readonly RegExp[]): Hit | undefined {
  let best: Hit | undefined;
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match && (!best || match.index < best.index)) best = { index: match.index, text: match[0] };
  }
  return best;
}

/**
 * `text` with every match of `patterns` blanked out (same length, so indexes still line up). The
 * matches are looked for in `searchIn` (by default the text itself), so words already set aside
 * there are not found again.
 */
export function mask(text: string, patterns: readonly RegExp[], searchIn = text): string {
  const chars = [...text];
  for (const pattern of patterns) {
    const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    for (const m of searchIn.matchAll(global)) {
      for (let i = m.index; i < m.index + m[0].length && i < chars.length; i++) chars[i] = '_';
    }
  }
  return chars.join('');
}

/** A pattern that matches `a` and `b` in either order within one sentence (at most `gap` characters apart). */
export function near(a: string, b: string, gap = 60): RegExp {
  return new RegExp(`(?:${a})[^.!?\\n]{0,${gap}}?(?:${b})|(?:${b})[^.!?\\n]{0,${gap}}?(?:${a})`);
}

/** A regular-expression alternation of words, longest first so that "sept" wins over "sep". */
export function anyOf(words: readonly string[]): string {
  return [...words].sort((x, y) => y.length - x.length).join('|');
}

/** One pattern from several, so a long alternation can be written over several lines. */
export function oneOf(patterns: readonly RegExp[], flags = ''): RegExp {
  return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), flags);
}
