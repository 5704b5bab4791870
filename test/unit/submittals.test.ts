import { describe, expect, it } from 'vitest';
import type { Envelope } from '../../api/contract';
import { nextAfterFeedback } from '../../core/submittals';
import { shortlistBackend, seedShortlist } from './submittalSetup';
import type { Backend } from './helpers';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function failure(result: Envelope<unknown>) {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}
const paths = (result: Envelope<unknown>) => (failure(result).details?.issues ?? []).map((i) => i.path);

async function sent(b: Backend) {
  const s = await seedShortlist(b);
  const submittal = await b.ok('submittals.create', {
    positionId: s.position.id,
    contactId: s.manager.id,
    applicationIds: [s.benApp.id, s.ada.id],
    summaries: { [s.ada.id]: 'Ten years of fleet software.', [s.benApp.id]: '  Led a platform team.  ' },
    note: 'Two strong people for you.',
  });
  return { ...s, submittal };
}

describe('submittals.create', () => {
  it('stores the shortlist in the order given, with each summary, and returns it', async () => {
    const b = shortlistBackend();
    const { submittal, ada, benApp, position, manager } = await sent(b);
    expect(submittal).toMatchObject({
      positionId: position.id,
      positionTitle: 'Senior Backend Engineer',
      companyName: 'Acme Robotics',
      contact: { id: manager.id, name: 'Dana Whitfield' },
      note: 'Two strong people for you.',
      includeContactDetails: false,
      sentAt: '2026-03-02T09:00:00.000Z',
    });
    expect(submittal.candidates.map((c) => [c.applicationId, c.candidateName, c.summary, c.feedback])).toEqual([
      [benApp.id, 'Ben Tal', 'Led a platform team.', null],
      [ada.id, 'Ada Okafor', 'Ten years of fleet software.', null],
    ]);
    expect(await b.ok('submittals.get', { submittalId: submittal.id })).toEqual(submittal);
    expect(await b.ok('submittals.list', { positionId: position.id })).toEqual([submittal]);
  });

  it('shows on the candidate’s record when and to whom each application was sent', async () => {
    const b = shortlistBackend();
    const { candidate, ada, ben, elsewhere } = await sent(b);
    const record = await b.ok('people.get', { id: candidate.id });
    expect(record.applications.find((a) => a.id === ada.id)).toMatchObject({
      submittedAt: '2026-03-02T09:00:00.000Z',
      submittedTo: 'Dana Whitfield',
    });
    const bens = await b.ok('people.get', { id: ben.id });
    const unsent = bens.applications.find((a) => a.id === elsewhere.id);
    expect(unsent).toBeDefined();
    expect(unsent).not.toHaveProperty('submittedAt');
  });

  it('refuses bad input with the path of each field', async () => {
    const b = shortlistBackend();
    const s = await seedShortlist(b);
    const empty = await b.send('submittals.create', { positionId: s.position.id, contactId: '', applicationIds: [] });
    expect(failure(empty).code).toBe('validation');
    expect(paths(empty)).toEqual(expect.arrayContaining([['contactId'], ['applicationIds']]));
    const long = await b.send('submittals.create', {
      positionId: s.position.id,
      contactId: s.manager.id,
      applicationIds: [s.ada.id],
      summaries: { [s.ada.id]: 'x'.repeat(20_001) },
    });
    expect(paths(long)).toEqual([['summaries', s.ada.id]]);
  });

  it('refuses a contact of another client, and a candidate as the contact', async () => {
    const b = shortlistBackend();
    const s = await seedShortlist(b);
    const other = await b.send('submittals.create', {
      positionId: s.position.id,
      contactId: s.outsider.id,
      applicationIds: [s.ada.id],
    });
    expect(failure(other)).toMatchObject({
      code: 'validation',
      message: 'Otto Globex is not a contact at Acme Robotics. Send the shortlist to someone there.',
    });
    expect(paths(other)).toEqual([['contactId']]);
    const candidate = await b.send('submittals.create', {
      positionId: s.position.id,
      contactId: s.ben.id,
      applicationIds: [s.ada.id],
    });
    expect(paths(candidate)).toEqual([['contactId']]);
  });

  it('refuses closed applications, another position’s, a repeat, an unknown one and a summary for no one', async () => {
    const b = shortlistBackend();
    const s = await seedShortlist(b);
    const result = await b.send('submittals.create', {
      positionId: s.position.id,
      contactId: s.manager.id,
      applicationIds: [s.ada.id, s.cleoApp.id, s.elsewhere.id, s.ada.id, 'gone'],
      summaries: { [s.benApp.id]: 'Not sent.' },
    });
    const error = failure(result);
    expect(error.code).toBe('validation');
    expect(error.details?.issues).toEqual([
      { path: ['applicationIds', 1], message: 'Cleo Ray’s application is closed. Send only open applications.' },
      { path: ['applicationIds', 2], message: 'Ben Tal is not a candidate for Senior Backend Engineer.' },
      { path: ['applicationIds', 3], message: 'Ada Okafor is in the shortlist twice.' },
      {
        path: ['applicationIds', 4],
        message: 'That candidate’s application no longer exists. Choose another one.',
      },
      { path: ['summaries', s.benApp.id], message: 'That candidate is not in this shortlist.' },
    ]);
    expect(await b.ok('submittals.list', { positionId: s.position.id })).toEqual([]);
  });

  it('refuses a position that is gone or filled', async () => {
    const b = shortlistBackend();
    const s = await seedShortlist(b);
    const gone = await b.send('submittals.create', {
      positionId: 'gone',
      contactId: s.manager.id,
      applicationIds: [s.ada.id],
    });
    expect(paths(gone)).toEqual([['positionId']]);
    await b.ok('positions.update', { id: s.position.id, status: 'filled' });
    const filled = await b.send('submittals.create', {
      positionId: s.position.id,
      contactId: s.manager.id,
      applicationIds: [s.ada.id],
    });
    expect(paths(filled)).toEqual([['positionId']]);
  });
});

