import { describe, expect, it } from 'vitest';
import type { Output } from '../../api/contract';
import { makeBackend, type Backend } from './helpers';

/** Names plain, accented, capitalised and alike but for accents, so the order has something to settle. */
const CLIENTS = ['Zebra Labs', 'Émeraude Conseil', 'acme', 'Acme Robotics', 'Ölwerk', 'Oakridge', 'Éclair', 'eclair'];

/** Every page of `channel` with `input`, `limit` at a time, as a screen scrolled to the end asks for them. */
async function everyPage<C extends 'companies.list' | 'positions.list'>(
  b: Backend,
  channel: C,
  input: Record<string, unknown>,
  limit: number,
): Promise<Output<C>[]> {
  const pages: Output<C>[] = [];
  let after: string | undefined;
  do {
    const page = (await b.ok(channel, { ...input, limit, ...(after ? { after } : {}) } as never)) as Output<C>;
    pages.push(page);
    after = page.next;
  } while (after && pages.length < 100);
  return pages;
}

async function clients(b: Backend, names: readonly string[]) {
  const made = [];
  for (const name of names) made.push(await b.ok('companies.create', { name }));
  return made;
}

describe('companies.list', () => {
  it('pages through every company once, in name order with accents and case aside, with one total', async () => {
    const b = makeBackend();
    // Forty more, so pages of 7 end in the middle of runs of names alike.
    const names = [...CLIENTS, ...Array.from({ length: 40 }, (_, i) => `Client ${String(i).padStart(2, '0')}`)];
    const made = await clients(b, names);
    const pages = await everyPage(b, 'companies.list', {}, 7);
    expect(pages).toHaveLength(Math.ceil(names.length / 7));
    expect(pages.every((p) => p.total === names.length)).toBe(true);
    expect(pages.every((p, i) => p.companies.length === (i < pages.length - 1 ? 7 : names.length % 7 || 7))).toBe(true);
    const ids = pages.flatMap((p) => p.companies.map((c) => c.id));
    expect(new Set(ids).size).toBe(names.length);
    expect([...ids].sort()).toEqual(made.map((c) => c.id).sort());
    const order = pages.flatMap((p) => p.companies.map((c) => c.name)).filter((n) => !n.startsWith('Client'));
    expect(order).toEqual([
      'acme',
      'Acme Robotics',
      'eclair',
      'Éclair',
      'Émeraude Conseil',
      'Oakridge',
      'Ölwerk',
      'Zebra Labs',
    ]);
    expect(pages.at(-1)!.next).toBeUndefined();
  });

  it('skips no one and repeats no one when a company is added between pages', async () => {
    const b = makeBackend();
    await clients(b, CLIENTS);
    const first = await b.ok('companies.list', { limit: 4 });
    const firstNames = first.companies.map((c) => c.name);
    expect(firstNames).toEqual(['acme', 'Acme Robotics', 'eclair', 'Éclair']);
    // One lands before the cursor, one after: the next page takes up exactly where the first ended.
    await clients(b, ['Aardvark', 'Pemberton']);
    const rest = await b.ok('companies.list', { limit: 100, after: first.next! });
    expect(rest.companies.map((c) => c.name)).toEqual([
      'Émeraude Conseil',
      'Oakridge',
      'Ölwerk',
      'Pemberton',
      'Zebra Labs',
    ]);
    expect(rest.total).toBe(CLIENTS.length + 2);
  });

  it('finds companies by every word typed, accents and case aside, and counts only those', async () => {
    const b = makeBackend();
    await clients(b, [...CLIENTS, 'Société Générale', '100% Cotton_Co', 'Lin Co']);
    const names = async (query: string) => {
      const page = await b.ok('companies.list', { query });
      expect(page.total).toBe(page.companies.length);
      return page.companies.map((c) => c.name);
    };
    expect(await names('ECLAIR')).toEqual(['eclair', 'Éclair']);
    expect(await names('acme rob')).toEqual(['Acme Robotics']);
    expect(await names('GEN soc')).toEqual(['Société Générale']);
    expect(await names('olw')).toEqual(['Ölwerk']);
    // A percent sign or an underscore is itself, not a wildcard.
    expect(await names('0%')).toEqual(['100% Cotton_Co']);
    expect(await names('n_c')).toEqual(['100% Cotton_Co']);
    expect(await names('nobody')).toEqual([]);
    expect((await b.ok('companies.list', { query: '   ' })).total).toBe(CLIENTS.length + 3);
  });

  it('counts each page’s open positions and contacts', async () => {
    const b = makeBackend();
    const [acme, zebra] = await clients(b, ['Acme', 'Zebra']);
    await b.ok('positions.create', { companyId: acme!.id, title: 'Welder' });
    await b.ok('positions.create', { companyId: acme!.id, title: 'Painter', status: 'filled' });
    await b.ok('people.create', { kind: 'contact', name: 'Dana', companyId: acme!.id });
    const page = await b.ok('companies.list', {});
    expect(page.companies).toEqual([
      expect.objectContaining({ id: acme!.id, openPositions: 1, contacts: 1 }),
      expect.objectContaining({ id: zebra!.id, openPositions: 0, contacts: 0 }),
    ]);
  });

  it('refuses a bad page size or cursor, naming the field', async () => {
    const b = makeBackend();
    await clients(b, CLIENTS);
    const issue = async (input: Record<string, unknown>) => {
      const answer = await b.send('companies.list', input as never);
      expect(answer.ok).toBe(false);
      return !answer.ok && { code: answer.error.code, paths: answer.error.details?.issues?.map((i) => i.path) };
    };
    expect(await issue({ limit: 501 })).toEqual({ code: 'validation', paths: [['limit']] });
    expect(await issue({ limit: 0 })).toEqual({ code: 'validation', paths: [['limit']] });
    expect(await issue({ limit: 2.5 })).toEqual({ code: 'validation', paths: [['limit']] });
    expect(await issue({ query: 7 })).toEqual({ code: 'validation', paths: [['query']] });
    expect(await issue({ after: 'not a cursor' })).toEqual({ code: 'validation', paths: [['after']] });
    expect(await issue({ sort: 'name' })).toEqual({ code: 'validation', paths: [[]] });
    // A positions cursor does not continue a list of companies.
    await b.ok('positions.create', { companyId: (await b.ok('companies.list', {})).companies[0]!.id, title: 'A' });
    await b.ok('positions.create', { companyId: (await b.ok('companies.list', {})).companies[0]!.id, title: 'B' });
    const positions = await b.ok('positions.list', { limit: 1 });
    expect(await issue({ after: positions.next })).toEqual({ code: 'validation', paths: [['after']] });
  });
});

