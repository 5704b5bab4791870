import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { renderCalendar, renderIcs, type CalendarEvent } from '../../core/ics';
import { makeBackend, seedBasics, type Backend } from './helpers';

/** The file as a calendar reads it: ical.js, a parser Politely did not write. */
function read(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevents = calendar.getAllSubcomponents('vevent');
  expect(vevents).toHaveLength(1);
  const vevent = vevents[0]!;
  const event = new ICAL.Event(vevent);
  return { calendar, vevent, event, method: calendar.getFirstPropertyValue('method') };
}

function at(b: Backend, iso: string) {
  b.advance(Date.parse(iso) - b.ctx.now().getTime());
}

/** Ada's first round in New York, Monday 9 March 2026 at 10:00 (EDT, the day after the clocks went forward). */
async function booked() {
  const b = makeBackend();
  const basics = await seedBasics(b);
  await b.ok('recruiter.update', { name: 'Sam Reed', email: 'sam@agency.example', phone: '+1 212 555 0100' });
  const application = await b.ok('applications.create', {
    candidateId: basics.candidate.id,
    positionId: basics.position.id,
  });
  const interview = await b.ok('interviews.schedule', {
    applicationId: application.id,
    startsAt: '2026-03-09T10:00:00-04:00',
    durationMinutes: 60,
    timezone: 'America/New_York',
    format: 'onsite',
    place: 'Acme HQ, 1 Robot Way',
    interviewerIds: [basics.manager.id],
  });
  const invite = async () => (await b.ok('prep.exportPacket', { interviewId: interview.id, format: 'ics' })).content;
  return { b, ...basics, interview, invite };
}

