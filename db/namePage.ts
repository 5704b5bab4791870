import { foldAccents } from '../core/names';

// Companies are listed by name and positions by title, accents and case aside, the order people are
// listed in: each table stores the key (nameSortKey) beside the name, indexed, since migration 0015.

/** Where a page ended: the last row's key, then its name and id, which break ties between keys. */
export interface NameCursor {
  key: string;
  name: string;
  id: string;
}

/** A cursor for `list` ('companies', 'positions'), so one list's cursor is not taken for another's. */
export function encodeNameCursor(list: string, cursor: NameCursor): string {
  return Buffer.from(JSON.stringify([list, cursor.key, cursor.name, cursor.id])).toString('base64url');
}

/** The cursor `next` gave for `list`, or undefined when the text is not one. */
export function decodeNameCursor(list: string, text: string): NameCursor | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 4 || parsed[0] !== list) return undefined;
  if (!parsed.every((v) => typeof v === 'string')) return undefined;
  const [, key, name, id] = parsed as string[];
  return { key: key!, name: name!, id: id! };
}

/** `%` and `_` typed are themselves, not LIKE's wildcards. */
const likeEscaped = (word: string) => word.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Rows where every word of `query` appears, accents and case aside, in one of the key `columns`
 * (companies.name_key, positions.title_key): 'lea' finds Léa, 'gen soc' finds Société Générale.
 * Null when the query has no words.
 */
export function everyWordIn(columns: string[], query: string | undefined): { clause: string; params: string[] } | null {
  const words = foldAccents(query ?? '')
    .split(/\s+/u)
    .filter(Boolean);
  if (words.length === 0) return null;
  const one = `(${columns.map((c) => `${c} LIKE ? ESCAPE '\\'`).join(' OR ')})`;
  return {
    clause: words.map(() => one).join(' AND '),
    params: words.flatMap((word) => columns.map(() => `%${likeEscaped(word)}%`)),
  };
}
