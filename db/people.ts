import type { CloseReason, ListedPerson, Person, PersonKind, Stage } from '../core/model';
import { stageSteps, type PersonApplication, type StageChange } from '../core/personRecord';
import { settingAside, statement, type Db } from './connection';
import { timeOrderedIds } from './ids';
import { nameSortKey } from './nameKey';
import { insertRecord, updateRecord, type TableSpec } from './records';
import { ftsQuery, indexPeopleAfter } from './search';
import { countTagged, eachTagged, taggedWith, tagsOfEach } from './tags';

export interface PersonFields {
  kind: PersonKind;
  name: string;
  email?: string | null;
  phone?: string | null;
  timezone?: string | null;
  companyId?: string | null;
  employer?: string | null;
  title?: string | null;
  location?: string | null;
  linkedinUrl?: string | null;
  notes?: string | null;
}

const spec: TableSpec<PersonFields> = {
  table: 'people',
  entity: 'person',
  columns: {
    kind: 'kind',
    name: 'name',
    email: 'email',
    phone: 'phone',
    timezone: 'timezone',
    companyId: 'company_id',
    employer: 'employer',
    title: 'title',
    location: 'location',
    linkedinUrl: 'linkedin_url',
    notes: 'notes',
  },
  textNotAudited: ['notes'],
};

const PERSON_COLUMNS = `p.id, p.kind, p.name, p.email, p.phone, p.timezone, p.company_id AS companyId, c.name AS companyName, p.employer,
                       p.title, p.location, p.linkedin_url AS linkedinUrl, p.notes, p.created_at AS createdAt, p.updated_at AS updatedAt`;
const SELECT = `SELECT ${PERSON_COLUMNS} FROM people p LEFT JOIN companies c ON c.id = p.company_id`;

const FIELDS = Object.keys(spec.columns) as (keyof PersonFields)[];
// The sort key goes in with each row, so the trigger that keys a new name (migration 0011) finds it right and writes
// nothing more.
const COLUMNS = ['id', 'created_at', 'updated_at', 'name_key', ...FIELDS.map((f) => spec.columns[f])];
/** Rows to one INSERT: 500 × 15 values, well under SQLite's limit of 32,766. */
const ROWS_PER_INSERT = 500;
const ROW = `(${COLUMNS.map(() => '?').join(', ')})`;

/**
 * Adds many people at once, for imports, leaving what adding each alone would leave (the same
 * rows, contact outlooks and search entries; db.test compares them) except the audit: the import
 * writes one entry for the batch (auditImport). The ids are time-ordered (UUIDv7), so each chunk
 * lands at the end of the id index instead of anywhere in it; rows go in 500 to a statement, and
 * what the triggers would write row by row is written in one statement each. `onProgress` hears
 * how many are in after each chunk, and may throw to stop: the caller's transaction then undoes
 * everything. Call inside a transaction. Returns the new ids, in the order of `people`.
 */
export function addPeople(
  db: Db,
  people: readonly PersonFields[],
  now: string,
  onProgress?: (added: number) => void,
): string[] {
  if (people.length === 0) return [];
  const ids = timeOrderedIds(people.length, now);
  const before = statement(db, 'SELECT coalesce(max(rowid), 0) FROM people').pluck().get() as number;
  settingAside(db, ['people_outlook', 'people_search_insert'], () => {
    for (let start = 0; start < people.length; start += ROWS_PER_INSERT) {
      const end = Math.min(start + ROWS_PER_INSERT, people.length);
      const values: (string | null)[] = [];
      for (let i = start; i < end; i++) {
        values.push(ids[i]!, now, now, nameSortKey(people[i]!.name));
        for (const field of FIELDS) values.push(people[i]![field] ?? null);
      }
      const sql = `INSERT INTO people (${COLUMNS.join(', ')}) VALUES ${Array.from({ length: end - start }, () => ROW).join(', ')}`;
      // Full chunks share one kept statement; the last, shorter one is prepared once.
      (end - start === ROWS_PER_INSERT ? statement(db, sql) : db.prepare(sql)).run(values);
      onProgress?.(end);
    }
    // SQLite numbers a new row max(rowid) + 1 (people has no AUTOINCREMENT): the new people are those past `before`.
    // What the people_outlook trigger (migration 0002) adds for each:
    statement(
      db,
      'INSERT INTO contact_outlook (person_id, quiet_since) SELECT id, created_at FROM people WHERE rowid > ? ORDER BY rowid',
    ).run(before);
    indexPeopleAfter(db, before);
  });
  return ids;
}

export function createPerson(db: Db, fields: PersonFields, now: string): Person {
  const id = insertRecord(db, spec, fields, now);
  return getPerson(db, id)!;
}

