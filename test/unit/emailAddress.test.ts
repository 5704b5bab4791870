import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMAIL_MESSAGE, isEmailAddress, mailtoHref, telHref } from '../../core/contactAddress';
import { shortValue } from '../../core/importProblems';
import { renderPacket, type PacketData } from '../../core/packet';
import { chooseFile, makeBackend, tableCounts, tempDir } from './helpers';

// The review's finding: this was accepted as an email, and the Email button made a mail link with a Bcc of it.
const ATTACK = 'cand@example.com?bcc=attacker%40evil.example';

const GOOD = [
  'ada@mail.example',
  'ada.okafor@mail.example',
  'ada+jobs@gmail.com',
  'first.last@eng.london.acme.co.uk',
  'o_connor-99@sub-domain.example.org',
  'BEN@EXAMPLE.COM',
  'josé@exämple.de',
  'müller@bücher.example',
  '用户@例子.广告',
  'ivan@пример.рф',
  'dee@xn--exmple-cua.de',
  'x@y.io',
  'tag=v/1@lists.example.net',
  // Irish and Italian surnames put an apostrophe in real addresses.
  "o'brien@example.com",
  "d'angelo.m@studio.example.it",
];

const BAD = [
  ATTACK,
  'cand@example.com&cc=evil.example',
  'ada%40evil.example@example.com',
  'ada@example.com.',
  'ada.@example.com',
  '.ada@example.com',
  'ada..okafor@example.com',
  'ada@@example.com',
  'ada@mail@example.com',
  'ada okafor@example.com',
  'ada@exa mple.com',
  'ada@example',
  'ada@.example.com',
  'ada@example..com',
  'ada@-example.com',
  'ada@example-.com',
  'ada@example.123',
  '@example.com',
  'ada@',
  'ada',
  '"ada"@example.com',
  'Ada <ada@example.com>',
  'ada@example.com,ben@example.com',
  'ada#team@example.com',
  'ada\t@example.com',
  'ada\n@example.com',
  'ada\u0007@example.com',
  'ada\u00a0okafor@example.com',
  `${'a'.repeat(65)}@example.com`,
];

describe('what counts as an email address', () => {
  it('keeps an apostrophe out of the link as it is, so no attribute it sits in can end early', () => {
    expect(mailtoHref("o'brien@example.com")).toBe('mailto:o%27brien@example.com');
  });

  it.each(GOOD)('accepts %s', (address) => {
    expect(isEmailAddress(address)).toBe(true);
    expect(mailtoHref(address)).toMatch(/^mailto:/);
  });

  it.each(BAD.map((a) => [JSON.stringify(a), a]))('refuses %s', (_shown, address) => {
    expect(isEmailAddress(address)).toBe(false);
    expect(mailtoHref(address)).toBeNull();
  });
});

/** The address and fields of a mail link, decoded as RFC 6068 reads them (no '+' for a space). */
function readMailto(href: string): { to: string; fields: Record<string, string> } {
  expect(href.startsWith('mailto:')).toBe(true);
  const [to, query = ''] = href.slice('mailto:'.length).split('?');
  const fields = Object.fromEntries(
    query
      .split('&')
      .filter(Boolean)
      .map((pair) => pair.split('=').map(decodeURIComponent) as [string, string]),
  );
  return { to: decodeURIComponent(to!), fields };
}

