import { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Opens a path and counts the requests to the DevEx backend until its overview is complete. */
async function devexRequestsToOverview(page: Page, path: string) {
  const requests: string[] = [];
  page.on('request', r => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/api/devex/'))
      requests.push(`${r.method()} ${url.pathname}${url.search}`);
  });
  await page.goto(path);
  const overview = page.getByTestId('devex-overview');
  await expect(overview).toBeVisible();
  await expect(overview.getByText(/Experiments/).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  return { requests, overview };
}

test.use({ viewport: { width: 1400, height: 1000 } });

test("the DevEx tab's first view takes at most 3 requests to the DevEx backend and fits one screen", async ({
  page,
}) => {
  const { requests, overview } = await devexRequestsToOverview(
    page,
    '/catalog/default/component/hotpass/devex',
  );
  expect(requests.length, requests.join('\n')).toBeLessThanOrEqual(3);
  expect(requests).toContain(
    'GET /api/devex/summary?entityRef=component%3Adefault%2Fhotpass',
  );
  const bottom = await overview.evaluate(
    el => el.getBoundingClientRect().bottom + window.scrollY,
  );
  expect(bottom).toBeLessThanOrEqual(1000);
  await page.screenshot({ path: 'e2e-test-results/devex-tab-overview.png' });
});

test("the DevEx page's first view takes at most 3 requests to the DevEx backend", async ({
  page,
}) => {
  const { requests } = await devexRequestsToOverview(page, '/devex');
  expect(requests.length, requests.join('\n')).toBeLessThanOrEqual(3);
  expect(requests).toContain('GET /api/devex/summary');
  await page.screenshot({ path: 'e2e-test-results/devex-page-overview.png' });
});
