import { defineConfig } from '@playwright/test';
import { RECRUITER_ZONE } from './test/e2e/clock';

// Chromium hangs under libfaketime, so it never starts under it, even when this runner does: its
// pages' clock is set by the tests (test/e2e/clock.ts). The clock sweep fakes the host's clock alone.
const browserEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => name !== 'LD_PRELOAD' && !name.startsWith('FAKETIME')),
);

// Browser mode in the system's Chromium (Playwright's own browser download is not used).
export default defineConfig({
  testDir: 'test/e2e',
  tsconfig: './test/e2e/tsconfig.json',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: 0,
  outputDir: '.test-results/playwright-artifacts',
  use: {
    // The page lives where the host does (see test/e2e/clock.ts), whatever the machine's own zone.
    timezoneId: RECRUITER_ZONE,
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
    screenshot: 'only-on-failure',
    launchOptions: {
      env: browserEnv,
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'browser-mode', testMatch: /browser\/.*\.spec\.ts/ },
    { name: 'electron', testMatch: /electron\.spec\.ts/ },
  ],
});
