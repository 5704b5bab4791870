// The recruiter's vocabulary: what Politely keeps and the words it uses for it.

import type { Outlook } from './policy/state';

export const PERSON_KINDS = ['candidate', 'contact'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

/** Open stages, in the order an application moves through them. */
export const OPEN_STAGES = ['sourced', 'prep', 'interview', 'debrief', 'offer', 'placed'] as const;
export type OpenStage = (typeof OPEN_STAGES)[number];
export const STAGES = [...OPEN_STAGES, 'closed'] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  sourced: 'Sourced',
  prep: 'Prep',
  interview: 'Interview',
  debrief: 'Debrief',
  offer: 'Offer',
  placed: 'Placed',
  closed: 'Closed',
};

export const CLOSE_REASONS = [
  'candidate-withdrew',
  'client-rejected',
  'declined-at-debrief',
  'declined-offer',
  'fell-off',
  'position-filled',
  'position-cancelled',
  'no-response',
  'other',
] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

export const CLOSE_REASON_LABELS: Record<CloseReason, string> = {
  'candidate-withdrew': 'Candidate withdrew',
  'client-rejected': 'Client said no',
  'declined-at-debrief': 'Declined at debrief',
  'declined-offer': 'Declined the offer',
  'fell-off': 'Placement fell off',
  'position-filled': 'Position filled by someone else',
  'position-cancelled': 'Position cancelled',
  'no-response': 'Candidate stopped responding',
  other: 'Other reason',
};

export const POSITION_STATUSES = ['open', 'on-hold', 'filled', 'cancelled'] as const;
export type PositionStatus = (typeof POSITION_STATUSES)[number];

export interface Company {
  id: string;
  name: string;
  website: string | null;
  notes: string | null;
  /** Where its interviews happen, unless the position says otherwise (IANA name). */
  timezone: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface CompanySummary extends Company {
  openPositions: number;
  contacts: number;
}

export interface Person {
  id: string;
  kind: PersonKind;
  name: string;
  email: string | null;
  phone: string | null;
  timezone: string | null;
  companyId: string | null;
  companyName: string | null;
  /** A candidate's current company, by name: their employer, who is not a client for that. */
  employer: string | null;
  title: string | null;
  location: string | null;
  linkedinUrl: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A person as a list shows them: with their tags, in the order given. */
export interface ListedPerson extends Person {
  tags: string[];
}

export interface Position {
  id: string;
  companyId: string;
  companyName: string;
  title: string;
  description: string;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  location: string | null;
  /** Where its interviews happen (IANA name); null means the company's zone. */
  timezone: string | null;
  status: PositionStatus;
  hiringManagerIds: string[];
  createdAt: string;
  updatedAt: string;
}

/** Another candidate still in a position's pipeline (neither placed nor closed), as a placement names them. */
export interface StillInPipeline {
  /** Their application. */
  id: string;
  candidateName: string;
  stage: Stage;
}

/** One application as the pipeline board shows it. */
export interface BoardCard {
  id: string;
  stage: Stage;
  closedReason: CloseReason | null;
  candidateId: string;
  candidateName: string;
  positionId: string;
  positionTitle: string;
  companyName: string;
  stageChangedAt: string;
  createdAt: string;
  /** What the candidate's contact log says about the days ahead; see core/policy stateAt. */
  outlook: Outlook | null;
  /**
   * When the first interview not cancelled and not yet over starts; null when none is booked. Only the board's
   * pages read it (they know the hour); a card answered by a move or a close leaves it out.
   */
  nextInterviewAt?: string | null;
}

/** How many cards a column of the board holds in all, and where its next page starts. */
export interface BoardColumnCount {
  stage: Stage;
  total: number;
  /** Pass as `after` to applications.boardColumn for the cards that follow; absent once they are all here. */
  next?: string;
}

/** The board's first answer: the first page of every column, and how many each holds in all. */
export interface Board {
  /** The first page of each column, column after column, each latest move first. */
  cards: BoardCard[];
  /** One per stage, in the board's order. */
  columns: BoardColumnCount[];
  /** Every application the board holds, in all its columns' pages. */
  total: number;
}

/** The next page of one column. */
export interface BoardColumnPage {
  cards: BoardCard[];
  /** How many the column holds in all now. */
  total: number;
  next?: string;
}

export const TOUCH_CHANNELS = ['email', 'phone', 'sms', 'im', 'linkedin', 'in-person', 'letter'] as const;
export type TouchChannel = (typeof TOUCH_CHANNELS)[number];
/** `first-contact` is the opening message: it is not a follow-up, so it does not count toward the take-away. */
export const TOUCH_KINDS = [
  'first-contact',
  'follow-up',
  'reply',
  'value-add',
  'check-in',
  'prep-call',
  'debrief-call',
  'take-away',
  'thank-you-letter',
  'other',
] as const;
export type TouchKind = (typeof TOUCH_KINDS)[number];
export const TOUCH_OUTCOMES = ['no-answer', 'voicemail', 'connected', 'replied', 'sent'] as const;
export type TouchOutcome = (typeof TOUCH_OUTCOMES)[number];
export const DIRECTIONS = ['out', 'in'] as const;
export type Direction = (typeof DIRECTIONS)[number];
/** What a reply meant: interest, permission with a date, a polite no-for-now, a clear no, or stop. */
export const RESPONSE_CLASSES = ['interested', 'permission', 'soft-no', 'no', 'stop', 'neutral'] as const;
export type ResponseClass = (typeof RESPONSE_CLASSES)[number];

/** A profile as the picker lists it: its id and name, never anything from inside it. */
export interface ProfileEntry {
  id: string;
  name: string;
  /** Made up by "Explore with sample data": opens without a passphrase worth keeping. */
  sample?: true;
}

/** One search result, best first: what it is, its id, its title, and where the words were found. */
export interface SearchHit {
  type: 'person' | 'company' | 'position' | 'touch';
  id: string;
  title: string;
  snippet: string;
  /** For a contact: the person it was with, whose page it opens. */
  personId?: string;
  /** For a person found by a word in one of their documents (a CV): the snippet is from that document. */
  inDocument?: true;
}
