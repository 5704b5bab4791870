import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { MIGRATIONS, migrate } from '../../db/migrations';
import { QUEUE_SQL } from '../../db/queue';
import { makeBackend, seedBasics, type Backend } from './helpers';

function at(b: Backend, iso: string) {
  b.advance(Date.parse(iso) - b.ctx.now().getTime());
}

/** A contact is logged once it has happened: the clock first moves on to it, if it is ahead. */
function happened(b: Backend, when: string) {
  if (Date.parse(when) > b.ctx.now().getTime()) at(b, when);
}

async function inbound(
  b: Backend,
  personId: string,
  when: string,
  summary: string,
  extra: Record<string, unknown> = {},
) {
  happened(b, when);
  return b.ok('touches.log', {
    personId,
    at: when,
    channel: 'email',
    direction: 'in',
    kind: 'reply',
    outcome: 'replied',
    summary,
    ...extra,
  });
}

async function email(
  b: Backend,
  personId: string,
  when: string,
  kind: 'follow-up' | 'take-away' | 'reply' = 'follow-up',
) {
  happened(b, when);
  return b.ok('touches.log', { personId, at: when, channel: 'email', direction: 'out', kind, outcome: 'sent' });
}

const view = (items: { type: string; personName: string; due: string }[]) =>
  items.map((i) => [i.type, i.personName, i.due]);

