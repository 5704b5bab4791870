import { z } from 'zod';
import type { Attachment } from '../core/attachments';
import {
  CLOSE_REASONS,
  DIRECTIONS,
  OPEN_STAGES,
  RESPONSE_CLASSES,
  TOUCH_CHANNELS,
  TOUCH_KINDS,
  TOUCH_OUTCOMES,
  PERSON_KINDS,
  POSITION_STATUSES,
  STAGES,
  type Board,
  type BoardCard,
  type BoardColumnPage,
  type Company,
  type CloseReason,
  type CompanySummary,
  type ListedPerson,
  type Person,
  type Position,
  type ProfileEntry,
  type SearchHit,
  type Stage,
  type StillInPipeline,
} from '../core/model';
import { EMAIL_MESSAGE, isEmailAddress, isPhoneNumber, PHONE_MESSAGE } from '../core/contactAddress';
import {
  SETTINGS,
  type ContactState,
  type PolicySettings,
  type Reason,
  type SettingSpec,
  type Touch,
  type Verdict,
} from '../core/policy';
import {
  INTERVIEW_FORMATS,
  PREP_VISIBILITY,
  type Debrief,
  type Interview,
  type InterviewFormat,
  type PrepItem,
} from '../core/interviews';
import type { CsvDelimiter } from '../core/csvParse';
import { IMPORT_FIELDS, type Mapping } from '../core/importMapping';
import type { ImportOutcome } from '../core/importMatch';
import type { RowError } from '../core/importProblems';
import type { TextEncodingName } from '../core/textEncoding';
import type {
  BreadthWeek,
  DebriefSpeed,
  FunnelRow,
  OverrideRow,
  PositionFunnel,
  ReplyReading,
  StageTime,
} from '../core/reports';
import type { ConversionReport, PlacementsReport, TimeToFill } from '../core/placementReports';
import type { Signal } from '../core/signals';
import type { PersonApplication, PersonInterview } from '../core/personRecord';
import { DATE_ORDERS, type DateOrder } from '../core/dateOrder';
import { DEFAULT_LOCALE } from '../core/dates';
import { isTimeZone } from '../core/timezones';
import { TEMPLATE_KINDS, type MessageTemplate } from '../core/templates';
import { FEEDBACK_VERDICTS, type Submittal } from '../core/submittals';
import { MIN_PASSPHRASE } from '../core/passphrase';
import { GUARANTEE_DAYS_MAX, isCalendarDate, isCurrencyCode, type Offer, type Placement } from '../core/offers';
import { parseBoardCursor } from '../core/boardCursor';
import {
  cleanTags,
  FILTER_NAME_MAX,
  FILTER_SCREENS,
  TAGS_PER_FILTER_MAX,
  TAGS_PER_PERSON_MAX,
  type SavedFilter,
  type TagCount,
} from '../core/tags';
import { BULK_PEOPLE_MAX } from '../core/peopleBulk';
import { TASK_NOTES_MAX, TASK_PAGE_MAX, TASK_STATUSES, TASK_TITLE_MAX, type Task, type TaskPage } from '../core/tasks';
import type { ChannelName } from './channels';

export * from '../core/model';
export { RULE_NAMES } from '../core/policy/rules';
export type { ContactState, PolicySettings, Reason, RuleId, SettingSpec, Touch, Verdict } from '../core/policy';
export { ACCEPTANCE_QUESTION, DEBRIEF_QUESTIONS, INTERVIEW_FORMATS, PREP_VISIBILITY } from '../core/interviews';
export type { Debrief, Interview, InterviewFormat, Interviewer, PrepItem, PrepVisibility } from '../core/interviews';
export { IMPORT_FIELDS, type ImportField, type ImportResult, type Mapping } from '../core/importMapping';
export type { DuplicateNote, ImportOutcome, PossibleDuplicate } from '../core/importMatch';
export type { RowError } from '../core/importProblems';
export type {
  BreadthWeek,
  DebriefSpeed,
  FunnelRow,
  OverrideRow,
  PositionFunnel,
  ReplyReading,
  StageTime,
} from '../core/reports';
export type {
  ConversionReport,
  ConversionRow,
  PlacedRow,
  PlacementMonth,
  PlacementsReport,
  PositionFill,
  TimeToFill,
} from '../core/placementReports';
export type { Signal } from '../core/signals';
export type { ApplicationOutcome, PersonApplication, PersonInterview, StageStep } from '../core/personRecord';
export { DATE_ORDERS, type DateOrder } from '../core/dateOrder';
export {
  awaitingFeedback,
  FEEDBACK_VERDICTS,
  VERDICT_LABELS,
  type ClientFeedback,
  type FeedbackVerdict,
  type SubmittedCandidate,
  type Submittal,
} from '../core/submittals';
export {
  currencyDigits,
  formatMoney,
  GUARANTEE_NOTICE_DAYS,
  isPlainYes,
  OFFER_QUESTION,
  type Offer,
  type OfferAnswer,
  type Placement,
} from '../core/offers';
export { CHANNEL_NAMES, isChannelName, type ChannelName } from './channels';
export {
  describeTaskDue,
  isOverdue,
  TASK_NOTES_MAX,
  TASK_PAGE_MAX,
  TASK_TITLE_MAX,
  type Task,
  type TaskPage,
  type TaskStatus,
} from '../core/tasks';
export {
  ATTACHMENT_LABELS,
  ATTACHMENT_MAX_BYTES,
  formatSize,
  type Attachment,
  type AttachmentType,
} from '../core/attachments';
export {
  FILTER_NAME_MAX,
  FILTER_SCREENS,
  SAVED_FILTERS_MAX,
  TAG_LENGTH_MAX,
  TAGS_PER_FILTER_MAX,
  TAGS_PER_PERSON_MAX,
  tagKey,
  type FilterScreen,
  type SavedFilter,
  type TagCount,
} from '../core/tags';
export {
  DEFAULT_TEMPLATES,
  TEMPLATE_FIELD_HELP,
  TEMPLATE_FIELDS,
  TEMPLATE_KIND_LABELS,
  TEMPLATE_KINDS,
  TOUCH_KIND_OF,
  templateProblems,
  type MessageTemplate,
  type TemplateField,
  type TemplateKind,
  type TemplateProblem,
} from '../core/templates';

// ---- field schemas: what a person may type, and what we say when it is wrong ----

const id = (what: string) =>
  z
    .string({ error: `Choose a ${what}.` })
    .trim()
    .min(1, `Choose a ${what}.`)
    .max(100, `That ${what} id is too long.`);

const requiredText = (label: string, max: number) =>
  z
    .string({ error: `Fill in the ${label.toLowerCase()}.` })
    .trim()
    .min(1, `Fill in the ${label.toLowerCase()}.`)
    .max(max, `${label} can be at most ${max.toLocaleString('en-US')} characters.`);

/** Optional text: empty or missing becomes null, so a cleared field clears the stored value. */
const optionalText = (label: string, max: number, check?: { test: (v: string) => boolean; message: string }) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, `${label} can be at most ${max.toLocaleString('en-US')} characters.`)
    .refine((v) => v === '' || !check || check.test(v), check?.message ?? '')
    .transform((v) => (v === '' ? null : v))
    .nullish();

