import { describe, expect, it } from 'vitest';
import { inTransaction, openDatabase, type Db } from '../../db/connection';
import { addPeople, listPeople, nameSortKey, type PeopleFilter } from '../../db/people';
import { T0 } from './helpers';

const NOW = T0.toISOString();

/** A profile where most people are candidates, some client contacts at one company, all named Person …. */
function profile(): { db: Db; companyId: string } {
  const db = openDatabase(':memory:');
  const companyId = 'acme';
  db.prepare("INSERT INTO companies (id, name, created_at, updated_at) VALUES (?, 'Acme Robotics', ?, ?)").run(
    companyId,
    NOW,
    NOW,
  );
  inTransaction(db, () =>
    addPeople(
      db,
      Array.from({ length: 3_000 }, (_, i) =>
        i % 10 === 9
          ? { kind: 'contact' as const, name: `Person ${i}`, companyId }
          : { kind: 'candidate' as const, name: `Person ${i}` },
      ),
      NOW,
    ),
  );
  // Everyone carries one tag; one in fifty another.
  db.exec(`INSERT INTO person_tags (person_id, key, tag, position) SELECT id, 'everyone', 'Everyone', 0 FROM people;
           INSERT INTO person_tags (person_id, key, tag, position)
             SELECT id, 'rare', 'Rare', 1 FROM people WHERE rowid % 50 = 0`);
  return { db, companyId };
}

/**
 * How SQLite means to read the page listPeople asks for: the statement it prepared that takes the
 * page (the one with a LIMIT), explained. Statements are kept per connection, so each call gets a
 * connection of its own, to see the statement prepared.
 */
function pagePlan(filter: Omit<PeopleFilter, 'limit'>): string[] {
  const { db, companyId } = profile();
  const prepared: string[] = [];
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    prepared.push(sql);
    return prepare(sql);
  }) as Db['prepare'];
  const given = { ...filter, ...(filter.companyId ? { companyId } : {}), limit: 50 };
  const first = listPeople(db, given)!;
  expect(first.people).toHaveLength(50);
  listPeople(db, { ...given, after: first.next! });
  const pages = prepared.filter((sql) => /\bLIMIT \?\s*$/.test(sql));
  expect(pages.length).toBeGreaterThan(0);
  // The plan does not depend on the values: each placeholder is explained unbound (null).
  const unbound = (sql: string) => Array.from({ length: sql.split('?').length - 1 }, () => null);
  return pages.flatMap((sql) =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...unbound(sql)) as { detail: string }[]).map((r) => r.detail),
  );
}

const SORTS = ['name', 'newest'] as const;
const FILTERS: [string, Omit<PeopleFilter, 'limit' | 'sort'>][] = [
  ['everyone', {}],
  ['one kind', { kind: 'candidate' }],
  ['one company', { companyId: 'acme' }],
  ['one kind at one company', { kind: 'contact', companyId: 'acme' }],
  // A word nearly everyone has: asked of each person as the walk reaches them.
  ['a word everyone has', { query: 'pers' }],
  ['one kind and a word everyone has', { kind: 'candidate', query: 'pers' }],
  // A tag nearly everyone has: asked of each person, by the tags' primary key, as the walk reaches them.
  ['a tag everyone has', { tags: ['everyone'] }],
  ['one kind and a tag everyone has', { kind: 'candidate', tags: ['Everyone'] }],
];

describe('the people list reads its page along an index', () => {
  for (const sort of SORTS)
    for (const [name, filter] of FILTERS) {
      // A company's few people, newest first, are the one page sorted as read: no index has company then date.
      if (sort === 'newest' && filter.companyId) continue;
      it(`for ${name}, by ${sort}, walking the index in order and stopping at the page`, () => {
        const plan = pagePlan({ ...filter, sort });
        expect(plan.join('\n')).not.toMatch(/TEMP B-TREE/);
        expect(plan[0]).toMatch(/^(SCAN|SEARCH) p USING (COVERING )?INDEX people_\w+/);
      });
    }

  it('sorts only a company’s own people when they are asked for newest first', () => {
    const plan = pagePlan({ companyId: 'acme', sort: 'newest' });
    expect(plan[0]).toMatch(/^SEARCH p USING INDEX people_company_name_key \(company_id=\?\)/);
  });

  it('collects and sorts the matches of a query few people match, instead of asking everyone', () => {
    const plan = pagePlan({ query: 'Person 12', kind: 'candidate' });
    expect(plan.join('\n')).toMatch(/SCAN search_index VIRTUAL TABLE INDEX 0:M/);
    expect(plan.join('\n')).not.toMatch(/SEARCH search_index VIRTUAL TABLE INDEX 0:=M/);
  });
});

