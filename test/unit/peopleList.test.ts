import { describe, expect, it } from 'vitest';
import type { Person } from '../../api/contract';
import { inTransaction } from '../../db/connection';
import { addPeople, nameSortKey } from '../../db/people';
import { makeBackend, T0, type Backend } from './helpers';

/** Adds `count` candidates named `Person 1`… through the import path, which is quick at any size. */
function addMany(b: Backend, count: number, name = (i: number) => `Person ${i + 1}`) {
  inTransaction(b.db, () =>
    addPeople(
      b.db,
      Array.from({ length: count }, (_, i) => ({ kind: 'candidate' as const, name: name(i) })),
      T0.toISOString(),
    ),
  );
}

/** Every page of the list, from the top, with the filter given. */
async function allPages(b: Backend, input: { limit: number; kind?: 'candidate' | 'contact'; query?: string }) {
  const pages: { people: Person[]; total: number; next?: string }[] = [];
  let after: string | undefined;
  do {
    const page = await b.ok('people.list', { ...input, ...(after ? { after } : {}) });
    pages.push(page);
    after = page.next;
  } while (after && pages.length < 100);
  return pages;
}

const names = (people: Person[]) => people.map((p) => p.name);

/** SQLite's own lower(), which keys names in plain ASCII. */
const sqliteLower = (text: string) => makeBackend().db.prepare('SELECT lower(?)').pluck().get(text) as string;