describe('every channel’s input', () => {
  it('is refused by the path of the field that is wrong', async () => {
    const b = shortlistBackend();
    const calls = {
      'submittals.get': b.send('submittals.get', { submittalId: '' }),
      'submittals.list': b.send('submittals.list', {} as { positionId: string }),
      'submittals.update': b.send('submittals.update', {
        submittalId: 's',
        include: { contactDetails: 'yes' as never },
      }),
      'submittals.packet': b.send('submittals.packet', { submittalId: 's', format: 'docx' as 'html' }),
      'submittals.printPacket': b.send('submittals.printPacket', { submittalId: 'x'.repeat(101) }),
      'submittals.recordFeedback': b.send('submittals.recordFeedback', {
        submittalId: 's',
        applicationId: '',
        verdict: 'hold',
      }),
      'submittals.create': b.send('submittals.create', {
        positionId: 'p',
        contactId: 'c',
        applicationIds: ['a'],
        note: 'x'.repeat(20_001),
      }),
    };
    const answers = Object.fromEntries(
      await Promise.all(Object.entries(calls).map(async ([channel, call]) => [channel, await call])),
    ) as Record<string, Envelope<unknown>>;
    expect(Object.fromEntries(Object.entries(answers).map(([channel, r]) => [channel, paths(r)]))).toEqual({
      'submittals.get': [['submittalId']],
      'submittals.list': [['positionId']],
      'submittals.update': [['include', 'contactDetails']],
      'submittals.packet': [['format']],
      'submittals.printPacket': [['submittalId']],
      'submittals.recordFeedback': [['applicationId']],
      'submittals.create': [['note']],
    });
  });
});

