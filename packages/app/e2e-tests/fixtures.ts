import { test as base } from '@playwright/test';

export { expect } from '@playwright/test';

/**
 * The instant the browser tests run at: scripts/e2e.sh starts the portal's DevEx clock there
 * (DEVEX_E2E_NOW) and each page's clock starts there too, so what the tests expect never depends
 * on the date they run on. 07:00 on Tuesday 1 December 2026 in Johannesburg by default: the
 * month's pulse-survey date.
 */
export const E2E_NOW = new Date(
  process.env.DEVEX_E2E_NOW ?? '2026-12-01T05:00:00Z',
);

/** The portal's zone (app-config.yaml `devex.timeZone`); the browser runs in it too. */
export const PORTAL_ZONE = 'Africa/Johannesburg';

/** The date `days` after E2E_NOW in the portal's zone, as `YYYY-MM-DD`. */
export function dateInDays(days: number): string {
  const instant = new Date(E2E_NOW.getTime() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: PORTAL_ZONE }).format(
    instant,
  );
}

/** Playwright's `test`, with the page's clock installed at E2E_NOW (it then runs on). */
export const test = base.extend({
  page: async ({ page }, providePage) => {
    await page.clock.install({ time: E2E_NOW });
    await providePage(page);
  },
});