describe('people.list pages', () => {
  it('pages through everyone once each, in name order, with the total on every page', async () => {
    const b = makeBackend();
    addMany(b, 250);
    const pages = await allPages(b, { limit: 100 });
    expect(pages.map((p) => p.people.length)).toEqual([100, 100, 50]);
    expect(pages.map((p) => p.total)).toEqual([250, 250, 250]);
    expect(pages.at(-1)!.next).toBeUndefined();
    const all = pages.flatMap((p) => names(p.people));
    expect(new Set(all).size).toBe(250);
    // 'Person 10' before 'Person 100' before 'Person 11': names compare as text.
    expect(all).toEqual(Array.from({ length: 250 }, (_, i) => `Person ${i + 1}`).sort());
  });

  it('gives no next page when the last page is exactly full', async () => {
    const b = makeBackend();
    addMany(b, 4);
    const page = await b.ok('people.list', { limit: 4 });
    expect(page.people).toHaveLength(4);
    expect(page.next).toBeUndefined();
  });

  it('continues after the last one shown, whoever is added or removed meanwhile', async () => {
    const b = makeBackend();
    addMany(b, 6, (i) => ['Bo', 'Cy', 'Di', 'Ed', 'Flo', 'Gus'][i]!);
    const first = await b.ok('people.list', { limit: 3 });
    expect(names(first.people)).toEqual(['Bo', 'Cy', 'Di']);
    // Someone sorting before the cursor, someone after it, and the last one shown removed.
    await b.ok('people.create', { kind: 'candidate', name: 'Al' });
    await b.ok('people.create', { kind: 'candidate', name: 'Eve' });
    await b.ok('io.erasePerson', { id: first.people[2]!.id });
    const second = await b.ok('people.list', { limit: 3, after: first.next! });
    expect(names(second.people)).toEqual(['Ed', 'Eve', 'Flo']);
    expect(second.total).toBe(7);
  });

  it('orders people with the same name by id, so paging never splits or repeats them', async () => {
    const b = makeBackend();
    addMany(b, 5, () => 'Sam Lee');
    const pages = await allPages(b, { limit: 2 });
    const ids = pages.flatMap((p) => p.people.map((x) => x.id));
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(5);
  });

  it('counts and lists only the kind and company asked for', async () => {
    const b = makeBackend();
    const acme = await b.ok('companies.create', { name: 'Acme Robotics' });
    const north = await b.ok('companies.create', { name: 'Northwind Health' });
    await b.ok('people.create', { kind: 'contact', name: 'Dana Whitfield', companyId: acme.id });
    await b.ok('people.create', { kind: 'contact', name: 'Carl Ames', companyId: acme.id });
    await b.ok('people.create', { kind: 'contact', name: 'Omar Haddad', companyId: north.id });
    addMany(b, 3);
    const contacts = await b.ok('people.list', { kind: 'contact' });
    expect([contacts.total, names(contacts.people)]).toEqual([3, ['Carl Ames', 'Dana Whitfield', 'Omar Haddad']]);
    const atAcme = await b.ok('people.list', { kind: 'contact', companyId: acme.id, limit: 1 });
    expect([atAcme.total, names(atAcme.people)]).toEqual([2, ['Carl Ames']]);
    const rest = await b.ok('people.list', { kind: 'contact', companyId: acme.id, limit: 1, after: atAcme.next! });
    expect([names(rest.people), rest.next]).toEqual([['Dana Whitfield'], undefined]);
    expect((await b.ok('people.list', { kind: 'candidate' })).total).toBe(3);
    expect((await b.ok('people.list', {})).total).toBe(6);
  });

  it('matches names, emails and the company by the start of a word, through the search index', async () => {
    const b = makeBackend();
    const north = await b.ok('companies.create', { name: 'Northwind Health' });
    await b.ok('people.create', { kind: 'contact', name: 'Omar Haddad', companyId: north.id });
    await b.ok('people.create', { kind: 'candidate', name: 'Lukas Brandt', email: 'lukas@mail.example' });
    await b.ok('people.create', { kind: 'candidate', name: 'Léa Dubois', email: 'lea.dubois@post.example' });
    addMany(b, 30);
    const found = async (query: string, kind?: 'candidate' | 'contact') => {
      const page = await b.ok('people.list', { query, ...(kind ? { kind } : {}) });
      return [page.total, names(page.people)];
    };
    expect(await found('luk')).toEqual([1, ['Lukas Brandt']]);
    expect(await found('ukas')).toEqual([0, []]);
    // Accents are set aside in the index as in the order: 'lea' finds Léa.
    expect(await found('lea')).toEqual([1, ['Léa Dubois']]);
    expect(await found('dubois@pos')).toEqual([1, ['Léa Dubois']]);
    expect(await found('northw')).toEqual([1, ['Omar Haddad']]);
    expect(await found('northw', 'candidate')).toEqual([0, []]);
    expect(await found('Person 2')).toEqual([
      11,
      ['Person 2', ...Array.from({ length: 10 }, (_, i) => `Person 2${i}`)],
    ]);
    // Text with no words in it leaves the list whole, as an empty box does.
    expect((await b.ok('people.list', { query: '*"()' })).total).toBe(33);
  });

  it('pages through what a query matches', async () => {
    const b = makeBackend();
    addMany(b, 120);
    const pages = await allPages(b, { limit: 4, query: 'Person 1' });
    const all = pages.flatMap((p) => names(p.people));
    // Person 1, 10–19, 100–120.
    expect(all).toHaveLength(32);
    expect(pages.every((p) => p.total === 32)).toBe(true);
    expect(all).toEqual([...all].sort());
  });

  it('sorts accented names where a reader expects them, across pages', async () => {
    const b = makeBackend();
    const given = ['Lukas', 'Zoë', 'Léa', 'anna', 'Émile', 'Zoe Adams', 'Ödön', 'Lea', 'Oscar', 'Eli'];
    addMany(b, given.length, (i) => given[i]!);
    const all = (await allPages(b, { limit: 3 })).flatMap((p) => names(p.people));
    expect(all).toEqual(['anna', 'Eli', 'Émile', 'Lea', 'Léa', 'Lukas', 'Ödön', 'Oscar', 'Zoë', 'Zoe Adams']);
    // The screen sorts what it holds with Intl.Collator; the server's order must agree with it.
    expect(all).toEqual([...given].sort(new Intl.Collator('en').compare));
  });

  it('sorts names with letters such as ß, ł and ø among the plain ones, as Intl.Collator does', async () => {
    const b = makeBackend();
    const given = [
      'Weisz',
      'Łukasz',
      'Oscar',
      'Weiß',
      'Lukas',
      'Ødegård',
      'Zoe',
      'Lukasz Adams',
      'Odette',
      'Đorđe',
      'Dora',
    ];
    addMany(b, given.length, (i) => given[i]!);
    const all = (await allPages(b, { limit: 4 })).flatMap((p) => names(p.people));
    expect(all).toEqual([
      'Dora',
      'Đorđe',
      'Lukas',
      'Łukasz',
      'Lukasz Adams',
      'Ødegård',
      'Odette',
      'Oscar',
      'Weiß',
      'Weisz',
      'Zoe',
    ]);
    expect(all).toEqual([...given].sort(new Intl.Collator('en').compare));
  });

  it('keys names by their letters alone, the same in SQLite as in JavaScript', () => {
    expect(nameSortKey('Émile Ødegård')).toBe('emile odegard');
    expect(nameSortKey('Jürgen WEISS')).toBe(nameSortKey('Jürgen Weiß'));
    expect(nameSortKey('Łukasz Æbelø')).toBe('lukasz aebelo');
    expect(nameSortKey('ZOË')).toBe('zoe');
    expect(sqliteLower("Mary-Ann O'Neil 42")).toBe(nameSortKey("Mary-Ann O'Neil 42"));
  });

  it('orders names keyed in SQLite and in JavaScript as one list', async () => {
    const b = makeBackend();
    // Jose and Josef are plain ASCII, keyed by SQLite's lower(); José goes through nameSortKey.
    addMany(b, 4, (i) => ['Josef', 'José', 'JOSE', 'Josh'][i]!);
    const all = (await allPages(b, { limit: 1 })).flatMap((p) => names(p.people));
    expect(all).toEqual(['JOSE', 'José', 'Josef', 'Josh']);
  });

  it('lists the newest first when asked, paging the same way', async () => {
    const b = makeBackend();
    for (const name of ['Old', 'Middle', 'New']) {
      await b.ok('people.create', { kind: 'candidate', name });
      b.advance(60_000);
    }
    const first = await b.ok('people.list', { sort: 'newest', limit: 2 });
    expect(names(first.people)).toEqual(['New', 'Middle']);
    const rest = await b.ok('people.list', { sort: 'newest', limit: 2, after: first.next! });
    expect(names(rest.people)).toEqual(['Old']);
  });

  it('refuses more than 500 at once, and a cursor it did not give, in plain words', async () => {
    const b = makeBackend();
    addMany(b, 3);
    const big = await b.send('people.list', { limit: 501 });
    expect(big.ok).toBe(false);
    if (!big.ok) {
      expect(big.error.code).toBe('validation');
      expect(big.error.message).toMatch(/at most 500 people at a time/);
    }
    expect((await b.send('people.list', { limit: 500 })).ok).toBe(true);

    const byName = await b.ok('people.list', { limit: 1 });
    for (const after of ['not a cursor', byName.next!.slice(3)]) {
      const bad = await b.send('people.list', { limit: 1, after });
      expect(bad.ok ? null : [bad.error.code, bad.error.message]).toEqual([
        'validation',
        'That page of the list is no longer known. Load the list again from the top.',
      ]);
    }
    // A cursor from the name order means nothing in the newest-first order.
    expect((await b.send('people.list', { limit: 1, sort: 'newest', after: byName.next! })).ok).toBe(false);
  });
});