describe('a shortlist not found', () => {
  it('answers not-found on every channel that names one', async () => {
    const b = shortlistBackend();
    await seedShortlist(b);
    const calls = [
      b.send('submittals.get', { submittalId: 'gone' }),
      b.send('submittals.update', { submittalId: 'gone', note: 'x' }),
      b.send('submittals.packet', { submittalId: 'gone', format: 'html' }),
      b.send('submittals.printPacket', { submittalId: 'gone' }),
      b.send('submittals.recordFeedback', { submittalId: 'gone', applicationId: 'a', verdict: 'hold' }),
      b.send('submittals.list', { positionId: 'gone' }),
    ];
    const codes = (await Promise.all(calls)).map((r) => failure(r).code);
    // printPacket is refused first in the desktop app (no print page), which prints the PDF itself.
    expect(codes).toEqual(['not-found', 'not-found', 'not-found', 'validation', 'not-found', 'not-found']);
    b.ctx.printPage = () => '/print/code';
    expect(failure(await b.send('submittals.printPacket', { submittalId: 'gone' })).code).toBe('not-found');
  });
});

describe('submittals.update', () => {
  it('changes summaries, the note and the contact-details choice, and refuses a summary for no one', async () => {
    const b = shortlistBackend();
    const { submittal, ada, cleoApp } = await sent(b);
    const updated = await b.ok('submittals.update', {
      submittalId: submittal.id,
      summaries: { [ada.id]: 'Shipped the routing engine.' },
      note: '',
      include: { contactDetails: true },
    });
    expect(updated.candidates.find((c) => c.applicationId === ada.id)?.summary).toBe('Shipped the routing engine.');
    expect(updated.note).toBeNull();
    expect(updated.includeContactDetails).toBe(true);
    const stray = await b.send('submittals.update', { submittalId: submittal.id, summaries: { [cleoApp.id]: 'x' } });
    expect(paths(stray)).toEqual([['summaries', cleoApp.id]]);
  });
});

describe('submittals.packet and printPacket', () => {
  it('answers HTML, a PDF where the app prints, and a one-time print page in the browser', async () => {
    const b = shortlistBackend();
    const { submittal } = await sent(b);
    const html = await b.ok('submittals.packet', { submittalId: submittal.id, format: 'html' });
    expect(html).toMatchObject({
      fileName: 'Shortlist - Senior Backend Engineer at Acme Robotics.html',
      mime: 'text/html',
      encoding: 'utf8',
    });
    const browser = failure(await b.send('submittals.packet', { submittalId: submittal.id, format: 'pdf' }));
    expect(browser).toMatchObject({ code: 'validation', details: { printInBrowser: true } });
    const printed: string[] = [];
    b.ctx.printToPdf = (page) => {
      printed.push(page);
      return Promise.resolve(Buffer.from('%PDF-1.7'));
    };
    const pdf = await b.ok('submittals.packet', { submittalId: submittal.id, format: 'pdf' });
    expect(pdf).toMatchObject({ mime: 'application/pdf', encoding: 'base64', content: 'JVBERi0xLjc=' });
    expect(printed).toEqual([html.content]);
    const pages: string[] = [];
    b.ctx.printPage = (page) => {
      pages.push(page);
      return `/print/${pages.length}`;
    };
    expect(await b.ok('submittals.printPacket', { submittalId: submittal.id })).toEqual({ url: '/print/1' });
    expect(pages).toEqual([html.content]);
  });
});

