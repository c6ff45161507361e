import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * The documentation's screenshots (scripts/screenshots.sh): a newcomer's tour of a fresh demo
 * portal, written to docs/images/. Not a test suite: it runs only when the script is run.
 */
export default defineConfig({
  ...base,
  testDir: 'packages/app/screenshots',
  testMatch: '*.tour.ts',
  retries: 0,
  outputDir: 'e2e-test-results/screenshot-artifacts',
});
