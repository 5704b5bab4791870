import { describe, expect, it } from 'vitest';
import { mergeValues } from '../../core/templateValues';
import {
  DEFAULT_TEMPLATES,
  renderTemplate,
  TEMPLATE_FIELDS,
  TEMPLATE_KINDS,
  templateFields,
  templateProblems,
} from '../../core/templates';
import { makeBackend, seedBasics, tableCounts, type Backend } from './helpers';

const ALL_VALUES = {
  firstName: 'Ada',
  lastName: 'Okafor',
  fullName: 'Ada Okafor',
  position: 'Senior Backend Engineer',
  company: 'Acme Robotics',
  interviewTime: 'Tuesday 10 March 2026, 10:00 (Europe/Berlin)',
  recruiterName: 'Sam Reyes',
  recruiterEmail: 'sam@agency.example',
  recruiterPhone: '+1 415 555 0100',
};

describe('renderTemplate', () => {
  it('fills every field it knows, with spaces inside the braces allowed', () => {
    const text = TEMPLATE_FIELDS.map((f, i) => (i % 2 ? `{{${f}}}` : `{{ ${f} }}`)).join('|');
    const rendered = renderTemplate({ subject: 'Hi {{firstName}}', body: text }, ALL_VALUES);
    expect(rendered).toEqual({
      ok: true,
      subject: 'Hi Ada',
      body: TEMPLATE_FIELDS.map((f) => ALL_VALUES[f]).join('|'),
    });
  });

  it('names an unknown field, suggests the one meant, and never renders a blank for it', () => {
    const rendered = renderTemplate({ subject: 'Hello', body: 'Dear {{first_name}}, about {{salary}}' }, ALL_VALUES);
    expect(rendered.ok).toBe(false);
    if (rendered.ok) return;
    expect(rendered.problems.map((p) => p.field)).toEqual(['first_name', 'salary']);
    expect(rendered.problems[0]!.message).toBe(
      'The body uses {{first_name}}, which is not a field Politely knows. Did you mean {{firstName}}?',
    );
    expect(rendered.problems[1]!.message).toMatch(/\{\{salary\}\}, which is not a field.*\{\{recruiterPhone\}\}\.$/);
  });

  it('refuses a brace pair left open, an empty subject and a subject on two lines', () => {
    expect(templateProblems({ subject: 'Hi {{firstName', body: 'x' }).map((p) => p.part)).toEqual(['subject']);
    expect(templateProblems({ subject: ' ', body: 'x' })[0]!.message).toBe('The subject is empty. Write a subject.');
    expect(templateProblems({ subject: 'a\nb', body: 'x' })[0]!.message).toMatch(/one line/);
  });

  it('says which known field is empty and why, once, wherever it is used', () => {
    const rendered = renderTemplate(
      { subject: 'About {{position}}', body: '{{position}} on {{interviewTime}}' },
      { firstName: 'Ada' },
      { position: 'Ada Okafor has no open application.' },
    );
    expect(rendered).toEqual({
      ok: false,
      problems: [
        {
          part: 'subject',
          field: 'position',
          message: '{{position}} in the subject is empty: Ada Okafor has no open application.',
        },
        {
          part: 'body',
          field: 'interviewTime',
          message: '{{interviewTime}} in the body is empty: Politely has no value for it.',
        },
      ],
    });
  });

  it('leaves an optional field empty and drops a line it alone held', () => {
    const rendered = renderTemplate(
      { subject: 'Hi', body: 'Regards,\n{{recruiterName}}\n{{recruiterPhone?}}\nCall {{recruiterPhone?}} today' },
      { recruiterName: 'Sam' },
    );
    expect(rendered).toEqual({ ok: true, subject: 'Hi', body: 'Regards,\nSam\nCall  today' });
  });

  it('keeps a value on one line in the subject', () => {
    const rendered = renderTemplate({ subject: 'For {{fullName}}', body: 'x' }, { fullName: 'Ada\r\nOkafor' });
    expect(rendered).toMatchObject({ ok: true, subject: 'For Ada Okafor' });
  });

  it('renders every default with every value, and the defaults use only known fields', () => {
    for (const kind of TEMPLATE_KINDS) {
      const template = DEFAULT_TEMPLATES[kind];
      expect(templateProblems(template), kind).toEqual([]);
      const rendered = renderTemplate(template, ALL_VALUES);
      expect(rendered.ok, kind).toBe(true);
      if (rendered.ok) expect(`${rendered.subject}\n${rendered.body}`, kind).not.toMatch(/\{\{|\}\}/);
    }
    expect(DEFAULT_TEMPLATES['take-away'].body).toMatch(/put the ball in your court/);
    expect(templateFields(DEFAULT_TEMPLATES['prep-packet'])).toEqual(
      expect.arrayContaining(['position', 'company', 'interviewTime']),
    );
  });
});

describe('mergeValues', () => {
  const person = { name: 'Ada Okafor', kind: 'candidate' as const, timezone: 'America/New_York', companyName: null };
  const recruiter = { name: 'Sam Reyes', email: null, phone: null };

  it('shows the interview on the reader’s clock with the zone named, and splits the name', () => {
    const { values, gaps } = mergeValues({
      person,
      application: { positionTitle: 'Engineer', companyName: 'Acme' },
      interview: { startsAt: '2026-03-10T09:00:00.000Z', timezone: 'Europe/Berlin' },
      recruiter,
    });
    expect(values).toMatchObject({
      firstName: 'Ada',
      lastName: 'Okafor',
      interviewTime: 'Tuesday 10 March 2026, 05:00 (America/New_York)',
      position: 'Engineer',
    });
    expect(gaps.recruiterEmail).toBe('your email address is not filled in. Add it under Settings → Your details.');
  });

  it('says why the position is empty: none open, or several to choose from', () => {
    const none = mergeValues({ person, application: { missing: 'none', count: 0 }, interview: null, recruiter });
    expect(none.gaps.position).toMatch(/^Ada Okafor has no open application/);
    expect(none.gaps.interviewTime).toBe(none.gaps.position);
    const several = mergeValues({ person, application: { missing: 'several', count: 2 }, interview: null, recruiter });
    expect(several.gaps.company).toBe('Ada Okafor has 2 open applications. Choose the one this message is about.');
  });
});