describe('submittals.recordFeedback', () => {
  it('a no closes the application with the client’s reason and says to call the candidate', async () => {
    const b = shortlistBackend();
    const { submittal, ada, candidate } = await sent(b);
    b.advance(DAY);
    const answer = await b.ok('submittals.recordFeedback', {
      submittalId: submittal.id,
      applicationId: ada.id,
      verdict: 'reject',
      reason: 'Wants more Kubernetes experience.',
    });
    expect(answer.application).toMatchObject({ id: ada.id, stage: 'closed', closedReason: 'client-rejected' });
    expect(answer.next).toEqual({
      personId: candidate.id,
      personName: 'Ada Okafor',
      phone: null,
      message:
        'Call Ada to tell them what the client said: “Wants more Kubernetes experience.” ' +
        'Thank them, and ask what they would like next.',
    });
    expect(answer.submittal.candidates.find((c) => c.applicationId === ada.id)).toMatchObject({
      stage: 'closed',
      feedback: { verdict: 'reject', reason: 'Wants more Kubernetes experience.', at: '2026-03-03T09:00:00.000Z' },
    });
    const record = await b.ok('people.get', { id: candidate.id });
    expect(record.applications[0]).toMatchObject({ id: ada.id, outcome: 'client-rejected' });
    const again = await b.send('submittals.recordFeedback', {
      submittalId: submittal.id,
      applicationId: ada.id,
      verdict: 'interview',
    });
    expect(failure(again).code).toBe('conflict');
  });

  it('asks for the reason of a no, and refuses a candidate not in the shortlist', async () => {
    const b = shortlistBackend();
    const { submittal, ada, cleoApp } = await sent(b);
    const bare = await b.send('submittals.recordFeedback', {
      submittalId: submittal.id,
      applicationId: ada.id,
      verdict: 'reject',
      reason: '  ',
    });
    expect(paths(bare)).toEqual([['reason']]);
    const verdict = await b.send('submittals.recordFeedback', {
      submittalId: submittal.id,
      applicationId: ada.id,
      verdict: 'maybe' as 'hold',
    });
    expect(paths(verdict)).toEqual([['verdict']]);
    const stranger = await b.send('submittals.recordFeedback', {
      submittalId: submittal.id,
      applicationId: cleoApp.id,
      verdict: 'hold',
    });
    expect(paths(stranger)).toEqual([['applicationId']]);
  });

  it('on hold can become a yes later; an application closed since is refused', async () => {
    const b = shortlistBackend();
    const { submittal, ada, benApp } = await sent(b);
    const hold = await b.ok('submittals.recordFeedback', {
      submittalId: submittal.id,
      applicationId: ada.id,
      verdict: 'hold',
    });
    expect(hold.next.message).toBe(
      'Dana put Ada on hold. Tell Ada there is no answer yet, and agree when you will call again.',
    );
    const yes = await b.ok('submittals.recordFeedback', {
      submittalId: submittal.id,
      applicationId: ada.id,
      verdict: 'interview',
    });
    expect(yes.next.message).toBe('Dana wants to meet Ada. Call Ada with the news, then schedule the interview.');
    expect(yes.application.stage).toBe('sourced');
    await b.ok('applications.close', { id: benApp.id, reason: 'candidate-withdrew' });
    const closed = await b.send('submittals.recordFeedback', {
      submittalId: submittal.id,
      applicationId: benApp.id,
      verdict: 'interview',
    });
    expect(failure(closed)).toMatchObject({
      code: 'validation',
      message: 'Ben Tal’s application is closed, so there is no answer to record.',
    });
  });
});

