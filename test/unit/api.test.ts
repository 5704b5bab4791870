import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, contract, ERROR_CODES } from '../../api/contract';
import { dispatch } from '../../api/dispatch';
import { handlers } from '../../api/handlers';
import { makeBackend, seedBasics, tableCounts } from './helpers';
import { LATEST_VERSION } from '../../db/migrations';

describe('dispatch', () => {
  it('answers an unknown channel with an error envelope', async () => {
    const b = makeBackend();
    for (const name of ['people.delete', '__proto__', 'constructor', 'toString', '', 42, null]) {
      const result = await dispatch(b.ctx, name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    }
  });

  it('reports bad input as validation with the field paths, and changes nothing', async () => {
    const b = makeBackend();
    await seedBasics(b);
    const before = tableCounts(b.db);
    const result = await b.send('people.create', {
      kind: 'candidate',
      name: '   ',
      email: 'not-an-email',
      timezone: 'Mars/Olympus',
    } as never);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('validation');
    const paths = result.error.details!.issues!.map((i) => i.path.join('.'));
    expect(paths.sort()).toEqual(['email', 'name', 'timezone']);
    expect(result.error.details!.issues!.find((i) => i.path[0] === 'name')!.message).toBe('Fill in the name.');
    expect(tableCounts(b.db)).toEqual(before);
  });

  it('names nested paths, e.g. the hiring manager at index 1', async () => {
    const b = makeBackend();
    const { company, manager, candidate } = await seedBasics(b);
    const result = await b.send('positions.create', {
      companyId: company.id,
      title: 'CTO',
      hiringManagerIds: [manager.id, candidate.id],
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { issues: [{ path: ['hiringManagerIds', 1] }] } },
    });
    expect(!result.ok && result.error.message).toMatch(/is a candidate, not a client contact/);
  });

  it('never throws, whatever it is given', async () => {
    const b = makeBackend();
    const { candidate } = await seedBasics(b);
    const nasty: unknown[] = [
      undefined,
      null,
      0,
      'x',
      [],
      [1, 2],
      { id: candidate.id, extra: true },
      { id: 5 },
      { name: 'x'.repeat(100_000) },
      { __proto__: { polluted: true } },
      JSON.parse('{"__proto__": {"polluted": true}, "id": "x"}'),
      { id: '\u0000\uffff' },
      { kind: 'candidate', name: 'Ok', salaryMin: Number.NaN },
      { stage: 'closed', id: 'x' },
    ];
    for (const channel of CHANNEL_NAMES) {
      for (const input of nasty) {
        const result = await dispatch(b.ctx, channel, input);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(ERROR_CODES).toContain(result.error.code);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(b.logged).toEqual([]);
  });

  it('turns an unexpected failure into an internal error without leaking it', async () => {
    const b = makeBackend();
    b.db.close();
    const logged: unknown[] = [];
    const result = await dispatch(b.ctx, 'companies.list', {}, (_m, e) => logged.push(e));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringMatching(/nothing was changed/) },
    });
    expect(logged).toHaveLength(1);
  });

  it('has one handler and one schema for every channel name', () => {
    expect(Object.keys(contract).sort()).toEqual([...CHANNEL_NAMES].sort());
    expect(Object.keys(handlers).sort()).toEqual([...CHANNEL_NAMES].sort());
  });
});

describe('system.info', () => {
  it('reports version, schema, SQLite and the data folder', async () => {
    const b = makeBackend();
    expect(await b.ok('system.info', {})).toEqual({
      version: '0.0.0-test',
      schemaVersion: LATEST_VERSION,
      sqliteVersion: expect.stringMatching(/^3\.\d+/),
      dataDir: '/tmp/politely-test',
    });
  });
});

