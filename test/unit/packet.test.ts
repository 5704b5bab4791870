import { describe, expect, it } from 'vitest';
import { escapeIcsText, foldLine, renderIcs } from '../../core/ics';
import { PACKET_CSP } from '../../core/packet';
import { makeBackend } from './helpers';
import { ALLOWED_ATTRIBUTES, ALLOWED_TAGS, HOSTILE, MARK, tags } from './hostile';

/**
 * A packet whose every field a candidate or a careless paste could have filled with markup, and whose internal fields
 * all carry MARK.
 */
async function hostilePacket() {
  const b = makeBackend();
  const company = await b.ok('companies.create', {
    name: `Acme ${HOSTILE.img}`,
    website: 'https://acme.example',
    notes: `${MARK} pays late`,
  });
  const manager = await b.ok('people.create', {
    kind: 'contact',
    name: `Dana ${HOSTILE.script}`,
    title: `VP ${HOSTILE.quote}`,
    companyId: company.id,
    notes: `${MARK} manager notes`,
  });
  const position = await b.ok('positions.create', {
    companyId: company.id,
    title: `Engineer ${HOSTILE.css}`,
    description: `Build things. ${HOSTILE.script}\n\nVISIBLE-DESCRIPTION`,
    salaryMin: 123457,
    salaryMax: 198765,
    salaryCurrency: 'USD',
  });
  const candidate = await b.ok('people.create', {
    kind: 'candidate',
    name: `Ada ${HOSTILE.img}`,
    timezone: 'America/New_York',
    notes: `${MARK} candidate notes`,
  });
  const rival = await b.ok('people.create', { kind: 'candidate', name: `Rival ${MARK}` });
  await b.ok('applications.create', { candidateId: rival.id, positionId: position.id });
  const application = await b.ok('applications.create', { candidateId: candidate.id, positionId: position.id });
  const interview = await b.ok('interviews.schedule', {
    applicationId: application.id,
    startsAt: '2026-03-10T10:00:00+01:00',
    durationMinutes: 60,
    timezone: 'Europe/Berlin',
    format: 'video',
    place: HOSTILE.js,
    interviewerIds: [manager.id],
    notes: `${MARK} fee 25%`,
  });
  await b.ok('recruiter.update', {
    name: `Sam ${HOSTILE.script}`,
    email: 'sam@agency.example',
    phone: '+44 20 7946 0000',
  });
  const items = interview.items.map((item, n) =>
    n === 2
      ? { ...item, body: `${MARK} they always lowball`, visibility: 'internal' as const }
      : n === 3
        ? { ...item, body: `${item.body}\n${HOSTILE.css}\n${HOSTILE.js}` }
        : item,
  );
  await b.ok('prep.update', {
    interviewId: interview.id,
    items: [
      ...items,
      { label: `Internal ${MARK}`, body: `${MARK} second internal`, visibility: 'internal', done: false },
    ],
  });
  b.advance(Date.parse('2026-03-10T11:30:00Z') - b.ctx.now().getTime());
  await b.ok('debriefs.record', {
    interviewId: interview.id,
    calledAt: '2026-03-10T11:30:00Z',
    arrivalTime: '09:55',
    durationMinutes: 60,
    metWith: `${MARK} met`,
    questionsAsked: `${MARK} asked`,
    answers: `${MARK} answers`,
    vibe: `${MARK} vibe`,
    acceptance: 'yes',
  });
  await b.ok('interviews.feedbackDone', { id: interview.id, feedback: `${MARK} client feedback` });
  const html = (await b.ok('prep.exportPacket', { interviewId: interview.id, format: 'html' })).content;
  const ics = (await b.ok('prep.exportPacket', { interviewId: interview.id, format: 'ics' })).content;
  return { b, html, ics, interview };
}

describe('the prep packet', () => {
  it('turns hostile field values into plain text: no script, no handler, no external reference', async () => {
    const { html } = await hostilePacket();
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${PACKET_CSP}">`);
    const all = tags(html);
    expect(all.length).toBeGreaterThan(30);
    for (const tag of all) {
      expect(ALLOWED_TAGS, tag.name).toContain(tag.name);
      for (const [name, value] of tag.attributes) {
        expect(ALLOWED_ATTRIBUTES, `${tag.name} ${name}`).toContain(name);
        if (name === 'href') expect(value).toMatch(/^(https:|http:|mailto:|tel:)/);
      }
    }
    expect(all.filter((t) => t.name === 'style')).toHaveLength(2); // one opening, one closing: ours
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    expect(style).not.toMatch(/url\(|@import|expression\(/i);
    expect(html).not.toMatch(/<script|<img|<iframe|<object|<embed|<link|href="javascript/i);
    // The hostile text is still there, readable, as text.
    expect(html).toContain('Ada &quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('javascript:alert(document.cookie)');
    expect(html).toContain('VISIBLE-DESCRIPTION');
  });

  it('carries nothing internal: no notes, fees, internal prep, debrief, feedback or other candidates', async () => {
    const { html, ics } = await hostilePacket();
    expect(html).not.toContain(MARK);
    expect(ics).not.toContain(MARK);
    expect(html).not.toMatch(/123457|198765|123,457|198,765/);
  });

  it('gives the time in the candidate’s zone, whom they meet, what happens after, and the YES/NO question', async () => {
    const { html } = await hostilePacket();
    expect(html).toContain(
      'Tuesday 10 March 2026, 05:00–06:00</strong> <span class="muted">your time (America/New_York)',
    );
    expect(html).toContain('That is 10:00 where the interview takes place (Europe/Berlin).');
    expect(html).toContain('What time did you arrive?');
    expect(html).toContain(
      '<blockquote>Is this still a position you are interested in, and if it meets your salary requirements, would you accept?</blockquote>',
    );
    expect(html).toContain('<a href="tel:+442079460000">+44 20 7946 0000</a>');
    expect(html).toContain('<a href="mailto:sam@agency.example">sam@agency.example</a>');
  });
});

describe('the interview calendar file', () => {
  it('escapes text and folds lines at 75 octets, with times on the clock of the place', async () => {
    const { ics, interview } = await hostilePacket();
    const lines = ics.split('\r\n');
    expect(ics.endsWith('\r\n')).toBe(true);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('DTSTART;TZID=Europe/Berlin:20260310T100000');
    expect(unfolded).toContain('DTEND;TZID=Europe/Berlin:20260310T110000');
    expect(unfolded).toContain(`UID:${interview.id}@politely`);
    expect(unfolded).toMatch(/^LOCATION:javascript:alert\(document.cookie\)$/m);
  });

  it('escapes the characters that would break a calendar line, and never splits a character', () => {
    expect(escapeIcsText('a,b;c\\d\ne\r\nf\u0007')).toBe('a\\,b\\;c\\\\d\\ne\\nf');
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(100)}`);
    expect(folded.split('\r\n ').join('')).toBe(`DESCRIPTION:${'é'.repeat(100)}`);
    for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    const event = renderIcs({
      uid: 'u',
      start: '2026-01-01T10:00:00Z',
      end: '2026-01-01T11:00:00Z',
      stamp: '2026-01-01T00:00:00Z',
      summary: 'S',
      location: null,
      description: 'D',
    });
    expect(event).not.toContain('LOCATION');
  });
});
