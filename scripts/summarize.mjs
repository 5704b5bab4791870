// Adds up every suite's results into the one line CI reads: "tests: N passed, N failed, N skipped".
//   node summarize.mjs DIR [--expect all|unit|e2e|unit-and-e2e] [--label tests]
// reads one run's results in DIR, prints the line, writes DIR/totals.json, and exits 1 on any failure;
//   node summarize.mjs --totals DIR [--label …]
// adds up the totals.json of every run below DIR (the clock sweep's runs).
import fs from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const label = option('--label', 'tests');

if (args.includes('--totals')) {
  // Every run's totals.json below DIR, however deep; fewer runs than --runs counts the missing ones as failures.
  const dir = option('--totals');
  const runsExpected = Number(option('--runs', '1'));
  const sum = { passed: 0, failed: 0, skipped: 0 };
  const files = fs.existsSync(dir)
    ? fs.readdirSync(dir, { recursive: true }).filter((f) => path.basename(String(f)) === 'totals.json')
    : [];
  for (const file of files) {
    const totals = JSON.parse(fs.readFileSync(path.join(dir, String(file)), 'utf8'));
    for (const key of Object.keys(sum)) sum[key] += totals[key];
  }
  if (files.length < runsExpected) sum.failed += runsExpected - files.length;
  console.log(`${label}: ${sum.passed} passed, ${sum.failed} failed, ${sum.skipped} skipped`);
  process.exit(sum.failed > 0 ? 1 : 0);
}

const dir = args[0];
const expect = option('--expect', 'all');
let passed = 0;
let failed = 0;
let skipped = 0;
const lines = [];
const skipReasons = [];
// Each failure by name, so that the tail of a long log still says what failed.
const failures = [];

function firstLine(text) {
  // Colour codes out, and only the first line: the full message is above in the suite's own output.
  const plain = stripVTControlCharacters(String(text ?? 'no message'));
  return plain.split('\n').find((line) => line.trim() !== '') ?? 'no message';
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  } catch {
    return null;
  }
}

for (const file of fs
  .readdirSync(dir)
  .filter((f) => f.startsWith('check-'))
  .sort()) {
  const ok = fs.readFileSync(path.join(dir, file), 'utf8').trim() === 'pass';
  if (ok) passed++;
  else failed++;
  lines.push(`${file.slice('check-'.length)}: ${ok ? 'passed' : 'FAILED'}`);
}

const vitest = readJson('vitest.json');
if (vitest) {
  const suiteFailures = (vitest.testResults ?? []).filter(
    (r) => r.status === 'failed' && (r.assertionResults ?? []).length === 0,
  ).length;
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests + suiteFailures;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
  for (const file of vitest.testResults ?? []) {
    const where = path.relative(process.cwd(), file.name ?? '');
    const failedTests = (file.assertionResults ?? []).filter((t) => t.status === 'failed');
    if (file.status === 'failed' && failedTests.length === 0)
      failures.push(`vitest ${where}: ${firstLine(file.message)}`);
    for (const t of failedTests) failures.push(`vitest ${where} › ${t.fullName}: ${firstLine(t.failureMessages?.[0])}`);
  }
  lines.push(
    `vitest: ${vitest.numPassedTests} passed, ${vitest.numFailedTests + suiteFailures} failed, ${vitest.numPendingTests + vitest.numTodoTests} skipped`,
  );
} else if (expect !== 'e2e') {
  failed++;
  lines.push('vitest: FAILED (no results were written)');
}

function walkSpecs(suite, visit) {
  for (const spec of suite.specs ?? []) visit(spec);
  for (const child of suite.suites ?? []) walkSpecs(child, visit);
}

const playwright = readJson('playwright.json');
if (playwright) {
  const s = playwright.stats ?? {};
  const flaky = s.flaky ?? 0;
  passed += (s.expected ?? 0) + flaky;
  failed += s.unexpected ?? 0;
  skipped += s.skipped ?? 0;
  const errors = (playwright.errors ?? []).length;
  failed += errors;
  lines.push(
    `playwright: ${(s.expected ?? 0) + flaky} passed, ${(s.unexpected ?? 0) + errors} failed, ${s.skipped ?? 0} skipped`,
  );
  for (const suite of playwright.suites ?? []) {
    walkSpecs(suite, (spec) => {
      for (const test of spec.tests ?? []) {
        if (test.status === 'unexpected') {
          const error = test.results?.at(-1)?.error?.message;
          failures.push(`playwright ${spec.file}:${spec.line} › ${spec.title}: ${firstLine(error)}`);
        }
        if (test.status !== 'skipped') continue;
        const reason = test.annotations?.find((a) => a.type === 'skip')?.description ?? 'no reason given';
        skipReasons.push(`${spec.title}: ${reason}`);
      }
    });
  }
} else if (expect !== 'unit') {
  failed++;
  lines.push('playwright: FAILED (no results were written)');
}

fs.writeFileSync(path.join(dir, 'totals.json'), JSON.stringify({ passed, failed, skipped }));
console.log('\n== summary');
for (const line of lines) console.log(`  ${line}`);
for (const reason of skipReasons) console.log(`  skipped — ${reason}`);
for (const failure of failures) console.log(`  FAILED — ${failure}`);
console.log(`${label}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
