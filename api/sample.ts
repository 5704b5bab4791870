import { randomSource } from '../core/random';
import { recordCounts, type RecordCounts } from '../db/reports';
import type { Channel, Input, Output } from './contract';
import type { Context } from './context';
import { perform } from './dispatch';

// A made-up agency to try Politely with: six clients, twenty positions, two hundred candidates,
// and a history that puts every part of the app to work (each contact state, prep due, debriefs
// due, offers, placements, and a few refusals). It goes in through the same channels the app
// uses, so every rule holds: nothing here could not have been entered by hand.

export const SAMPLE_PROFILE_NAME = 'Sample agency';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const CLIENTS = [
  {
    name: 'Northwind Logistics',
    website: 'https://northwind.example',
    roles: [
      'Fleet Operations Lead',
      'Senior Backend Engineer',
      'Warehouse Systems Analyst',
      'Logistics Data Scientist',
    ],
  },
  {
    name: 'Harbor Health',
    website: 'https://harborhealth.example',
    roles: ['Clinical Product Manager', 'Staff Frontend Engineer', 'Compliance Officer'],
  },
  {
    name: 'Lumen Analytics',
    website: 'https://lumen.example',
    roles: ['Data Engineer', 'Analytics Engineer', 'Head of Customer Success', 'Solutions Architect'],
  },
  {
    name: 'Tidewater Energy',
    website: 'https://tidewater.example',
    roles: ['Grid Reliability Engineer', 'Project Controls Manager', 'Site Safety Lead'],
  },
  {
    name: 'Brightline Retail',
    website: 'https://brightline.example',
    roles: ['E-commerce Director', 'Mobile Engineer', 'Merchandising Planner'],
  },
  {
    name: 'Cobalt Robotics',
    website: 'https://cobalt.example',
    roles: ['Embedded Software Engineer', 'Controls Engineer', 'Technical Recruiter'],
  },
] as const;

const MANAGERS = [
  'Dana Whitfield',
  'Marcus Oyelaran',
  'Priya Raman',
  'Tomás Lindgren',
  'Helen Zhou',
  'Grace Mbeki',
  'Owen Castellanos',
  'Ruth Adeyemi',
  'Felix Brandt',
  'Naomi Sato',
];
const FIRST = [
  'Ada',
  'Ben',
  'Chloe',
  'Dev',
  'Elena',
  'Farid',
  'Greta',
  'Hugo',
  'Imani',
  'Jonas',
  'Keiko',
  'Luis',
  'Maya',
  'Nikhil',
  'Olga',
  'Pavel',
  'Quinn',
  'Rosa',
  'Sami',
  'Tara',
];
const LAST = ['Okafor', 'Lindqvist', 'Moreau', 'Patel', 'Kowalski', 'Haddad', 'Novak', 'Fernández', 'Brennan', 'Ito'];
const ZONES = [
  'Europe/London',
  'Europe/Berlin',
  'Europe/Madrid',
  'America/New_York',
  'America/Toronto',
  'America/Chicago',
];
const CITIES: Record<string, string> = {
  'Europe/London': 'London',
  'Europe/Berlin': 'Berlin',
  'Europe/Madrid': 'Madrid',
  'America/New_York': 'New York',
  'America/Toronto': 'Toronto',
  'America/Chicago': 'Chicago',
};

/**
 * What each candidate's story is, in the order they are handed out (each list repeats to 200).
 * The stage is where their application stands; the contact states follow from their log.
 */
const STORIES = [
  'follow-up-due',
  'waiting-agreed-date',
  'soft-no',
  'no-for-now',
  'do-not-contact',
  'two-unanswered',
  'stale',
  'quiet-new',
  'prep-soon',
  'upcoming',
  'debrief-due',
  'offer',
  'placed',
  'declined-at-debrief',
  'client-rejected',
  'in-conversation',
] as const;
type Story = (typeof STORIES)[number];

const CANDIDATES = 200;

/** A candidate's story, and how many days ago (on a weekday) its first call and, for a past interview, the interview were. */
interface Plan {
  story: Story;
  firstCallDaysAgo: number;
  interviewDaysAgo: number;
}

/**
 * The i-th candidate's plan. Placements, declines and rejections are spread over the past five months, each round
 * of the stories about eleven days before the last, so the reports have months to compare; offers still waiting are
 * recent. Every first call comes a month or so before the interview.
 */