const isHttpUrl = (v: string) => {
  try {
    const url = new URL(v);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
};

// One rule for email and phone, in core/, shared with the prep packet and the Email and Call links.
const email = optionalText('Email', 254, { test: isEmailAddress, message: EMAIL_MESSAGE });
const phone = optionalText('Phone', 40, { test: isPhoneNumber, message: PHONE_MESSAGE });
const timezone = optionalText('Time zone', 64, {
  test: isTimeZone,
  message: 'Choose a time zone from the list, e.g. Europe/Berlin.',
});
const url = (label: string) =>
  optionalText(label, 500, { test: isHttpUrl, message: `${label} must be a web address starting with https://` });
const money = (label: string) =>
  z
    .number({ error: `${label} must be a number.` })
    .int(`${label} must be a whole number.`)
    .min(0, `${label} cannot be negative.`)
    .max(100_000_000, `${label} looks too large.`)
    .nullish();

const noInput = z.strictObject({}).optional();
const recoveryKey = z
  .string({ error: 'Enter the recovery key you wrote down.' })
  .trim()
  .min(1, 'Enter the recovery key you wrote down.')
  .max(200, 'That is longer than a recovery key.');
const reminderKey = z
  .string({ error: 'Choose a reminder.' })
  .min(1, 'Choose a reminder.')
  .max(300, 'That reminder key is too long.');
const passphrase = (what: string) =>
  z
    .string({ error: `Enter the ${what}.` })
    .min(1, `Enter the ${what}.`)
    .max(1_024, 'That passphrase is too long (1,024 characters at most).');
const newPassphrase = (what: string) =>
  z
    .string({ error: `Choose a ${what}.` })
    .min(
      MIN_PASSPHRASE,
      `The ${what} needs at least ${MIN_PASSPHRASE} characters. A few unrelated words make a strong one.`,
    )
    .max(1_024, 'That passphrase is too long (1,024 characters at most).');
const isoTime = (label: string) =>
  z.iso.datetime({
    offset: true,
    error: `${label} must be a date and time with its offset, e.g. 2026-01-14T09:00:00+01:00.`,
  });

const interviewFields = {
  startsAt: isoTime('The interview start'),
  durationMinutes: z
    .number({ error: 'Give the length in minutes.' })
    .int('Give whole minutes.')
    .min(5, 'An interview lasts at least 5 minutes.')
    .max(720, 'An interview lasts at most 12 hours.'),
  timezone: z
    .string({ error: 'Choose the time zone where the interview happens.' })
    .refine(isTimeZone, 'Choose a time zone from the list, e.g. Europe/Berlin.'),
  format: z.enum(INTERVIEW_FORMATS, { error: 'Choose onsite, video or phone.' }),
  place: optionalText('Place or link', 2_000),
  interviewerIds: z.array(id('interviewer')).max(20, 'An interview can have at most 20 interviewers.'),
  notes: optionalText('Internal notes', 20_000),
};

const prepItem = z.strictObject({
  id: id('prep item').optional(),
  template: z.string().max(50).nullish(),
  label: requiredText('Checklist item’s title', 200),
  body: z.string({ error: 'The text must be text.' }).max(100_000, 'An item can be at most 100,000 characters.'),
  visibility: z.enum(PREP_VISIBILITY, { error: 'Choose whether the candidate sees it or it stays internal.' }),
  done: z.boolean({ error: 'Say whether it is done.' }),
});

const answer = (label: string) => requiredText(label, 20_000);

const companyFields = {
  name: requiredText('Company name', 200),
  website: url('Website'),
  notes: optionalText('Notes', 20_000),
  timezone,
};

const personFields = {
  kind: z.enum(PERSON_KINDS, { error: 'Choose whether this is a candidate or a client contact.' }),
  name: requiredText('Name', 200),
  email,
  phone,
  timezone,
  /** A client contact's company: a client. */
  companyId: id('company').nullish(),
  /** A candidate's current company, by name: their employer, not a client for that. */
  employer: optionalText('Current company', 200),
  title: optionalText('Job title', 200),
  location: optionalText('Location', 200),
  linkedinUrl: url('LinkedIn profile'),
  notes: optionalText('Notes', 20_000),
};

const positionFields = {
  companyId: id('company'),
  title: requiredText('Job title', 200),
  description: z
    .string({ error: 'The job description must be text.' })
    .max(100_000, 'The job description can be at most 100,000 characters.'),
  salaryMin: money('Salary from'),
  salaryMax: money('Salary to'),
  salaryCurrency: optionalText('Currency', 3, {
    test: (v) => /^[A-Za-z]{3}$/.test(v),
    message: 'Use a three-letter currency code, e.g. USD.',
  }),
  location: optionalText('Location', 200),
  timezone,
  status: z.enum(POSITION_STATUSES, { error: 'Choose a status.' }).optional(),
  hiringManagerIds: z.array(id('hiring manager')).max(50, 'A position can have at most 50 hiring managers.').optional(),
};

const salaryOrder = (v: { salaryMin?: number | null; salaryMax?: number | null }) =>
  v.salaryMin == null || v.salaryMax == null || v.salaryMin <= v.salaryMax;
const salaryOrderError = { message: 'Salary to must be at least Salary from.', path: ['salaryMax'] };

const channel = z.enum(TOUCH_CHANNELS, {
  error: 'Choose how the contact was made: email, phone, sms, im, linkedin, in-person or letter.',
});
const touchKind = z.enum(TOUCH_KINDS, { error: 'Choose what kind of contact this was.' });
const templateKind = z.enum(TEMPLATE_KINDS, { error: 'Choose what kind of message this is.' });
const templateId = id('template');
// Bounds only: what a template may say (its fields) is checked by the handler, which names each unknown field.
const templateText = {
  subject: z.string({ error: 'Write a subject.' }).max(300, 'The subject can be at most 300 characters.'),
  body: z.string({ error: 'Write the message.' }).max(20_000, 'The message can be at most 20,000 characters.'),
};

const policyFields = Object.fromEntries(
  SETTINGS.map((s) => [s.key, z.number({ error: `${s.label} must be a number.` }).optional()]),
) as { [K in keyof PolicySettings]: z.ZodOptional<z.ZodNumber> };

// Offers and placements: money in the currency's minor units (cents) as whole numbers, so fees are exact.
const currency = (label: string) =>
  z
    .string({ error: `${label} is missing: give a three-letter code, e.g. USD.` })
    .trim()
    .transform((v) => v.toUpperCase())
    .refine(isCurrencyCode, `${label} must be an ISO 4217 code, e.g. USD, EUR or GBP.`);
const minorUnits = (label: string) =>
  z
    .number({ error: `${label} must be a number, in cents (minor units).` })
    .int(`${label} must be a whole number of cents (minor units).`)
    .min(0, `${label} cannot be negative.`)
    .max(1_000_000_000_000, `${label} looks too large.`);
const calendarDate = (label: string) =>
  z
    .string({ error: `${label} must be a date, e.g. 2026-04-01.` })
    .trim()
    .refine(isCalendarDate, `${label} must be a real date written YYYY-MM-DD, e.g. 2026-04-01.`);
const feePercent = z
  .number({ error: 'The fee percentage must be a number, e.g. 20.' })
  .gt(0, 'The fee percentage must be more than 0.')
  .max(100, 'The fee percentage can be at most 100.')
  .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, 'Give the fee percentage to two decimals at most.');
// A fee is a percentage of the accepted offer's base, or an amount with its currency: one of the two.
const placementFee = z
  .strictObject(
    {
      percent: feePercent.optional(),
      amount: minorUnits('The fee').optional(),
      currency: currency('The fee currency').optional(),
    },
    { error: 'Give the fee as a percentage, or as an amount with its currency.' },
  )
  .superRefine((fee, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (fee.percent !== undefined) {
      if (fee.amount !== undefined) issue('amount', 'Give the fee as a percentage or as an amount, not both.');
      else if (fee.currency !== undefined) issue('currency', 'A percentage fee takes the offer’s currency.');
    } else if (fee.amount === undefined) issue('percent', 'Give the fee as a percentage, or as an amount.');
    else if (fee.currency === undefined) issue('currency', 'Give the fee’s currency, e.g. USD.');
  });

