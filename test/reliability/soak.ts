import { crashLoop } from './crash';

// `npm run soak`: the long crash test, 1,000 kills by default (`-- --runs N` for another count).
async function main() {
  const flag = process.argv.indexOf('--runs');
  const runs = flag >= 0 ? Number(process.argv[flag + 1]) : 1_000;
  const started = performance.now();
  const report = await crashLoop(runs);
  console.log(
    `${report.runs} kills, ${report.acknowledged} acknowledged writes, ${report.lost} lost, ${report.damaged.length} damaged, ${report.notKilled} not killed mid-stream; ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  for (const line of report.damaged) console.log(`  ${line}`);
  process.exit(report.lost === 0 && report.damaged.length === 0 && report.notKilled === 0 ? 0 : 1);
}

void main();
