import {
  APIRequestContext,
  test as base,
  expect,
  Locator,
  Page,
  request as playwrightRequest,
} from '@playwright/test';

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

/** The backend of the portal under test (scripts/e2e.sh). */
export const BACKEND_URL =
  process.env.DEVEX_E2E_BACKEND_URL ?? 'http://localhost:7017';

/** The date `days` after E2E_NOW in the portal's zone, as `YYYY-MM-DD`. */
export function dateInDays(days: number): string {
  const instant = new Date(E2E_NOW.getTime() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: PORTAL_ZONE }).format(
    instant,
  );
}

/**
 * A name no earlier run against the same portal used: tests that write make their own records,
 * so they pass in any order, twice in a row and when retried.
 */
export function unique(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.floor(
    Math.random() * 1296,
  ).toString(36)}`.toUpperCase();
}

/**
 * Playwright's `test`, with the page's clock installed at E2E_NOW (it then runs on), and `devexApi`:
 * the DevEx API as the demo guest, for the records a test makes before it looks at them.
 */
export const test = base.extend<{ devexApi: APIRequestContext }>({
  page: async ({ page }, providePage) => {
    await page.clock.install({ time: E2E_NOW });
    await providePage(page);
  },
  devexApi: async ({}, provideApi) => {
    const auth = await playwrightRequest.newContext({ baseURL: BACKEND_URL });
    const refresh = await auth.post('/api/auth/guest/refresh', { data: {} });
    const { backstageIdentity } = await refresh.json();
    await auth.dispose();
    const api = await playwrightRequest.newContext({
      baseURL: `${BACKEND_URL}/api/devex/`,
      extraHTTPHeaders: { Authorization: `Bearer ${backstageIdentity.token}` },
    });
    await provideApi(api);
    await api.dispose();
  },
});

/**
 * Opens forum mode for an occurrence of the forum list: runs it (saying "Start now" when the
 * portal asks about starting before its time) or resumes it when it is already running.
 */
export async function runOrResumeForum(page: Page, occurrence: Locator) {
  await occurrence
    .getByRole('button', { name: /^(Run|Resume) forum/ })
    .first()
    .click();
  const early = page.getByRole('dialog', { name: 'Start this forum early?' });
  const firstStep = page.getByRole('heading', { name: /^Step 1 of/ });
  await expect(early.or(firstStep)).toBeVisible();
  if (await early.isVisible())
    await early.getByRole('button', { name: 'Start now' }).click();
  await expect(firstStep).toBeVisible();
}
