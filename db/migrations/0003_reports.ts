import type { Migration } from './index';

export const migration0003: Migration = {
  version: 3,
  name: 'reports and bounded checks',
  up(db) {
    db.exec(`
      -- The hard rules a flagged contact broke, as a JSON array of rule ids, for the overrides report.
      ALTER TABLE touches ADD COLUMN override_rules TEXT CHECK (override_rules IS NULL OR json_valid(override_rules));
      -- Contacts by time across everyone, for the breadth report.
      CREATE INDEX touches_at ON touches(at);
      CREATE INDEX touches_flagged ON touches(at) WHERE override_reason IS NOT NULL;
      -- The moments older than a month that still shape a check (see db/outlook relevantHistory),
      -- each found in one index step however long the history.
      CREATE INDEX touches_conversations ON touches(person_id, at) WHERE direction = 'in' OR outcome IN ('connected', 'replied');
      CREATE INDEX touches_responses ON touches(person_id, at) WHERE response IS NOT NULL;
      CREATE INDEX touches_stops ON touches(person_id, at) WHERE response = 'stop';
      CREATE INDEX touches_outbound ON touches(person_id, at) WHERE direction = 'out';
    `);
  },
};
