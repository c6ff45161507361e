import { chromium, FullConfig } from '@playwright/test';
import { signInAsGuest } from './signIn';

/** Where the guest's signed-in browser state is kept for the run (playwright.config.ts). */
export const GUEST_STATE = 'e2e-test-results/guest-state.json';

/**
 * Signs in as the demo guest once for the whole run and keeps the browser's state: each test then
 * opens the page it is about directly (the sign-in page remembers the guest in local storage)
 * instead of loading the development bundle a second time to sign in.
 */
export default async function globalSetup(config: FullConfig) {
  const { baseURL, launchOptions } = config.projects[0].use;
  const browser = await chromium.launch(launchOptions);
  try {
    const page = await browser.newPage({ baseURL });
    await signInAsGuest(page);
    await page.context().storageState({ path: GUEST_STATE });
  } finally {
    await browser.close();
  }
}