export function getPerson(db: Db, id: string): Person | undefined {
  return statement(db, `${SELECT} WHERE p.id = ?`).get(id) as Person | undefined;
}

type ApplicationRow = Omit<PersonApplication, 'outcome' | 'history'> & {
  closedReason: CloseReason | null;
  stageChangedAt: string;
};

/**
 * A candidate's applications, the open ones first, each group most recently moved first, with the stages each
 * entered as the audit log tells them.
 */
export function personApplications(db: Db, candidateId: string): PersonApplication[] {
  const rows = statement(
    db,
    `SELECT a.id, a.position_id AS positionId, pos.title AS positionTitle, pos.company_id AS companyId,
            c.name AS companyName, a.stage, a.closed_reason AS closedReason, a.created_at AS openedAt,
            a.stage_changed_at AS stageChangedAt
       FROM applications a JOIN positions pos ON pos.id = a.position_id JOIN companies c ON c.id = pos.company_id
      WHERE a.candidate_id = ?
      ORDER BY a.stage IN ('placed', 'closed'), a.stage_changed_at DESC, a.id`,
  ).all(candidateId) as ApplicationRow[];
  if (rows.length === 0) return [];
  // Each application's changes, read through the audit log's index on (entity, entity_id).
  const changes = statement(
    db,
    `SELECT entity_id AS applicationId, at, json_extract(changes, '$.stage[1]') AS stage,
            json_extract(changes, '$.undo') IS NOT NULL AS undo
       FROM audit_log
      WHERE entity = 'application' AND entity_id IN (SELECT id FROM applications WHERE candidate_id = ?)
        AND action = 'update' AND json_extract(changes, '$.stage') IS NOT NULL
      ORDER BY id`,
  ).all(candidateId) as { applicationId: string; at: string; stage: Stage; undo: number }[];
  const byApplication = new Map<string, StageChange[]>();
  for (const { applicationId, at, stage, undo } of changes) {
    const list = byApplication.get(applicationId) ?? [];
    list.push({ at, stage, undo: undo === 1 });
    byApplication.set(applicationId, list);
  }
  return rows.map(({ closedReason, stageChangedAt, ...row }) => {
    const ended = row.stage === 'placed' || row.stage === 'closed';
    return {
      ...row,
      closedAt: ended ? stageChangedAt : null,
      outcome: row.stage === 'placed' ? 'placed' : closedReason,
      history: stageSteps(
        { openedAt: row.openedAt, stage: row.stage, stageChangedAt },
        byApplication.get(row.id) ?? [],
      ),
    };
  });
}

export function updatePerson(db: Db, id: string, patch: Partial<PersonFields>, now: string): Person | undefined {
  return updateRecord(db, spec, id, patch, now) ? getPerson(db, id) : undefined;
}

export type PeopleSort = 'name' | 'newest';

export interface PeopleFilter {
  /**
   * Words matched by prefix against the search index: the person's entry, and their company's name.
   * A number also matches the digits of phones.
   */
  query?: string;
  kind?: PersonKind;
  companyId?: string;
  /** Tags they must all carry (spelling aside). */
  tags?: readonly string[];
  sort?: PeopleSort;
  limit: number;
  /** Where the last page ended, as `next` gave it. */
  after?: string;
}

export interface PeoplePage {
  /** Each with their tags, read for the page's people alone. */
  people: ListedPerson[];
  /** Everyone the filter matches, on every page. */
  total: number;
  next?: string;
}

export { nameSortKey };

type Cursor = { sort: 'name'; key: string; name: string; id: string } | { sort: 'newest'; at: string; id: string };

function encodeCursor(cursor: Cursor): string {
  const values = cursor.sort === 'name' ? [cursor.key, cursor.name, cursor.id] : [cursor.at, cursor.id];
  return Buffer.from(JSON.stringify([cursor.sort, ...values])).toString('base64url');
}

/** The cursor `next` gave, or undefined when the text is not one (or is one for another order). */
export function decodeCursor(text: string, sort: PeopleSort): Cursor | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || parsed[0] !== sort || !parsed.every((v) => typeof v === 'string')) return undefined;
  const values = parsed as string[];
  if (sort === 'name' && values.length === 4) return { sort, key: values[1]!, name: values[2]!, id: values[3]! };
  if (sort === 'newest' && values.length === 3) return { sort, at: values[1]!, id: values[2]! };
  return undefined;
}

/**
 * Each order walks an index of migration 0011 (on its own, or after the kind or the company), so a
 * page reads only its own rows. The name itself, then the id, break ties between keys, so every
 * row has one place.
 */
