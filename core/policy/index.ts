export {
  askPermission,
  checkContact,
  MAX_STEPS,
  stopDecides,
  wakingTime,
  type Intent,
  type Reason,
  type Recipient,
  type Verdict,
} from './evaluate';
export type { BookedInterview } from './exemptions';
export { historyUntil, parseInstant, type LoggedTouch, type Touch } from './history';
export {
  checkSettings,
  DEFAULT_SETTINGS,
  RULE_IDS,
  RULE_KINDS,
  RULE_NAMES,
  ruleLabel,
  SETTINGS,
  type PolicySettings,
  type RuleId,
  type SettingSpec,
} from './rules';
export { describeDue, describeQuiet, describeState, describeVerdict, describeWait } from './describe';
export {
  CONTACT_STATES,
  contactState,
  outlookOf,
  stateAt,
  type ContactState,
  type ContactStateName,
  type DueReason,
  type Outlook,
} from './state';
