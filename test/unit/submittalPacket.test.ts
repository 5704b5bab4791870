import { describe, expect, it } from 'vitest';
import { PACKET_CSP } from '../../core/packet';
import { ALLOWED_ATTRIBUTES, ALLOWED_TAGS, HOSTILE, MARK, tags } from './hostile';
import { shortlistBackend } from './submittalSetup';

/**
 * A shortlist whose every field a careless paste could have filled with markup, and whose internal fields (notes, the
 * fee, the salary, another candidate, the log) all carry MARK.
 */
async function hostileShortlist(contactDetails: boolean) {
  const b = shortlistBackend();
  const company = await b.ok('companies.create', { name: `Acme ${HOSTILE.img}`, notes: `${MARK} pays late` });
  const manager = await b.ok('people.create', {
    kind: 'contact',
    name: `Dana ${HOSTILE.script}`,
    companyId: company.id,
    timezone: 'America/Chicago',
    notes: `${MARK} manager notes`,
  });
  const position = await b.ok('positions.create', {
    companyId: company.id,
    title: `Engineer ${HOSTILE.css}`,
    description: `${MARK} the brief`,
    salaryMin: 123457,
    salaryMax: 198765,
    salaryCurrency: 'USD',
    location: `Austin ${HOSTILE.quote}`,
  });
  const ada = await b.ok('people.create', {
    kind: 'candidate',
    name: `Ada ${HOSTILE.img}`,
    email: 'ada@mail.example',
    phone: '+1 512 555 0100',
    notes: `${MARK} candidate notes`,
  });
  const rival = await b.ok('people.create', { kind: 'candidate', name: `Rival ${MARK}` });
  await b.ok('applications.create', { candidateId: rival.id, positionId: position.id });
  const application = await b.ok('applications.create', { candidateId: ada.id, positionId: position.id });
  await b.ok('interviews.schedule', {
    applicationId: application.id,
    startsAt: '2026-03-10T10:00:00-06:00',
    durationMinutes: 60,
    timezone: 'America/Chicago',
    notes: `${MARK} fee 25%`,
  });
  await b.ok('touches.log', {
    personId: ada.id,
    at: '2026-03-02T08:00:00Z',
    channel: 'phone',
    direction: 'in',
    kind: 'reply',
    outcome: 'connected',
    summary: `${MARK} said she earns 120k`,
  });
  await b.ok('recruiter.update', {
    name: `Sam ${HOSTILE.script}`,
    email: 'sam@agency.example',
    phone: '+44 20 7946 0000',
  });
  const submittal = await b.ok('submittals.create', {
    positionId: position.id,
    contactId: manager.id,
    applicationIds: [application.id],
    summaries: { [application.id]: `Routing expert. ${HOSTILE.script}\n\n${HOSTILE.js}\nVISIBLE-SUMMARY` },
    note: `Hello ${HOSTILE.quote}`,
    include: { contactDetails },
  });
  const { content } = await b.ok('submittals.packet', { submittalId: submittal.id, format: 'html' });
  return { b, html: content, submittal };
}

describe('the client’s shortlist packet', () => {
  it('turns hostile values into plain text: no script, no handler, no external reference', async () => {
    const { html } = await hostileShortlist(false);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${PACKET_CSP}">`);
    const all = tags(html);
    expect(all.length).toBeGreaterThan(20);
    for (const tag of all) {
      expect(ALLOWED_TAGS, tag.name).toContain(tag.name);
      for (const [name, value] of tag.attributes) {
        expect(ALLOWED_ATTRIBUTES, `${tag.name} ${name}`).toContain(name);
        if (name === 'href') expect(value).toMatch(/^(mailto:|tel:)/);
      }
    }
    expect(all.filter((t) => t.name === 'style')).toHaveLength(2);
    expect(html).not.toMatch(/<script|<img|<iframe|<object|<embed|<link|href="javascript/i);
    expect(html).toContain('Ada &quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Routing expert. &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('javascript:alert(document.cookie)<br>VISIBLE-SUMMARY');
    expect(html).toContain('Hello &#39; onmouseover=&#39;alert(1)');
    expect(html).toContain('For Dana &lt;script&gt;alert(1)&lt;/script&gt;, from Sam');
  });

  it('carries nothing internal: no notes, fee, salary, brief, log or other candidates', async () => {
    const { html } = await hostileShortlist(true);
    expect(html).not.toContain(MARK);
    expect(html).not.toMatch(/123457|198765|123,457|198,765/);
  });

  it('gives the candidates’ email and phone only when the recruiter ticked them', async () => {
    const without = (await hostileShortlist(false)).html;
    expect(without).not.toContain('ada@mail.example');
    expect(without).not.toContain('512');
    const { html, b, submittal } = await hostileShortlist(true);
    expect(html).toContain('<a href="mailto:ada@mail.example">ada@mail.example</a>');
    expect(html).toContain('<a href="tel:+15125550100">+1 512 555 0100</a>');
    // The recruiter's own details are always there.
    expect(without).toContain('<a href="mailto:sam@agency.example">sam@agency.example</a>');
    await b.ok('submittals.update', { submittalId: submittal.id, include: { contactDetails: false } });
    const unticked = await b.ok('submittals.packet', { submittalId: submittal.id, format: 'html' });
    expect(unticked.content).not.toContain('ada@mail.example');
  });

  it('is dated on the contact’s calendar and named for the position', async () => {
    const { b, submittal } = await hostileShortlist(false);
    const file = await b.ok('submittals.packet', { submittalId: submittal.id, format: 'html' });
    // Sent at 09:00 UTC on 2 March: still 2 March in Chicago.
    expect(file.content).toContain(', 2 March 2026</p>');
    // Only letters, digits, spaces, dots, dashes and underscores, and short enough for every system.
    expect(file.fileName).toMatch(/^Shortlist - Engineer stylestyle[\p{L}\p{N} ._-]* at A\.html$/u);
    expect(file.fileName.length).toBeLessThanOrEqual(85);
  });
});