describe('queue.today', () => {
  it('lists a wait with its date, then the follow-up on the agreed date, until it is made', async () => {
    const b = makeBackend();
    const { candidate } = await seedBasics(b);
    await inbound(b, candidate.id, '2026-03-02T10:00:00Z', 'Busy right now, please call me back in two weeks.');

    // "In two weeks" names a day, not a time: the pause ends as Monday 16 March begins in Berlin.
    const waiting = await b.ok('queue.today', {});
    expect(view(waiting)).toEqual([['waiting', 'Ada Okafor', '2026-03-15T23:00:00.000Z']]);
    expect(waiting[0]!.reason).toBe('They said "not now". Paused until Mon, Mar 16.');
    expect(waiting[0]!.timezone).toBe('Europe/Berlin');

    at(b, '2026-03-16T10:00:00Z');
    const due = await b.ok('queue.today', {});
    expect(view(due)).toEqual([['follow-up-due', 'Ada Okafor', '2026-03-15T23:00:00.000Z']]);
    expect(due[0]!.reason).toBe('Their "not now" pause ended Mon, Mar 16. Check in gently.');

    await email(b, candidate.id, '2026-03-16T10:30:00Z');
    expect(await b.ok('queue.today', {})).toEqual([]);
  });

  it('reads a day in the past or future with `now`, and a reply to them does not count as the follow-up', async () => {
    const b = makeBackend();
    const { candidate } = await seedBasics(b);
    await inbound(b, candidate.id, '2026-03-02T10:00:00Z', 'Happy to talk again next week.', {
      response: 'permission',
      agreedNextAt: '2026-03-09T09:00:00+01:00',
    });
    await email(b, candidate.id, '2026-03-02T16:00:00Z', 'reply');
    expect(view(await b.ok('queue.today', { now: '2026-03-09T07:59:59Z' }))).toEqual([
      ['waiting', 'Ada Okafor', '2026-03-09T08:00:00.000Z'],
    ]);
    const due = await b.ok('queue.today', { now: '2026-03-09T08:00:00Z' });
    expect(view(due)).toEqual([['follow-up-due', 'Ada Okafor', '2026-03-09T08:00:00.000Z']]);
    expect(due[0]!.reason).toBe('They agreed to hear from you from Mon, Mar 9, 9:00 AM their time.');
  });

  it('lists a candidate gone quiet on an open application, with the position, but not one who asked to stop or holds the ball', async () => {
    const b = makeBackend();
    const { candidate, position } = await seedBasics(b);
    const application = await b.ok('applications.create', { candidateId: candidate.id, positionId: position.id });
    const stopped = await b.ok('people.create', { kind: 'candidate', name: 'Stopped Stella', timezone: 'UTC' });
    await b.ok('applications.create', { candidateId: stopped.id, positionId: position.id });
    await inbound(b, stopped.id, '2026-03-02T10:00:00Z', 'Please stop contacting me.');
    const ball = await b.ok('people.create', { kind: 'candidate', name: 'Ball Bruno', timezone: 'UTC' });
    await b.ok('applications.create', { candidateId: ball.id, positionId: position.id });
    await email(b, ball.id, '2026-03-02T10:00:00Z', 'take-away');
    const noApplication = await b.ok('people.create', { kind: 'candidate', name: 'Nobody Applied', timezone: 'UTC' });
    expect(noApplication.id).toBeTruthy();

    expect((await b.ok('queue.today', { now: '2026-03-16T08:59:59Z' })).filter((i) => i.type === 'stale')).toEqual([]);
    const stale = (await b.ok('queue.today', { now: '2026-03-25T09:00:00Z' })).filter((i) => i.type === 'stale');
    expect(stale).toEqual([
      {
        type: 'stale',
        personId: candidate.id,
        personName: 'Ada Okafor',
        timezone: 'Europe/Berlin',
        applicationId: application.id,
        positionTitle: 'Senior Backend Engineer',
        companyName: 'Acme Robotics',
        due: '2026-03-16T09:00:00.000Z',
        reason: 'No contact for 23 days while their application for Senior Backend Engineer at Acme Robotics is open.',
      },
    ]);
    // Any contact, either way, resets the clock; so does a shorter setting.
    await inbound(b, candidate.id, '2026-03-20T09:00:00Z', 'Thanks for the update.');
    expect((await b.ok('queue.today', { now: '2026-03-25T09:00:00Z' })).filter((i) => i.type === 'stale')).toEqual([]);
    await b.ok('settings.update', { staleAfterDays: 3 });
    expect(
      (await b.ok('queue.today', { now: '2026-03-25T09:00:00Z' }))
        .filter((i) => i.type === 'stale')
        .map((i) => i.personName),
    ).toEqual(['Ada Okafor']);
  });

  it('moves the end of a default pause when the setting changes, but not a date they named', async () => {
    const b = makeBackend();
    const { candidate } = await seedBasics(b);
    const named = await b.ok('people.create', { kind: 'candidate', name: 'Named Nora', timezone: 'UTC' });
    await inbound(b, candidate.id, '2026-03-02T10:00:00Z', 'Not a good time, I am in the middle of a project.');
    await inbound(b, named.id, '2026-03-02T10:00:00Z', 'Call me back in two weeks.');
    const dues = async () => Object.fromEntries((await b.ok('queue.today', {})).map((i) => [i.personName, i.due]));
    expect(await dues()).toEqual({
      'Ada Okafor': '2026-04-01T10:00:00.000Z',
      'Named Nora': '2026-03-16T00:00:00.000Z',
    });
    await b.ok('settings.update', { softNoDays: 45 });
    expect(await dues()).toEqual({
      'Ada Okafor': '2026-04-16T10:00:00.000Z',
      'Named Nora': '2026-03-16T00:00:00.000Z',
    });
  });

  it('orders each list oldest first and honours the limit per list', async () => {
    const b = makeBackend();
    await seedBasics(b);
    for (let i = 0; i < 5; i++) {
      const p = await b.ok('people.create', { kind: 'candidate', name: `Person ${i}`, timezone: 'UTC' });
      await inbound(b, p.id, `2026-03-02T1${i}:00:00Z`, 'not now', {
        response: 'soft-no',
        agreedNextAt: `2026-03-0${9 - i}T09:00:00Z`,
      });
    }
    expect((await b.ok('queue.today', { limit: 3 })).map((i) => i.personName)).toEqual([
      'Person 4',
      'Person 3',
      'Person 2',
    ]);
    expect(await b.send('queue.today', { limit: 0 })).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { issues: [{ path: ['limit'] }] } },
    });
    expect(await b.send('queue.today', { now: 'tomorrow' })).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { issues: [{ path: ['now'] }] } },
    });
  });

  it('reads each list through an index, never scanning every person', () => {
    const db = openDatabase(':memory:');
    const params = { now: '2026-03-02T09:00:00.000Z', cutoff: '2026-02-16T09:00:00.000Z', limit: 100 };
    const plan = (sql: string) =>
      (
        db
          .prepare(`EXPLAIN QUERY PLAN ${sql}`)
          .all(Object.fromEntries(Object.entries(params).filter(([k]) => sql.includes(`@${k}`)))) as {
          detail: string;
        }[]
      )
        .map((r) => r.detail)
        .join('\n');
    expect(plan(QUEUE_SQL.due)).toMatch(/SEARCH o USING INDEX contact_outlook_due \(.*due_at<\?\)/);
    expect(plan(QUEUE_SQL.waiting)).toMatch(/SEARCH o USING INDEX contact_outlook_due \(due_at>\?\)/);
    expect(plan(QUEUE_SQL.stale)).toMatch(/SEARCH o USING INDEX contact_outlook_quiet \(quiet_since<\?\)/);
    for (const sql of Object.values(QUEUE_SQL)) {
      expect(plan(sql)).not.toMatch(/SCAN (o|p|app|a)\b(?! USING)/);
      expect(plan(sql)).not.toMatch(/USE TEMP B-TREE/);
      expect(plan(sql)).toMatch(/SEARCH a USING INDEX applications_candidate/);
    }
  });
});

