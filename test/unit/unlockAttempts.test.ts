import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ATTEMPTS_FILE } from '../../db/unlockAttempts';
import { SCRYPT_COST, Vault } from '../../db/vault';
import { tempDir } from './helpers';

const FAST = { N: 2 ** 10, r: 8, p: 1 };
const PASS = 'correct horse battery staple';
const START = Date.parse('2026-03-02T09:00:00Z');

/** A vault on `dir` with a clock the test moves; a second one on the same folder is Politely started again. */
function vaults(dir = tempDir(), cost = FAST) {
  let now = START;
  const make = () => new Vault(dir, cost, () => new Date(now));
  return { dir, make, advance: (ms: number) => (now += ms) };
}

/** What a guess answered: opened, wrong, or told to wait (and how long). */
async function outcome(attempt: Promise<unknown>): Promise<string> {
  try {
    const db = await attempt;
    (db as { close?: () => void } | undefined)?.close?.();
    return 'opened';
  } catch (error) {
    const message = (error as Error).message;
    const wait = /Wait (\d+) seconds?/.exec(message);
    if (wait) return `wait ${wait[1]}`;
    if (/does not open/.test(message)) return 'wrong';
    throw error;
  }
}

async function wrongGuesses(vault: Vault, id: string, n: number): Promise<void> {
  for (let i = 0; i < n; i++) expect(await outcome(vault.open(id, `wrong guess number ${i}`))).toBe('wrong');
}

const counted = (dir: string, id: string) =>
  JSON.parse(fs.readFileSync(path.join(dir, 'profiles', id, ATTEMPTS_FILE), 'utf8')) as {
    passphrase: { failures: number };
    recovery: { failures: number };
  };

describe('unlock guesses', () => {
  it('tries exactly one of 10 guesses sent together after the wait', async () => {
    const v = vaults();
    const vault = v.make();
    const { id } = await vault.create('Sam', PASS);
    await wrongGuesses(vault, id, 5);
    v.advance(2_000);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => outcome(vault.open(id, `parallel guess ${i}`))),
    );
    expect(answers.filter((a) => a === 'wrong')).toHaveLength(1);
    expect(answers.filter((a) => a === 'wait 4')).toHaveLength(9);
    expect(counted(v.dir, id).passphrase.failures).toBe(6);
  });

  it('runs 10 correct passphrases sent together one at a time, and each opens', async () => {
    const v = vaults();
    const vault = v.make();
    const { id } = await vault.create('Sam', PASS);
    await wrongGuesses(vault, id, 5);
    v.advance(2_000);
    const answers = await Promise.all(Array.from({ length: 10 }, () => outcome(vault.open(id, PASS))));
    // One at a time: the first clears the count, so each after it is a fresh first guess.
    expect(answers).toEqual(Array.from({ length: 10 }, () => 'opened'));
    expect(counted(v.dir, id).passphrase.failures).toBe(0);
  });

  it('keeps the count on disk: Politely started again still makes the next guess wait', async () => {
    const v = vaults();
    const first = v.make();
    const { id } = await first.create('Sam', PASS);
    await wrongGuesses(first, id, 5);
    const restarted = v.make();
    expect(await outcome(restarted.open(id, PASS))).toBe('wait 2');
    v.advance(2_000);
    expect(await outcome(restarted.open(id, PASS))).toBe('opened');
  });

  it('counts a guess before its key derivation runs, so one cut short still counts', async () => {
    const v = vaults(tempDir(), SCRYPT_COST);
    const vault = v.make();
    const { id } = await vault.create('Sam', PASS);
    const guess = vault.open(id, 'a guess that is still being derived');
    // scrypt at the real cost takes far longer than a turn of the event loop.
    await new Promise((resolve) => setImmediate(resolve));
    expect(counted(v.dir, id).passphrase.failures).toBe(1);
    expect(await outcome(guess)).toBe('wrong');
  });

  it('gives the recovery key its own count', async () => {
    const v = vaults();
    const vault = v.make();
    const { id, recoveryKey } = await vault.create('Sam', PASS);
    for (let i = 0; i < 5; i++)
      await expect(
        vault.recover(id, `AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHH${i}`, 'a new long passphrase'),
      ).rejects.toThrow(/recovery key does not open/);
    await expect(vault.recover(id, recoveryKey, 'a new long passphrase')).rejects.toThrow(
      /Too many wrong recovery keys\. Wait 2 seconds/,
    );
    // Wrong recovery keys do not hold up the passphrase, and wrong passphrases not the recovery key.
    expect(await outcome(vault.open(id, PASS))).toBe('opened');
    await wrongGuesses(vault, id, 5);
    expect(await outcome(vault.open(id, PASS))).toBe('wait 2');
    v.advance(2_000);
    await vault.recover(id, recoveryKey, 'a new long passphrase');
    expect(counted(v.dir, id)).toMatchObject({ passphrase: { failures: 0 }, recovery: { failures: 0 } });
    expect(await outcome(vault.open(id, 'a new long passphrase'))).toBe('opened');
  });

  it('takes a damaged count file for the longest wait, not for none, and lets a guess through after it', async () => {
    const v = vaults();
    const vault = v.make();
    const { id } = await vault.create('Sam', PASS);
    fs.writeFileSync(path.join(v.dir, 'profiles', id, ATTEMPTS_FILE), '{"version":1,"passphrase":');
    expect(await outcome(vault.open(id, PASS))).toBe('wait 300');
    v.advance(299_000);
    expect(await outcome(vault.open(id, PASS))).toBe('wait 1');
    v.advance(1_000);
    expect(await outcome(vault.open(id, PASS))).toBe('opened');
  });

  it('says when the wait ends, as seconds and as a moment by the vault clock, so a screen can count down', async () => {
    const v = vaults();
    const vault = v.make();
    const { id } = await vault.create('Sam', PASS);
    await wrongGuesses(vault, id, 5);
    v.advance(1_400);
    const waitOf = async (attempt: Promise<unknown>) => {
      const error = await attempt.then(
        () => undefined,
        (e: unknown) => e,
      );
      return (error as { details?: unknown } | undefined)?.details;
    };
    // The fifth wrong guess was counted at START; the wait of 2 s ends 2 s after it, not 2 s after this try.
    expect(await waitOf(vault.open(id, PASS))).toEqual({ retryAfterSeconds: 1, retryAt: '2026-03-02T09:00:02.000Z' });
    expect(await waitOf(vault.recover(id, 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH', 'a new long passphrase'))).toEqual(
      undefined,
    );
    v.advance(600);
    await wrongGuesses(vault, id, 1);
    v.advance(1_000);
    expect(await waitOf(vault.open(id, PASS))).toEqual({ retryAfterSeconds: 3, retryAt: '2026-03-02T09:00:06.000Z' });
  });

  it('never asks for a wait longer than five minutes, even with the clock set back', async () => {
    const v = vaults();
    const vault = v.make();
    const { id } = await vault.create('Sam', PASS);
    await wrongGuesses(vault, id, 5);
    v.advance(-86_400_000);
    expect(await outcome(vault.open(id, PASS))).toBe('wait 2');
  });
});