const ORDER: Record<PeopleSort, { key: string; after: string; by: string }> = {
  name: { key: 'p.name_key', after: '(p.name_key, p.name, p.id) > (?, ?, ?)', by: 'p.name_key, p.name, p.id' },
  newest: { key: 'p.created_at', after: '(p.created_at, p.id) < (?, ?)', by: 'p.created_at DESC, p.id DESC' },
};

/**
 * The rowids of people matching `text` in the search index: their own entry, or their company's
 * name. The index's rowids are followed through search_refs, which is narrow, rather than reading
 * each match's stored text, so a one-letter query matching everyone stays affordable.
 */
function allMatching(query: string): { clause: string; params: string[] } {
  return {
    clause: `p.rowid IN (
      SELECT x.rowid FROM search_refs r CROSS JOIN people x ON x.id = r.ref
       WHERE r.kind = 'person' AND r.id IN (SELECT rowid FROM search_index WHERE search_index MATCH ?)
      UNION
      SELECT x.rowid FROM search_refs r CROSS JOIN people x ON x.company_id = r.ref
       WHERE r.kind = 'company' AND r.id IN (SELECT rowid FROM search_index WHERE search_index MATCH ?))`,
    params: [query, `{title} : (${query})`],
  };
}

/**
 * The same question asked of one person at a time, as the walk along a sort index reaches them:
 * their own entry, or their company's, looked up by its rowid within what the query matches.
 */
function eachMatching(query: string): { clause: string; params: string[] } {
  return {
    clause: `(EXISTS (SELECT 1 FROM search_refs r CROSS JOIN search_index ON search_index.rowid = r.id
                       WHERE r.ref = p.id AND r.kind = 'person' AND search_index MATCH ?)
              OR (p.company_id IS NOT NULL
                  AND EXISTS (SELECT 1 FROM search_refs r CROSS JOIN search_index ON search_index.rowid = r.id
                               WHERE r.ref = p.company_id AND r.kind = 'company' AND search_index MATCH ?)))`,
    params: [query, `{title} : (${query})`],
  };
}

/** Text that reads as a phone number: digits, and the spaces, plus, dashes, dots, slashes and brackets around them. */
const PHONE_LIKE = /^[\d\s+\-()./]+$/;
/** What people write between a phone number's digits. */
const PHONE_MARKS = [' ', '\u00a0', '-', '.', '(', ')', '/'];
/** The person's phone without those marks, its plus kept: '+34 611-23' is '+3461123'. */
const PHONE_DIGITS = PHONE_MARKS.reduce((sql, mark) => `replace(${sql}, '${mark}', '')`, 'p.phone');

/**
 * People whose phone holds the query's digits in a row, however either is spaced: '611 23' finds
 * '+34 611 234 567'. A plus typed stays one, so '+34' finds numbers in Spain, not every 34.
 * Only for text that reads as a number with two digits or more, so a word never reaches it. No index
 * holds phones, so each person of the list is read, once: at 100,000 people that costs some four times
 * the first page of the list unfiltered (which reads only an index), still well within a typed filter's pause.
 */
function phoneMatching(text: string | undefined): { clause: string; params: string[] } | null {
  if (text === undefined || !PHONE_LIKE.test(text)) return null;
  const typed = text.replace(/[^\d+]/g, '');
  if (typed.replace(/\+/g, '').length < 2) return null;
  // The GLOB ('*6*1*1*2*3*': those digits in that order, anything between) turns most phones away in one cheap step.
  return { clause: `(p.phone GLOB ? AND instr(${PHONE_DIGITS}, ?) > 0)`, params: [`*${[...typed].join('*')}*`, typed] };
}

/** Either condition, or the one there is. */
function either(a: { clause: string; params: string[] }, b: { clause: string; params: string[] } | null) {
  return b ? { clause: `(${a.clause} OR ${b.clause})`, params: [...a.params, ...b.params] } : a;
}

/**
 * Whether walking the sort index and asking of each person whether they match beats collecting
 * everyone who matches and sorting them. The walk passes about limit × everyone / matches people,
 * each asked of the search index (some five times the cost of collecting one match), so it wins
 * only when most people match: a word nearly everyone has, as typing its first letters gives.
 */
function walkIsCheaper(matches: number, everyone: number, limit: number): boolean {
  return matches * matches > 5 * limit * everyone;
}

/**
 * One page of people, in name order (or newest first), from where the last page ended: a keyset,
 * so nobody is skipped or shown twice when others are added or removed between pages.
 * `after` must come from the same filter; undefined when it is not a cursor this list gave.
 */
