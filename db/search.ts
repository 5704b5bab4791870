import { statement, type Db } from './connection';

export interface SearchHit {
  type: 'person' | 'company' | 'position' | 'touch';
  id: string;
  title: string;
  snippet: string;
}

const OPERATORS = new Set(['AND', 'OR', 'NOT', 'NEAR']);

/**
 * Any text as a safe full-text query: only its words are used, each quoted (so quotes, `*`,
 * `NEAR(`, `AND` and the like are just text), all required, the last one as a prefix. No words, no query.
 */
export function ftsQuery(text: string): string | null {
  // Query words typed out of habit (AND, OR, NOT, NEAR) mean nothing here and would require a word no one wrote.
  const words = (text.slice(0, 2_000).match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !OPERATORS.has(w)).slice(0, 12);
  if (words.length === 0) return null;
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}

export const SEARCH_SQL = `SELECT kind AS type, ref AS id, title, snippet(search_index, 3, '[', ']', '…', 10) AS snippet
                             FROM search_index WHERE search_index MATCH ? ORDER BY bm25(search_index, 0, 0, 8, 1) LIMIT ?`;

/** People, companies, positions and contacts matching `text`, best first. */
export function search(db: Db, text: string, limit: number): SearchHit[] {
  const query = ftsQuery(text);
  if (!query) return [];
  return (statement(db, SEARCH_SQL).all(query, limit) as SearchHit[]).map((hit) => ({ ...hit, snippet: hit.snippet.replace(/\s+/g, ' ').trim() }));
}