describe('an interview’s invite over its life', () => {
  it('keeps its UID while SEQUENCE goes 0, 1, 2 with each reschedule; the cancellation outranks them', async () => {
    const { b, interview, invite } = await booked();
    const first = read(await invite());
    expect(first.method).toBe('REQUEST');
    expect(first.event.uid).toBe(`${interview.id}@politely`);
    expect(first.event.sequence).toBe(0);
    expect(first.vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(first.event.startDate.toJSDate().toISOString()).toBe('2026-03-09T14:00:00.000Z');

    at(b, '2026-03-04T12:00:00Z');
    const moved = await b.ok('interviews.reschedule', { id: interview.id, startsAt: '2026-03-11T15:00:00-04:00' });
    expect(moved.sequence).toBe(1);
    const second = read(await invite());
    expect(second.event.uid).toBe(first.event.uid);
    expect(second.event.sequence).toBe(1);
    expect(second.event.startDate.toJSDate().toISOString()).toBe('2026-03-11T19:00:00.000Z');
    expect(second.event.endDate.toJSDate().toISOString()).toBe('2026-03-11T20:00:00.000Z');

    // Internal notes are not in the invite: changing them sends nothing new.
    const noted = await b.ok('interviews.reschedule', { id: interview.id, notes: 'Bring the portfolio.' });
    expect(noted.sequence).toBe(1);

    const placed = await b.ok('interviews.reschedule', { id: interview.id, place: 'Acme Annex, 3 Robot Way' });
    expect(placed.sequence).toBe(2);
    const third = read(await invite());
    expect(third.event.uid).toBe(first.event.uid);
    expect(third.event.sequence).toBe(2);
    expect(third.event.location).toBe('Acme Annex, 3 Robot Way');

    at(b, '2026-03-05T12:00:00Z');
    const cancelled = await b.ok('interviews.cancel', { id: interview.id });
    expect(cancelled.sequence).toBe(3);
    // Cancelling twice is one cancellation.
    expect((await b.ok('interviews.cancel', { id: interview.id })).sequence).toBe(3);
    const cancel = read(await invite());
    expect(cancel.method).toBe('CANCEL');
    expect(cancel.event.uid).toBe(first.event.uid);
    expect(cancel.event.sequence).toBeGreaterThan(third.event.sequence);
    expect(cancel.vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancel.event.startDate.toJSDate().toISOString()).toBe('2026-03-11T19:00:00.000Z');
    expect(cancel.vevent.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-03-05T12:00:00Z');
    expect(cancel.event.description).toContain('This interview is cancelled.');
  });

  it('comes from the recruiter to the candidate, each by name and address', async () => {
    const { invite } = await booked();
    const { vevent, event } = read(await invite());
    const organizer = vevent.getFirstProperty('organizer')!;
    expect(organizer.getFirstValue()).toBe('mailto:sam@agency.example');
    expect(organizer.getParameter('cn')).toBe('Sam Reed');
    expect(event.attendees).toHaveLength(1);
    expect(event.attendees[0]!.getFirstValue()).toBe('mailto:ada@mail.example');
    expect(event.attendees[0]!.getParameter('cn')).toBe('Ada Okafor');
    expect(event.attendees[0]!.getParameter('partstat')).toBe('NEEDS-ACTION');
  });

  it('leaves out whoever has no address; a cancelled interview’s packet says what to send instead', async () => {
    const { b, candidate, interview, invite } = await booked();
    await b.ok('recruiter.update', { email: null });
    await b.ok('people.update', { id: candidate.id, email: null });
    const { vevent } = read(await invite());
    expect(vevent.getFirstProperty('organizer')).toBeNull();
    expect(vevent.getFirstProperty('attendee')).toBeNull();

    await b.ok('interviews.cancel', { id: interview.id });
    const html = await b.send('prep.exportPacket', { interviewId: interview.id, format: 'html' });
    expect(html.ok).toBe(false);
    if (!html.ok) expect(html.error.message).toMatch(/Save the cancellation/);
  });

  it('shares its UID and SEQUENCE with the all-interviews calendar', async () => {
    const { b, interview, invite } = await booked();
    await b.ok('interviews.reschedule', { id: interview.id, durationMinutes: 90 });
    const own = read(await invite()).event;
    const calendar = new ICAL.Component(ICAL.parse((await b.ok('io.exportCalendar', {})).content));
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    const listed = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(listed.uid).toBe(own.uid);
    expect(listed.sequence).toBe(1);
    expect(listed.startDate.zone.tzid).toBe('America/New_York');
    expect(listed.endDate.toJSDate().toISOString()).toBe('2026-03-09T15:30:00.000Z');
  });
});

const event = (start: string, timezone: string | null, minutes = 60): CalendarEvent => ({
  uid: 'interview-1@politely',
  start,
  end: new Date(Date.parse(start) + minutes * 60_000).toISOString(),
  timezone,
  stamp: '2026-01-02T09:00:00Z',
  summary: 'Interview',
  location: null,
  description: 'Meet the team.',
});

// Each instant, and the wall clock of the place at that instant: the file must say the second and mean the first.
const PLACES: [zone: string, instant: string, wall: string][] = [
  ['America/New_York', '2026-03-06T15:00:00Z', '20260306T100000'],
  ['America/New_York', '2026-03-08T07:30:00Z', '20260308T033000'],
  ['America/New_York', '2026-03-09T14:00:00Z', '20260309T100000'],
  ['America/New_York', '2026-10-30T14:00:00Z', '20261030T100000'],
  ['America/New_York', '2026-11-02T15:00:00Z', '20261102T100000'],
  ['Europe/Berlin', '2026-03-27T09:00:00Z', '20260327T100000'],
  ['Europe/Berlin', '2026-03-30T08:00:00Z', '20260330T100000'],
  ['Europe/Berlin', '2026-10-26T09:00:00Z', '20261026T100000'],
  ['Asia/Kolkata', '2026-07-01T04:30:00Z', '20260701T100000'],
  ['Asia/Kolkata', '2026-12-31T23:30:00Z', '20270101T050000'],
  // Lord Howe Island moves its clocks by half an hour: +11:00 until 5 April, +10:30 after, +11:00 from 4 October.
  ['Australia/Lord_Howe', '2026-04-02T23:00:00Z', '20260403T100000'],
  ['Australia/Lord_Howe', '2026-04-05T23:30:00Z', '20260406T100000'],
  ['Australia/Lord_Howe', '2026-10-05T23:00:00Z', '20261006T100000'],
];

describe('times on the clock of the place', () => {
  it.each(PLACES)('%s at %s is written as %s there and read back as that instant', (zone, instant, wall) => {
    const ics = renderIcs(event(instant, zone));
    expect(ics.replace(/\r\n /g, '')).toContain(`DTSTART;TZID=${zone}:${wall}`);
    const { calendar, event: read_ } = read(ics);
    expect(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual([zone]);
    // Resolved through the file's own VTIMEZONE, not read as floating time on the test machine's clock.
    expect(read_.startDate.zone.tzid).toBe(zone);
    expect(read_.startDate.toJSDate().toISOString()).toBe(new Date(instant).toISOString());
    expect(read_.endDate.toJSDate().getTime() - read_.startDate.toJSDate().getTime()).toBe(3_600_000);
  });

  it('describes New York’s two changes of 2026 as dated observances, with the offsets either side', () => {
    const zone = new ICAL.Component(
      ICAL.parse(renderIcs(event('2026-06-01T14:00:00Z', 'America/New_York'))),
    ).getFirstSubcomponent('vtimezone')!;
    const observances = zone
      .getAllSubcomponents()
      .map((o) => [
        o.name,
        o.getFirstPropertyValue('dtstart')!.toString(),
        o.getFirstProperty('tzoffsetfrom')!.toICALString(),
        o.getFirstProperty('tzoffsetto')!.toICALString(),
      ]);
    expect(observances).toEqual([
      ['standard', '2026-01-01T00:00:00', 'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0500'],
      ['daylight', '2026-03-08T02:00:00', 'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0400'],
      ['standard', '2026-11-01T02:00:00', 'TZOFFSETFROM:-0400', 'TZOFFSETTO:-0500'],
    ]);
  });

  it('writes a time in the hour New York’s clocks turn back in UTC, since that hour happens twice', () => {
    for (const instant of ['2026-11-01T05:30:00Z', '2026-11-01T06:30:00Z']) {
      const ics = renderIcs(event(instant, 'America/New_York', 30));
      expect(ics).toContain(`DTSTART:${instant.replace(/[-:]/g, '')}`);
      expect(read(ics).event.startDate.toJSDate().toISOString()).toBe(new Date(instant).toISOString());
    }
  });

  it('writes UTC, however it is spelt, and an unknown zone as Z times with no description', () => {
    for (const zone of ['UTC', 'Etc/UTC', 'GMT', null, 'Mars/Olympus_Mons']) {
      const ics = renderIcs(event('2026-03-09T14:00:00Z', zone));
      expect(ics).toContain('DTSTART:20260309T140000Z');
      expect(ics).not.toContain('VTIMEZONE');
      expect(read(ics).event.startDate.toJSDate().toISOString()).toBe('2026-03-09T14:00:00.000Z');
    }
  });

  it('describes each zone once in a calendar of many, across the years its events span', () => {
    const ics = renderCalendar([
      event('2026-12-31T22:00:00Z', 'America/New_York', 180),
      event('2027-07-01T14:00:00Z', 'America/New_York'),
      event('2026-03-30T08:00:00Z', 'Europe/Berlin'),
      event('2026-03-09T14:00:00Z', 'UTC'),
    ]);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual([
      'America/New_York',
      'Europe/Berlin',
    ]);
    const starts = calendar
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
      .map((e) => [e.startDate.toJSDate().toISOString(), e.endDate.toJSDate().toISOString()]);
    expect(starts).toEqual([
      ['2026-12-31T22:00:00.000Z', '2027-01-01T01:00:00.000Z'],
      ['2027-07-01T14:00:00.000Z', '2027-07-01T15:00:00.000Z'],
      ['2026-03-30T08:00:00.000Z', '2026-03-30T09:00:00.000Z'],
      ['2026-03-09T14:00:00.000Z', '2026-03-09T15:00:00.000Z'],
    ]);
  });
});

describe('hostile text in an invite', () => {
  const HOSTILE = 'Ada "Boss"; ROLE=CHAIR:mailto:evil@x.example,\r\nEND:VEVENT\r\nBEGIN:VEVENT\\ ^n\u0007';

  it('stays text: one event, every value read back as written, no address but the real ones', () => {
    const ics = renderIcs({
      ...event('2026-03-09T14:00:00Z', 'America/New_York'),
      summary: HOSTILE,
      location: HOSTILE,
      description: HOSTILE,
      organizer: { name: HOSTILE, email: 'sam@agency.example' },
      attendees: [
        { name: HOSTILE, email: "o'brien+ada@mail.example" },
        { name: 'Nobody', email: 'evil@x.example?cc=boss@x.example' },
        { name: 'Nobody', email: 'a@b.example\r\nATTENDEE:mailto:evil@x.example' },
      ],
    });
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const { event: read_, vevent } = read(ics);
    // Line breaks come back as the one kind a TEXT value holds; the bell is gone.
    expect(read_.summary).toBe(HOSTILE.replaceAll('\r\n', '\n').replace('\u0007', ''));
    expect(read_.location).toBe(read_.summary);
    expect(read_.description).toBe(read_.summary);
    const organizer = vevent.getFirstProperty('organizer')!;
    expect(organizer.getFirstValue()).toBe('mailto:sam@agency.example');
    expect(organizer.getParameter('cn')).toBe(read_.summary);
    expect(organizer.getParameter('role')).toBeUndefined();
    expect(read_.attendees.map((a) => a.getFirstValue())).toEqual(['mailto:o%27brien+ada@mail.example']);
    expect(read_.attendees[0]!.getParameter('cn')).toBe(read_.summary);
    expect(ics).not.toMatch(/^ATTENDEE:mailto:evil/m);
  });
});
