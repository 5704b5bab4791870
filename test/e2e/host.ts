import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { E2E_NOW, RECRUITER_ZONE } from './clock';

export interface RunningHost {
  url: string;
  origin: string;
  port: number;
  token: string;
  /** The one-time launch address the host printed: it carries a code, good once, never the token. */
  launchUrl: string;
  dataDir: string;
  rpc<T = unknown>(channel: string, input: unknown): Promise<T>;
  stop(): Promise<void>;
}

const serverBundle = path.resolve(import.meta.dirname, '../../dist/node/server.cjs');

export const TEST_PASSPHRASE = 'a long passphrase for tests';

/**
 * The clock sweep (npm run test:clock) runs the host, and only the host, under libfaketime at the sweep's moment,
 * given as POLITELY_HOST_FAKETIME (seconds since 1970) and POLITELY_HOST_FAKETIME_LIB. This runner and Chromium
 * keep the real clock: Playwright's page clock must agree with the runner's, and Chromium hangs under libfaketime.
 */
function sweepClock(): Record<string, string> {
  const at = process.env.POLITELY_HOST_FAKETIME;
  const lib = process.env.POLITELY_HOST_FAKETIME_LIB;
  if (!at || !lib) return {};
  return { LD_PRELOAD: lib, FAKETIME: `@${at}`, FAKETIME_FMT: '%s', FAKETIME_DONT_FAKE_MONOTONIC: '1' };
}

/**
 * Starts `server.cjs` exactly as `npm run serve` does, on a fresh data folder. Unless told
 * otherwise it creates a profile and unlocks it, as a recruiter would before anything else.
 */
export async function startHost(
  options: { dataDir?: string; unlocked?: boolean; now?: string } = {},
): Promise<RunningHost> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'politely-e2e-'));
  if (!fs.existsSync(serverBundle)) throw new Error('dist/node/server.cjs is missing: build first (npm test does).');
  // The host's clock starts at the tests' fixed moment, in the recruiter's zone, whatever the machine's.
  const args = [serverBundle, '--data-dir', dataDir, '--port', '0', '--test-clock', options.now ?? E2E_NOW];
  const child: ChildProcess = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, TZ: RECRUITER_ZONE, ...sweepClock() },
  });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the host exited with ${code}`)));
  });
  const { url, port, token, launchUrl } = JSON.parse(line) as {
    url: string;
    port: number;
    token: string;
    launchUrl: string;
  };
  const origin = `http://127.0.0.1:${port}`;
  const host: RunningHost = {
    url,
    origin,
    port,
    token,
    launchUrl,
    dataDir,
    async rpc<T>(channel: string, input: unknown) {
      const response = await fetch(`${origin}/rpc/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-politely-token': token },
        body: JSON.stringify(input),
      });
      const body = (await response.json()) as { ok: boolean; value?: T; error?: unknown };
      if (!body.ok) throw new Error(`${channel}: ${JSON.stringify(body.error)}`);
      return body.value as T;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
  if (options.unlocked !== false) {
    const { id } = await host.rpc<{ id: string }>('profiles.create', {
      name: 'Test recruiter',
      passphrase: TEST_PASSPHRASE,
    });
    await host.rpc('profiles.unlock', { id, passphrase: TEST_PASSPHRASE });
  }
  return host;
}
