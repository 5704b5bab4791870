// The rules of politely persistent contact, as data: id, kind, default and the bounds a profile
// may set. Code and messages refer to rules by these ids.

export type RuleKind = 'hard' | 'warning' | 'report';

export interface PolicySettings {
  quietStartHour: number;
  quietEndHour: number;
  perDay: number;
  minGapBusinessDays: number;
  weeklyCap: number;
  monthlyCap: number;
  afterConversationDays: number;
  softNoDays: number;
  takeAwayAfter: number;
  noForNowDays: number;
  clientFeedbackMax: number;
  valueFirstCount: number;
  sameChannelCount: number;
  staleAfterDays: number;
  lockAfterMinutes: number;
}

export interface SettingSpec {
  key: keyof PolicySettings;
  /** The rule it tunes, or what else it shapes: the today queue, or the profile lock. */
  rule: RuleId | 'today' | 'lock';
  label: string;
  default: number;
  min: number;
  max: number;
  unit: string;
}

export const RULE_IDS = [
  'quiet-hours',
  'one-per-day',
  'min-gap',
  'weekly-cap',
  'monthly-cap',
  'after-conversation',
  'agreed-date',
  'soft-no',
  'take-away',
  'ball-in-their-court',
  'no-for-now',
  'do-not-contact',
  'client-feedback',
  'value-first',
  'same-channel',
  'ask-permission',
  'breadth',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const RULE_KINDS: Record<RuleId, RuleKind> = {
  'quiet-hours': 'hard',
  'one-per-day': 'hard',
  'min-gap': 'hard',
  'weekly-cap': 'hard',
  'monthly-cap': 'hard',
  'after-conversation': 'hard',
  'agreed-date': 'hard',
  'soft-no': 'hard',
  'take-away': 'hard',
  'ball-in-their-court': 'hard',
  'no-for-now': 'hard',
  'do-not-contact': 'hard',
  'client-feedback': 'hard',
  'value-first': 'warning',
  'same-channel': 'warning',
  'ask-permission': 'warning',
  breadth: 'report',
};

/** Each rule's short name, for lists and reports. */
export const RULE_NAMES: Record<RuleId, string> = {
  'quiet-hours': 'Quiet hours',
  'one-per-day': 'One contact a day',
  'min-gap': 'Wait after no answer',
  'weekly-cap': '7-day limit',
  'monthly-cap': '30-day limit',
  'after-conversation': 'Quiet after a conversation',
  'agreed-date': 'Before the agreed date',
  'soft-no': '"Not now" pause',
  'take-away': 'Take-away due',
  'ball-in-their-court': 'Ball in their court',
  'no-for-now': 'No for now',
  'do-not-contact': 'Do not contact',
  'client-feedback': 'Client feedback limit',
  'value-first': 'Value first',
  'same-channel': 'Switch channel',
  'ask-permission': 'Ask for the next date',
  breadth: 'Breadth',
};

/** A rule's name in plain words, for people: never its id. A stored id this version does not know reads as "A rule". */
export function ruleLabel(id: string): string {
  return Object.hasOwn(RULE_NAMES, id) ? RULE_NAMES[id as RuleId] : 'A rule';
}

/** Every number a profile may change, with the bounds it may not leave. */
export const SETTINGS: readonly SettingSpec[] = [
  {
    key: 'quietStartHour',
    rule: 'quiet-hours',
    label: 'Earliest call or message, their time',
    default: 8,
    min: 7,
    max: 10,
    unit: "o'clock",
  },
  {
    key: 'quietEndHour',
    rule: 'quiet-hours',
    label: 'Latest call or message, their time',
    default: 21,
    min: 17,
    max: 21,
    unit: "o'clock",
  },
  {
    key: 'perDay',
    rule: 'one-per-day',
    label: 'Outbound contacts per person per day',
    default: 1,
    min: 1,
    max: 1,
    unit: 'contacts',
  },
  {
    key: 'minGapBusinessDays',
    rule: 'min-gap',
    label: 'Wait after an unanswered contact',
    default: 2,
    min: 1,
    max: 10,
    unit: 'business days',
  },
  {
    key: 'weeklyCap',
    rule: 'weekly-cap',
    label: 'Outbound contacts to one person in any 7 days',
    default: 3,
    min: 1,
    max: 7,
    unit: 'contacts',
  },
  {
    key: 'monthlyCap',
    rule: 'monthly-cap',
    label: 'Outbound contacts to one person in any 30 days',
    default: 6,
    min: 1,
    max: 12,
    unit: 'contacts',
  },
  {
    key: 'afterConversationDays',
    rule: 'after-conversation',
    label: 'Quiet after a conversation, unless they agreed a date',
    default: 7,
    min: 1,
    max: 30,
    unit: 'days',
  },
  {
    key: 'softNoDays',
    rule: 'soft-no',
    label: 'Pause after a polite "not now" with no date',
    default: 30,
    min: 14,
    max: 180,
    unit: 'days',
  },
  {
    key: 'takeAwayAfter',
    rule: 'take-away',
    label: 'Unanswered follow-ups before the take-away',
    default: 2,
    min: 1,
    max: 4,
    unit: 'follow-ups',
  },
  {
    key: 'noForNowDays',
    rule: 'no-for-now',
    label: 'Pause after a clear no',
    default: 90,
    min: 30,
    max: 365,
    unit: 'days',
  },
  {
    key: 'clientFeedbackMax',
    rule: 'client-feedback',
    label: 'Follow-ups to a client for interview feedback',
    default: 2,
    min: 1,
    max: 3,
    unit: 'follow-ups',
  },
  {
    key: 'valueFirstCount',
    rule: 'value-first',
    label: 'Contacts without value before a warning',
    default: 3,
    min: 2,
    max: 6,
    unit: 'contacts',
  },
  {
    key: 'sameChannelCount',
    rule: 'same-channel',
    label: 'Unanswered on one channel before a warning',
    default: 3,
    min: 2,
    max: 6,
    unit: 'contacts',
  },
  {
    key: 'staleAfterDays',
    rule: 'today',
    label: 'List a candidate in Today after no contact on an open application for',
    default: 14,
    min: 3,
    max: 60,
    unit: 'days',
  },
  {
    key: 'lockAfterMinutes',
    rule: 'lock',
    label: 'Lock this profile after no use for',
    default: 10,
    min: 1,
    max: 15,
    unit: 'minutes',
  },
];

export const DEFAULT_SETTINGS: PolicySettings = Object.fromEntries(
  SETTINGS.map((s) => [s.key, s.default]),
) as unknown as PolicySettings;

/** Out-of-bounds values, each with a plain message; empty when the settings are acceptable. */
export function checkSettings(settings: PolicySettings): { key: keyof PolicySettings; message: string }[] {
  const problems: { key: keyof PolicySettings; message: string }[] = [];
  for (const spec of SETTINGS) {
    const value = settings[spec.key];
    if (!Number.isInteger(value) || value < spec.min || value > spec.max) {
      problems.push({
        key: spec.key,
        message: `${spec.label} must be a whole number from ${spec.min} to ${spec.max} ${spec.unit}.`,
      });
    }
  }
  if (settings.quietStartHour >= settings.quietEndHour)
    problems.push({ key: 'quietEndHour', message: 'The latest hour must come after the earliest.' });
  if (settings.monthlyCap < settings.weeklyCap)
    problems.push({ key: 'monthlyCap', message: 'The 30-day limit cannot be lower than the 7-day limit.' });
  return problems;
}