function planOf(i: number): Plan {
  // A debrief is called within hours, so only a few wait at any moment; the rest have been called.
  const told = STORIES[i % STORIES.length]!;
  const story: Story = told === 'debrief-due' && i >= 3 * STORIES.length ? 'offer' : told;
  const round = Math.floor(i / STORIES.length);
  const spread = story === 'placed' || story === 'declined-at-debrief' || story === 'client-rejected';
  const interviewDaysAgo = 8 + (i % 6) + (spread ? round * 11 : 0);
  const pastInterview = spread || story === 'offer';
  const firstCallDaysAgo = pastInterview ? Math.max(40, interviewDaysAgo + 30) + (i % 5) : 40 + (i % 5);
  return { story, firstCallDaysAgo, interviewDaysAgo };
}

/** What the sample agency holds once made. */
export type SampleCounts = RecordCounts;

/**
 * The same context, its clock stopped at `at`. Its prototype is the original, so getters (a session's `db`) still work.
 */
const atTime = (ctx: Context, at: number): Context =>
  Object.create(ctx, { now: { value: () => new Date(at) } }) as Context;

/** Fills an empty, unlocked profile with the sample agency. Throws, naming the step, if any step is refused. */
export async function seedSample(ctx: Context): Promise<SampleCounts> {
  const now = ctx.now().getTime();
  const random = randomSource(2026);
  /** Runs a channel as if at `at` (default: now), so records carry the dates their story gives them. */
  const call = <C extends Channel>(channel: C, input: Input<C>, at = now): Promise<Output<C>> =>
    perform(at === now ? ctx : atTime(ctx, at), channel, input);
  /** A weekday `days` ago at 14:00 UTC plus `minutes`: working hours in every sample time zone. */
  const workday = (days: number, minutes = 0) => {
    const at = new Date(now - days * DAY);
    at.setUTCHours(14, minutes, 0, 0);
    while (at.getUTCDay() === 0 || at.getUTCDay() === 6) at.setUTCDate(at.getUTCDate() - 1);
    return at.toISOString();
  };
  const log = async (personId: string, input: Omit<Input<'touches.log'>, 'personId'>) => {
    await call('touches.log', { personId, ...input });
  };

  // The sample's own recruiter, so its packets read as a real one would; made up like the rest.
  await call('recruiter.update', {
    name: 'Morgan Lee',
    email: 'morgan@sample-agency.example',
    phone: '+1 212 555 0142',
  });

  // Each candidate's story and when it began, worked out first, so each position opens before its first candidate.
  const plans = Array.from({ length: CANDIDATES }, (_, i) => planOf(i));
  const arrivals = plans.map((plan) => Date.parse(workday(plan.firstCallDaysAgo)) - DAY);
  const positionCount = CLIENTS.reduce((n, c) => n + c.roles.length, 0);
  const openedAt = Array.from({ length: positionCount }, (_, k) => {
    const first = Math.min(...arrivals.filter((_, i) => i % positionCount === k));
    return first - (3 + (k % 9)) * DAY;
  });
  // The clients and their managers were on the books before their first position opened.
  const onBooks = Math.min(...openedAt) - 7 * DAY;

  // Clients, their hiring managers, and the positions.
  const positions: { id: string; managerId: string }[] = [];
  for (const [i, client] of CLIENTS.entries()) {
    const company = await call(
      'companies.create',
      { name: client.name, website: client.website, notes: 'A sample client: made up, like everyone here.' },
      onBooks,
    );
    const managerIds: string[] = [];
    for (const name of MANAGERS.slice((i * 10) / CLIENTS.length, ((i + 1) * 10) / CLIENTS.length)) {
      const slug = name
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z ]/g, '')
        .replace(/ /g, '.');
      const manager = await call(
        'people.create',
        {
          kind: 'contact',
          name,
          email: `${slug}@${new URL(client.website).hostname}`,
          companyId: company.id,
          title: 'Hiring manager',
          timezone: random.pick(ZONES),
        },
        onBooks,
      );
      managerIds.push(manager.id);
    }
    for (const role of client.roles) {
      const managerId = managerIds[positions.length % managerIds.length]!;
      const low = 60 + random.int(60);
      const position = await call(
        'positions.create',
        {
          companyId: company.id,
          title: role,
          description: `${client.name} is hiring a ${role}. A sample position: the team, the work and the salary are made up.`,
          salaryMin: low * 1000,
          salaryMax: (low + 20 + random.int(30)) * 1000,
          salaryCurrency: 'USD',
          location: random.pick(Object.values(CITIES)),
          hiringManagerIds: [managerId],
        },
        openedAt[positions.length]!,
      );
      positions.push({ id: position.id, managerId });
    }
  }

  // Candidates in conversation, to send to their clients as shortlists; people with a task to do.
  const conversing: { applicationId: string; positionId: string; managerId: string; name: string }[] = [];
  const withTasks: { personId: string; name: string }[] = [];

  for (let i = 0; i < CANDIDATES; i++) {
    const { story, firstCallDaysAgo, interviewDaysAgo } = plans[i]!;
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
    const zone = ZONES[i % ZONES.length]!;
    const name = `${first} ${last}`;
    const slug = `${first}.${last}`
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z.]/g, '');
    // Everyone but the brand-new arrived the day before their first call.
    const arrived = story === 'quiet-new' ? now - (i % 3) * DAY : arrivals[i]!;
    const candidate = await call(
      'people.create',
      {
        kind: 'candidate',
        name,
        email: `${slug}${i}@mail.example`,
        timezone: zone,
        location: CITIES[zone]!,
        title: random.pick([
          'Software Engineer',
          'Data Analyst',
          'Product Manager',
          'Operations Manager',
          'Engineer',
          'Designer',
        ]),
        notes: i % 7 === 0 ? 'Prefers email. Open to hybrid work.' : null,
      },
      arrived,
    );
    const position = positions[i % positions.length]!;
    const application =
      story === 'quiet-new' && i % 2
        ? null
        : await call('applications.create', { candidateId: candidate.id, positionId: position.id }, arrived);
    const p = candidate.id;

    // Every story opens with a first conversation, except the brand-new.
    if (story !== 'quiet-new') {
      await log(p, {
        at: workday(firstCallDaysAgo),
        channel: 'phone',
        direction: 'out',
        kind: 'check-in',
        outcome: 'connected',
        summary: 'First call: walked through the role, the team and the salary range.',
      });
    }
    // Each step on the day it would have happened: prep a few days before the interview is booked,
    // the booking four days ahead, the debrief within hours of the end.
    const prepare = (startsAt: string) =>
      call(
        'applications.move',
        { id: application!.id, stage: 'prep' },
        Math.min(now - DAY, Date.parse(startsAt) - 6 * DAY),
      );
    // The client asked to meet them from a shortlist: sent a week or so before the interview, answered a day later.
    const shortlist = async (startsAt: string) => {
      const sent = Math.min(now - 2 * DAY, Date.parse(startsAt) - 8 * DAY);
      const submittal = await call(
        'submittals.create',
        {
          positionId: position.id,
          contactId: position.managerId,
          applicationIds: [application!.id],
          summaries: { [application!.id]: `${name}: strong on the projects this team runs; available soon.` },
          note: 'The candidate we talked about, as promised.',
        },
        sent,
      );
      await call(
        'submittals.recordFeedback',
        { submittalId: submittal.id, applicationId: application!.id, verdict: 'interview' },
        sent + DAY,
      );
    };
    const schedule = async (startsAt: string) => {
      await shortlist(startsAt);
      const interview = await call(
        'interviews.schedule',
        {
          applicationId: application!.id,
          startsAt,
          durationMinutes: 60,
          timezone: zone,
          format: i % 3 ? 'video' : 'onsite',
          place: i % 3 ? 'https://meet.example/sample' : '1 Harbour Street, 3rd floor',
          interviewerIds: [position.managerId],
        },
        Math.min(now, Date.parse(startsAt) - 4 * DAY),
      );
      return interview;
    };
    const debrief = async (interviewId: string, endsAt: string, acceptance: 'yes' | 'no') => {
      const calledAt = Date.parse(endsAt) + (20 + (i % 5) * 25) * 60_000;
      await call(
        'debriefs.record',
        {
          interviewId,
          calledAt: new Date(calledAt).toISOString(),
          arrivalTime: 'Ten minutes early',
          durationMinutes: 60,
          metWith: 'The hiring manager and a senior engineer',
          questionsAsked: 'Past projects, a system design question, why this company',
          answers: 'Strong on the projects; shakier on the design question',
          vibe: acceptance === 'yes' ? 'Warm. They laughed a lot.' : 'Polite but flat.',
          concerns: acceptance === 'yes' ? null : 'The commute',
          acceptance,
          acceptanceVerbatim: acceptance === 'no' ? 'I think I need to think about it.' : null,
        },
        calledAt,
      );
      return calledAt;
    };

    switch (story) {
      case 'follow-up-due':
        withTasks.push({ personId: p, name });
        await log(p, {
          at: workday(12),
          channel: 'email',
          direction: 'in',
          kind: 'reply',
          outcome: 'replied',
          summary: 'Interested. Asked me to check back next week.',
          agreedNextAt: workday(3),
        });
        break;
      case 'waiting-agreed-date':
        await log(p, {
          at: workday(6),
          channel: 'phone',
          direction: 'out',
          kind: 'check-in',
          outcome: 'connected',
          summary: 'Deciding between two offers. Agreed I call after their holiday.',
          agreedNextAt: new Date(now + (4 + (i % 9)) * DAY).toISOString(),
        });
        break;
      case 'soft-no':
        await log(p, {
          at: workday(9),
          channel: 'email',
          direction: 'in',
          kind: 'reply',
          outcome: 'replied',
          response: 'soft-no',
          summary: 'Not right now, thanks. Busy quarter at work.',
        });
        break;
      case 'no-for-now':
        await log(p, {
          at: workday(15),
          channel: 'email',
          direction: 'in',
          kind: 'reply',
          outcome: 'replied',
          response: 'no',
          summary: 'No thank you, I am staying where I am.',
        });
        if (application)
          await call(
            'applications.close',
            { id: application.id, reason: 'candidate-withdrew' },
            Date.parse(workday(15)) + HOUR,
          );
        break;
      case 'do-not-contact':
        await log(p, {
          at: workday(20),
          channel: 'email',
          direction: 'in',
          kind: 'reply',
          outcome: 'replied',
          response: 'stop',
          summary: 'Please remove me from your list.',
        });
        if (application)
          await call(
            'applications.close',
            { id: application.id, reason: 'no-response' },
            Date.parse(workday(20)) + HOUR,
          );
        break;
      case 'two-unanswered':
        await log(p, {
          at: workday(18),
          channel: 'email',
          direction: 'out',
          kind: 'follow-up',
          outcome: 'sent',
          summary: 'Sent the job description, as agreed.',
        });
        await log(p, {
          at: workday(11),
          channel: 'email',
          direction: 'out',
          kind: 'value-add',
          outcome: 'sent',
          summary: 'Shared an article about the team’s recent launch.',
        });
        break;
      case 'stale':
        await log(p, {
          at: workday(25),
          channel: 'email',
          direction: 'in',
          kind: 'reply',
          outcome: 'replied',
          response: 'interested',
          summary: 'Happy to hear more when there is news.',
        });
        break;
      case 'quiet-new':
        break;
      case 'in-conversation':
        if (application)
          conversing.push({
            applicationId: application.id,
            positionId: position.id,
            managerId: position.managerId,
            name,
          });
        await log(p, {
          at: workday(2),
          channel: 'phone',
          direction: 'out',
          kind: 'check-in',
          outcome: 'connected',
          summary: 'Good call about the role. They will send an updated CV.',
        });
        // Half are being prepared for an interview the client has not booked yet.
        if (application && i % 2)
          await call('applications.move', { id: application.id, stage: 'prep' }, Date.parse(workday(2)) + HOUR);
        break;
      case 'prep-soon':
      case 'upcoming': {
        const round = Math.floor(i / STORIES.length);
        // One interview starts within the next two hours; the other prep-soon ones tomorrow.
        const starts =
          story === 'prep-soon' ? now + (round === 1 ? 90 * 60_000 : 30 * HOUR) : now + (5 + (i % 6)) * DAY;
        const startsAt = new Date(Math.round(starts / 900_000) * 900_000).toISOString();
        await prepare(startsAt);
        const interview = await schedule(startsAt);
        if (story === 'upcoming') await call('prep.update', { interviewId: interview.id, prepCallAt: workday(1) });
        break;
      }
      case 'debrief-due': {
        // Ended an hour or a few ago, and nobody has called yet.
        const startsAt = new Date(now - (2 + (i % 4)) * HOUR - 30 * 60_000).toISOString();
        await prepare(startsAt);
        await schedule(startsAt);
        break;
      }
      case 'offer':
      case 'placed':
      case 'declined-at-debrief':
      case 'client-rejected': {
        const starts = workday(interviewDaysAgo, 0);
        await prepare(starts);
        const interview = await schedule(starts);
        const calledAt = await debrief(interview.id, interview.endsAt, story === 'declined-at-debrief' ? 'no' : 'yes');
        // Every other offer still waits for their answer; a placement followed a YES, its guarantee short or long.
        const round = Math.floor(i / STORIES.length);
        if (story === 'placed' || (story === 'offer' && round % 2 === 0)) {
          const offeredAt = calledAt + DAY;
          const { offer } = await call(
            'offers.record',
            {
              applicationId: application!.id,
              base: (90 + (i % 5) * 10) * 100_000,
              currency: 'USD',
              startDate: new Date(offeredAt + 14 * DAY).toISOString().slice(0, 10),
              // One still waiting expires in a few days; one answered had a week.
              expiresAt: new Date(story === 'offer' ? now + (2 + (i % 4)) * DAY : offeredAt + 7 * DAY).toISOString(),
            },
            offeredAt,
          );
          if (story === 'placed') {
            const answeredAt = calledAt + (2 + (i % 4)) * DAY;
            await call('offers.answer', { offerId: offer.id, answer: 'yes' }, answeredAt);
            await call(
              'placements.record',
              {
                applicationId: application!.id,
                startDate: new Date(answeredAt).toISOString().slice(0, 10),
                fee: { percent: 20 },
                guaranteeDays: round % 2 === 0 ? 14 : 90,
              },
              answeredAt,
            );
            // A placement fills its position; the sample's clients hire several people for each role.
            await call('positions.update', { id: application!.positionId, status: 'open' }, answeredAt);
          }
        }
        if (story === 'client-rejected')
          await call('applications.close', { id: application!.id, reason: 'client-rejected' }, calledAt + 2 * DAY);
        break;
      }
    }
  }
  await sendShortlists(conversing);
  // A task done, one overdue and one for later today, so Today and the person pages show each kind.
  for (const [n, { personId, name }] of withTasks.slice(0, 3).entries()) {
    const task = await call(
      'tasks.create',
      {
        personId,
        title: ['Send the updated job description', 'Check references', 'Book a call about the salary'][n]!,
        dueAt: new Date(now + [-DAY, -2 * HOUR, 30 * 60_000][n]!).toISOString(),
        notes: `Promised to ${name} on the last call.`,
      },
      now - 3 * DAY,
    );
    if (n === 0) await call('tasks.complete', { id: task.id }, now - DAY);
  }
  return recordCounts(ctx.db);

  /** Two shortlists sent to hiring managers last week: the client answered one candidate, the rest wait. */
  async function sendShortlists(list: typeof conversing) {
    const byPosition = new Map<string, typeof conversing>();
    for (const entry of list) byPosition.set(entry.positionId, [...(byPosition.get(entry.positionId) ?? []), entry]);
    const chosen = [...byPosition.values()].filter((entries) => entries.length >= 2).slice(0, 2);
    for (const [n, entries] of chosen.entries()) {
      const sent = entries.slice(0, 3);
      const submittal = await call(
        'submittals.create',
        {
          positionId: sent[0]!.positionId,
          contactId: sent[0]!.managerId,
          applicationIds: sent.map((e) => e.applicationId),
          summaries: Object.fromEntries(
            sent.map((e) => [e.applicationId, `${e.name}: strong on the projects this team runs; available soon.`]),
          ),
          note: 'The candidates we talked about, as promised.',
        },
        Date.parse(workday(5 + n)),
      );
      if (n === 0)
        await call(
          'submittals.recordFeedback',
          { submittalId: submittal.id, applicationId: sent[0]!.applicationId, verdict: 'interview' },
          Date.parse(workday(2)),
        );
    }
  }
}