/**
 * A list of tags, kept clean: each trimmed, the second spelling of a tag dropped, at most `max`. A tag that cannot be
 * one is named by its place (`tags.3`).
 */
const tagList = (max: number) =>
  z
    .array(z.string({ error: 'Each tag must be text.' }).max(1_000, 'A tag can be at most 40 characters.'), {
      error: 'Give the tags as a list.',
    })
    .max(500, `Give at most ${max} tags.`)
    .transform((given, ctx) => {
      const cleaned = cleanTags(given, max);
      if (cleaned.ok) return cleaned.tags;
      for (const { index, message } of cleaned.problems)
        ctx.addIssue({ code: 'custom', message, ...(index === null ? {} : { path: [index] }) });
      return z.NEVER;
    });
/** Tags to filter by: every one must match. */
const tagFilter = tagList(TAGS_PER_FILTER_MAX).optional();

/** The people a bulk step acts on, as ids: a repeat is folded into the first, at most BULK_PEOPLE_MAX of them. */
const chosenPeople = (what: string) =>
  z
    .array(id(what), { error: `Give the ${what}s as a list of ids.` })
    .min(1, `Choose at least one ${what}.`)
    .max(BULK_PEOPLE_MAX, `Choose at most ${BULK_PEOPLE_MAX} people at a time, then do the rest in another step.`)
    .transform((ids) => [...new Set(ids)]);

/** A report by calendar month: how many months back, in the recruiter's zone, from `now` (the clock's by default). */
const reportMonths = z
  .strictObject({
    months: z
      .number({ error: 'Give the number of months to show, e.g. 12.' })
      .int('Give whole months.')
      .min(1, 'Show at least one month.')
      .max(60, 'Show at most 60 months (five years).')
      .default(12),
    now: isoTime('The time to look back from').optional(),
    timezone: z.string().refine(isTimeZone, 'Choose a time zone from the list, e.g. Europe/Berlin.').optional(),
  })
  .optional()
  .transform((v) => v ?? { months: 12 });

// ---- the table: every channel and its input ----

/** The most candidates one shortlist may hold. */
export const SHORTLIST_MAX = 50;
/** The recruiter's summary of each candidate for the client, by application. */
const summaries = z.record(
  z.string().min(1).max(100),
  z.string({ error: 'A summary must be text.' }).max(20_000, 'A summary can be at most 20,000 characters.'),
  { error: 'Give each summary under its candidate.' },
);

/** The most people one page of people.list holds; the rest come page by page. */
export const PEOPLE_PAGE_MAX = 500;
export const PEOPLE_SORTS = ['name', 'newest'] as const;
export type PeopleSort = (typeof PEOPLE_SORTS)[number];

/** A person with what their record shows: a candidate's applications and interviews (none for a client contact). */
export interface PersonRecord extends Person {
  /** Their tags, in the order given. */
  tags: string[];
  applications: PersonApplication[];
  interviews: PersonInterview[];
}

/** How many cards a board column shows first, and the most one page of a column may hold. */
export const BOARD_PAGE = 50;
export const BOARD_PAGE_MAX = 200;
const boardLimit = z
  .number({ error: 'Ask for a number of cards.' })
  .int('Ask for a whole number of cards.')
  .min(1, 'Ask for at least one card.')
  .max(BOARD_PAGE_MAX, `Ask for at most ${BOARD_PAGE_MAX} cards at a time, then for the next page with its cursor.`)
  .default(BOARD_PAGE);
// A cursor is read here, so a handler never sees one that the board did not give.
const boardCursor = z
  .string({ error: 'Continue from where the last page of the column ended.' })
  .max(100, 'That is not where a page of the board ended. Load the board again.')
  .transform((text, ctx) => {
    const cursor = parseBoardCursor(text);
    if (cursor) return cursor;
    ctx.issues.push({
      code: 'custom',
      input: text,
      message: 'That is not where a page of the board ended. Load the board again.',
    });
    return z.NEVER;
  });

export interface PeoplePage {
  /** Each with their tags. */
  people: ListedPerson[];
  /** How many people the filter matches in all. */
  total: number;
  /** Pass as `after` for the page that follows; absent on the last page. */
  next?: string;
}

/** The most companies or positions one page of their list holds. */
export const LIST_PAGE_MAX = 500;

export interface CompanyPage {
  companies: CompanySummary[];
  /** How many companies the filter matches in all. */
  total: number;
  /** Pass as `after` for the page that follows; absent on the last page. */
  next?: string;
}

export interface PositionPage {
  positions: Position[];
  /** How many positions the filter matches in all. */
  total: number;
  /** Pass as `after` for the page that follows; absent on the last page. */
  next?: string;
}

/** One of a client's positions on its page, with how many of its applications are at each stage. */
export interface CompanyPosition extends Position {
  stages: Record<Stage, number>;
}

/** Someone at a client: a contact linked to it, or a hiring manager of one of its positions. */
export interface CompanyContact {
  id: string;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  /** The client they are linked to, if any: a hiring manager may be linked to none, or to another. */
  companyId: string | null;
  /** The client's positions they hire for, by title order. */
  hiringFor: { id: string; title: string }[];
}

/** A client with what its page shows: its positions, open and closed, and the people there. */
export interface CompanyRecord extends Company {
  positions: CompanyPosition[];
  contacts: CompanyContact[];
}

/** A candidate in a position's pipeline. */
export interface PositionCandidate {
  /** The application's id. */
  id: string;
  candidateId: string;
  candidateName: string;
  stage: Stage;
  closedReason: CloseReason | null;
  stageChangedAt: string;
}

/** One of a position's interviews, as its page lists them; times are in the interview's own zone. */
export interface PositionInterview {
  id: string;
  applicationId: string;
  candidateId: string;
  candidateName: string;
  round: number;
  startsAt: string;
  endsAt: string;
  timezone: string;
  format: InterviewFormat;
  cancelledAt: string | null;
  debriefedAt: string | null;
  /** Ended, not cancelled, and no debrief yet. */
  debriefDue: boolean;
  /** Not cancelled and not started yet. */
  upcoming: boolean;
}

/** A position with what its page shows: its pipeline, its interviews and who hires for it. */
export interface PositionRecord extends Position {
  applications: PositionCandidate[];
  interviews: PositionInterview[];
  hiringManagers: { id: string; name: string; title: string | null }[];
}

/** What a page of companies or positions is asked with: words to find, how many, and where the last page ended. */
const namePage = (what: string) => ({
  query: z
    .string({ error: 'Type something to filter by.' })
    .transform((t) => t.slice(0, 200))
    .optional(),
  limit: z
    .number({ error: `Ask for a number of ${what}.` })
    .int(`Ask for a whole number of ${what}.`)
    .min(1, 'Ask for at least one.')
    .max(LIST_PAGE_MAX, `Ask for at most ${LIST_PAGE_MAX} ${what} at a time, then for the next page with its cursor.`)
    .default(100),
  after: z.string({ error: 'Continue from where the last page ended.' }).min(1).max(2_000).optional(),
});

/** One instant, written as UTC, so stored times compare as text. */
const utc = (at: string) => new Date(at).toISOString();

