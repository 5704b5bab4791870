import type { Migration } from './index';

// Free text that may name people (a shortlist's note to the client, a client's or a contact's notes, a position's
// description) was copied into the audit log whenever it was set or changed, so erasing a candidate left their
// name in the history of records that are not theirs. From now on an audit entry says only that such text was
// set or changed (`true`); this puts the entries written before in the same form.
const TEXT = [
  ['submittal', 'note'],
  ['company', 'notes'],
  ['position', 'description'],
  ['person', 'notes'],
] as const;

export const migration0022: Migration = {
  version: 22,
  name: 'audit without note text',
  up(db) {
    const scrub = db.prepare(
      `UPDATE audit_log SET changes = json_set(changes, ?, json('true'))
        WHERE entity = ? AND json_valid(changes) AND json_type(changes, ?) IS NOT NULL AND json_type(changes, ?) NOT IN ('true', 'null')`,
    );
    for (const [entity, field] of TEXT) {
      const path = `$.${field}`;
      scrub.run(path, entity, path, path);
    }
  },
};
