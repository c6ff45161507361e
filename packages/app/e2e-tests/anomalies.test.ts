import { Page } from '@playwright/test';
import { expect, runOrResumeForum, test } from './fixtures';

/** Opens a portal path, entering as the guest again when the reload asks for it. */
async function open(page: Page, path: string) {
  await page.goto(path);
  const enter = page.getByRole('button', { name: 'Enter' });
  const catalog = page.getByRole('link', { name: 'Catalog', exact: true });
  await expect(enter.or(catalog).first()).toBeVisible();
  if (await enter.isVisible()) await enter.click();
  await expect(catalog.first()).toBeVisible();
}

const DEMO_ANOMALY =
  /Prefect flow success rate median .* this week, .* MADs below its 8-week baseline of .*%/;

test("the demo's telemetry anomaly is on the DevEx page, on its entity's tab and in the monthly sync's anomaly step", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await open(page, '/devex');
  const card = page
    .getByTestId('devex-overview')
    .getByRole('article', { name: DEMO_ANOMALY });
  await expect(card).toBeVisible();
  await expect(card).toContainText(/prefect/i);
  await page.screenshot({ path: 'e2e-test-results/devex-anomalies.png' });

  await open(page, '/catalog/default/component/prefect-pipelines/devex');
  await expect(page.getByRole('article', { name: DEMO_ANOMALY })).toBeVisible();

  // forum mode's monthly sync puts it in front of the room in its anomaly step
  await open(page, '/devex/forum');
  const sync = page
    .getByTestId('forum-occurrence')
    .filter({ hasText: 'Surface telemetry anomalies' })
    .filter({ has: page.getByRole('button', { name: /^(Run|Resume) forum/ }) })
    .first();
  await expect(sync).toBeVisible();
  await runOrResumeForum(page, sync);
  await page
    .getByRole('button', { name: /Surface telemetry anomalies/ })
    .first()
    .click();
  await expect(page.getByRole('article', { name: DEMO_ANOMALY })).toBeVisible();
  // and, beside every step, the action item form to take it up
  await expect(
    page.getByRole('form', { name: 'Record action item' }).first(),
  ).toBeVisible();
  await page.screenshot({ path: 'e2e-test-results/devex-forum-anomalies.png' });
});
