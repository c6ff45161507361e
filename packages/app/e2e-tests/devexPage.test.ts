import { expect, test } from './fixtures';

test('the DevEx page lists my action items by default and filters the overdue ones', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: 'DevEx', exact: true })
    .click();
  await expect(page).toHaveURL(/\/devex$/);
  await page.getByRole('tab', { name: 'Action items' }).click();
  await expect(page.getByText('Action items across the portal')).toBeVisible();

  // The guest is in Platform Engineering and the guild: their items show, QA's do not.
  await expect(
    page.getByRole('row', { name: /Validate Prefect backfill guardrails/ }),
  ).toBeVisible();
  await expect(
    page.getByRole('row', { name: /Stress-test CLI progress reporting/ }),
  ).toHaveCount(0);

  await page.getByLabel('Mine (me and my groups)').uncheck();
  await expect(
    page.getByRole('row', { name: /Stress-test CLI progress reporting/ }),
  ).toBeVisible();
  // the filters are in the URL: a reload (or a shared link) keeps them
  await expect(page).toHaveURL(/\/devex\/action-items\?mine=false$/);
  await page.reload();
  await expect(page.getByLabel('Mine (me and my groups)')).not.toBeChecked();

  await page.getByLabel('Overdue only').check();
  await expect(
    page.getByRole('row', {
      name: /Document bootstrap execute-mode guardrails/,
    }),
  ).toBeVisible();
  await expect(
    page.getByRole('row', { name: /Stress-test CLI progress reporting/ }),
  ).toHaveCount(0);
  await page.getByLabel('Overdue only').uncheck();

  await page
    .getByLabel('Owner', { exact: true })
    .selectOption('group:default/qa');
  await expect(
    page.getByRole('row', { name: /Stress-test CLI progress reporting/ }),
  ).toBeVisible();
  await expect(
    page.getByRole('row', { name: /Validate Prefect backfill guardrails/ }),
  ).toHaveCount(0);
  await page.getByLabel('Owner', { exact: true }).selectOption('');

  await page.getByLabel('Mine (me and my groups)').check();
  await page.screenshot({
    path: 'e2e-test-results/devex-page.png',
    fullPage: true,
  });
});

test('the DevEx page shows every experiment grouped by status, filterable by metric family', async ({
  page,
}) => {
  await page.goto('/devex/experiments');
  const proposed = page.getByRole('region', { name: 'Proposed' });
  const planned = page.getByRole('region', { name: 'Planned' });
  await expect(proposed).toContainText(
    'EXP-4 · Automated compliance evidence export',
  );
  await expect(planned).toContainText('EXP-5 · SBOM and provenance widget');
  await page.getByLabel('Metric family').selectOption('Compliance');
  await expect(proposed).toContainText('EXP-4');
  await expect(
    page.getByText('EXP-5 · SBOM and provenance widget'),
  ).toHaveCount(0);
  await page.getByLabel('Metric family').selectOption('');
  await expect(
    page.getByText('EXP-5 · SBOM and provenance widget'),
  ).toBeVisible();
  await page.getByLabel('Metric family').scrollIntoViewIfNeeded();
  await page.screenshot({
    path: 'e2e-test-results/devex-page-experiments.png',
  });
});

test('the DevEx page shows the four success measures against their targets', async ({
  page,
}) => {
  await page.goto('/devex/measures');
  for (const title of [
    'Onboarding duration ≤ 90 min',
    'QA feedback loop ≤ 20 min (median)',
    'SPACE satisfaction ≥ 4/5 each quarter',
    '≥ 80% of remediation items synced automatically',
  ]) {
    const tile = page.getByRole('region', { name: title });
    await expect(tile).toBeVisible();
    await expect(tile.getByTestId('measure-status')).toHaveText(
      /Met|On track|At risk|Missed|No data/,
    );
    await expect(
      tile.getByRole('figure', {
        name: new RegExp(`${title.replace(/[()]/g, '.')}: \\d+ values`),
      }),
    ).toBeVisible();
  }
  await expect(
    page.getByRole('region', { name: 'Onboarding duration ≤ 90 min' }),
  ).toContainText('deadline Dec 31, 2026 (in 30 days)');

  // the chart is read point by point: hovering one shows its date and value, and so does the
  // keyboard (focus the chart, then the arrow keys); axes carry the unit, the target is labelled
  const chart = page.getByRole('figure', {
    name: /^Onboarding duration ≤ 90 min: \d+ values/,
  });
  await expect(chart.locator('.recharts-yAxis')).toContainText('min');
  await expect(chart.getByText(/^Target 90 min$/)).toBeVisible();
  await expect(chart.getByText(/^Deadline /)).toBeVisible();
  const tooltip = chart.getByTestId('chart-tooltip');
  await chart.locator('.recharts-line-dots circle').last().hover();
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(/[A-Z][a-z]{2} \d{1,2}, \d{4}/);
  await expect(tooltip).toContainText(/\d+(\.\d+)? min/);
  await page.mouse.move(0, 0);
  await expect(tooltip).toBeHidden();
  await chart.locator('svg.recharts-surface').focus();
  await page.keyboard.press('ArrowRight');
  await expect(tooltip).toBeVisible();
  await page.screenshot({
    path: 'e2e-test-results/devex-success-measures.png',
  });
});
