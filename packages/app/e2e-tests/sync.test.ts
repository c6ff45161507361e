import { expect, test } from './fixtures';

test('shows the evidence sync ratio against its target and drills down into the items not synced automatically', async ({
  page,
}) => {
  await page.goto(
    '/catalog/default/component/compliance-evidence/devex/compliance',
  );
  const card = page
    .locator('div.MuiCard-root')
    .filter({ hasText: 'Evidence sync' })
    .first();
  await expect(card.getByTestId('sync-ratio')).toHaveText(/^\d+%$/);
  await expect(card).toContainText(
    /\d+ of \d+ synced automatically · target 80%/,
  );
  await expect(
    card.getByRole('meter', {
      name: 'Synced automatically against the target',
    }),
  ).toBeVisible();

  const drill = card.getByRole('region', {
    name: 'Items not synced automatically',
  });
  const row = (id: string) => drill.getByRole('row', { name: new RegExp(id) });
  // POPIA-003's DSAR evidence is past its one-year retention; POPIA-002 has no evidence at all
  await expect(row('POPIA-003')).toContainText('Stale');
  await expect(row('POPIA-003')).toContainText('DSAR runbook and logs');
  await expect(row('POPIA-002')).toContainText(
    'No evidence record names POPIA-002',
  );
  await expect(row('ISO27001-004')).toContainText('Synced by hand');
  // the drill-down is searchable
  await drill.getByPlaceholder('Filter').fill('POPIA-002');
  await expect(row('POPIA-002')).toBeVisible();
  await expect(row('POPIA-003')).toHaveCount(0);
  await drill.getByPlaceholder('Filter').fill('');
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'e2e-test-results/devex-sync.png' });

  await page.goto('/devex/compliance');
  await expect(
    page.getByRole('table', { name: 'Sync ratio by owner group' }),
  ).toContainText('Platform Engineering');
});