describe('positions.list', () => {
  async function seed(b: Backend) {
    const [acme, zebra] = await clients(b, ['Acme', 'Zébra Café']);
    const titles = ['Welder', 'éditeur', 'Editor', 'Backend Engineer', 'Chef', 'Zoologist', 'Électricien'];
    const made = [];
    for (const [i, title] of titles.entries()) {
      made.push(
        await b.ok('positions.create', {
          companyId: (i % 2 ? zebra : acme)!.id,
          title,
          status: i === 4 ? 'filled' : 'open',
        }),
      );
    }
    return { acme: acme!, zebra: zebra!, made };
  }

  it('pages through every position once, in title order with accents and case aside', async () => {
    const b = makeBackend();
    const { made } = await seed(b);
    const pages = await everyPage(b, 'positions.list', {}, 2);
    expect(pages).toHaveLength(4);
    expect(pages.every((p) => p.total === made.length)).toBe(true);
    const titles = pages.flatMap((p) => p.positions.map((x) => x.title));
    expect(titles).toEqual(['Backend Engineer', 'Chef', 'éditeur', 'Editor', 'Électricien', 'Welder', 'Zoologist']);
    expect(new Set(pages.flatMap((p) => p.positions.map((x) => x.id))).size).toBe(made.length);
  });

  it('filters by company, status and words in the title or the company’s name, counting what it keeps', async () => {
    const b = makeBackend();
    const { acme, zebra } = await seed(b);
    const titles = async (input: Record<string, unknown>) => {
      const pages = await everyPage(b, 'positions.list', input, 1);
      expect(pages.every((p) => p.total === pages.length)).toBe(true);
      return pages.flatMap((p) => p.positions.map((x) => x.title));
    };
    expect(await titles({ companyId: acme.id })).toEqual(['Chef', 'Editor', 'Électricien', 'Welder']);
    expect(await titles({ companyId: acme.id, status: 'open' })).toEqual(['Editor', 'Électricien', 'Welder']);
    expect(await titles({ query: 'edit' })).toEqual(['éditeur', 'Editor']);
    expect(await titles({ query: 'zebra cafe' })).toEqual(['Backend Engineer', 'éditeur', 'Zoologist']);
    expect(await titles({ query: 'cafe EDIT', companyId: zebra.id })).toEqual(['éditeur']);
    expect(await titles({ status: 'filled' })).toEqual(['Chef']);
  });

  it('refuses a bad status, page size or cursor, naming the field', async () => {
    const b = makeBackend();
    await seed(b);
    const paths = async (input: Record<string, unknown>) => {
      const answer = await b.send('positions.list', input as never);
      return answer.ok ? 'accepted' : answer.error.details?.issues?.map((i) => i.path);
    };
    expect(await paths({ status: 'closed' })).toEqual([['status']]);
    expect(await paths({ limit: 1_000 })).toEqual([['limit']]);
    expect(await paths({ companyId: '' })).toEqual([['companyId']]);
    const companies = await b.ok('companies.list', { limit: 1 });
    expect(await paths({ after: companies.next })).toEqual([['after']]);
    expect(await paths({ after: Buffer.from('["positions",1,2,3]').toString('base64url') })).toEqual([['after']]);
  });
});