describe('people.list by phone number', () => {
  /** Candidates whose phones are written as people write them, and a few without a phone. */
  async function withPhones() {
    const b = makeBackend();
    const given: [string, string | undefined][] = [
      ['Andrés Martínez', '+34 611 234 567'],
      ['Anne-Marie Lefebvre', '+33 (0)6 12 34 56 78'],
      ['Björn Köhler', '+49-151-2345-6789'],
      ['Chidi Okonkwo', '(555) 010.4477'],
      ['Dana Whitfield', undefined],
      ['Person 34', undefined],
    ];
    for (const [name, phone] of given)
      await b.ok('people.create', { kind: 'candidate', name, ...(phone ? { phone } : {}) });
    const found = async (query: string) => {
      const page = await b.ok('people.list', { query, kind: 'candidate' });
      return [page.total, names(page.people)];
    };
    return { b, found };
  }

  it('finds a phone by its digits, however the number is spaced in the query or in the phone', async () => {
    const { found } = await withPhones();
    expect(await found('611 23')).toEqual([1, ['Andrés Martínez']]);
    expect(await found('61123')).toEqual([1, ['Andrés Martínez']]);
    expect(await found('611-234-567')).toEqual([1, ['Andrés Martínez']]);
    expect(await found('(0)6 12')).toEqual([1, ['Anne-Marie Lefebvre']]);
    expect(await found('151 2345')).toEqual([1, ['Björn Köhler']]);
    expect(await found('010 4477')).toEqual([1, ['Chidi Okonkwo']]);
    expect(await found('(555)')).toEqual([1, ['Chidi Okonkwo']]);
  });

  it('finds a country code by its plus, and whoever else the number’s words match', async () => {
    const { found } = await withPhones();
    // '+34' starts one phone, and '34' starts a word of Person 34's name.
    expect(await found('+34')).toEqual([2, ['Andrés Martínez', 'Person 34']]);
    expect(await found('+49 151')).toEqual([1, ['Björn Köhler']]);
    expect(await found('+611')).toEqual([0, []]);
    // Without the plus, 34 anywhere in a phone: +33 6 12 34…, +49 151 2345….
    expect(await found('34')).toEqual([4, ['Andrés Martínez', 'Anne-Marie Lefebvre', 'Björn Köhler', 'Person 34']]);
  });

  it('needs the digits in a row, in the order typed', async () => {
    const { found } = await withPhones();
    expect(await found('612 34')).toEqual([1, ['Anne-Marie Lefebvre']]);
    expect(await found('611 32')).toEqual([0, []]);
    expect(await found('765 432 116')).toEqual([0, []]);
  });

  it('leaves phones out of queries that are not numbers, and of a single digit', async () => {
    const { found } = await withPhones();
    // Letters make it words: '611' is no word's start, so no one.
    expect(await found('tel 611')).toEqual([0, []]);
    expect(await found('6')).toEqual([0, []]);
    expect(await found('+')).toEqual([6, expect.any(Array) as unknown]);
  });

  it('pages through the people a number matches, once each, with the total on every page', async () => {
    const b = makeBackend();
    inTransaction(b.db, () =>
      addPeople(
        b.db,
        Array.from({ length: 40 }, (_, i) => ({
          kind: 'candidate' as const,
          name: `Person ${i + 1}`,
          phone: i % 4 === 0 ? `+44 20 7946 ${String(i).padStart(4, '0')}` : `+1 212 555 ${String(i).padStart(4, '0')}`,
        })),
        T0.toISOString(),
      ),
    );
    const pages = await allPages(b, { limit: 3, query: '20 7946' });
    expect(pages.every((p) => p.total === 10)).toBe(true);
    const all = pages.flatMap((p) => names(p.people));
    expect(all).toHaveLength(10);
    expect(all).toEqual(Array.from({ length: 10 }, (_, i) => `Person ${i * 4 + 1}`).sort());
  });
});
