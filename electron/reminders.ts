import { Notification, type BrowserWindow } from 'electron';
import type { Reminder } from '../api/contract';
import { ReminderScheduler, group } from '../api/reminderScheduler';
import { nextReminderAt, takeReminders } from '../api/reminders';
import type { Session } from '../api/session';
import { NAVIGATE_EVENT } from './constants';

/** Brings the window forward at the reminder's screen. */
export function openReminder(window: BrowserWindow | undefined, reminder: Reminder): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
  window.webContents.send(NAVIGATE_EVENT, reminder.target);
}

/**
 * System notifications for the open profile's reminders: a follow-up or a debrief falling due,
 * an interview two hours ahead, and the daily digest. Clicking one opens it. Nothing is read or
 * shown while locked: names stay off a shared laptop's screen until its recruiter is back.
 */
export function startReminders(context: Session, getWindow: () => BrowserWindow | undefined): ReminderScheduler {
  const scheduler = new ReminderScheduler({
    take: async () => (context.isLocked() ? [] : takeReminders(context)),
    next: async () => (context.isLocked() ? null : nextReminderAt(context)),
    announce(reminders) {
      if (!Notification.isSupported()) return;
      for (const reminder of group(reminders)) {
        const notification = new Notification({ title: reminder.title, body: reminder.body });
        notification.on('click', () => openReminder(getWindow(), reminder));
        notification.show();
      }
    },
  });
  scheduler.start();
  return scheduler;
}
