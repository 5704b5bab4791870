import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { neutralizeCell } from '../../core/csv';
import { openDatabase } from '../../db/connection';
import { expectErased, fullCandidate as fullCandidateOf } from './erasureSetup';
import { makeBackend, seedBasics, tempDir, type Backend } from './helpers';
import { LATEST_VERSION } from '../../db/migrations';

const MARK = 'ERASE-ME-3b9f';
/** One word, as the search index keeps words. */
const WORD = 'zqvxerasedword';

const fullCandidate = (b: Backend) => fullCandidateOf(b, MARK, WORD);

describe('a person’s data', () => {
  it('exports everything kept about them', async () => {
    const b = makeBackend();
    const { ada } = await fullCandidate(b);
    const { data } = await b.ok('io.exportPerson', { id: ada.id });
    expect(Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v.length]))).toEqual({
      person: 1,
      applications: 1,
      interviews: 1,
      interviewsTheyConducted: 0,
      prep: 1,
      debriefs: 1,
      contacts: 2,
      tasks: 0,
      contactsAboutTheirApplications: 1,
      tags: 0,
      shortlists: 0,
      shortlistsTheyReceived: 0,
      history: 1,
      documents: 0,
    });
    expect(JSON.stringify(data)).toContain(`${MARK} notes`);
    expect(await b.send('io.exportPerson', { id: 'nobody' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('erases them with everything linked, leaving only a note that an erasure happened, and nothing in the file', async () => {
    const file = path.join(tempDir(), 'politely.db');
    const b = makeBackend(openDatabase(file));
    const { ada, manager } = await fullCandidate(b);
    const kept = await b.ok('people.create', { kind: 'candidate', name: 'Ben Stays' });
    const result = await b.ok('io.erasePerson', { id: ada.id });
    expect(result).toEqual({ erased: true, removed: { touches: 3, applications: 1, interviews: 1 } });
    expectErased(b, file, ada.id, MARK, WORD, result.removed);
    expect((await b.ok('people.get', { id: kept.id })).name).toBe('Ben Stays');
    expect((await b.ok('people.get', { id: manager.id })).name).toBe('Dana Whitfield');
    expect(await b.send('io.erasePerson', { id: ada.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('leaves no copy of their name in the history of notes about others: a shortlist, a client, a position, a contact', async () => {
    const b = makeBackend();
    const { company, manager, position, candidate } = await seedBasics(b);
    const application = await b.ok('applications.create', { candidateId: candidate.id, positionId: position.id });
    const named = (what: string) => `${what}: ${MARK} Ada Okafor is the one to meet.`;
    const shortlist = await b.ok('submittals.create', {
      positionId: position.id,
      contactId: manager.id,
      applicationIds: [application.id],
      note: named('shortlist'),
    });
    await b.ok('submittals.update', { submittalId: shortlist.id, note: named('shortlist, again') });
    await b.ok('companies.update', { id: company.id, notes: named('client') });
    await b.ok('positions.update', { id: position.id, description: named('position') });
    await b.ok('people.update', { id: manager.id, notes: named('contact') });
    // The notes themselves are the recruiter's to edit; their history says only that they changed.
    const history = () => b.db.prepare('SELECT changes FROM audit_log').pluck().all().join('\n');
    expect(history()).not.toContain(MARK);
    expect(history()).toContain('"note":true');
    await b.ok('io.erasePerson', { id: candidate.id });
    expect(history()).not.toContain(MARK);
    expect(history()).not.toContain('Ada Okafor');
  });

  it('lists people not contacted in 24 months, and none with an open application', async () => {
    const b = makeBackend();
    const old = await b.ok('people.create', { kind: 'candidate', name: 'Quiet Since 2023', timezone: 'UTC' });
    await b.ok('touches.log', {
      personId: old.id,
      at: '2023-01-10T10:00:00Z',
      channel: 'email',
      direction: 'in',
      kind: 'reply',
      outcome: 'replied',
    });
    const recent = await b.ok('people.create', { kind: 'candidate', name: 'Spoke Last Month', timezone: 'UTC' });
    await b.ok('touches.log', {
      personId: recent.id,
      at: '2026-01-15T10:00:00Z',
      channel: 'email',
      direction: 'in',
      kind: 'reply',
      outcome: 'replied',
    });
    expect((await b.ok('io.retention', {})).map((p) => [p.name, p.lastContactAt])).toEqual([
      ['Quiet Since 2023', '2023-01-10T10:00:00.000Z'],
    ]);
    expect((await b.ok('io.retention', { months: 1 })).map((p) => p.name)).toEqual([
      'Quiet Since 2023',
      'Spoke Last Month',
    ]);
  });
});

describe('CSV export', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(['=1+1', '+SUM(A1)', '-2', '@cmd', '\tx', '\rx', 'plain', 'a=b', 42, null].map(neutralizeCell)).toEqual([
      "'=1+1",
      "'+SUM(A1)",
      "'-2",
      "'@cmd",
      "'\tx",
      "'\rx",
      'plain',
      'a=b',
      '42',
      '',
    ]);
  });

  it('exports people, applications and the contact log, with a header row, for download only', async () => {
    const b = makeBackend();
    const { candidate, position } = await seedBasics(b);
    await b.ok('people.update', { id: candidate.id, notes: '=HYPERLINK("https://evil.example","click")' });
    await b.ok('applications.create', { candidateId: candidate.id, positionId: position.id });
    const people = await b.ok('io.exportCsv', { entity: 'people' });
    expect(people.rows).toBe(2);
    const lines = people
      .content!.replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('id,kind,name,email,phone,timezone,company,title,location,linkedin,notes,created');
    expect(people.content).toContain(`"'=HYPERLINK(""https://evil.example"",""click"")"`);
    // The content comes back to download; a path from the caller is refused and nothing is written there.
    const applications = await b.ok('io.exportCsv', { entity: 'applications' });
    expect(applications).toMatchObject({ rows: 1 });
    expect(applications.content).toContain('Ada Okafor,Senior Backend Engineer,Acme Robotics,sourced');
    const target = path.join(tempDir(), 'applications.csv');
    fs.writeFileSync(target, 'kept');
    expect(await b.send('io.exportCsv', { entity: 'touches', path: target } as never)).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(fs.readFileSync(target, 'utf8')).toBe('kept');
  });
});

describe('taking everything out', () => {
  it('exports every table of the profile as JSON, and upcoming interviews as one calendar', async () => {
    const b = makeBackend();
    const { candidate, position } = await seedBasics(b);
    const application = await b.ok('applications.create', { candidateId: candidate.id, positionId: position.id });
    const called = await b.ok('interviews.schedule', {
      applicationId: application.id,
      startsAt: '2026-03-04T09:00:00Z',
      durationMinutes: 60,
      timezone: 'UTC',
    });
    await b.ok('interviews.cancel', { id: called.id });
    await b.ok('interviews.schedule', {
      applicationId: application.id,
      startsAt: '2026-03-05T09:00:00Z',
      durationMinutes: 60,
      timezone: 'UTC',
      place: 'Acme HQ; 2nd floor',
    });
    const all = await b.ok('io.exportAll', {});
    const parsed = JSON.parse(all.content) as { schemaVersion: number; tables: Record<string, unknown[]> };
    expect(parsed.schemaVersion).toBe(LATEST_VERSION);
    expect(Object.keys(parsed.tables)).toEqual(
      expect.arrayContaining([
        'people',
        'companies',
        'positions',
        'applications',
        'interviews',
        'prep_items',
        'touches',
        'audit_log',
      ]),
    );
    expect(parsed.tables.people).toHaveLength(2);
    expect(parsed.tables.interviews).toHaveLength(2);

    const calendar = await b.ok('io.exportCalendar', {});
    expect(calendar.events).toBe(1);
    expect(calendar.content.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(calendar.content.replace(/\r\n /g, '')).toContain('LOCATION:Acme HQ\\; 2nd floor');
    expect(calendar.content).toContain('DTSTART:20260305T090000Z');
  });
});

describe('the printable page of a person’s data', () => {
  it('shows every section with its values escaped, and loads nothing', async () => {
    const { renderPersonReport } = await import('../../core/personReport');
    const b = makeBackend();
    const { ada } = await fullCandidate(b);
    await b.ok('people.update', { id: ada.id, title: '<script>alert(1)</script>' });
    const { exportedAt, data } = await b.ok('io.exportPerson', { id: ada.id });
    const html = renderPersonReport('Ada <b>', exportedAt, data);
    expect(html).toContain('<h1>Data kept about Ada &lt;b&gt;</h1>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script|<img|src=|href=/i);
    expect(html).toContain('Contacts with them <span class="count">(2)</span>');
    expect(html).toContain(`${MARK} notes`);
  });
});