const taskFields = {
  title: requiredText('Title', TASK_TITLE_MAX),
  dueAt: isoTime('The due date').transform(utc),
  notes: optionalText('Details', TASK_NOTES_MAX),
};

export const contract = {
  'system.info': noInput,

  // The app's first call also names the locale its screens write dates in, for the sentences the backend writes; one
  // that is not a tag Intl can write dates in is read as the default, never refused (the app could not start).
  'profiles.list': z.strictObject({ locale: z.string().optional().catch(DEFAULT_LOCALE) }).optional(),
  'profiles.create': z.strictObject({
    name: requiredText('Profile name', 80),
    passphrase: newPassphrase('passphrase'),
  }),
  'profiles.unlock': z.strictObject({ id: id('profile'), passphrase: passphrase('passphrase') }),
  'profiles.lock': noInput,
  'profiles.changePassphrase': z.strictObject({
    id: id('profile'),
    passphrase: passphrase('current passphrase'),
    newPassphrase: newPassphrase('new passphrase'),
  }),
  'profiles.recover': z.strictObject({
    id: id('profile'),
    recoveryKey,
    newPassphrase: newPassphrase('new passphrase'),
  }),
  'profiles.delete': z.strictObject({ id: id('profile'), passphrase: passphrase('passphrase') }),
  'profiles.backups': z.strictObject({ id: id('profile') }),
  'profiles.saveBackup': noInput,
  'profiles.openSample': z.strictObject({ id: id('profile').optional() }),
  'profiles.removeSample': z.strictObject({ id: id('profile').optional() }),
  'profiles.restore': z
    .strictObject({
      id: id('profile'),
      passphrase: passphrase('passphrase'),
      backup: z.string({ error: 'Choose a backup.' }).min(1, 'Choose a backup.').max(200).optional(),
      file: z.string({ error: 'Choose a backup file.' }).min(1, 'Choose a backup file.').max(4_096).optional(),
    })
    .refine((v) => (v.backup === undefined) !== (v.file === undefined), {
      message: 'Choose one of the automatic backups, or a backup file.',
      path: ['backup'],
    }),
  /**
   * A saved backup copy restored as its profile: on another computer, or after key.json was lost. It opens
   * with the passphrase it was saved with, or with the recovery key, which then sets a new passphrase.
   */
  'profiles.restoreCopy': z
    .strictObject({
      file: z.string({ error: 'Choose a backup file.' }).min(1, 'Choose a backup file.').max(4_096),
      passphrase: passphrase('passphrase').optional(),
      recoveryKey: recoveryKey.optional(),
      newPassphrase: newPassphrase('new passphrase').optional(),
    })
    .refine((v) => (v.passphrase === undefined) !== (v.recoveryKey === undefined), {
      message: 'Enter the passphrase the copy was saved with, or the recovery key.',
      path: ['passphrase'],
    })
    .refine((v) => v.recoveryKey === undefined || v.newPassphrase !== undefined, {
      message: 'Choose a new passphrase: the recovery key sets one.',
      path: ['newPassphrase'],
    }),

  'companies.create': z.strictObject(companyFields),
  'companies.get': z.strictObject({ id: id('company') }),
  'companies.update': z.strictObject({ id: id('company'), ...partial(companyFields) }),
  'companies.list': z
    .strictObject(namePage('companies'))
    .optional()
    .transform((v) => v ?? { limit: 100 }),
  /** Makes a candidate's employer a client: the client of that name if there is one, else a new one. */
  'companies.makeClient': z.strictObject({ name: requiredText('Company name', 200) }),

  'people.create': z.strictObject(personFields),
  'people.get': z.strictObject({ id: id('person') }),
  'people.update': z.strictObject({ id: id('person'), ...partial(personFields) }),
  /** The employers candidates have, most common first, to offer while typing one. */
  'people.employers': noInput,
  'people.list': z
    .strictObject({
      query: z
        .string({ error: 'Type something to filter by.' })
        .transform((t) => t.slice(0, 2_000))
        .optional(),
      kind: z.enum(PERSON_KINDS).optional(),
      companyId: id('company').optional(),
      tags: tagFilter,
      sort: z.enum(PEOPLE_SORTS, { error: 'Sort by name or newest first.' }).default('name'),
      limit: z
        .number({ error: 'Ask for a number of people.' })
        .int('Ask for a whole number of people.')
        .min(1, 'Ask for at least one person.')
        .max(
          PEOPLE_PAGE_MAX,
          `Ask for at most ${PEOPLE_PAGE_MAX} people at a time, then for the next page with its cursor.`,
        )
        .default(100),
      after: z.string({ error: 'Continue from where the last page ended.' }).min(1).max(2_000).optional(),
    })
    .optional()
    .transform((v) => v ?? { sort: 'name' as const, limit: 100 }),

  'positions.create': z
    .strictObject({ ...positionFields, description: positionFields.description.default('') })
    .refine(salaryOrder, salaryOrderError),
  'positions.get': z.strictObject({ id: id('position') }),
  'positions.update': z
    .strictObject({ id: id('position'), ...partial(positionFields) })
    .refine(salaryOrder, salaryOrderError),
  'positions.list': z
    .strictObject({
      ...namePage('positions'),
      companyId: id('company').optional(),
      status: z.enum(POSITION_STATUSES, { error: 'Choose open, on hold, filled or cancelled.' }).optional(),
    })
    .optional()
    .transform((v) => v ?? { limit: 100 }),

  'applications.create': z.strictObject({ candidateId: id('candidate'), positionId: id('position') }),
  /** Puts each candidate forward for one position; those already in it are skipped, and named. */
  'applications.createMany': z.strictObject({ candidateIds: chosenPeople('candidate'), positionId: id('position') }),
  'applications.move': z.strictObject({
    id: id('application'),
    stage: z.enum(OPEN_STAGES, { error: 'Choose one of the pipeline stages.' }),
  }),
  'applications.close': z.strictObject({
    id: id('application'),
    reason: z.enum(CLOSE_REASONS, { error: 'Choose why the application is closing.' }),
  }),
  // Undoes the last move or close: back to `to`, only while the card is still as that change left it (`changedAt`).
  'applications.undo': z.strictObject({
    id: id('application'),
    changedAt: isoTime('When the change was made'),
    to: z.strictObject({
      stage: z.enum(OPEN_STAGES, { error: 'Only a move to an open stage can be undone to.' }),
      stageChangedAt: isoTime('When the stage was entered'),
    }),
  }),
  // The first page of every column; `candidateId` narrows the board to one candidate's applications.
  'applications.board': z
    .strictObject({
      positionId: id('position').optional(),
      candidateId: id('candidate').optional(),
      tags: tagFilter,
      limit: boardLimit,
    })
    .optional()
    .transform((v) => v ?? { limit: BOARD_PAGE }),
  // The next page of one column, from where the last one ended (its `next`), with the same filter.
  'applications.boardColumn': z.strictObject({
    positionId: id('position').optional(),
    candidateId: id('candidate').optional(),
    tags: tagFilter,
    stage: z.enum(STAGES, { error: 'Choose one of the board’s columns.' }),
    after: boardCursor,
    limit: boardLimit,
  }),

  'touches.log': z.strictObject({
    personId: id('person'),
    applicationId: id('application').nullish(),
    // Left out, the contact happened now: the host's clock, not the caller's.
    at: isoTime('The time of the contact').optional(),
    channel,
    direction: z.enum(DIRECTIONS, { error: "Say whether you reached out ('out') or they did ('in')." }),
    kind: touchKind,
    outcome: z.enum(TOUCH_OUTCOMES, { error: 'Choose how it went: no answer, voicemail, connected, replied or sent.' }),
    response: z.enum(RESPONSE_CLASSES, { error: 'Choose what their answer meant.' }).nullish(),
    // What the reply reader made of their words and showed the recruiter; `response` is what they confirmed.
    readAs: z.enum(RESPONSE_CLASSES, { error: 'Give the class the reply reader read.' }).nullish(),
    agreedNextAt: isoTime('The agreed follow-up date').nullish(),
    summary: optionalText('Summary', 20_000),
    override: z
      .strictObject({
        reason: z
          .string({ error: 'Say why.' })
          .trim()
          .min(10, 'Say in a sentence (10 characters or more) why this contact was right despite the rule.')
          .max(2_000),
      })
      .optional(),
  }),
  'touches.list': z
    .strictObject({
      personId: id('person').optional(),
      flagged: z.boolean().optional(),
      limit: z.number().int().min(1).max(10_000).default(500),
    })
    .optional()
    .transform((v) => v ?? { limit: 500 }),
  'followups.check': z.strictObject({
    personId: id('person'),
    channel,
    kind: touchKind.default('follow-up'),
    at: isoTime('The time to check').optional(),
  }),
  'followups.state': z.strictObject({ personId: id('person'), now: isoTime('The time to look at').optional() }),
  'templates.list': noInput,
  'templates.save': z.strictObject({ id: templateId, ...templateText }),
  'templates.restoreDefault': z.strictObject({ id: templateId }),
  // `draft` previews wording not saved yet, as the editor shows it.
  'templates.preview': z.strictObject({
    templateId,
    personId: id('person'),
    applicationId: id('application').optional(),
    draft: z.strictObject(templateText).optional(),
  }),
  'compose.email': z.strictObject({
    personId: id('person'),
    templateId: templateId.optional(),
    kind: templateKind,
    applicationId: id('application').optional(),
  }),
  // The recruiter says the message went: it is logged now, with the subject as its summary.
  'compose.sent': z.strictObject({
    personId: id('person'),
    kind: templateKind,
    channel,
    subject: requiredText('Subject', 300),
    applicationId: id('application').optional(),
  }),
  'queue.today': z
    .strictObject({
      now: isoTime('The time to look at').optional(),
      limit: z.number().int().min(1).max(1_000, 'A list can hold at most 1,000 items.').default(100),
    })
    .optional()
    .transform((v) => v ?? { limit: 100 }),
  'reports.overrides': z
    .strictObject({ limit: z.number().int().min(1).max(5_000, 'Ask for at most 5,000 at a time.').default(200) })
    .optional()
    .transform((v) => v ?? { limit: 200 }),
  'reports.debriefs': noInput,
  'reports.replyReading': noInput,
  'reports.funnel': noInput,
  'reports.timeInStage': noInput,
  'reports.breadth': z
    .strictObject({
      weeks: z
        .number()
        .int()
        .min(1, 'Show at least one week.')
        .max(104, 'Show at most 104 weeks (two years).')
        .default(12),
      now: isoTime('The time to look back from').optional(),
      timezone: z.string().refine(isTimeZone, 'Choose a time zone from the list, e.g. Europe/Berlin.').optional(),
    })
    .optional()
    .transform((v) => v ?? { weeks: 12 }),
  'reports.placements': reportMonths,
  'reports.timeToFill': noInput,
  'reports.conversion': reportMonths,
  'interviews.schedule': z.strictObject({
    applicationId: id('application'),
    ...interviewFields,
    format: interviewFields.format.default('onsite'),
    interviewerIds: interviewFields.interviewerIds.default([]),
  }),
  'interviews.get': z.strictObject({ id: id('interview') }),
  'interviews.list': z
    .strictObject({ candidateId: id('candidate').optional(), applicationId: id('application').optional() })
    .refine((v) => v.candidateId || v.applicationId, {
      message: 'Choose a candidate or an application.',
      path: ['candidateId'],
    }),
  'interviews.reschedule': z.strictObject({ id: id('interview'), ...partial(interviewFields) }),
  'interviews.cancel': z.strictObject({ id: id('interview') }),
  'interviews.feedbackDone': z.strictObject({ id: id('interview'), feedback: optionalText('Feedback', 20_000) }),
  'prep.get': z.strictObject({ interviewId: id('interview') }),
  'prep.update': z.strictObject({
    interviewId: id('interview'),
    items: z.array(prepItem).max(60, 'A checklist can have at most 60 items.').optional(),
    prepCallAt: isoTime('The prep call').optional(),
  }),
  'prep.exportPacket': z.strictObject({
    interviewId: id('interview'),
    format: z.enum(['html', 'pdf', 'ics'], { error: 'Choose html, pdf or ics.' }),
  }),
  'prep.printPacket': z.strictObject({ interviewId: id('interview') }),
  'submittals.create': z.strictObject({
    positionId: id('position'),
    contactId: id('client contact'),
    applicationIds: z
      .array(id('candidate'), { error: 'Choose the candidates to send.' })
      .min(1, 'Choose at least one candidate to send.')
      .max(SHORTLIST_MAX, `Send at most ${SHORTLIST_MAX} candidates in one shortlist.`),
    summaries: summaries.optional(),
    note: optionalText('The note to the client', 20_000),
    include: z.strictObject({ contactDetails: z.boolean({ error: 'Tick it or leave it.' }).optional() }).optional(),
  }),
  'submittals.get': z.strictObject({ submittalId: id('shortlist') }),
  'submittals.list': z.strictObject({ positionId: id('position') }),
  'submittals.update': z.strictObject({
    submittalId: id('shortlist'),
    summaries: summaries.optional(),
    note: optionalText('The note to the client', 20_000),
    include: z.strictObject({ contactDetails: z.boolean({ error: 'Tick it or leave it.' }).optional() }).optional(),
  }),
  'submittals.packet': z.strictObject({
    submittalId: id('shortlist'),
    format: z.enum(['html', 'pdf'], { error: 'Choose html or pdf.' }),
  }),
  'submittals.printPacket': z.strictObject({ submittalId: id('shortlist') }),
  'submittals.recordFeedback': z
    .strictObject({
      submittalId: id('shortlist'),
      applicationId: id('candidate'),
      verdict: z.enum(FEEDBACK_VERDICTS, { error: 'Choose interview, reject or hold.' }),
      reason: optionalText('The reason', 2_000),
    })
    .refine((v) => v.verdict !== 'reject' || v.reason, {
      message: 'Write what the client said: you will tell the candidate.',
      path: ['reason'],
    }),
  'debriefs.record': z.strictObject({
    interviewId: id('interview'),
    calledAt: isoTime('The time of the debrief call'),
    arrivalTime: requiredText('Arrival time', 100),
    durationMinutes: z
      .number({ error: 'Give how long the interview lasted, in minutes.' })
      .int('Give whole minutes.')
      .min(1, 'Give how long the interview lasted.')
      .max(1_440, 'That is longer than a day.'),
    metWith: answer('People they met'),
    questionsAsked: answer('Questions they were asked'),
    answers: answer('Answers they gave'),
    vibe: answer('Vibe'),
    concerns: optionalText('Concerns', 20_000),
    acceptance: z.enum(['yes', 'no'], {
      error: 'The answer must be YES or NO. If they hedged, record NO with their words.',
    }),
    acceptanceVerbatim: optionalText('Their words', 2_000),
    next: z.enum(['offer', 'next-round'], { error: 'Choose offer or another round.' }).default('offer'),
  }),
  'offers.record': z.strictObject({
    applicationId: id('application'),
    base: minorUnits('The base salary').refine((v) => v > 0, 'The base salary must be more than 0.'),
    currency: currency('The currency'),
    bonus: minorUnits('The bonus').nullish(),
    startDate: calendarDate('The start date'),
    expiresAt: isoTime('The expiry').nullish(),
  }),
  'offers.answer': z.strictObject({
    offerId: id('offer'),
    answer: z.enum(['yes', 'no'], {
      error: 'The answer must be YES or NO. If they hedged, record NO with their words.',
    }),
    verbatim: optionalText('Their words', 2_000),
  }),
  'offers.list': z.strictObject({ applicationId: id('application') }),
  'placements.record': z.strictObject({
    applicationId: id('application'),
    startDate: calendarDate('The start date'),
    fee: placementFee,
    invoiceDate: calendarDate('The invoice date').nullish(),
    guaranteeDays: z
      .number({ error: 'Give the guarantee in days, e.g. 90.' })
      .int('Give the guarantee in whole days.')
      .min(0, 'The guarantee cannot be negative; 0 means none.')
      .max(GUARANTEE_DAYS_MAX, `A guarantee can be at most ${GUARANTEE_DAYS_MAX} days.`),
  }),
  'placements.fellOff': z.strictObject({
    placementId: id('placement'),
    reason: requiredText('Reason it fell off', 2_000),
  }),
  'io.previewCsv': z.strictObject({
    path: z.string({ error: 'Choose a CSV file.' }).min(1, 'Choose a CSV file.').max(4_096),
    kind: z
      .enum(PERSON_KINDS, { error: 'Choose whether these are candidates or client contacts.' })
      .default('candidate'),
  }),
  'io.importCsv': z.strictObject({
    path: z.string({ error: 'Choose a CSV file.' }).min(1, 'Choose a CSV file.').max(4_096),
    kind: z.enum(PERSON_KINDS, { error: 'Choose whether these are candidates or client contacts.' }),
    mapping: z
      .record(z.string().max(500), z.enum(IMPORT_FIELDS, { error: 'Choose what each column holds.' }))
      .optional(),
    onDuplicate: z
      .enum(['skip', 'merge'], { error: 'Choose whether duplicates are skipped or merged.' })
      .default('skip'),
    mode: z
      .enum(['all-or-nothing', 'valid-only'], { error: 'Choose whether to import all rows or only the valid ones.' })
      .default('all-or-nothing'),
    /** An id the caller picks, to ask for progress and to cancel. */
    job: z.string().min(1).max(100).optional(),
    /**
     * Rows whose name and employer match someone saved, and nothing else: ask first (the import stops
     * before writing and lists them), or take those not in `decisions` all as the same people or all as new.
     */
    possibleDuplicates: z
      .enum(['ask', 'same', 'new'], { error: 'Choose whether possible duplicates are the same people or new ones.' })
      .default('ask'),
    /** The recruiter's answer for each possible duplicate they were shown. */
    decisions: z
      .array(z.strictObject({ row: z.number().int().min(1), same: z.boolean() }))
      .max(20_000, 'Answer at most 20,000 possible duplicates at once; choose one answer for the rest.')
      .optional(),
  }),
  'io.importProgress': z.strictObject({ job: z.string().min(1).max(100) }),
  'io.cancelImport': z.strictObject({ job: z.string().min(1).max(100) }),
  'io.exportCsv': z.strictObject({
    entity: z.enum(['people', 'applications', 'touches'], { error: 'Choose people, applications or touches.' }),
  }),
  'io.exportPerson': z.strictObject({ id: id('person') }),
  'io.exportAll': noInput,
  'io.exportCalendar': noInput,
  'io.erasePerson': z.strictObject({ id: id('person') }),
  /** The people export of just these people. */
  'io.exportPeople': z.strictObject({ ids: chosenPeople('person') }),
  /** Erases each of these people as io.erasePerson does, all of them or none. */
  'io.erasePeople': z.strictObject({ ids: chosenPeople('person') }),
  'io.retention': z
    .strictObject({
      months: z.number().int().min(1).max(120).default(24),
      limit: z.number().int().min(1).max(5_000).default(500),
    })
    .optional()
    .transform((v) => v ?? { months: 24, limit: 500 }),
  'recruiter.get': noInput,
  'recruiter.update': z.strictObject({ name: optionalText('Your name', 200), email, phone }),
  'recruiter.skip': noInput,
  // Any text is a valid search; beyond 10,000 characters only the start is read.
  'search.query': z.strictObject({
    text: z.string({ error: 'Type something to search for.' }).transform((t) => t.slice(0, 10_000)),
    limit: z.number().int().min(1).max(200).default(20),
  }),
  /** `path` is a handle Politely issued (an upload, the open dialog); `name` is only what the list shows. */
  'attachments.add': z.strictObject({
    personId: id('person'),
    path: z.string({ error: 'Choose a document.' }).min(1, 'Choose a document.').max(4_096),
    name: z.string().max(1_000).optional(),
  }),
  'attachments.list': z.strictObject({ personId: id('person') }),
  'attachments.get': z.strictObject({ id: id('document') }),
  'attachments.remove': z.strictObject({ id: id('document') }),
  /** Replaces a person's tags; the tags as kept come back. */
  'tags.set': z.strictObject({ personId: id('person'), tags: tagList(TAGS_PER_PERSON_MAX) }),
  'tags.list': noInput,
  /** Gives each of these people these tags as well as their own. */
  'tags.add': z.strictObject({ personIds: chosenPeople('person'), tags: tagList(TAGS_PER_PERSON_MAX) }),
  /** Takes these tags (any spelling) off each of these people. */
  'tags.remove': z.strictObject({ personIds: chosenPeople('person'), tags: tagList(TAGS_PER_PERSON_MAX) }),
  /** Saves a filter under its name; one of that name on that screen is replaced. */
  'filters.save': z
    .strictObject({
      name: requiredText('Name', FILTER_NAME_MAX),
      screen: z.enum(FILTER_SCREENS, { error: 'Choose whether the filter is for People or the Pipeline.' }),
      query: optionalText('The words to filter by', 200),
      tags: tagFilter,
      kind: z.enum(PERSON_KINDS, { error: 'Choose candidates or client contacts.' }).nullish(),
      positionId: id('position').nullish(),
    })
    .superRefine((v, ctx) => {
      const issue = (path: string[], message: string) => ctx.addIssue({ code: 'custom', path, message });
      if (v.kind && v.screen !== 'people') issue(['kind'], 'Only People filters by candidates or client contacts.');
      if (v.positionId && v.screen !== 'pipeline') issue(['positionId'], 'Only the Pipeline filters by position.');
      if (!v.query && !v.tags?.length && !v.kind && !v.positionId)
        issue([], 'Choose something to filter by (words, tags, a kind or a position), then save the filter.');
    }),
  'filters.list': noInput,
  'filters.remove': z.strictObject({ id: id('saved filter') }),
  /** A to-do on a person, or on an application (then on its candidate too): exactly one of the two. */
  'tasks.create': z
    .strictObject({
      personId: id('person').optional(),
      applicationId: id('application').optional(),
      ...taskFields,
    })
    .superRefine((v, ctx) => {
      if (v.personId !== undefined && v.applicationId !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['applicationId'],
          message: 'A task is for a person or for one of their applications, not both. Choose one.',
        });
      if (v.personId === undefined && v.applicationId === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['personId'],
          message: 'Choose the person (or the application) the task is for.',
        });
    }),
  'tasks.update': z.strictObject({ id: id('task'), ...partial(taskFields) }),
  'tasks.complete': z.strictObject({ id: id('task') }),
  'tasks.reopen': z.strictObject({ id: id('task') }),
  'tasks.remove': z.strictObject({ id: id('task') }),
  'tasks.list': z
    .strictObject({
      personId: id('person').optional(),
      applicationId: id('application').optional(),
      status: z.enum(TASK_STATUSES, { error: 'Ask for open tasks or done ones.' }).optional(),
      dueBefore: isoTime('Due before').transform(utc).optional(),
      limit: z
        .number({ error: 'Ask for a number of tasks.' })
        .int('Ask for a whole number of tasks.')
        .min(1, 'Ask for at least one task.')
        .max(TASK_PAGE_MAX, `Ask for at most ${TASK_PAGE_MAX} tasks at a time, then for the next page with its cursor.`)
        .default(100),
      after: z.string({ error: 'Continue from where the last page ended.' }).min(1).max(2_000).optional(),
    })
    .optional()
    .transform((v) => v ?? { limit: 100 }),
  'reminders.list': noInput,
  'reminders.take': noInput,
  'reminders.snooze': z.strictObject({
    key: reminderKey,
    minutes: z
      .number({ error: 'Say how long to snooze for.' })
      .int('Snooze for whole minutes.')
      .min(5, 'Snooze for 5 minutes at least.')
      .max(7 * 24 * 60, 'Snooze for a week at most.'),
  }),
  'reminders.dismiss': z.strictObject({ key: reminderKey }),
  'reminders.settings': noInput,
  'reminders.updateSettings': z.strictObject({
    digestAt: z
      .string({ error: 'Give the digest time as hours and minutes, like 08:30.' })
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Give the digest time as hours and minutes, like 08:30.')
      .nullable()
      .optional(),
    hideNames: z.boolean({ error: 'Say whether notifications may show names: true or false.' }).optional(),
  }),
  'settings.get': noInput,
  'settings.update': z.strictObject(policyFields),
  'settings.reading': noInput,
  'settings.updateReading': z.strictObject({
    dateOrder: z.enum(DATE_ORDERS, {
      error: 'Choose how numeric dates are read: as written, day first or month first.',
    }),
  }),
  // Any text is a valid question; only its length is bounded.
  'signals.classify': z.strictObject({
    text: z
      .string({ error: 'Give the text of their reply.' })
      .max(100_000, 'That text is too long to read (100,000 characters at most).'),
    now: isoTime('The reference time').optional(),
    // The replier's zone: the times they name are theirs. UTC when absent.
    timezone: z.string().refine(isTimeZone, 'Choose a time zone from the list, e.g. Europe/Berlin.').optional(),
  }),
} satisfies Record<ChannelName, z.ZodType>;

