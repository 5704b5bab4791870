import type { Migration } from './index';

// Two reads that grew with the history. After someone asks not to be contacted, the one thing still allowed is
// a handwritten thank-you letter, the first after each "stop": the follow-up check asks for that letter on every
// check of such a person, and without an index read every outbound contact since the stop. And the conversion
// report asks, for each shortlisted or interviewed application, about its interviews not called off: the
// application's index alone made it read each interview row to see whether it was cancelled and when.
export const migration0021: Migration = {
  version: 21,
  name: 'check and report indexes',
  up(db) {
    db.exec(`
      CREATE INDEX touches_letters ON touches(person_id, at) WHERE direction = 'out' AND kind = 'thank-you-letter';
      CREATE INDEX interviews_live ON interviews(application_id, starts_at, created_at) WHERE cancelled_at IS NULL;
    `);
  },
};
