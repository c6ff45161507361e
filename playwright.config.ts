import { defineConfig } from '@playwright/test';
import chromium from './scripts/chromium';

/**
 * Browser tests against the portal as `scripts/start.sh` runs it (see scripts/e2e.sh, which
 * starts it when it is not already up). Chromium is Debian's, not a Playwright download.
 */
export default defineConfig({
  testDir: 'packages/app/e2e-tests',
  timeout: 90_000,
  expect: { timeout: 30_000 },
  forbidOnly: !!process.env.CI,
  // every test makes the data it looks at, so a retry against the same portal is honest
  retries: process.env.CI ? 1 : 0,
  globalSetup: './packages/app/e2e-tests/globalSetup.ts',
  workers: 1,
  reporter: [['list']],
  outputDir: 'e2e-test-results/artifacts',
  use: {
    baseURL: process.env.PLAYWRIGHT_URL ?? 'http://localhost:3017',
    // the portal's zone (app-config.yaml devex.timeZone), so the browser's "today" is the portal's
    timezoneId: 'Africa/Johannesburg',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: chromium,
    // signed in as the demo guest once, by globalSetup
    storageState: 'e2e-test-results/guest-state.json',
  },
});
