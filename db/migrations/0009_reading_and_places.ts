import type { Migration } from './index';

// What the reply reader made of an inbound message, beside the class the recruiter confirmed
// (`response`): where the two differ, the recruiter corrected the reader, and Reports counts how
// often. And where a client and a position are, so an interview's time is set in the zone it
// happens in rather than the candidate's.
export const migration0009: Migration = {
  version: 9,
  name: 'reply reading and places',
  up(db) {
    db.exec(`
      ALTER TABLE touches ADD COLUMN read_as TEXT
        CHECK (read_as IN ('interested', 'permission', 'soft-no', 'no', 'stop', 'neutral'));
      ALTER TABLE companies ADD COLUMN timezone TEXT;
      ALTER TABLE positions ADD COLUMN timezone TEXT;
    `);
  },
};