describe('the contact outlook', () => {
  it('is filled in for an existing profile when it upgrades', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, [MIGRATIONS[0]!]);
    const now = '2026-03-01T09:00:00.000Z';
    db.exec(`
      INSERT INTO companies (id, name, created_at, updated_at) VALUES ('c', 'Acme', '${now}', '${now}');
      INSERT INTO positions (id, company_id, title, created_at, updated_at) VALUES ('pos', 'c', 'Engineer', '${now}', '${now}');
      INSERT INTO people (id, kind, name, timezone, created_at, updated_at) VALUES
        ('quiet', 'candidate', 'Quiet Quinn', 'UTC', '2026-01-01T09:00:00.000Z', '${now}'),
        ('paused', 'candidate', 'Paused Pat', 'UTC', '2026-01-01T09:00:00.000Z', '${now}');
      INSERT INTO applications (id, candidate_id, position_id, stage, stage_changed_at, created_at, updated_at)
        VALUES ('a', 'quiet', 'pos', 'sourced', '2026-02-01T09:00:00.000Z', '2026-02-01T09:00:00.000Z', '${now}');
      INSERT INTO touches (id, person_id, at, channel, direction, kind, outcome, response, created_at)
        VALUES ('t', 'paused', '2026-02-20T09:00:00.000Z', 'email', 'in', 'reply', 'replied', 'no', '${now}');
    `);
    migrate(db);
    const rows = db
      .prepare(
        'SELECT person_id, quiet_since, last_touch_at, pause_kind, due_at, due_reason FROM contact_outlook ORDER BY person_id',
      )
      .all();
    expect(rows).toEqual([
      {
        person_id: 'paused',
        quiet_since: '2026-02-20T09:00:00.000Z',
        last_touch_at: '2026-02-20T09:00:00.000Z',
        pause_kind: 'no',
        due_at: '2026-05-21T09:00:00.000Z',
        due_reason: 'no-for-now',
      },
      {
        person_id: 'quiet',
        quiet_since: '2026-02-01T09:00:00.000Z',
        last_touch_at: null,
        pause_kind: null,
        due_at: null,
        due_reason: null,
      },
    ]);
  });

  it('goes with the person, and a refused contact changes nothing in it', async () => {
    const b = makeBackend();
    const { candidate } = await seedBasics(b);
    at(b, '2026-03-02T12:00:00Z');
    await email(b, candidate.id, '2026-03-02T10:00:00Z');
    const before = b.db.prepare('SELECT * FROM contact_outlook WHERE person_id = ?').get(candidate.id);
    expect(before).toMatchObject({ unanswered_streak: 1, last_touch_at: '2026-03-02T10:00:00.000Z' });
    expect(
      await b.send('touches.log', {
        personId: candidate.id,
        at: '2026-03-02T11:00:00Z',
        channel: 'email',
        direction: 'out',
        kind: 'follow-up',
        outcome: 'sent',
      }),
    ).toMatchObject({
      ok: false,
    });
    expect(b.db.prepare('SELECT * FROM contact_outlook WHERE person_id = ?').get(candidate.id)).toEqual(before);
    b.db.prepare('DELETE FROM people WHERE id = ?').run(candidate.id);
    expect(b.db.prepare('SELECT count(*) FROM contact_outlook WHERE person_id = ?').pluck().get(candidate.id)).toBe(0);
  });
});

describe('ask-permission', () => {
  it('warns when a conversation is logged without an agreed next date, and not otherwise', async () => {
    const b = makeBackend();
    const { candidate } = await seedBasics(b);
    const spoke = await inbound(b, candidate.id, '2026-03-02T10:00:00Z', 'Thanks for the update on the role.');
    expect(spoke.warnings.map((w) => [w.rule, w.severity])).toEqual([['ask-permission', 'warn']]);
    expect(spoke.warnings[0]!.message).toMatch(/May I follow up on/);
    const agreed = await inbound(b, candidate.id, '2026-03-02T11:00:00Z', 'Sure.', {
      response: 'permission',
      agreedNextAt: '2026-03-09T09:00:00Z',
    });
    expect(agreed.warnings).toEqual([]);
    const sent = await email(b, candidate.id, '2026-03-02T12:00:00Z', 'reply');
    expect(sent.warnings).toEqual([]);
  });
});
