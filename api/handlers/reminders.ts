import {
  dismissReminder,
  listReminders,
  readReminderSettings,
  snoozeReminder,
  takeReminders,
  writeReminderSettings,
} from '../reminders';
import type { HandlersOf } from './types';

export const reminderHandlers: HandlersOf<'reminders'> = {
  'reminders.list': (ctx) => listReminders(ctx),
  'reminders.take': (ctx) => takeReminders(ctx),
  'reminders.snooze': (ctx, { key, minutes }) => {
    const until = new Date(ctx.now().getTime() + minutes * 60_000);
    snoozeReminder(ctx, key, until);
    return { snoozedUntil: until.toISOString() };
  },
  'reminders.dismiss': (ctx, { key }) => {
    dismissReminder(ctx, key);
    return { dismissed: true };
  },
  'reminders.settings': (ctx) => readReminderSettings(ctx),
  'reminders.updateSettings': (ctx, settings) => writeReminderSettings(ctx, settings),
};
