import { describe, expect, it } from 'vitest';
import { buildEml, encodeHeaderText, rfc5322Date } from '../../core/eml';
import { makeBackend, seedBasics, tableCounts, type Backend } from './helpers';

/** Sets the backend's clock to `iso`. */
function clockAt(b: Backend, iso: string) {
  b.advance(Date.parse(iso) - b.ctx.now().getTime());
}

/** A candidate in Berlin with an email address, the recruiter's details on file, at 10:00 Berlin time. */
async function withCandidate() {
  const b = makeBackend();
  clockAt(b, '2026-03-02T09:00:00Z');
  await b.ok('recruiter.update', { name: 'Sam Reyes', email: 'sam@agency.example', phone: '+1 415 555 0100' });
  const { candidate } = await seedBasics(b);
  return { b, candidate };
}

const decodeWords = (header: string) =>
  header
    .split(/\r\n /)
    .map((w) => /^=\?UTF-8\?B\?(.*)\?=$/.exec(w)![1]!)
    .map((b64) => Buffer.from(b64, 'base64'))
    .reduce((all, part) => Buffer.concat([all, part]), Buffer.alloc(0))
    .toString('utf8');

describe('compose.email', () => {
  it('returns the filled message, its mail link and its .eml, and logs nothing', async () => {
    const { b, candidate } = await withCandidate();
    const before = tableCounts(b.db);
    const composed = await b.ok('compose.email', { personId: candidate.id, kind: 'follow-up' });
    expect(composed).toMatchObject({
      to: 'ada@mail.example',
      subject: 'Following up, Ada',
      fileName: 'Following-up-Ada.eml',
      applicationId: null,
      warnings: [],
    });
    expect(composed.body).toMatch(/^Hello Ada,\n\nI am following up/);
    expect(composed.mailto).toBe(
      `mailto:ada@mail.example?subject=Following%20up%2C%20Ada&body=${encodeURIComponent(composed.body.replace(/\n/g, '\r\n'))}`,
    );
    expect(composed.eml).toContain('\r\nTo: Ada Okafor <ada@mail.example>\r\n');
    expect(composed.eml).toMatch(/^From: Sam Reyes <sam@agency.example>\r\n/);
    expect(composed.eml).toContain('\r\nDate: Mon, 02 Mar 2026 09:00:00 +0000\r\n');
    expect(tableCounts(b.db)).toEqual(before);
  });

  it("signs with the profile's name, in the text and the From line, until the recruiter gives theirs", async () => {
    const b = makeBackend();
    clockAt(b, '2026-03-02T09:00:00Z');
    Object.assign(b.ctx, { profile: { name: 'Priya Raman' } });
    await b.ok('recruiter.update', { email: 'desk@agency.example' });
    const { candidate } = await seedBasics(b);
    const composed = await b.ok('compose.email', { personId: candidate.id, kind: 'follow-up' });
    expect(composed.body).toContain('Best regards,\nPriya Raman\ndesk@agency.example');
    expect(composed.eml).toMatch(/^From: Priya Raman <desk@agency.example>\r\n/);
  });

  it('uses the saved template over the default', async () => {
    const { b, candidate } = await withCandidate();
    await b.ok('templates.save', { id: 'follow-up', subject: 'Still there, {{firstName}}?', body: 'Hi {{fullName}}' });
    const composed = await b.ok('compose.email', { personId: candidate.id, kind: 'follow-up' });
    expect(composed).toMatchObject({ subject: 'Still there, Ada?', body: 'Hi Ada Okafor' });
  });

  it('refuses a blocked contact with the rules’ reasons, as touches.log does, and writes no message', async () => {
    const { b, candidate } = await withCandidate();
    await b.ok('touches.log', {
      personId: candidate.id,
      at: '2026-03-01T09:00:00Z',
      channel: 'phone',
      direction: 'in',
      kind: 'reply',
      outcome: 'connected',
      response: 'stop',
    });
    const before = tableCounts(b.db);
    const refused = await b.send('compose.email', { personId: candidate.id, kind: 'follow-up' });
    const logged = await b.send('touches.log', {
      personId: candidate.id,
      at: '2026-03-02T09:00:00Z',
      channel: 'email',
      direction: 'out',
      kind: 'follow-up',
      outcome: 'sent',
    });
    expect(refused.ok).toBe(false);
    if (refused.ok || logged.ok) throw new Error('both should be refused');
    expect(refused.error.code).toBe('policy-blocked');
    expect(refused.error).toEqual(logged.error);
    expect((refused.error.details as { reasons: { rule: string }[] }).reasons.map((r) => r.rule)).toEqual([
      'do-not-contact',
    ]);
    expect(tableCounts(b.db)).toEqual(before);
  });

  it('checks the message’s own kind: after two unanswered follow-ups only the take-away may go', async () => {
    const { b, candidate } = await withCandidate();
    for (const at of ['2026-02-20T09:00:00Z', '2026-02-25T09:00:00Z']) {
      await b.ok('touches.log', {
        personId: candidate.id,
        at,
        channel: 'email',
        direction: 'out',
        kind: 'follow-up',
        outcome: 'sent',
      });
    }
    const followUp = await b.send('compose.email', { personId: candidate.id, kind: 'follow-up' });
    expect(followUp).toMatchObject({
      ok: false,
      error: { code: 'policy-blocked', details: { requiredKind: 'take-away' } },
    });
    const takeAway = await b.ok('compose.email', { personId: candidate.id, kind: 'take-away' });
    expect(takeAway.body).toContain('should I close your file?');
  });

  it('says so when the person has no email address', async () => {
    const { b } = await withCandidate();
    const person = await b.ok('people.create', { kind: 'candidate', name: 'Bo Lind', timezone: 'Europe/Stockholm' });
    expect(await b.send('compose.email', { personId: person.id, kind: 'first-contact' })).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        message: 'Bo Lind has no email address on file. Add one on their page, then write to them.',
      },
    });
  });
});

