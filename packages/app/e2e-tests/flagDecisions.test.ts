import { expect, test, unique } from './fixtures';

test("records a feature-flag decision on an experiment and sees it, with the demo's earlier one, after a reload", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto('/catalog/default/component/hotpass/devex/experiments');

  const card = page
    .locator('div.MuiCard-root')
    .filter({ hasText: 'EXP-2 · Parallel local QA' })
    .first();
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: /Feature flag decisions/ }).click();
  const decisions = card.getByRole('list', { name: 'Feature flag decisions' });
  // the demo's decision from the monthly sync; the demo has no flag service to read
  await expect(decisions).toContainText('PARALLEL_QA in staging: off → 25%');
  await expect(decisions).toContainText('Live state not read yet');
  // the state the newest decision left the flag in (an earlier run may have moved it on)
  const staging = decisions
    .getByRole('listitem')
    .filter({ hasText: 'PARALLEL_QA in staging' });
  const latest = (await staging.first().textContent())!;
  const from = latest.match(/PARALLEL_QA in staging: \S+ → (on|off|\d+%)/)![1];
  const to = from === '50%' ? '75%' : '50%';

  await card.getByRole('button', { name: 'Record flag decision' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record flag decision' });
  await expect(dialog.getByLabel('Feature flag')).toHaveValue('PARALLEL_QA');
  await dialog.getByLabel('Environment').fill('staging');
  await dialog.getByLabel('From state').fill(from);
  await dialog.getByLabel('To state').fill('150%');
  await expect(
    dialog.getByText('on, off or a percentage such as 25%'),
  ).toBeVisible();
  await expect(
    dialog.getByRole('button', { name: 'Record decision' }),
  ).toBeDisabled();
  await dialog.getByLabel('To state').fill(to);
  const reason = `Pilot halved the loop for a quarter of runs (${unique(
    'run',
  )})`;
  await dialog.getByLabel('Reason').fill(reason);
  await dialog.getByRole('button', { name: 'Record decision' }).click();
  await expect(dialog).toBeHidden();
  await expect(staging.first()).toContainText(
    `PARALLEL_QA in staging: ${from} → ${to}`,
  );
  await expect(staging.first()).toContainText(reason);
  // the earlier decision for the same flag and environment is superseded
  await expect(staging.nth(1)).toContainText('Superseded');
  await page.screenshot({ path: 'e2e-test-results/devex-flag-decisions.png' });

  await page.reload();
  const reloaded = page
    .locator('div.MuiCard-root')
    .filter({ hasText: 'EXP-2 · Parallel local QA' })
    .first();
  await reloaded
    .getByRole('button', { name: /Feature flag decisions/ })
    .click();
  await expect(
    reloaded
      .getByRole('list', { name: 'Feature flag decisions' })
      .getByRole('listitem')
      .first(),
  ).toContainText(reason);
});
