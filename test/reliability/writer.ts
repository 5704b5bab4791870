import fs from 'node:fs';
import { createCompany } from '../../db/companies';
import { inTransaction, openDatabase } from '../../db/connection';

// A stream of writes through Politely's own database layer, for the crash tests: each company is
// announced on stdout only once its transaction has committed. The test kills this process at a
// moment of its choosing and checks that everything announced is still there.
const file = process.env.POLITELY_SOAK_FILE;
const key = process.env.POLITELY_SOAK_KEY;
if (!file || !key) throw new Error('Set POLITELY_SOAK_FILE and POLITELY_SOAK_KEY.');
// The time written is not what is tested; a fixed one keeps the writer off the clock.
const WRITTEN_AT = '2026-03-10T11:00:00.000Z';
const db = openDatabase(file, { key: Buffer.from(key, 'hex') });
fs.writeSync(1, 'ready\n');
for (let n = 0; ; n++) {
  const company = inTransaction(db, () =>
    createCompany(db, { name: `Company ${n}`, website: null, notes: 'x'.repeat(400) }, WRITTEN_AT),
  );
  fs.writeSync(1, `${company.id}\n`);
}
