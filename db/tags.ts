import { randomUUID } from 'node:crypto';
import type { PersonKind } from '../core/model';
import { tagKey, type FilterScreen, type SavedFilter, type TagCount } from '../core/tags';
import { statement, type Db } from './connection';
import { writeAudit } from './records';
import { reindexPerson } from './search';

/** A person's tags, in the order the recruiter gave them. */
export function tagsOf(db: Db, personId: string): string[] {
  return statement(db, 'SELECT tag FROM person_tags WHERE person_id = ? ORDER BY position')
    .pluck()
    .all(personId) as string[];
}

/**
 * The tags of each of these people (a page of a list), in the order the recruiter gave them, in one query: each
 * person's are read by the primary key. Those with none are absent.
 */
export function tagsOfEach(db: Db, personIds: readonly string[]): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  if (personIds.length === 0) return tags;
  const rows = statement(
    db,
    `SELECT t.person_id AS personId, t.tag FROM json_each(?) j CROSS JOIN person_tags t ON t.person_id = j.value
      ORDER BY t.person_id, t.position`,
  ).all(JSON.stringify(personIds)) as { personId: string; tag: string }[];
  for (const { personId, tag } of rows) {
    const theirs = tags.get(personId);
    if (theirs) theirs.push(tag);
    else tags.set(personId, [tag]);
  }
  return tags;
}

/**
 * Replaces a person's tags with `tags` (already clean: trimmed, one spelling of each, within bounds), audits the
 * change on the person and indexes them again for search. Call inside a transaction. Returns the tags as kept.
 */
export function setTags(db: Db, personId: string, tags: readonly string[], now: string): string[] {
  const before = tagsOf(db, personId);
  if (before.length === tags.length && before.every((tag, i) => tag === tags[i])) return before;
  statement(db, 'DELETE FROM person_tags WHERE person_id = ?').run(personId);
  const insert = statement(db, 'INSERT INTO person_tags (person_id, key, tag, position) VALUES (?, ?, ?, ?)');
  tags.forEach((tag, position) => insert.run(personId, tagKey(tag), tag, position));
  statement(db, 'UPDATE people SET updated_at = ? WHERE id = ?').run(now, personId);
  writeAudit(db, now, 'person', personId, 'update', { tags: [before.join(', '), tags.join(', ')] });
  reindexPerson(db, personId);
  return tagsOf(db, personId);
}

/**
 * Every tag in use with how many people carry it, most used first: read from the index of tags alone. Where people
 * spell one tag differently ("Go", "go"), the spelling most of them use stands for it.
 */
export function tagCounts(db: Db): TagCount[] {
  const rows = statement(
    db,
    'SELECT key, tag, count(*) AS n FROM person_tags GROUP BY key, tag ORDER BY key, n DESC, tag',
  ).all() as { key: string; tag: string; n: number }[];
  const byKey = new Map<string, TagCount>();
  for (const { key, tag, n } of rows) {
    const seen = byKey.get(key);
    if (seen) seen.count += n;
    else byKey.set(key, { tag, count: n });
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || (tagKey(a.tag) < tagKey(b.tag) ? -1 : 1));
}

/** Each tag once, by what its spellings share. */
const keysOf = (tags: readonly string[]) => [...new Set(tags.map(tagKey))];

/**
 * The ids of the people who carry every one of `tags` (at least one): found from the people of the rarest tag in the
 * index of tags, each then checked for the others by the primary key.
 */
export function taggedWith(db: Db, tags: readonly string[]): { sql: string; params: string[] } {
  let keys = keysOf(tags);
  if (keys.length > 1) {
    const carrying = statement(db, 'SELECT count(*) FROM person_tags WHERE key = ?').pluck();
    const counts = new Map(keys.map((key) => [key, carrying.get(key) as number]));
    keys = keys.sort((a, b) => counts.get(a)! - counts.get(b)!);
  }
  const [first, ...others] = keys;
  const joins = others.map(
    (_, i) => `JOIN person_tags t${i + 1} ON t${i + 1}.person_id = t0.person_id AND t${i + 1}.key = ?`,
  );
  return {
    sql: `SELECT t0.person_id FROM person_tags t0 ${joins.join(' ')} WHERE t0.key = ?`,
    params: [...others, first!],
  };
}

/** How many people carry every one of `tags`. */
export function countTagged(db: Db, tags: readonly string[]): number {
  const { sql, params } = taggedWith(db, tags);
  return statement(db, `SELECT count(*) FROM (${sql})`)
    .pluck()
    .get(...params) as number;
}

/** The same question asked of one person at a time (`column` holds their id), by the primary key. */
export function eachTagged(column: string, tags: readonly string[]): { clause: string; params: string[] } {
  const keys = keysOf(tags);
  return {
    clause: keys
      .map(() => `EXISTS (SELECT 1 FROM person_tags t WHERE t.person_id = ${column} AND t.key = ?)`)
      .join(' AND '),
    params: keys,
  };
}

export interface SavedFilterFields {
  name: string;
  screen: FilterScreen;
  query: string | null;
  tags: string[];
  kind: PersonKind | null;
  positionId: string | null;
}

const FILTER = `SELECT id, name, screen, query, tags, kind, position_id AS positionId, created_at AS createdAt,
                       updated_at AS updatedAt FROM saved_filters`;

type FilterRow = Omit<SavedFilter, 'tags'> & { tags: string };
const toFilter = ({ tags, ...row }: FilterRow): SavedFilter => ({ ...row, tags: JSON.parse(tags) as string[] });

/** Every saved filter, by name (People's before the Pipeline's of the same name). */
export function listSavedFilters(db: Db): SavedFilter[] {
  return (statement(db, `${FILTER} ORDER BY name_key, screen, id`).all() as FilterRow[]).map(toFilter);
}

export function getSavedFilter(db: Db, id: string): SavedFilter | undefined {
  const row = statement(db, `${FILTER} WHERE id = ?`).get(id) as FilterRow | undefined;
  return row && toFilter(row);
}

/** The filter of that name on that screen (names compare without case), if there is one. */
export function findSavedFilter(db: Db, screen: FilterScreen, name: string): SavedFilter | undefined {
  const row = statement(db, `${FILTER} WHERE screen = ? AND name_key = ?`).get(screen, tagKey(name)) as
    FilterRow | undefined;
  return row && toFilter(row);
}

export function countSavedFilters(db: Db): number {
  return statement(db, 'SELECT count(*) FROM saved_filters').pluck().get() as number;
}

/** Saves a filter under its name: a filter of that name on that screen is replaced. Call inside a transaction. */
export function saveFilter(db: Db, fields: SavedFilterFields, now: string): SavedFilter {
  const values = [
    fields.name,
    tagKey(fields.name),
    fields.screen,
    fields.query,
    JSON.stringify(fields.tags),
    fields.kind,
    fields.positionId,
  ];
  const existing = findSavedFilter(db, fields.screen, fields.name);
  if (existing) {
    statement(
      db,
      `UPDATE saved_filters SET name = ?, name_key = ?, screen = ?, query = ?, tags = ?, kind = ?, position_id = ?,
              updated_at = ? WHERE id = ?`,
    ).run(...values, now, existing.id);
    return getSavedFilter(db, existing.id)!;
  }
  const id = randomUUID();
  statement(
    db,
    `INSERT INTO saved_filters (id, name, name_key, screen, query, tags, kind, position_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, ...values, now, now);
  return getSavedFilter(db, id)!;
}

export function removeSavedFilter(db: Db, id: string): boolean {
  return statement(db, 'DELETE FROM saved_filters WHERE id = ?').run(id).changes > 0;
}
