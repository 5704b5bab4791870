import fs from 'node:fs';
import { lockDataFolder } from '../db/folderLock';
import { readFlag, resolveDataDir } from '../db/location';
import { Vault } from '../db/vault';
import { makeScaleProfile } from './seed';

// `npm run seed -- --people 100000 [--touches N] [--name NAME] [--data-dir DIR]`: a sample profile
// at scale, to feel how Politely behaves with a big agency's data. It opens from the profile
// picker with one click, like the sample agency, and is removed the same way.
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const people = wholeNumber(argv, '--people', 100_000, 2);
  const touches = wholeNumber(argv, '--touches', people * 10, 0);
  const name = readFlag(argv, '--name') ?? `Scale sample (${people.toLocaleString('en-US')} people)`;
  const dataDir = resolveDataDir(argv);

  fs.mkdirSync(dataDir, { recursive: true });
  // Politely must be closed: one writer per data folder.
  const release = lockDataFolder(dataDir);
  try {
    const started = performance.now();
    console.log(
      `Filling “${name}” with ${people.toLocaleString('en-US')} people and ${touches.toLocaleString('en-US')} contacts…`,
    );
    await makeScaleProfile(new Vault(dataDir), { name, people, touches, now: new Date() }, (m) =>
      console.log(`  ${m}`),
    );
    console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    console.log(
      `\n“${name}” is in ${dataDir}. Start Politely and choose it in the profile picker: like the sample agency, it opens without a passphrase.`,
    );
  } finally {
    release();
  }
}

function wholeNumber(argv: readonly string[], flag: string, fallback: number, least: number): number {
  const raw = readFlag(argv, flag);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < least || value > 10_000_000)
    throw new Error(`${flag} must be a whole number from ${least} to 10,000,000, not "${raw}".`);
  return value;
}

main().catch((error: unknown) => {
  console.error(`politely seed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