describe('companies, people and positions', () => {
  it('creates, reads, updates and lists with blanks stored as empty', async () => {
    const b = makeBackend();
    const { company, manager, position } = await seedBasics(b);
    expect(await b.ok('companies.get', { id: company.id })).toMatchObject({
      name: 'Acme Robotics',
      website: 'https://acme.example',
      notes: null,
    });
    const updated = await b.ok('companies.update', { id: company.id, website: '', notes: 'Interviews move fast.' });
    expect(updated).toMatchObject({ website: null, notes: 'Interviews move fast.' });
    expect((await b.ok('companies.list', {})).companies).toEqual([
      expect.objectContaining({ id: company.id, openPositions: 1, contacts: 1 }),
    ]);

    expect(await b.ok('people.get', { id: manager.id })).toMatchObject({
      kind: 'contact',
      companyName: 'Acme Robotics',
      timezone: 'America/Chicago',
    });
    const renamed = await b.ok('people.update', {
      id: manager.id,
      name: '  Dana W. Whitfield ',
      phone: '+1 (512) 555-0100',
    });
    expect(renamed).toMatchObject({ name: 'Dana W. Whitfield', phone: '+1 (512) 555-0100', email: null });
    const list = await b.ok('people.list', { kind: 'candidate' });
    expect(list.total).toBe(1);
    expect(list.people.map((p) => p.name)).toEqual(['Ada Okafor']);

    expect(position).toMatchObject({
      companyName: 'Acme Robotics',
      status: 'open',
      hiringManagerIds: [manager.id],
      salaryMin: 140000,
    });
    const edited = await b.ok('positions.update', { id: position.id, hiringManagerIds: [], location: 'Austin, TX' });
    expect(edited).toMatchObject({
      hiringManagerIds: [],
      location: 'Austin, TX',
      description: 'Build the fleet platform.',
    });
  });

  it('filters people by kind and company, and positions by company and status', async () => {
    const b = makeBackend();
    const { company, manager, position } = await seedBasics(b);
    const other = await b.ok('companies.create', { name: 'Northwind Health' });
    await b.ok('people.create', { kind: 'contact', name: 'Omar Haddad', companyId: other.id });
    const held = await b.ok('positions.create', { companyId: other.id, title: 'Data Analyst', status: 'on-hold' });
    expect((await b.ok('people.list', { kind: 'contact', companyId: company.id })).people.map((p) => p.id)).toEqual([
      manager.id,
    ]);
    expect((await b.ok('people.list', { kind: 'contact' })).total).toBe(2);
    expect((await b.ok('people.list', {})).total).toBe(3);
    expect((await b.ok('positions.list', { companyId: other.id })).positions.map((p) => p.id)).toEqual([held.id]);
    expect((await b.ok('positions.list', { status: 'open' })).positions.map((p) => p.id)).toEqual([position.id]);
    expect((await b.ok('positions.list', { companyId: company.id, status: 'on-hold' })).positions).toEqual([]);
  });

  it('refuses a salary range upside down, also when only one end changes', async () => {
    const b = makeBackend();
    const { company, position } = await seedBasics(b);
    const created = await b.send('positions.create', {
      companyId: company.id,
      title: 'X',
      salaryMin: 10,
      salaryMax: 5,
    });
    expect(created).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { issues: [{ path: ['salaryMax'] }] } },
    });
    const updated = await b.send('positions.update', { id: position.id, salaryMin: 200000 });
    expect(updated).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { issues: [{ path: ['salaryMax'] }] } },
    });
    expect((await b.ok('positions.get', { id: position.id })).salaryMin).toBe(140000);
  });

  it('answers not-found for missing records and unknown companies by field', async () => {
    const b = makeBackend();
    expect(await b.send('people.get', { id: 'nope' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await b.send('companies.update', { id: 'nope', name: 'X' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await b.send('people.create', { kind: 'contact', name: 'X', companyId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { issues: [{ path: ['companyId'] }] } },
    });
  });

  it('keeps a candidate with applications a candidate', async () => {
    const b = makeBackend();
    const { candidate, position } = await seedBasics(b);
    await b.ok('applications.create', { candidateId: candidate.id, positionId: position.id });
    expect(await b.send('people.update', { id: candidate.id, kind: 'contact' })).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { issues: [{ path: ['kind'] }] } },
    });
  });
});

