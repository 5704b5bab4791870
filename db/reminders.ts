import { statement, type Db } from './connection';

// What the recruiter did with each reminder. The reminders themselves are read from the queue and
// the calendar each time (api/reminders.ts); only when each was announced, snoozed or dismissed is kept.

export interface ReminderState {
  key: string;
  fired_at: string | null;
  snoozed_until: string | null;
  dismissed_at: string | null;
}

export function reminderStates(db: Db): ReminderState[] {
  return statement(
    db,
    'SELECT key, fired_at, snoozed_until, dismissed_at FROM reminder_state',
  ).all() as ReminderState[];
}

/** Marks reminders announced at `now`. A key names one occurrence; the person's id lets erasing them take it too. */
export function markAnnounced(
  db: Db,
  reminders: readonly { key: string; personId: string | null }[],
  now: string,
): void {
  const mark = statement(
    db,
    `INSERT INTO reminder_state (key, person_id, fired_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET fired_at = excluded.fired_at`,
  );
  for (const r of reminders) mark.run(r.key, r.personId, now);
}

/** Forgets what was announced before `before`, unless it is snoozed past `now`. */
export function forgetAnnouncedBefore(db: Db, before: string, now: string): void {
  statement(db, 'DELETE FROM reminder_state WHERE fired_at < ? AND (snoozed_until IS NULL OR snoozed_until < ?)').run(
    before,
    now,
  );
}

export function saveSnooze(db: Db, key: string, personId: string | null, now: string, until: string): void {
  statement(
    db,
    `INSERT INTO reminder_state (key, person_id, fired_at, snoozed_until) VALUES (@key, @personId, @now, @until)
     ON CONFLICT (key) DO UPDATE SET snoozed_until = excluded.snoozed_until, fired_at = coalesce(fired_at, excluded.fired_at)`,
  ).run({ key, personId, now, until });
}

export function saveDismissal(db: Db, key: string, personId: string | null, now: string): void {
  statement(
    db,
    `INSERT INTO reminder_state (key, person_id, fired_at, dismissed_at) VALUES (@key, @personId, @now, @now)
     ON CONFLICT (key) DO UPDATE SET dismissed_at = excluded.dismissed_at`,
  ).run({ key, personId, now });
}

/** The next moment after `now` at which each kind of reminder can fall due; null where nothing is ahead. */
export interface ReminderTimes {
  /** An agreed date or a pause ending. */
  contactDue: string | null;
  /** An interview ending that has no debrief yet. */
  interviewEnds: string | null;
  /** The first interview starting after `noticeFrom` (its notice comes that much earlier). */
  interviewStarts: string | null;
  snoozeEnds: string | null;
}

export function nextReminderTimes(db: Db, now: string, noticeFrom: string): ReminderTimes {
  const first = (sql: string, after: string) => statement(db, sql).pluck().get(after) as string | null;
  return {
    contactDue: first('SELECT min(due_at) FROM contact_outlook WHERE due_at > ?', now),
    interviewEnds: first(
      'SELECT min(ends_at) FROM interviews WHERE cancelled_at IS NULL AND debriefed_at IS NULL AND ends_at > ?',
      now,
    ),
    interviewStarts: first(
      'SELECT min(starts_at) FROM interviews WHERE cancelled_at IS NULL AND starts_at > ?',
      noticeFrom,
    ),
    snoozeEnds: first(
      'SELECT min(snoozed_until) FROM reminder_state WHERE snoozed_until > ? AND dismissed_at IS NULL',
      now,
    ),
  };
}
