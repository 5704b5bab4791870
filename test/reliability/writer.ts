import fs from 'node:fs';
import { createCompany } from '../../db/companies';
import { inTransaction, openDatabase } from '../../db/connection';

// A stream of writes through Politely's own database layer, for the crash tests: each company is
// announced on stdout only once its transaction has committed. The test kills this process at a
// random moment and checks that everything announced is still there.
const file = process.env.POLITELY_SOAK_FILE;
const key = process.env.POLITELY_SOAK_KEY;
if (!file || !key) throw new Error('Set POLITELY_SOAK_FILE and POLITELY_SOAK_KEY.');
const db = openDatabase(file, { key: Buffer.from(key, 'hex') });
fs.writeSync(1, 'ready\n');
for (let n = 0; ; n++) {
  const company = inTransaction(db, () => createCompany(db, { name: `Company ${n}`, website: null, notes: 'x'.repeat(400) }, new Date().toISOString()));
  fs.writeSync(1, `${company.id}\n`);
}