describe('applications', () => {
  it('starts sourced, moves through the stages and closes with a reason', async () => {
    const b = makeBackend();
    const { candidate, position } = await seedBasics(b);
    const app = await b.ok('applications.create', { candidateId: candidate.id, positionId: position.id });
    expect(app).toMatchObject({
      stage: 'sourced',
      candidateName: 'Ada Okafor',
      positionTitle: 'Senior Backend Engineer',
      companyName: 'Acme Robotics',
    });
    b.advance(86_400_000);
    const moved = await b.ok('applications.move', { id: app.id, stage: 'interview' });
    expect(moved).toMatchObject({ stage: 'interview', stageChangedAt: '2026-03-03T09:00:00.000Z' });
    const closed = await b.ok('applications.close', { id: app.id, reason: 'client-rejected' });
    expect(closed).toMatchObject({ stage: 'closed', closedReason: 'client-rejected' });
    const board = await b.ok('applications.board', {});
    expect(board.cards.map((c) => [c.id, c.stage])).toEqual([[app.id, 'closed']]);
  });

  it('refuses to move a closed application, to "move" into closed, or to close twice', async () => {
    const b = makeBackend();
    const { candidate, position } = await seedBasics(b);
    const app = await b.ok('applications.create', { candidateId: candidate.id, positionId: position.id });
    expect(await b.send('applications.move', { id: app.id, stage: 'closed' as never })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(await b.send('applications.close', { id: app.id, reason: 'bored' as never })).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { issues: [{ path: ['reason'] }] } },
    });
    expect(await b.send('applications.move', { id: app.id, stage: 'sourced' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    await b.ok('applications.close', { id: app.id, reason: 'candidate-withdrew' });
    expect(await b.send('applications.move', { id: app.id, stage: 'prep' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await b.send('applications.close', { id: app.id, reason: 'other' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('undoes the last move or close exactly, and only while nothing has changed since', async () => {
    const b = makeBackend();
    const { candidate, position } = await seedBasics(b);
    const app = await b.ok('applications.create', { candidateId: candidate.id, positionId: position.id });
    b.advance(86_400_000);
    const moved = await b.ok('applications.move', { id: app.id, stage: 'prep' });
    b.advance(60_000);
    const undone = await b.ok('applications.undo', {
      id: app.id,
      changedAt: moved.stageChangedAt,
      to: { stage: 'sourced', stageChangedAt: app.stageChangedAt },
    });
    // Back as it was: the stage, and when it was entered (so time in stage is not reset by a slip).
    expect(undone).toMatchObject({ stage: 'sourced', stageChangedAt: app.stageChangedAt, closedReason: null });
    // The same undo twice is refused: the card has changed since.
    expect(
      await b.send('applications.undo', {
        id: app.id,
        changedAt: moved.stageChangedAt,
        to: { stage: 'sourced', stageChangedAt: app.stageChangedAt },
      }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: "Ada Okafor's application has changed since, so that can no longer be undone.",
      },
    });

    b.advance(60_000);
    const closed = await b.ok('applications.close', { id: app.id, reason: 'candidate-withdrew' });
    const reopened = await b.ok('applications.undo', {
      id: app.id,
      changedAt: closed.stageChangedAt,
      to: { stage: 'sourced', stageChangedAt: app.stageChangedAt },
    });
    expect(reopened).toMatchObject({ stage: 'sourced', closedReason: null });
    expect(
      b.db
        .prepare("SELECT count(*) FROM audit_log WHERE entity = 'application' AND changes LIKE '%undo%'")
        .pluck()
        .get(),
    ).toBe(2);

    // A close whose place was taken by a newer application stays closed; bad input changes nothing.
    b.advance(60_000);
    const again = await b.ok('applications.close', { id: app.id, reason: 'candidate-withdrew' });
    await b.ok('applications.create', { candidateId: candidate.id, positionId: position.id });
    const before = tableCounts(b.db);
    expect(
      await b.send('applications.undo', {
        id: app.id,
        changedAt: again.stageChangedAt,
        to: { stage: 'sourced', stageChangedAt: app.stageChangedAt },
      }),
    ).toMatchObject({ ok: false, error: { code: 'conflict', message: /newer open application/ } });
    expect(
      await b.send('applications.undo', {
        id: app.id,
        changedAt: again.stageChangedAt,
        to: { stage: 'closed' as never, stageChangedAt: app.stageChangedAt },
      }),
    ).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(
      await b.send('applications.undo', {
        id: app.id,
        changedAt: 'yesterday',
        to: { stage: 'sourced', stageChangedAt: app.stageChangedAt },
      }),
    ).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(tableCounts(b.db)).toEqual(before);
  });

  it('allows one open application per candidate and position, and a fresh one after closing', async () => {
    const b = makeBackend();
    const { candidate, position, manager } = await seedBasics(b);
    const first = await b.ok('applications.create', { candidateId: candidate.id, positionId: position.id });
    const again = await b.send('applications.create', { candidateId: candidate.id, positionId: position.id });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/already in the pipeline/) },
    });
    await b.ok('applications.close', { id: first.id, reason: 'no-response' });
    expect((await b.ok('applications.create', { candidateId: candidate.id, positionId: position.id })).stage).toBe(
      'sourced',
    );
    expect(await b.send('applications.create', { candidateId: manager.id, positionId: position.id })).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { issues: [{ path: ['candidateId'] }] } },
    });
  });

  it('filters the board by position', async () => {
    const b = makeBackend();
    const { candidate, position, company } = await seedBasics(b);
    const other = await b.ok('positions.create', { companyId: company.id, title: 'Data Analyst' });
    await b.ok('applications.create', { candidateId: candidate.id, positionId: position.id });
    await b.ok('applications.create', { candidateId: candidate.id, positionId: other.id });
    expect((await b.ok('applications.board', {})).total).toBe(2);
    expect((await b.ok('applications.board', { positionId: other.id })).cards.map((c) => c.positionTitle)).toEqual([
      'Data Analyst',
    ]);
  });

  it('refuses new candidates for a filled position', async () => {
    const b = makeBackend();
    const { candidate, position } = await seedBasics(b);
    await b.ok('positions.update', { id: position.id, status: 'filled' });
    expect(await b.send('applications.create', { candidateId: candidate.id, positionId: position.id })).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { issues: [{ path: ['positionId'] }] } },
    });
  });
});
