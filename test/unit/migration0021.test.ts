import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { RELEVANT_SQL } from '../../db/outlook';
import { INTERVIEWED_BETWEEN, SUBMITTED_BETWEEN } from '../../db/placementReports';

/** What SQLite will do for `sql`: each step of its plan, as it says it. */
const plan = (sql: string, params: Record<string, string>) => {
  const db = openDatabase(':memory:');
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail);
};

describe('migration 21: indexes for the follow-up check and the conversion report', () => {
  it('finds the first letter after a stop through its own index, not every outbound contact', () => {
    const steps = plan(RELEVANT_SQL.letterUntil, { person: 'p', after: '2026-01-01', at: '2026-02-01' });
    expect(steps.join('\n')).toMatch(/SEARCH touches USING INDEX touches_letters \(person_id=\? AND at>\? AND at<\?\)/);
  });

  it("asks about each application's live interviews through their own index", () => {
    for (const sql of [SUBMITTED_BETWEEN, INTERVIEWED_BETWEEN]) {
      const steps = plan(sql, { from: '2026-01-01', to: '2026-02-01' }).join('\n');
      expect(steps).toMatch(/SEARCH [ie] USING (COVERING )?INDEX interviews_live \(application_id=\?/);
      expect(steps).not.toMatch(
        /SEARCH i USING INDEX interviews_application|SEARCH e USING INDEX interviews_application/,
      );
    }
  });
});
