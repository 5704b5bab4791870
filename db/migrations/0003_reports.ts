import type { Migration } from './index';

export const migration0003: Migration = {
  version: 3,
  name: 'reports',
  up(db) {
    db.exec(`
      -- The hard rules a flagged contact broke, as a JSON array of rule ids, for the overrides report.
      ALTER TABLE touches ADD COLUMN override_rules TEXT CHECK (override_rules IS NULL OR json_valid(override_rules));
      -- Contacts by time across everyone, for the breadth report.
      CREATE INDEX touches_at ON touches(at);
      CREATE INDEX touches_flagged ON touches(at) WHERE override_reason IS NOT NULL;
    `);
  },
};