/** Every field optional, and a missing one left alone (unlike optionalText's null, which clears). */
function partial<T extends Record<string, z.ZodType>>(fields: T): { [K in keyof T]: z.ZodOptional<T[K]> } {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof T]: z.ZodOptional<T[K]>;
  };
}

export interface SystemInfo {
  version: string;
  schemaVersion: number;
  sqliteVersion: string;
  dataDir: string;
}

/** What each channel answers with. */
export interface Outputs {
  'system.info': SystemInfo;
  'profiles.list': { profiles: ProfileEntry[]; unlocked: ProfileEntry | null; legacy: boolean };
  'profiles.create': { id: string; recoveryKey: string };
  'profiles.unlock': ProfileEntry;
  'profiles.lock': { locked: true };
  'profiles.changePassphrase': { changed: true };
  'profiles.recover': { recovered: true };
  'profiles.delete': { deleted: true };
  'profiles.backups': { name: string; takenAt: string }[];
  /** `savedAt`: when the restored data was saved, or null for a bare database file, which does not say. */
  'profiles.restore': { restored: string; kept: string | null; savedAt: string | null };
  /** `savedAt`: when the copy was saved, from its header. */
  'profiles.restoreCopy': { id: string; name: string; kept: string | null; savedAt: string };
  'profiles.saveBackup': PacketFile;
  /** Opens the sample agency, making and filling it the first time. */
  'profiles.openSample': ProfileEntry;
  'profiles.removeSample': { deleted: boolean };
  'companies.create': Company;
  'companies.get': CompanyRecord;
  'companies.update': Company;
  'companies.list': CompanyPage;
  /** `created` says whether the client is new or was already there under that name. */
  'companies.makeClient': { company: Company; created: boolean };
  'people.create': Person;
  'people.get': PersonRecord;
  'people.update': Person;
  'people.employers': string[];
  'people.list': PeoplePage;
  'positions.create': Position;
  'positions.get': PositionRecord;
  'positions.update': Position;
  'positions.list': PositionPage;
  'applications.create': BoardCard;
  /** `skipped`: candidates already in the running for that position, with the stage they are at. */
  'applications.createMany': {
    created: BoardCard[];
    skipped: { candidateId: string; name: string; stage: Stage }[];
  };
  'applications.move': BoardCard;
  'applications.close': BoardCard;
  'applications.undo': BoardCard;
  'applications.board': Board;
  'applications.boardColumn': BoardColumnPage;
  /** The stored contact, with what to do better next time (the ask-permission warning). */
  'touches.log': Touch & { warnings: Reason[] };
  'touches.list': Touch[];
  'followups.check': Verdict;
  'followups.state': ContactState & { summary: string; timezone: string };
  'templates.list': MessageTemplate[];
  'templates.save': MessageTemplate;
  'templates.restoreDefault': MessageTemplate;
  'templates.preview': { subject: string; body: string; applicationId: string | null };
  'compose.email': ComposedEmail;
  'compose.sent': Touch & { warnings: Reason[] };
  'queue.today': QueueItem[];
  'reports.overrides': OverrideRow[];
  'reports.breadth': { timezone: string; weeks: BreadthWeek[] };
  'reports.debriefs': DebriefSpeed;
  'reports.replyReading': ReplyReading;
  'reports.funnel': { stages: FunnelRow[]; positions: PositionFunnel[] };
  'reports.timeInStage': StageTime[];
  'reports.placements': PlacementsReport;
  'reports.timeToFill': TimeToFill;
  'reports.conversion': ConversionReport;
  'interviews.schedule': InterviewDetail;
  'interviews.get': InterviewDetail;
  'interviews.list': InterviewDetail[];
  'interviews.reschedule': InterviewDetail;
  'interviews.cancel': InterviewDetail;
  'interviews.feedbackDone': InterviewDetail;
  'prep.get': InterviewDetail;
  'prep.update': InterviewDetail;
  'prep.exportPacket': PacketFile;
  /** Browser mode: the packet's own address, good for one visit within a minute, to print with its styles. */
  'prep.printPacket': { url: string };
  'submittals.create': Submittal;
  'submittals.get': Submittal;
  'submittals.list': Submittal[];
  'submittals.update': Submittal;
  'submittals.packet': PacketFile;
  /** Browser mode: the client's packet at its own address, good for one visit within a minute, to print. */
  'submittals.printPacket': { url: string };
  /** `next`: whom to call now and what to tell them; a no closes the application with the client's reason. */
  'submittals.recordFeedback': {
    submittal: Submittal;
    application: BoardCard;
    next: { personId: string; personName: string; phone: string | null; message: string };
  };
  'debriefs.record': { debrief: Debrief; application: BoardCard; interview: InterviewDetail };
  'offers.record': { offer: Offer; application: BoardCard };
  /** The answer as judged (anything but a plain yes is NO, with their words) and where it left the application. */
  'offers.answer': { offer: Offer; application: BoardCard };
  'offers.list': { offers: Offer[]; placements: Placement[] };
  /**
   * `stillInPipeline`: once the position is filled by this placement, the other candidates whose applications are
   * still open in it, by name, for the recruiter to close or keep; none is closed here.
   */
  'placements.record': { placement: Placement; application: BoardCard; stillInPipeline: StillInPipeline[] };
  /** The placement that fell off, the application it closed and the position it reopened. */
  'placements.fellOff': { placement: Placement; application: BoardCard; position: Position };
  'io.previewCsv': {
    headers: string[];
    mapping: Mapping;
    sample: Record<string, string>[];
    rows: number;
    /** The encoding the file was read in, and the separator between its cells, as assumed. */
    encoding: TextEncodingName;
    delimiter: CsvDelimiter;
    /** Rows that cannot be imported as they stand (an unclosed quote, stray cells): the first few, and a count. */
    problems: RowError[];
    rowsWithProblems: number;
  };
  'io.importCsv': ImportOutcome;
  'io.importProgress': { phase: 'checking' | 'saving'; done: number; total: number } | null;
  'io.cancelImport': { cancelling: boolean };
  'io.exportCsv': { rows: number; fileName: string; content: string };
  'io.exportPerson': { exportedAt: string; data: Record<string, unknown[]> };
  'io.exportAll': PacketFile;
  'io.exportCalendar': PacketFile & { events: number };
  'io.erasePerson': { erased: true; removed: { touches: number; applications: number; interviews: number } };
  'io.exportPeople': { rows: number; fileName: string; content: string };
  /** How many people were erased, and how much of what was linked to them went with them. */
  'io.erasePeople': { erased: number; removed: { touches: number; applications: number; interviews: number } };
  'io.retention': { id: string; name: string; kind: string; lastContactAt: string | null; createdAt: string }[];
  'recruiter.get': Recruiter;
  'recruiter.update': Recruiter;
  'recruiter.skip': Recruiter;
  'search.query': SearchHit[];
  'attachments.add': Attachment;
  'attachments.list': Attachment[];
  'attachments.get': PacketFile;
  'attachments.remove': { removed: true };
  'tags.set': string[];
  'tags.list': TagCount[];
  /** `changed`: how many of the `people` given had their tags changed (the others had them already, or not). */
  'tags.add': { people: number; changed: number; tags: string[] };
  'tags.remove': { people: number; changed: number; tags: string[] };
  'filters.save': SavedFilter;
  'filters.list': SavedFilter[];
  'filters.remove': { removed: true };
  'tasks.create': Task;
  'tasks.update': Task;
  'tasks.complete': Task;
  'tasks.reopen': Task;
  'tasks.remove': { removed: true };
  'tasks.list': TaskPage;
  'reminders.list': Reminder[];
  'reminders.take': Reminder[];
  'reminders.snooze': { snoozedUntil: string };
  'reminders.dismiss': { dismissed: true };
  'reminders.settings': ReminderSettings;
  'reminders.updateSettings': ReminderSettings;
  'settings.get': PolicyView;
  'settings.update': PolicyView;
  'settings.reading': ReadingSettings;
  'settings.updateReading': ReadingSettings;
  'signals.classify': Signal;
}

