export { checkContact, type Intent, type Reason, type Recipient, type Verdict } from './evaluate';
export { type LoggedTouch, type Touch } from './history';
export { checkSettings, DEFAULT_SETTINGS, RULE_IDS, RULE_KINDS, SETTINGS, type PolicySettings, type RuleId, type SettingSpec } from './rules';
export { describeState } from './describe';
export { CONTACT_STATES, contactState, type ContactState, type ContactStateName } from './state';
