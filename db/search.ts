import type { SearchHit } from '../core/model';
import { foldAccents, hasOwnLetter, OWN_LETTERS_GLOB } from '../core/names';
import { statement, type Db } from './connection';

const OPERATORS = new Set(['AND', 'OR', 'NOT', 'NEAR']);

/**
 * A last word longer than this is also tried as a whole word, first. Prefixes up to six letters have
 * an index of their own (migrations 0006 and 0012); longer ones are costly when common.
 */
export const EXACT_FIRST_AFTER = 4;

/**
 * Any text as safe full-text queries: only its words are used, each quoted (so quotes, `*`,
 * `NEAR(`, `AND` and the like are just text), all required, the last one as a prefix. No words,
 * no query. A last word longer than four letters also gets an `exact` query, tried first: a prefix
 * that long is usually a whole word, and matching it exactly reads only what is shown.
 */
export function ftsQuery(text: string): { prefix: string; exact?: string } | null {
  // Query words typed out of habit (AND, OR, NOT, NEAR) mean nothing here and would require a word no one wrote.
  const words = (text.slice(0, 2_000).match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !OPERATORS.has(w)).slice(0, 12);
  if (words.length === 0) return null;
  // A word with a letter such as ß or ł also matches as a reader without it types it (weiss), which is how names
  // holding one are indexed too (migration 0023); contacts and documents are indexed as written.
  const either = (w: string, star: string) => {
    const plain = foldAccents(w);
    return hasOwnLetter(w) ? `("${w}"${star} OR "${plain}"${star})` : `"${w}"${star}`;
  };
  const quoted = words.map((w) => either(w, '')).join(' ');
  const prefix = [...words.slice(0, -1).map((w) => either(w, '')), either(words.at(-1)!, '*')].join(' ');
  return [...words.at(-1)!].length > EXACT_FIRST_AFTER ? { prefix, exact: quoted } : { prefix };
}

/**
 * Ranking reads every match, so it is kept for queries specific enough to rank: beyond this many
 * matches (a first letter, a word everyone has) names are listed newest first instead, which costs
 * the same at any size.
 */
export const RANK_AT_MOST = 500;

const ENTITY = `SELECT kind AS type, ref AS id, title, snippet(search_index, 3, '[', ']', '…', 10) AS snippet FROM search_index WHERE search_index MATCH ?`;
const SQL = {
  count: `SELECT count(*) FROM (SELECT 1 FROM search_index WHERE search_index MATCH ? LIMIT ${RANK_AT_MOST + 1})`,
  ranked: `${ENTITY} ORDER BY bm25(search_index, 0, 0, 8, 1) LIMIT ?`,
  newest: `${ENTITY} ORDER BY rowid DESC LIMIT ?`,
  // Contacts, ten to one against everything else, are never ranked: the latest come first.
  touches: `SELECT 'touch' AS type, t.id, p.name AS title, s.snippet, p.id AS personId
              FROM (SELECT rowid, ref, snippet(touch_search, 1, '[', ']', '…', 10) AS snippet
                      FROM touch_search WHERE touch_search MATCH ? ORDER BY rowid DESC LIMIT ?) s
              CROSS JOIN touches t ON t.id = s.ref CROSS JOIN people p ON p.id = t.person_id
             ORDER BY s.rowid DESC`,
};

function entities(db: Db, query: string, limit: number): SearchHit[] {
  if ((statement(db, SQL.count).pluck().get(query) as number) <= RANK_AT_MOST)
    return statement(db, SQL.ranked).all(query, limit) as SearchHit[];
  // Too broad to rank: names that match first, then the rest.
  const byName = statement(db, SQL.newest).all(`{title} : (${query})`, limit) as SearchHit[];
  return byName.length === limit
    ? byName
    : more(byName, statement(db, SQL.newest).all(query, limit) as SearchHit[], limit);
}

/** `first`, then those of `then` not already in it, up to `limit`. */
function more(first: SearchHit[], then: SearchHit[], limit: number): SearchHit[] {
  const seen = new Set(first.map((h) => h.id));
  return [...first, ...then.filter((h) => !seen.has(h.id))].slice(0, limit);
}

/** Exact matches first; the prefix query only when they do not fill the list. */
function both(query: { prefix: string; exact?: string }, limit: number, run: (q: string) => SearchHit[]): SearchHit[] {
  if (query.exact === undefined) return run(query.prefix);
  const exact = run(query.exact);
  return exact.length >= limit ? exact : more(exact, run(query.prefix), limit);
}

/**
 * People, companies, positions and contacts matching `text`: the first three best first, then
 * contacts newest first, which keep at least a quarter of the places when they match.
 */
export function search(db: Db, text: string, limit: number): SearchHit[] {
  const query = ftsQuery(text);
  if (!query) return [];
  const touches = both(query, limit, (q) => statement(db, SQL.touches).all(q, limit) as SearchHit[]);
  const kept = both(query, limit, (q) => entities(db, q, limit)).slice(
    0,
    limit - Math.min(touches.length, Math.ceil(limit / 4)),
  );
  return [...kept, ...touches.slice(0, limit - kept.length)].map((hit) => ({
    ...hit,
    snippet: hit.snippet.replace(/\s+/g, ' ').trim(),
  }));
}

// What the people_search_insert trigger (migration 0010) indexes for a person: kept the same, and
// search.test compares an imported person's index row with a typed one's. A new person has no tags yet.
const PERSON_TITLE = 'p.name';
const PERSON_BODY =
  "coalesce(p.email, '') || ' ' || coalesce(p.title, '') || ' ' || coalesce(p.location, '') || ' ' || coalesce(p.notes, '') || coalesce(' ' || p.employer, '')";

/** A name holding letters that are not a letter plus an accent (Weiß), folded, as the triggers (migration 0023) add it. */
const folded = (column: string) =>
  `CASE WHEN ${column} GLOB '${OWN_LETTERS_GLOB}' THEN ' ' || politely_name_key(${column}) ELSE '' END`;

/** A person's tags, in the recruiter's order, as the people_search_update trigger (migration 0016) adds them. */
const PERSON_TAGS =
  "coalesce(' ' || (SELECT group_concat(t.tag, ' ' ORDER BY t.position) FROM person_tags t " +
  "WHERE t.person_id = p.id), '')";

/** Indexes a person's entry again, with their tags: after the tags change, which no trigger watches. */
export function reindexPerson(db: Db, personId: string): void {
  statement(
    db,
    `UPDATE search_index SET body = (SELECT ${PERSON_BODY} || ${PERSON_TAGS} || ${folded('p.name')} FROM people p WHERE p.id = ?)
      WHERE rowid = (SELECT id FROM search_refs WHERE ref = ? AND kind = 'person')`,
  ).run(personId, personId);
}

/**
 * Indexes for search every person added after rowid `after`, in two statements, as the
 * people_search_insert trigger would have one by one: for imports, which set the trigger aside.
 */
export function indexPeopleAfter(db: Db, after: number): void {
  statement(
    db,
    "INSERT INTO search_refs (kind, ref) SELECT 'person', id FROM people WHERE rowid > ? ORDER BY rowid",
  ).run(after);
  statement(
    db,
    `INSERT INTO search_index (rowid, kind, ref, title, body)
     SELECT r.id, 'person', p.id, ${PERSON_TITLE}, ${PERSON_BODY} || ${folded('p.name')} FROM people p JOIN search_refs r ON r.ref = p.id AND r.kind = 'person' WHERE p.rowid > ?`,
  ).run(after);
}