/** A candidate with one open application and an interview, and the recruiter's details on file. */
async function withApplication(b: Backend = makeBackend()) {
  const basics = await seedBasics(b);
  await b.ok('recruiter.update', { name: 'Sam Reyes', email: 'sam@agency.example', phone: '+1 415 555 0100' });
  const application = await b.ok('applications.create', {
    candidateId: basics.candidate.id,
    positionId: basics.position.id,
  });
  await b.ok('interviews.schedule', {
    applicationId: application.id,
    startsAt: '2026-03-10T10:00:00+01:00',
    durationMinutes: 60,
    timezone: 'Europe/Berlin',
    format: 'video',
    interviewerIds: [basics.manager.id],
  });
  return { b, ...basics, application };
}

describe('templates channels', () => {
  it('lists the default of every kind until one is saved, and restores the default', async () => {
    const b = makeBackend();
    const list = await b.ok('templates.list', undefined);
    expect(list.map((t) => [t.id, t.isDefault])).toEqual(TEMPLATE_KINDS.map((k) => [k, true]));

    const saved = await b.ok('templates.save', {
      id: 'follow-up',
      subject: 'Checking in, {{firstName}}',
      body: 'Hi {{firstName}}\n\n',
    });
    expect(saved).toMatchObject({
      id: 'follow-up',
      isDefault: false,
      body: 'Hi {{firstName}}',
      updatedAt: expect.any(String),
    });
    const after = await b.ok('templates.list', undefined);
    expect(after.find((t) => t.id === 'follow-up')!.subject).toBe('Checking in, {{firstName}}');
    expect(after.filter((t) => !t.isDefault)).toHaveLength(1);

    const restored = await b.ok('templates.restoreDefault', { id: 'follow-up' });
    expect(restored).toMatchObject({ isDefault: true, subject: DEFAULT_TEMPLATES['follow-up'].subject });
    expect(tableCounts(b.db).templates).toBe(0);
  });

  it('refuses to save an unknown field, naming it, and keeps what was there', async () => {
    const b = makeBackend();
    const refused = await b.send('templates.save', { id: 'take-away', subject: 'Hi', body: 'Dear {{nickname}},' });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        message: expect.stringContaining('{{nickname}}'),
        details: { issues: [{ path: ['body'] }], fields: ['nickname'] },
      },
    });
    expect(tableCounts(b.db).templates).toBe(0);
    expect(await b.send('templates.save', { id: 'no-such-kind', subject: 'a', body: 'b' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('previews every kind for a candidate with an application, an interview and the recruiter’s details', async () => {
    const { b, candidate } = await withApplication();
    for (const kind of TEMPLATE_KINDS) {
      const preview = await b.ok('templates.preview', { templateId: kind, personId: candidate.id });
      expect(`${preview.subject}\n${preview.body}`, kind).not.toMatch(/\{\{|\}\}/);
      expect(preview.body, kind).toMatch(/^(Hello|Dear) Ada,/);
    }
    const prep = await b.ok('templates.preview', { templateId: 'prep-packet', personId: candidate.id });
    expect(prep.subject).toBe('Your interview prep: Senior Backend Engineer at Acme Robotics');
    // Ada is in Berlin, as the interview is: 10:00 on her clock.
    expect(prep.body).toContain('on Tuesday 10 March 2026, 10:00 (Europe/Berlin).');
  });

  it('previews a draft and refuses an unknown field in it, naming it', async () => {
    const { b, candidate } = await withApplication();
    const draft = await b.ok('templates.preview', {
      templateId: 'follow-up',
      personId: candidate.id,
      draft: { subject: 'For {{fullName}}', body: 'At {{company}}' },
    });
    expect(draft).toMatchObject({ subject: 'For Ada Okafor', body: 'At Acme Robotics' });
    const unknown = await b.send('templates.preview', {
      templateId: 'follow-up',
      personId: candidate.id,
      draft: { subject: 'For {{name}}', body: 'x' },
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: ['name'] } } });
  });

  it('says which field is empty and why for a candidate with no application', async () => {
    const b = makeBackend();
    const { candidate } = await seedBasics(b);
    const preview = await b.send('templates.preview', { templateId: 'prep-packet', personId: candidate.id });
    expect(preview.ok).toBe(false);
    if (preview.ok) return;
    expect(preview.error.code).toBe('validation');
    expect(preview.error.message).toContain(
      '{{position}} in the subject is empty: Ada Okafor has no open application, so there is no position to name.',
    );
    expect(preview.error.details?.fields).toEqual(['position', 'company', 'interviewTime', 'recruiterName']);
    // With no position in it, the follow-up needs only her name and the recruiter's.
    await b.ok('recruiter.update', { name: 'Sam Reyes' });
    const followUp = await b.ok('templates.preview', { templateId: 'follow-up', personId: candidate.id });
    expect(followUp.body).toMatch(/Best regards,\nSam Reyes$/);
  });
});
