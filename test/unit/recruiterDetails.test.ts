import { describe, expect, it } from 'vitest';
import { makeBackend, seedBasics, type Backend } from './helpers';

/** A scheduled interview for the basics' candidate, to export its packet. */
async function interviewFor(b: Backend) {
  const { position, candidate } = await seedBasics(b);
  const application = await b.ok('applications.create', { candidateId: candidate.id, positionId: position.id });
  return b.ok('interviews.schedule', {
    applicationId: application.id,
    startsAt: '2026-03-10T10:00:00+01:00',
    durationMinutes: 60,
    timezone: 'Europe/Berlin',
    format: 'video',
  });
}

const packetHtml = async (b: Backend, interviewId: string) =>
  (await b.ok('prep.exportPacket', { interviewId, format: 'html' })).content;

describe("the recruiter's details, asked for once", () => {
  it('a new profile has not been asked; "Not now" records the answer without inventing details', async () => {
    const b = makeBackend();
    expect(await b.ok('recruiter.get', {})).toEqual({ name: null, email: null, phone: null, asked: false });
    expect(await b.ok('recruiter.skip', {})).toEqual({ name: null, email: null, phone: null, asked: true });
    expect(await b.ok('recruiter.get', {})).toMatchObject({ asked: true, name: null });
    const audit = b.db.prepare("SELECT changes FROM audit_log WHERE entity = 'settings' AND entity_id = 'recruiter'");
    expect(audit.all()).toHaveLength(1);
    // A second skip is not a second answer.
    await b.ok('recruiter.skip', {});
    expect(audit.all()).toHaveLength(1);
  });

  it('saving the details answers the question, and skipping later keeps them', async () => {
    const b = makeBackend();
    await b.ok('recruiter.update', { name: 'Sam Carter', email: 'sam@agency.example' });
    expect(await b.ok('recruiter.skip', {})).toEqual({
      name: 'Sam Carter',
      email: 'sam@agency.example',
      phone: null,
      asked: true,
    });
  });

  it('details saved before the question existed count as asked', async () => {
    const b = makeBackend();
    b.db.prepare("INSERT INTO settings (key, value) VALUES ('recruiter', ?)").run(JSON.stringify({ name: 'Sam' }));
    expect(await b.ok('recruiter.get', {})).toMatchObject({ name: 'Sam', asked: true });
  });

  it('refuses input to "Not now" and changes nothing', async () => {
    const b = makeBackend();
    const refused = await b.send('recruiter.skip', { name: 'x' } as never);
    expect(refused.ok).toBe(false);
    expect(await b.ok('recruiter.get', {})).toMatchObject({ asked: false });
  });
});

describe('the packet never prints a placeholder for the recruiter', () => {
  it("the profile's name stands in until the recruiter gives theirs", async () => {
    const b = makeBackend();
    Object.assign(b.ctx, { profile: { name: 'Priya Raman' } });
    const interview = await interviewFor(b);
    const html = await packetHtml(b, interview.id);
    expect(html).toContain('<strong>Priya Raman</strong>');
    expect(html).toContain('Call Priya Raman as soon as you leave');
    expect(html).not.toMatch(/your recruiter<\/strong>|Call your recruiter/i);

    await b.ok('recruiter.update', { name: 'Priya R.', phone: '+44 20 7946 0000' });
    const named = await packetHtml(b, interview.id);
    expect(named).toContain('<strong>Priya R.</strong>');
    expect(named).not.toContain('Priya Raman');
  });

  it('with no name at all it leaves the contact section out and speaks as "me"', async () => {
    const b = makeBackend();
    const interview = await interviewFor(b);
    const html = await packetHtml(b, interview.id);
    expect(html).not.toContain('id="contact"');
    expect(html).toContain('Call me as soon as you leave');
    expect(html).not.toMatch(/your recruiter<\/strong>|Call your recruiter/i);

    await b.ok('recruiter.update', { email: 'desk@agency.example' });
    const withEmail = await packetHtml(b, interview.id);
    expect(withEmail).toContain('id="contact"');
    expect(withEmail).toContain('mailto:desk@agency.example');
  });
});
