import { applicationHandlers } from './applications';
import { companyHandlers } from './companies';
import { composeHandlers } from './compose';
import { interviewHandlers } from './interviews';
import { ioHandlers } from './io';
import { peopleHandlers } from './people';
import { positionHandlers } from './positions';
import { profileHandlers } from './profiles';
import { queueHandlers } from './queue';
import { reminderHandlers } from './reminders';
import { reportHandlers } from './reports';
import { searchHandlers } from './search';
import { settingsHandlers } from './settings';
import { systemHandlers } from './system';
import { templateHandlers } from './templates';
import { touchHandlers } from './touches';
import type { Handlers } from './types';

export const handlers: Handlers = {
  ...systemHandlers,
  ...profileHandlers,
  ...companyHandlers,
  ...peopleHandlers,
  ...positionHandlers,
  ...applicationHandlers,
  ...touchHandlers,
  ...templateHandlers,
  ...composeHandlers,
  ...queueHandlers,
  ...interviewHandlers,
  ...ioHandlers,
  ...reportHandlers,
  ...searchHandlers,
  ...reminderHandlers,
  ...settingsHandlers,
};
