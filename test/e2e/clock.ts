import { test as base } from '@playwright/test';

/**
 * Every end-to-end test runs at the same moment, whatever the real clock says: Tuesday
 * 10 March 2026, 07:00 for the recruiter in New York (before the 08:30 digest), midday in
 * Europe and evening in Singapore, so no contact a test makes falls in anyone's quiet hours.
 * The host starts its clock there (`--test-clock`) and the page's clock is set to match.
 */
export const E2E_NOW = '2026-03-10T11:00:00Z';
export const RECRUITER_ZONE = 'America/New_York';

/** An instant so many hours from the tests' "now". */
export const hoursFromNow = (hours: number): string => new Date(Date.parse(E2E_NOW) + hours * 3_600_000).toISOString();

export const test = base.extend({
  page: async ({ page }, use) => {
    // Installed before the first navigation, so the app never sees the real clock; it then runs on from there.
    await page.clock.install({ time: new Date(E2E_NOW) });
    await use(page);
  },
});

export { expect } from '@playwright/test';
