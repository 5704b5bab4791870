import { applicationHandlers } from './applications';
import { attachmentHandlers } from './attachments';
import { bulkHandlers } from './bulk';
import { companyHandlers } from './companies';
import { composeHandlers } from './compose';
import { interviewHandlers } from './interviews';
import { offerHandlers } from './offers';
import { ioHandlers } from './io';
import { peopleHandlers } from './people';
import { positionHandlers } from './positions';
import { profileHandlers } from './profiles';
import { queueHandlers } from './queue';
import { reminderHandlers } from './reminders';
import { reportHandlers } from './reports';
import { searchHandlers } from './search';
import { settingsHandlers } from './settings';
import { submittalHandlers } from './submittals';
import { systemHandlers } from './system';
import { tagHandlers } from './tags';
import { taskHandlers } from './tasks';
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
  ...offerHandlers,
  ...ioHandlers,
  ...reportHandlers,
  ...searchHandlers,
  ...attachmentHandlers,
  ...tagHandlers,
  ...taskHandlers,
  ...reminderHandlers,
  ...settingsHandlers,
  ...submittalHandlers,
  ...bulkHandlers,
};