describe('waiting for the client', () => {
  it('Today lists the shortlist under the contact, with how long it has waited, until every answer is in', async () => {
    const b = shortlistBackend();
    const { submittal, ada, benApp, manager, position } = await sent(b);
    b.advance(3 * DAY);
    const waiting = (await b.ok('queue.today', {})).filter((i) => i.type === 'feedback-due');
    expect(waiting).toEqual([
      {
        type: 'feedback-due',
        personId: manager.id,
        personName: 'Dana Whitfield',
        timezone: 'America/Chicago',
        positionTitle: 'Senior Backend Engineer',
        companyName: 'Acme Robotics',
        submittalId: submittal.id,
        positionId: position.id,
        due: '2026-03-02T09:00:00.000Z',
        reason: 'Waiting 3 days for their answer on the 2 candidates you sent.',
      },
    ]);
    await b.ok('submittals.recordFeedback', { submittalId: submittal.id, applicationId: ada.id, verdict: 'hold' });
    b.advance(HOUR);
    const [one] = (await b.ok('queue.today', {})).filter((i) => i.type === 'feedback-due');
    // They answered on one: the wait for the other counts from that answer.
    expect(one).toMatchObject({
      due: '2026-03-05T09:00:00.000Z',
      reason: 'Waiting 1 hour for their answer on 1 of the 2 candidates you sent.',
    });
    await b.ok('submittals.recordFeedback', {
      submittalId: submittal.id,
      applicationId: benApp.id,
      verdict: 'reject',
      reason: 'Too senior.',
    });
    expect((await b.ok('queue.today', {})).filter((i) => i.type === 'feedback-due')).toEqual([]);
  });

  it('chasing the contact for answers obeys the client-feedback limit', async () => {
    const b = shortlistBackend();
    const { submittal, ada, benApp, manager } = await sent(b);
    b.advance(10 * DAY);
    const chase = (at: string) => ({
      personId: manager.id,
      at,
      channel: 'email' as const,
      direction: 'out' as const,
      kind: 'follow-up' as const,
      outcome: 'sent' as const,
    });
    // 09:00 in Chicago, two business days apart, so the gap and the caps allow each one.
    await b.ok('touches.log', chase('2026-03-03T15:00:00Z'));
    await b.ok('touches.log', chase('2026-03-05T15:00:00Z'));
    const third = failure(await b.send('touches.log', chase('2026-03-09T15:00:00Z')));
    expect(third.code).toBe('policy-blocked');
    expect((third.details?.reasons as { rule: string }[]).map((r) => r.rule)).toContain('client-feedback');
    const rules = async () =>
      (
        await b.ok('followups.check', { personId: manager.id, channel: 'email', at: '2026-03-09T15:00:00Z' })
      ).reasons.map((r) => r.rule);
    expect(await rules()).toContain('client-feedback');
    // Once every answer is in, nothing is owed: the feedback limit no longer applies (the take-away still may).
    for (const applicationId of [ada.id, benApp.id])
      await b.ok('submittals.recordFeedback', { submittalId: submittal.id, applicationId, verdict: 'hold' });
    expect(await rules()).not.toContain('client-feedback');
  });
});

describe('a person’s data in shortlists', () => {
  it('is in their export, and erasing them or the contact takes it with them', async () => {
    const b = shortlistBackend();
    const { submittal, candidate, manager, ada } = await sent(b);
    const { data } = await b.ok('io.exportPerson', { id: candidate.id });
    expect(data.shortlists).toEqual([
      expect.objectContaining({ application_id: ada.id, summary: 'Ten years of fleet software.' }),
    ]);
    const received = await b.ok('io.exportPerson', { id: manager.id });
    expect(received.data.shortlistsTheyReceived).toEqual([expect.objectContaining({ id: submittal.id })]);
    await b.ok('io.erasePerson', { id: candidate.id });
    const left = await b.ok('submittals.get', { submittalId: submittal.id });
    expect(left.candidates.map((c) => c.candidateName)).toEqual(['Ben Tal']);
    expect(JSON.stringify(b.db.prepare('SELECT * FROM submittal_candidates').all())).not.toContain('fleet software');
    await b.ok('io.erasePerson', { id: manager.id });
    expect((await b.send('submittals.get', { submittalId: submittal.id })).ok).toBe(false);
    expect(b.db.prepare('SELECT count(*) AS n FROM submittal_candidates').get()).toEqual({ n: 0 });
  });
});

describe('what to do after the client answers', () => {
  it('ends the sentence after their words, with a full stop only where their words have none', () => {
    const at = '2026-03-03T09:00:00.000Z';
    expect(nextAfterFeedback('Ben Tal', 'Dana Whitfield', { verdict: 'reject', reason: 'Too senior', at })).toBe(
      'Call Ben to tell them what the client said: “Too senior”. Thank them, and ask what they would like next.',
    );
    expect(nextAfterFeedback('Ben Tal', 'Dana Whitfield', { verdict: 'reject', reason: 'Why not?', at })).toBe(
      'Call Ben to tell them what the client said: “Why not?” Thank them, and ask what they would like next.',
    );
  });
});