describe('mail and phone links', () => {
  it('encode the subject and body so they come back as written, and add no recipient or header', () => {
    const subject = 'Q&A? #1 for Zürich — 50% more & bcc=evil@example.com';
    const body = 'Hi Ada,\nline two + more\r\n\nÇa va? 日本語 👋 a=b&c=d#top';
    const href = mailtoHref('ada+jobs@exämple.de', { subject, body })!;
    // One '?' starts the fields, nothing breaks the link, and a space is %20 (a '+' would reach the mail as '+').
    expect(href.match(/[?#\s]/g)).toEqual(['?']);
    expect(href.split('?')[1]).not.toContain('+');
    expect(href).toContain('subject=Q%26A%3F%20%231%20for%20Z%C3%BCrich');
    const read = readMailto(href);
    expect(read.to).toBe('ada+jobs@exämple.de');
    expect(read.fields).toEqual({ subject, body: body.replace(/\r\n|\n/g, '\r\n') });
    // A standard URL reader agrees.
    const url = new URL(href);
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
    expect(url.searchParams.get('subject')).toBe(subject);
  });

  it('leave a plain address as it was, and out the fields that are empty', () => {
    expect(mailtoHref('ada@mail.example')).toBe('mailto:ada@mail.example');
    expect(mailtoHref('  ada+jobs@mail.example ', { subject: '', body: undefined })).toBe(
      'mailto:ada+jobs@mail.example',
    );
    expect(mailtoHref(null)).toBeNull();
  });

  it('call the digits of a phone number, and nothing else', () => {
    expect(telHref('+44 20 7946 0000')).toBe('tel:+442079460000');
    expect(telHref('(512) 555-0100')).toBe('tel:5125550100');
    for (const phone of ['12', 'javascript:alert(1)', '+1 415 555 0100 ext. 5', '555-0100?x=1', null, ''])
      expect(telHref(phone)).toBeNull();
  });

  it('in the prep packet, link only a valid address and leave one saved before this rule as text', () => {
    const data = {
      candidate: { name: 'Ada', timezone: 'Europe/Berlin' },
      interview: {
        id: 'i1',
        round: 1,
        startsAt: '2026-03-10T09:00:00.000Z',
        endsAt: '2026-03-10T10:00:00.000Z',
        timezone: 'Europe/Berlin',
        format: 'onsite',
        place: null,
      },
      position: { title: 'Engineer', location: null },
      company: { name: 'Acme' },
      interviewers: [],
      items: [],
      recruiter: { name: 'Sam', email: ATTACK, phone: '+44 20 7946 0000' },
    } as unknown as PacketData;
    const html = renderPacket(data);
    expect(html).not.toContain('mailto:');
    expect(html).toContain(`Email: ${ATTACK}`);
    expect(html).toContain('<a href="tel:+442079460000">');
    const fine = renderPacket({ ...data, recruiter: { ...data.recruiter, email: 'sam+ada@agency.example' } });
    expect(fine).toContain('<a href="mailto:sam+ada@agency.example">sam+ada@agency.example</a>');
  });
});

describe('the API', () => {
  it('saves every good address and refuses every bad one beside the email field, saving nothing', async () => {
    const b = makeBackend();
    for (const email of GOOD)
      expect(await b.ok('people.create', { kind: 'candidate', name: 'Good', email })).toMatchObject({ email });
    const before = tableCounts(b.db);
    for (const email of BAD) {
      const refused = await b.send('people.create', { kind: 'candidate', name: 'Bad', email });
      expect(refused, email).toMatchObject({
        ok: false,
        error: { code: 'validation', details: { issues: [{ path: ['email'], message: EMAIL_MESSAGE }] } },
      });
    }
    expect(tableCounts(b.db)).toEqual(before);
  });

  it('refuses the review’s address on every channel that takes an email', async () => {
    const b = makeBackend();
    const ada = await b.ok('people.create', { kind: 'candidate', name: 'Ada', email: 'ada@mail.example' });
    for (const [channel, input] of [
      ['people.update', { id: ada.id, email: ATTACK }],
      ['recruiter.update', { email: ATTACK }],
    ] as const) {
      expect(await b.send(channel, input as never), channel).toMatchObject({
        ok: false,
        error: { code: 'validation', details: { issues: [{ path: ['email'], message: EMAIL_MESSAGE }] } },
      });
    }
    expect((await b.ok('people.get', { id: ada.id })).email).toBe('ada@mail.example');
  });
});

describe('importing a spreadsheet', () => {
  it('takes the rows with good addresses and names each bad one with the plain message', async () => {
    const b = makeBackend();
    const cell = (text: string) => `"${text.replace(/"/g, '""')}"`;
    const rows = [...GOOD.map((email, i) => [`Good ${i}`, email]), ...BAD.map((email, i) => [`Bad ${i}`, email])];
    const file = path.join(tempDir(), 'people.csv');
    fs.writeFileSync(file, ['Name,Email', ...rows.map((r) => r.map(cell).join(','))].join('\r\n'));
    const result = await b.ok('io.importCsv', { path: chooseFile(file), kind: 'candidate', mode: 'valid-only' });
    expect(result).toMatchObject({
      imported: GOOD.length,
      // Each names the person and quotes the address (on one line, cut short), then says what to enter.
      errors: BAD.map((email, i) => ({
        row: GOOD.length + i + 2,
        name: `Bad ${i}`,
        message: `“${shortValue(email)}” is not an email address. Enter one like name@example.com.`,
      })),
    });
    const saved = (await b.ok('people.list', { kind: 'candidate', limit: 500 })).people.map((p) => p.email);
    expect(saved.sort()).toEqual([...GOOD].sort());
  });
});