export const QUEUE_TYPES = [
  'debrief-due',
  'follow-up-due',
  'prep-due',
  'feedback-due',
  'offer-waiting',
  'task-due',
  'guarantee-ending',
  'stale',
  'waiting',
] as const;
export type QueueType = (typeof QUEUE_TYPES)[number];

/** One thing to do (or to wait for) today, with its reason in plain words. */
export interface QueueItem {
  type: QueueType;
  personId: string;
  personName: string;
  /** Where the person is; the reason's times are written in it. */
  timezone: string;
  applicationId?: string;
  positionTitle?: string;
  companyName?: string;
  interviewId?: string;
  /** feedback-due: the shortlist the client contact (the person) still owes answers on. */
  submittalId?: string;
  /** feedback-due: the shortlist's position, whose page shows it. */
  positionId?: string;
  /** offer-waiting: the offer waiting for their YES or NO; `due` is its expiry, or when it was made. */
  offerId?: string;
  /** guarantee-ending: the placement whose guarantee ends soon. */
  placementId?: string;
  /** task-due: the recruiter's own to-do; `due` is when, and the reason's times are on the recruiter's clock. */
  taskId?: string;
  /** When it fell (or falls) due. */
  due: string;
  reason: string;
}

/** An interview with its prep checklist and, once recorded, its debrief. */
export interface InterviewDetail extends Interview {
  items: PrepItem[];
  debrief: Debrief | null;
  /** Ended, not cancelled, and no debrief yet. */
  debriefDue: boolean;
}

