import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { BrowserType, Page } from 'playwright-core';

// The screens as a recruiter sees them: the built app in the browser host, in Chromium, on the bench's data.

export interface Screen {
  /** Where the sidebar takes the page, as the address's hash. */
  hash: string;
  /** The screen's rows: the first one in view means the screen is there. */
  row: string;
  /**
   * Run once before the screen's runs, with the host's data folder and the profile's id (its passphrase is
   * BENCH_PASSPHRASE): to change the data the screen is timed on, after the screens before it.
   */
  before?: (profile: { dataDir: string; id: string }) => Promise<void>;
}

export const PEOPLE_SCREEN: Screen = { hash: '#/people', row: 'tbody tr.clickable' };
/** The first card of any column, however the board loads them. */
export const BOARD_SCREEN: Screen = { hash: '#/pipeline', row: '.card' };

/** Each screen's times in ms, fastest first; a run whose first row never came is Infinity. */
export type ScreenTimes = { times: number[][] } | { notMeasured: string };

/** Debian's Chromium, or the one CHROMIUM_PATH names, as for the end-to-end tests. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// The same switches as the end-to-end tests: nothing in the background to compete with the page.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** The passphrase of the profile the screens are timed in. */
export const BENCH_PASSPHRASE = 'a bench passphrase for the screens';
/** A run whose first row has not come by then is counted as never. */
const GIVE_UP_MS = 60_000;

/**
 * Starts the browser host on `dataDir`, whose database from before profiles the first profile takes in, unlocks it,
 * and times each screen `runs` times after one run to warm up: from the sidebar's move to the screen until the
 * frame that draws its first row is painted. Each run starts from a fresh page load, on Settings, so nothing the
 * page kept from the run before is shown. `dist/` must hold the built host and page.
 */
export async function measureScreens(
  dataDir: string,
  screens: readonly Screen[],
  runs: number,
  progress: (message: string) => void = () => {},
): Promise<ScreenTimes> {
  if (!fs.existsSync(CHROMIUM)) return { notMeasured: 'Chromium not found' };
  // This file runs as dist/bench/bench.cjs; the host and its page are built beside it.
  const dist = path.resolve(path.dirname(process.argv[1] ?? '.'), '..');
  const serverBundle = path.join(dist, 'node', 'server.cjs');
  if (!fs.existsSync(serverBundle) || !fs.existsSync(path.join(dist, 'renderer', 'index.html')))
    return { notMeasured: 'Politely is not built (npm run build)' };
  let browserType: BrowserType;
  try {
    ({ chromium: browserType } = await import('playwright-core'));
  } catch {
    return { notMeasured: 'playwright-core is not installed (npm ci)' };
  }

  const host = await startHost(serverBundle, dataDir);
  try {
    progress('the browser host takes the data in and unlocks it');
    const { id } = await host.rpc<{ id: string }>('profiles.create', { name: 'Bench', passphrase: BENCH_PASSPHRASE });
    await host.rpc('profiles.unlock', { id, passphrase: BENCH_PASSPHRASE });
    const browser = await browserType.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
      await page.goto(host.url);
      await page.getByRole('navigation', { name: 'Main' }).waitFor();
      const times: number[][] = [];
      for (const screen of screens) {
        await screen.before?.({ dataDir, id });
        progress(`${screen.hash}: ${runs} runs after one to warm up`);
        const own: number[] = [];
        for (let run = 0; run <= runs; run++) {
          const ms = await timeScreen(page, screen);
          if (run > 0) own.push(ms);
        }
        times.push(own.sort((a, b) => a - b));
      }
      return { times };
    } finally {
      await browser.close();
    }
  } finally {
    await host.stop();
  }
}

/**
 * Runs in the page: moves to the screen and resolves with the ms until the frame drawing its first row in view has
 * been painted, or null after `giveUp` ms. Written as page source, since this program is typed without the DOM.
 */
const TIME_TO_FIRST_ROW = `({ hash, row, giveUp }) =>
  new Promise((resolve) => {
    const started = performance.now();
    const inView = () => {
      const first = document.querySelector(row);
      if (!first) return false;
      const box = first.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight;
    };
    let seen = false;
    const observer = new MutationObserver(() => {
      if (seen || !inView()) return;
      seen = true;
      observer.disconnect();
      clearTimeout(timer);
      // Laid out now; painted with the next frame, which is over by the first task after that frame's callbacks.
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started), 0));
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(null);
    }, giveUp);
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['class', 'style', 'hidden'],
    });
    window.location.hash = hash;
  })`;

async function timeScreen(page: Page, screen: Screen): Promise<number> {
  await page.evaluate('window.location.hash = "#/settings"');
  await page.reload();
  await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
  // Settings' own calls are answered before the clock starts.
  await page.waitForLoadState('networkidle');
  const args = { hash: screen.hash, row: screen.row, giveUp: GIVE_UP_MS };
  const ms = (await page.evaluate(`(${TIME_TO_FIRST_ROW})(${JSON.stringify(args)})`)) as number | null;
  return ms ?? Number.POSITIVE_INFINITY;
}

interface Host {
  url: string;
  rpc<T = unknown>(channel: string, input: unknown): Promise<T>;
  stop(): Promise<void>;
}

/** `server.cjs` as `npm run serve` starts it, on the real clock: the bench's data is dated from now. */
async function startHost(serverBundle: string, dataDir: string): Promise<Host> {
  const child: ChildProcess = spawn(process.execPath, [serverBundle, '--data-dir', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  let line: string;
  try {
    line = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout! }).once('line', resolve);
      child.once('exit', (code) => reject(new Error(`the browser host stopped before it started (exit ${code})`)));
    });
  } catch (error) {
    await stop();
    throw error;
  }
  const { url, port, token } = JSON.parse(line) as { url: string; port: number; token: string };
  return {
    url,
    async rpc<T>(channel: string, input: unknown) {
      const response = await fetch(`http://127.0.0.1:${port}/rpc/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-politely-token': token },
        body: JSON.stringify(input),
      });
      const body = (await response.json()) as { ok: boolean; value?: T; error?: { message?: string } };
      if (!body.ok) throw new Error(`${channel}: ${body.error?.message ?? 'refused'}`);
      return body.value as T;
    },
    stop,
  };
}
