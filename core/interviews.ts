// Prep, interview and debrief: the words of the prep and debrief scripts, and the gate that
// will not let an application move on until the candidate has been debriefed.

export const INTERVIEW_FORMATS = ['onsite', 'video', 'phone'] as const;
export type InterviewFormat = (typeof INTERVIEW_FORMATS)[number];

/** An interview this close whose prep is not complete is listed on Today; further off, its prep waits on its page. */
export const PREP_DUE_HOURS = 48;

export const PREP_VISIBILITY = ['candidate', 'internal'] as const;
export type PrepVisibility = (typeof PREP_VISIBILITY)[number];

/** The one question that decides what happens next, word for word. */
export const ACCEPTANCE_QUESTION =
  'Is this still a position you are interested in, and if it meets your salary requirements, would you accept?';

/** The debrief call, in the order a recruiter asks. */
export const DEBRIEF_QUESTIONS = [
  { key: 'arrivalTime', question: 'What time did you arrive?' },
  { key: 'durationMinutes', question: 'How long were you in the interview?' },
  { key: 'metWith', question: 'With whom did you meet? Names and roles.' },
  { key: 'questionsAsked', question: 'What questions did they ask?' },
  { key: 'answers', question: 'How did you answer?' },
  { key: 'vibe', question: 'How did it feel? What was the vibe?' },
] as const;

export interface Interviewer {
  id: string;
  name: string;
  title: string | null;
}

export interface PrepItem {
  id: string;
  /** The checklist item it started from, or null for one the recruiter added. */
  template: string | null;
  label: string;
  body: string;
  visibility: PrepVisibility;
  done: boolean;
}

export interface Debrief {
  id: string;
  interviewId: string;
  calledAt: string;
  arrivalTime: string;
  durationMinutes: number;
  metWith: string;
  questionsAsked: string;
  answers: string;
  vibe: string;
  concerns: string | null;
  acceptance: 'yes' | 'no';
  /** Their words when they hedged; a hedge is recorded as no. */
  acceptanceVerbatim: string | null;
  latencyMinutes: number;
  createdAt: string;
}

export interface Interview {
  id: string;
  applicationId: string;
  candidateId: string;
  candidateName: string;
  /** Where the candidate lives, when known: the packet and the page show the time there too. */
  candidateTimezone: string | null;
  positionTitle: string;
  companyName: string;
  round: number;
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
  /** The interview's own time zone (where it happens). */
  timezone: string;
  format: InterviewFormat;
  place: string | null;
  /** Internal notes: never shown to the candidate. */
  notes: string | null;
  interviewers: Interviewer[];
  cancelledAt: string | null;
  /** The calendar invite's SEQUENCE: 0 when booked, one higher with each change of time, place or people. */
  sequence: number;
  debriefedAt: string | null;
  clientFeedbackAt: string | null;
  clientFeedback: string | null;
  prep: { total: number; done: number };
}

/** The prep checklist every interview starts with, in the order of a prep call; each item is editable. */
export const PREP_TEMPLATE: readonly {
  template: string;
  label: string;
  visibility: PrepVisibility;
  body: (c: { description: string; company: string; website: string | null }) => string;
}[] = [
  {
    template: 'job-description',
    label: 'The full job description',
    visibility: 'candidate',
    body: (c) => c.description,
  },
  {
    template: 'company',
    label: 'About the company',
    visibility: 'candidate',
    body: (c) => [c.company, c.website].filter(Boolean).join('\n'),
  },
  {
    template: 'recruiter-experience',
    label: 'My experience with this client',
    visibility: 'candidate',
    body: () => '',
  },
  {
    template: 'research',
    label: 'Your research',
    visibility: 'candidate',
    body: () =>
      'Read their website, recent news and product pages. Look up the people you will meet on LinkedIn. Note what you find, and we will talk it through before the interview.',
  },
  {
    template: 'questions',
    label: 'Questions to ask',
    visibility: 'candidate',
    body: () => 'Write down the questions you still have about the role, the team and how success is measured.',
  },
  {
    template: 'closing-questions',
    label: 'Follow-up questions for the end',
    visibility: 'candidate',
    body: () =>
      'Is there anything about my background that gives you pause? What are the next steps, and when can I expect to hear?',
  },
  {
    template: 'salary',
    label: 'If they ask about salary',
    visibility: 'candidate',
    body: () =>
      'Say you are open and interested in the whole opportunity, and that your recruiter can speak to the numbers. Do not name a figure first.',
  },
  {
    template: 'goals',
    label: 'If they ask about your goals',
    visibility: 'candidate',
    body: () =>
      'Tie your goals to this role: what you want to learn, build and be responsible for here in the next two to three years.',
  },
  {
    template: 'closing',
    label: 'How to end the interview',
    visibility: 'candidate',
    body: () => 'Thank them, say plainly that you are interested in the position, and ask about the next steps.',
  },
  {
    template: 'expectations',
    label: 'What happens after',
    visibility: 'candidate',
    body: () =>
      'Call me as soon as you leave, while it is fresh. I will ask how it went, and then one question that needs a YES or a NO.',
  },
];

export interface GateInterview {
  id: string;
  endsAt: string;
  cancelledAt: string | null;
  debriefedAt: string | null;
}

/** The ended interview still waiting for its debrief, oldest first; none means the application may move on. */
export function debriefMissing(interviews: readonly GateInterview[], now: Date): GateInterview | undefined {
  return [...interviews]
    .filter((i) => i.cancelledAt === null && i.debriefedAt === null && Date.parse(i.endsAt) <= now.getTime())
    .sort((a, b) => a.endsAt.localeCompare(b.endsAt))[0];
}

/** Minutes from the interview's end to the debrief call; a call before the planned end counts as immediate. */
export function debriefLatency(endsAt: string, calledAt: string): number {
  return Math.max(0, Math.round((Date.parse(calledAt) - Date.parse(endsAt)) / 60_000));
}