describe('the people list by tags', () => {
  it('collects the people of a tag few carry through the index of tags, instead of asking everyone', () => {
    for (const sort of SORTS) {
      const plan = pagePlan({ tags: ['rare'], sort }).join('\n');
      expect(plan).toMatch(/SEARCH t0 USING COVERING INDEX person_tags_by_key \(key=\?\)/);
      expect(plan).toMatch(/SEARCH x USING COVERING INDEX sqlite_autoindex_people_1 \(id=\?\)/);
      // Only the matches are read, by their rowid, and sorted.
      expect(plan).toMatch(/^SEARCH p USING INTEGER PRIMARY KEY \(rowid=\?\)/);
      expect(plan).not.toMatch(/SCAN/);
    }
  });

  it('checks the other tags of each by the primary key', () => {
    const plan = pagePlan({ tags: ['rare', 'everyone'] }).join('\n');
    expect(plan).toMatch(/SEARCH t0 USING COVERING INDEX person_tags_by_key \(key=\?\)/);
    expect(plan).toMatch(/SEARCH t1 USING PRIMARY KEY \(person_id=\? AND key=\?\)/);
    expect(plan).not.toMatch(/SCAN/);
  });

  it('asks a person the walk reaches by the primary key', () => {
    expect(pagePlan({ tags: ['everyone'] }).join('\n')).toMatch(
      /SEARCH t EXISTS USING PRIMARY KEY \(person_id=\? AND key=\?\)/,
    );
  });
});

describe('a query nearly everyone matches', () => {
  it('pages, walking the name index, through exactly whom it matches: by their own entry or their company', () => {
    const db = openDatabase(':memory:');
    const at = (id: string, name: string) =>
      db
        .prepare('INSERT INTO companies (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)')
        .run(id, name, NOW, NOW);
    at('pp', 'Personnel Partners');
    at('acme', 'Acme Robotics');
    const people = [
      ...Array.from({ length: 150 }, (_, i) => ({ kind: 'candidate' as const, name: `Person ${i}` })),
      ...Array.from({ length: 20 }, (_, i) => ({ kind: 'contact' as const, name: `Zoë ${i}`, companyId: 'pp' })),
      ...Array.from({ length: 10 }, (_, i) => ({ kind: 'contact' as const, name: `Ádám ${i}`, companyId: 'acme' })),
      ...Array.from({ length: 10 }, (_, i) => ({ kind: 'candidate' as const, name: `Other ${i}` })),
    ];
    inTransaction(db, () => addPeople(db, people, NOW));
    const expected = people
      .filter((p) => p.name.startsWith('Person') || ('companyId' in p && p.companyId === 'pp'))
      .map((p) => p.name)
      .sort((a, b) => (nameSortKey(a) < nameSortKey(b) ? -1 : nameSortKey(a) > nameSortKey(b) ? 1 : 0));
    const seen: string[] = [];
    const totals = new Set<number>();
    let after: string | undefined;
    do {
      const page = listPeople(db, { query: 'pers', limit: 7, ...(after ? { after } : {}) })!;
      seen.push(...page.people.map((p) => p.name));
      totals.add(page.total);
      after = page.next;
    } while (after);
    expect(seen).toEqual(expected);
    expect([...totals]).toEqual([170]);
  });
});

describe('the people list’s tags', () => {
  it('come with each person of a page, in the order given, read in one query for the page, by the primary key', () => {
    const db = openDatabase(':memory:');
    const ids = inTransaction(db, () =>
      addPeople(
        db,
        Array.from({ length: 60 }, (_, i) => ({
          kind: 'candidate' as const,
          name: `Person ${String(i).padStart(2, '0')}`,
        })),
        NOW,
      ),
    );
    const tag = db.prepare('INSERT INTO person_tags (person_id, key, tag, position) VALUES (?, ?, ?, ?)');
    ids.forEach((id, i) => {
      tag.run(id, 'go', 'Go', 1);
      if (i % 2 === 0) tag.run(id, 'senior', 'Senior', 0);
    });
    // Every statement that reads tags, each time it runs.
    const runs: string[] = [];
    const prepare = db.prepare.bind(db);
    db.prepare = ((sql: string) => {
      const statement = prepare(sql);
      if (!sql.includes('person_tags')) return statement;
      for (const method of ['all', 'get', 'iterate'] as const) {
        const run = statement[method].bind(statement) as (...args: unknown[]) => unknown;
        (statement as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
          runs.push(sql);
          return run(...args);
        };
      }
      return statement;
    }) as Db['prepare'];

    const first = listPeople(db, { limit: 50 })!;
    expect(first.people.slice(0, 3).map((p) => [p.name, p.tags])).toEqual([
      ['Person 00', ['Senior', 'Go']],
      ['Person 01', ['Go']],
      ['Person 02', ['Senior', 'Go']],
    ]);
    expect(runs).toHaveLength(1);
    const second = listPeople(db, { limit: 50, after: first.next! })!;
    expect(second.people).toHaveLength(10);
    expect(second.people.every((p) => p.tags.includes('Go'))).toBe(true);
    expect(runs).toHaveLength(2);

    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${runs[0]!}`).all(null) as { detail: string }[]).map((r) => r.detail);
    expect(plan.join('\n')).toMatch(/SEARCH t USING PRIMARY KEY \(person_id=\?\)/);
  });
});
