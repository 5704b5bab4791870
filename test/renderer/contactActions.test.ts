import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Person, Verdict } from '../../api/contract';
import { CallPanel } from '../../renderer/person/CallPanel';
import { ContactActions } from '../../renderer/person/ContactActions';

const allowed: Verdict = { verdict: 'allowed', reasons: [] };

function person(fields: Partial<Person>): Person {
  return {
    id: 'p1',
    kind: 'candidate',
    name: 'Ada Okafor',
    email: null,
    phone: null,
    timezone: 'Europe/Berlin',
    companyId: null,
    companyName: null,
    employer: null,
    title: null,
    location: null,
    linkedinUrl: null,
    notes: null,
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    ...fields,
  };
}

const render = (p: Person) =>
  renderToStaticMarkup(createElement(ContactActions, { person: p, email: allowed, phone: allowed }));

describe('the Email and Call buttons', () => {
  it('open their panels for a valid address and number; the call panel dials through the one phone link builder', () => {
    // The mail link is made by compose.email, with the message in it, through the same builder (compose tests).
    const ada = person({ email: 'ada+jobs@exämple.de', phone: '+44 20 7946 0000' });
    const html = render(ada);
    expect(html).toMatch(/<button[^>]*aria-controls="compose-panel"[^>]*>Email<\/button>/);
    expect(html).toMatch(/<button[^>]*aria-controls="call-panel"[^>]*>Call<\/button>/);
    const calling = renderToStaticMarkup(createElement(CallPanel, { person: ada, kind: 'follow-up', onClose() {} }));
    expect(calling).toContain('href="tel:+442079460000"');
  });

  it('make no link from an address saved before the rule was strict, and say why', () => {
    // The review's address: a mail link made from it as it stands would add a Bcc.
    const html = render(person({ email: 'cand@example.com?bcc=attacker%40evil.example', phone: 'call reception' }));
    expect(html).not.toContain('mailto:');
    expect(html).not.toContain('tel:');
    expect(html).toContain('The email address on file is not valid. Correct it, then write.');
    expect(html).toContain('The phone number on file is not valid. Correct it, then call.');
  });
});
