import type { Migration } from './index';

// An interview's calendar invite keeps its UID, and each file sent after a change carries a higher
// SEQUENCE, so calendars replace the event rather than add a second one or ignore the news. Every file
// sent before this version said no SEQUENCE, which reads as 0; an interview changed or cancelled since
// it was booked starts at 1, so the next file it sends outranks those in every calendar.
export const migration0013: Migration = {
  version: 13,
  name: 'invite sequence',
  up(db) {
    db.exec(`
      ALTER TABLE interviews ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0 CHECK (sequence >= 0);
      UPDATE interviews SET sequence = 1 WHERE cancelled_at IS NOT NULL OR updated_at > created_at;
    `);
  },
};