export function listPeople(db: Db, filter: PeopleFilter): PeoplePage | undefined {
  const sort = filter.sort ?? 'name';
  const order = ORDER[sort];
  let from: string[] = [];
  if (filter.after !== undefined) {
    const cursor = decodeCursor(filter.after, sort);
    if (!cursor) return undefined;
    from = cursor.sort === 'name' ? [cursor.key, cursor.name, cursor.id] : [cursor.at, cursor.id];
  }

  const conditions: string[] = [];
  const params: string[] = [];
  const keep = (condition: string, ...values: string[]) => {
    conditions.push(condition);
    params.push(...values);
  };
  if (filter.kind) keep('p.kind = ?', filter.kind);
  if (filter.companyId) keep('p.company_id = ?', filter.companyId);
  const count = (extra: { clause: string; params: string[] } | null) => {
    const all = extra ? [...conditions, extra.clause] : conditions;
    const where = all.length ? `WHERE ${all.join(' AND ')}` : '';
    return statement(db, `SELECT count(*) FROM people p ${where}`)
      .pluck()
      .get(...params, ...(extra?.params ?? [])) as number;
  };

  // Everyone the tags (and the kind and company) let through, counted from the tags' side: asking each person would
  // read everyone.
  let taggedTotal: (() => number) | undefined;
  if (filter.tags?.length) {
    // Whoever carries the tags is collected through the index of tags and sorted, unless nearly everyone does: then the
    // walk along the sort index asks each person it reaches, by the tags' primary key, and meets a page sooner.
    const tagged = countTagged(db, filter.tags);
    const all = taggedWith(db, filter.tags);
    const among = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const amongParams = [...params];
    taggedTotal = () =>
      among
        ? (statement(db, `SELECT count(*) FROM (${all.sql}) g CROSS JOIN people p ON p.id = g.person_id ${among}`)
            .pluck()
            .get(...all.params, ...amongParams) as number)
        : tagged;
    // A person asked costs a lookup or two in a narrow index, about a third of collecting and sorting one match.
    if (tagged > filter.limit && 3 * tagged * tagged > filter.limit * count(null)) {
      const each = eachTagged('p.id', filter.tags);
      keep(each.clause, ...each.params);
    } else {
      keep(`p.rowid IN (SELECT x.rowid FROM (${all.sql}) g CROSS JOIN people x ON x.id = g.person_id)`, ...all.params);
    }
  }

  const everyone = () => (taggedTotal ? taggedTotal() : count(null));

  // Text with no words in it (only punctuation) filters nothing out, as an empty box does.
  const query = filter.query === undefined ? null : ftsQuery(filter.query);
  let total: number;
  const phone = phoneMatching(filter.query);
  if (query && phone) {
    // Everyone's phone is read, once: who matches is collected, and the page is then read among them alone, unless
    // they are so many that the walk along the sort index meets a page of them sooner.
    const everyMatch = either(allMatching(query.prefix), phone);
    const where = ['WHERE', [...conditions, everyMatch.clause].join(' AND ')].join(' ');
    const matches = statement(db, `SELECT p.rowid FROM people p ${where}`)
      .pluck()
      .all(...params, ...everyMatch.params) as number[];
    total = matches.length;
    if (walkIsCheaper(total, total > 5 * filter.limit ? everyone() : total, filter.limit))
      keep(everyMatch.clause, ...everyMatch.params);
    else keep('p.rowid IN (SELECT value FROM json_each(?))', JSON.stringify(matches));
  } else if (query) {
    const everyMatch = allMatching(query.prefix);
    total = count(everyMatch);
    const walk = walkIsCheaper(total, total > 5 * filter.limit ? everyone() : total, filter.limit);
    const match = walk ? eachMatching(query.prefix) : everyMatch;
    keep(match.clause, ...match.params);
  } else {
    total = everyone();
  }
  if (from.length) keep(order.after, ...from);
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  // Companies are joined for the page's rows only: the walk along the index stops at the limit.
  const rows = statement(
    db,
    `SELECT ${PERSON_COLUMNS}, ${order.key} AS sortKey
       FROM people p LEFT JOIN companies c ON c.id = p.company_id
      ${where} ORDER BY ${order.by} LIMIT ?`,
  ).all(...params, filter.limit + 1) as (Person & { sortKey: string })[];
  const more = rows.length > filter.limit;
  const shown = rows.slice(0, filter.limit);
  // The page's tags in one more query, so the walk along the index above reads people alone.
  const tags = tagsOfEach(
    db,
    shown.map((p) => p.id),
  );
  const people = shown.map(({ sortKey: _, ...person }): ListedPerson => ({
    ...person,
    tags: tags.get(person.id) ?? [],
  }));
  const last = rows[filter.limit - 1];
  const next =
    more && last
      ? encodeCursor(
          sort === 'name'
            ? { sort, key: last.sortKey, name: last.name, id: last.id }
            : { sort, at: last.sortKey, id: last.id },
        )
      : undefined;
  return next ? { people, total, next } : { people, total };
}