/** An exported file: text as UTF-8, or a PDF as base64. */
export interface PacketFile {
  fileName: string;
  mime: string;
  encoding: 'utf8' | 'base64';
  content: string;
}

/** The recruiter's own details, printed in every prep packet. */
/** A message ready to send: allowed by the rules (with any warnings), filled in, as a mail link and as a .eml file. */
export interface ComposedEmail {
  to: string;
  subject: string;
  body: string;
  mailto: string;
  /** The message as an RFC 5322 text, to save and open in a mail program. */
  eml: string;
  fileName: string;
  applicationId: string | null;
  /** What the rules warn about (they do not block). */
  warnings: Reason[];
}

export interface Recruiter {
  name: string | null;
  email: string | null;
  phone: string | null;
  /** Whether the recruiter has been asked for these (saved them, or chose "Not now"): until then, Today asks. */
  asked: boolean;
}

/** Something that fell due, to announce and to list until it is done, snoozed or dismissed. */
export interface Reminder {
  /** One occurrence: a follow-up due at one date, one interview, one day's digest. */
  key: string;
  kind: 'follow-up-due' | 'debrief-due' | 'interview-soon' | 'guarantee-ending' | 'task-due' | 'digest';
  title: string;
  body: string;
  /** When it fell due. */
  at: string;
  personId?: string;
  /** The screen that opens it. */
  target: { screen: 'people' | 'interviews' | 'today'; id?: string; params?: Record<string, string> };
  /** Not announced yet (or back from a snooze). */
  fresh?: boolean;
}

/** How replies are read: the order of day and month in numeric dates ("3/4"). */
export interface ReadingSettings {
  dateOrder: DateOrder;
}

export interface ReminderSettings {
  /** The daily digest's time on the recruiter's clock, "HH:MM", or null for none. */
  digestAt: string | null;
  /** Notifications say what is due but not whom (on by default where more than one profile shares the computer). */
  hideNames: boolean;
}

/** The policy numbers in force, with the bounds each may take. */
export interface PolicyView {
  policy: PolicySettings;
  bounds: readonly SettingSpec[];
}

export type Channel = keyof typeof contract;
/** What a caller sends. */
export type Input<C extends Channel> = z.input<(typeof contract)[C]>;
/** What a handler receives, after validation and defaults. */
export type ParsedInput<C extends Channel> = z.output<(typeof contract)[C]>;
export type Output<C extends Channel> = Outputs[C];

export const ERROR_CODES = [
  'validation',
  'not-found',
  'policy-blocked',
  'gate-debrief-required',
  'locked',
  'wrong-passphrase',
  'conflict',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  path: (string | number)[];
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  details?: { issues?: FieldIssue[] } & Record<string, unknown>;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };
