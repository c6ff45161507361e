import { Page } from '@playwright/test';
import { E2E_NOW, expect, runOrResumeForum, test } from '../e2e-tests/fixtures';

/**
 * The documentation's screenshots, as a newcomer sees the demo: a fresh portal (scripts/start.sh
 * with its demo data, its clock at a fixed instant), signed in as the demo guest, nothing made
 * by a test. Forum mode is the one place the tour writes: it runs the next monthly sync as a
 * chair would, with outputs worded as a real meeting's.
 */
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `docs/images/${name}.png` });

test.use({ viewport: { width: 1400, height: 1000 } });
test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: E2E_NOW });
});

test("the DevEx tab's overview and experiments", async ({ page }) => {
  await page.goto('/catalog/default/component/hotpass/devex');
  await expect(page.getByTestId('devex-overview')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await shot(page, 'devex-tab-overview');

  await page.goto(
    '/catalog/default/component/hotpass-idp-bootstrap/devex/experiments',
  );
  await expect(
    page.getByText('EXP-1 · Automated environment bootstrap'),
  ).toBeVisible();
  await page.waitForLoadState('networkidle');
  await shot(page, 'devex-tab-experiments');
});

test("the DevEx page's overview and success measures", async ({ page }) => {
  await page.goto('/devex');
  await expect(page.getByTestId('devex-overview')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await shot(page, 'devex-page-overview');

  await page.goto('/devex/success-measures');
  await expect(page.getByText(/Onboarding/).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  await shot(page, 'devex-success-measures');
});

test('the evidence sync and its waivers', async ({ page }) => {
  await page.goto(
    '/catalog/default/component/compliance-evidence/devex/compliance',
  );
  const card = page
    .locator('div.MuiCard-root')
    .filter({ hasText: 'Evidence sync' })
    .first();
  await expect(card.getByTestId('sync-ratio')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await shot(page, 'devex-sync');
  await page
    .getByText('Waivers', { exact: true })
    .first()
    .scrollIntoViewIfNeeded();
  await shot(page, 'devex-waivers');
});

test("an experiment's feature-flag decisions", async ({ page }) => {
  await page.goto('/devex/experiments');
  await page.waitForLoadState('networkidle');
  const flags = page
    .getByRole('button', { name: 'Feature flag decisions' })
    .first();
  await flags.click();
  await page.waitForLoadState('networkidle');
  await flags.scrollIntoViewIfNeeded();
  await shot(page, 'devex-flag-decisions');
});

test('forum mode and the minutes it writes', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/devex/forum');
  const occurrence = page
    .getByTestId('forum-occurrence')
    .filter({ has: page.getByRole('button', { name: /^Run forum/ }) })
    .first();
  await runOrResumeForum(page, occurrence);

  const actionForm = page.getByRole('form', { name: 'Record action item' });
  await actionForm
    .getByLabel(/^Title/)
    .fill('Publish the QA suite cache runbook for the other pipelines');
  await actionForm.getByLabel(/^Entity/).fill('Hotpass CLI');
  await page
    .getByRole('option', { name: 'Hotpass CLI and pipeline (hotpass)' })
    .click();
  await actionForm.getByLabel(/^Owner/).selectOption({ index: 1 });
  await actionForm.getByRole('button', { name: 'Record action item' }).click();
  const recorded = page.getByRole('list', { name: 'Recorded in this forum' });
  await expect(recorded.getByTestId('forum-output')).toHaveCount(1);
  await page.waitForLoadState('networkidle');
  await shot(page, 'devex-forum-mode');

  await page.getByRole('button', { name: 'Attendees and finish' }).click();
  await page.getByLabel('Attendee', { exact: true }).selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Add attendee' }).click();
  await expect(page.getByRole('list', { name: 'Attendees' })).toBeVisible();
  await page.getByRole('button', { name: 'Finish forum' }).click();
  await expect(page.getByRole('article', { name: 'Minutes' })).toBeVisible();
  await shot(page, 'devex-forum-minutes');
});
