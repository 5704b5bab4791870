import { describe, expect, it } from 'vitest';
import { makeBackend, seedBasics, tableCounts, type Backend } from './helpers';

const ZONE_MESSAGE = 'Choose a time zone from the list, e.g. Europe/Berlin.';

/** The refusal of a zone: a validation error on `timezone` alone, in plain words. */
function expectZoneRefused(result: Awaited<ReturnType<Backend['send']>>, message = ZONE_MESSAGE) {
  expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
  if (result.ok) return;
  expect(result.error.details!.issues).toEqual([expect.objectContaining({ path: ['timezone'], message })]);
}

describe('where a client and a position are', () => {
  it('keeps a client’s zone through create, get, list and update', async () => {
    const b = makeBackend();
    const company = await b.ok('companies.create', { name: 'Lisboa Labs', timezone: ' Europe/Lisbon ' });
    expect(company.timezone).toBe('Europe/Lisbon');
    expect(await b.ok('companies.get', { id: company.id })).toMatchObject({ timezone: 'Europe/Lisbon' });
    expect((await b.ok('companies.list', {})).companies).toEqual([
      expect.objectContaining({ id: company.id, timezone: 'Europe/Lisbon' }),
    ]);
    // An update that does not name the zone leaves it alone.
    expect(await b.ok('companies.update', { id: company.id, notes: 'Quick to reply.' })).toMatchObject({
      timezone: 'Europe/Lisbon',
    });
    expect(await b.ok('companies.update', { id: company.id, timezone: 'Asia/Tokyo' })).toMatchObject({
      timezone: 'Asia/Tokyo',
    });
    expect(await b.ok('companies.create', { name: 'No Place Yet' })).toMatchObject({ timezone: null });
  });

  it('keeps a position’s zone through create, get, list and update', async () => {
    const b = makeBackend();
    const { company } = await seedBasics(b);
    const position = await b.ok('positions.create', {
      companyId: company.id,
      title: 'Site Lead',
      timezone: 'America/Sao_Paulo',
    });
    expect(position.timezone).toBe('America/Sao_Paulo');
    expect(await b.ok('positions.get', { id: position.id })).toMatchObject({ timezone: 'America/Sao_Paulo' });
    expect((await b.ok('positions.list', { companyId: company.id })).positions).toContainEqual(
      expect.objectContaining({ id: position.id, timezone: 'America/Sao_Paulo' }),
    );
    expect(await b.ok('positions.update', { id: position.id, title: 'Site Lead, Brazil' })).toMatchObject({
      timezone: 'America/Sao_Paulo',
    });
    expect(await b.ok('positions.update', { id: position.id, timezone: 'UTC' })).toMatchObject({ timezone: 'UTC' });
  });

  it('refuses a zone it does not know, and changes nothing', async () => {
    const b = makeBackend();
    const { company, position } = await seedBasics(b);
    await b.ok('companies.update', { id: company.id, timezone: 'Europe/Lisbon' });
    await b.ok('positions.update', { id: position.id, timezone: 'America/Sao_Paulo' });
    const before = tableCounts(b.db);
    const companyBefore = await b.ok('companies.get', { id: company.id });
    const positionBefore = await b.ok('positions.get', { id: position.id });

    for (const zone of ['Mars/Olympus', 'Berlin', 'EST']) {
      expectZoneRefused(await b.send('companies.create', { name: 'Elsewhere Inc', timezone: zone }));
      expectZoneRefused(await b.send('companies.update', { id: company.id, timezone: zone }));
      expectZoneRefused(
        await b.send('positions.create', { companyId: company.id, title: 'Nowhere Lead', timezone: zone }),
      );
      expectZoneRefused(await b.send('positions.update', { id: position.id, timezone: zone }));
    }
    expectZoneRefused(
      await b.send('positions.update', { id: position.id, timezone: 42 } as never),
      'Time zone must be text.',
    );

    expect(tableCounts(b.db)).toEqual(before);
    expect(await b.ok('companies.get', { id: company.id })).toEqual(companyBefore);
    expect(await b.ok('positions.get', { id: position.id })).toEqual(positionBefore);
  });

  it('clears a zone with null, or with an emptied field', async () => {
    const b = makeBackend();
    const { company, position } = await seedBasics(b);
    await b.ok('companies.update', { id: company.id, timezone: 'Europe/Lisbon' });
    await b.ok('positions.update', { id: position.id, timezone: 'America/Sao_Paulo' });

    expect(await b.ok('companies.update', { id: company.id, timezone: null })).toMatchObject({ timezone: null });
    expect(await b.ok('companies.get', { id: company.id })).toMatchObject({ timezone: null });
    expect(await b.ok('positions.update', { id: position.id, timezone: null })).toMatchObject({ timezone: null });
    expect(await b.ok('positions.get', { id: position.id })).toMatchObject({ timezone: null });

    await b.ok('positions.update', { id: position.id, timezone: 'America/Sao_Paulo' });
    expect(await b.ok('positions.update', { id: position.id, timezone: '  ' })).toMatchObject({ timezone: null });
  });
});
