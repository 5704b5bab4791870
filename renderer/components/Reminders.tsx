import { useEffect, useState } from 'react';
import type { Reminder } from '../../api/contract';
import { isDesktop, onNavigate } from '../api';
import { formatDayTime } from '../dates';
import { navigate } from '../router';
import { selectDue, useRemindersStore } from '../stores/reminders';
import { Icon } from './Icon';
import { Dialog } from './ui';

const MINUTE = 60_000;

/** Minutes from now until 09:00 tomorrow on this computer's clock. */
function untilTomorrowMorning(now = new Date()): number {
  const at = new Date(now);
  at.setDate(at.getDate() + 1);
  at.setHours(9, 0, 0, 0);
  return Math.round((at.getTime() - now.getTime()) / MINUTE);
}

const SNOOZES: { label: string; minutes: () => number }[] = [
  { label: '1 hour', minutes: () => 60 },
  { label: '3 hours', minutes: () => 180 },
  { label: 'Tomorrow, 9:00', minutes: () => untilTomorrowMorning() },
];

export function openReminder(target: Reminder['target']): void {
  navigate(target.screen, target.id ?? null, target.params);
}

/**
 * Keeps the reminders current while a profile is open: reads the list each minute and on focus;
 * in browser mode also announces what falls due, in the window. A reminder clicked in the
 * desktop app's notification opens its screen here.
 */
export function useReminders(): void {
  useEffect(() => {
    const { load, announce } = useRemindersStore.getState();
    const look = () => void (isDesktop() ? load() : announce().then(load));
    look();
    const timer = window.setInterval(look, MINUTE);
    window.addEventListener('focus', look);
    const stop = onNavigate(openReminder);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', look);
      stop();
    };
  }, []);
}

/** The sidebar's bell: how many reminders are due, and the list of them. */
export function RemindersButton() {
  const count = useRemindersStore((s) => selectDue(s).length);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="nav-link reminders-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <span className="nav-icon">
          <Icon name="bell" />
        </span>
        {/* The name reads "Reminders 3 due" (or "Reminders none due"): the words shown, and what the number means. */}
        <span className="nav-label">Reminders</span>{' '}
        {count > 0 ? (
          <>
            <span className="reminders-count">{count > 99 ? '99+' : count}</span>
            <span className="sr-only"> due</span>
          </>
        ) : (
          <span className="sr-only">none due</span>
        )}
      </button>
      {open && <RemindersPanel onClose={() => setOpen(false)} />}
    </>
  );
}

function RemindersPanel({ onClose }: { onClose(): void }) {
  const items = useRemindersStore(selectDue);
  useEffect(() => void useRemindersStore.getState().load(), []);
  return (
    <Dialog title="Reminders" className="reminders" closeButton onClose={onClose}>
      {items.length === 0 ? (
        <p className="muted">
          Nothing is due. Follow-ups, debriefs and interviews about to start appear here when their time comes.
        </p>
      ) : (
        <ul className="reminders-list">
          {items.map((r) => (
            <ReminderRow key={r.key} reminder={r} onOpen={onClose} />
          ))}
        </ul>
      )}
    </Dialog>
  );
}

function ReminderRow({ reminder, onOpen }: { reminder: Reminder; onOpen(): void }) {
  const { snooze, dismiss } = useRemindersStore.getState();
  const when = formatDayTime(reminder.at, new Date());
  return (
    <li className={`reminder${reminder.fresh ? ' reminder-fresh' : ''}`}>
      <div className="reminder-text">
        <strong>{reminder.title}</strong>
        <span className="small">{reminder.body}</span>
        <time className="muted small" dateTime={reminder.at}>
          Due {when}
        </time>
      </div>
      <div className="reminder-actions">
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            onOpen();
            openReminder(reminder.target);
          }}
        >
          Open
        </button>
        <label className="sr-only" htmlFor={`snooze-${reminder.key}`}>
          Snooze {reminder.title}
        </label>
        <select
          id={`snooze-${reminder.key}`}
          className="reminder-snooze"
          value=""
          onChange={(e) => {
            const choice = SNOOZES.find((s) => s.label === e.target.value);
            if (choice) void snooze(reminder.key, choice.minutes());
          }}
        >
          <option value="" disabled>
            Snooze…
          </option>
          {SNOOZES.map((s) => (
            <option key={s.label} value={s.label}>
              {s.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          aria-label={`Dismiss: ${reminder.title}`}
          onClick={() => void dismiss(reminder.key)}
        >
          Dismiss
        </button>
      </div>
    </li>
  );
}