describe('compose.sent', () => {
  it('logs the contact only on confirming, with its kind, channel and the subject as summary', async () => {
    const { b, candidate } = await withCandidate();
    const composed = await b.ok('compose.email', { personId: candidate.id, kind: 'first-contact' });
    expect(await b.ok('touches.list', { personId: candidate.id })).toEqual([]);
    const touch = await b.ok('compose.sent', {
      personId: candidate.id,
      kind: 'first-contact',
      channel: 'email',
      subject: composed.subject,
    });
    expect(touch).toMatchObject({
      at: '2026-03-02T09:00:00.000Z',
      channel: 'email',
      direction: 'out',
      kind: 'first-contact',
      outcome: 'sent',
      summary: 'An introduction from Sam Reyes',
    });
    expect((await b.ok('touches.list', { personId: candidate.id })).map((t) => t.id)).toEqual([touch.id]);
  });

  it('logs the prep packet cover as the prep call it belongs to', async () => {
    const { b, candidate } = await withCandidate();
    const touch = await b.ok('compose.sent', {
      personId: candidate.id,
      kind: 'prep-packet',
      channel: 'email',
      subject: 'Your interview prep',
    });
    expect(touch.kind).toBe('prep-call');
  });
});

describe('buildEml', () => {
  const date = new Date('2026-03-02T09:05:07Z');

  it('encodes a non-ASCII subject and name as UTF-8 encoded-words of at most 75 characters', () => {
    const subject = 'Ihr Vorstellungsgespräch bei Müller & Söhne — nächste Schritte für Zoë Ødegård 🙂';
    const header = encodeHeaderText(subject);
    for (const word of header.split('\r\n ')) expect(word.length).toBeLessThanOrEqual(75);
    expect(decodeWords(header)).toBe(subject);
    const eml = buildEml({ to: { name: 'Zoë Ødegård', address: 'zoe@bücher.example' }, subject, body: 'x', date });
    const to = /^To: (.*?) <(.*?)>\r\n/m.exec(eml)!;
    expect(decodeWords(to[1]!)).toBe('Zoë Ødegård');
    expect(to[2]).toBe('zoe@xn--bcher-kva.example');
  });

  it('sends a UTF-8 body as base64 and an ASCII one as it is, with CRLF line ends', () => {
    const eml = buildEml({ to: { name: null, address: 'a@b.example' }, subject: 'Hi', body: 'Grüße\nAda', date });
    const [head, body] = eml.split('\r\n\r\n');
    expect(head).toContain('Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64');
    expect(Buffer.from(body!, 'base64').toString('utf8')).toBe('Grüße\r\nAda');
    const plain = buildEml({ to: { name: 'O"Brien, Pat', address: 'a@b.example' }, subject: 'Hi', body: 'a\nb', date });
    expect(plain).toContain('To: "O\\"Brien, Pat" <a@b.example>\r\n');
    expect(plain.endsWith('7bit\r\nX-Unsent: 1\r\n\r\na\r\nb\r\n')).toBe(true);
  });

  it('writes the date as RFC 5322 does', () => {
    expect(rfc5322Date(date)).toBe('Mon, 02 Mar 2026 09:05:07 +0000');
  });
});
