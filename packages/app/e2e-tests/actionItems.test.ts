import { dateInDays, expect, test } from './fixtures';

test('adds an action item on a component DevEx tab and still sees it after a reload', async ({
  page,
}) => {
  await page.goto('/catalog/default/component/hotpass-idp-bootstrap');
  await page
    .getByRole('navigation', { name: 'Content navigation' })
    .getByRole('link', { name: 'DevEx', exact: true })
    .click();
  await expect(page).toHaveURL(/\/devex$/);
  // the overview first; its action items tile opens the section, and back returns
  await expect(page.getByTestId('devex-overview')).toBeVisible();
  await page.getByRole('tab', { name: 'Action items' }).click();
  await expect(page).toHaveURL(/\/devex\/action-items$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/devex$/);
  // the tile is a link named by what it shows: "Open action items 3 1 overdue"
  await page.getByRole('link', { name: /^Open action items\s*\d/ }).click();
  await expect(page).toHaveURL(/\/devex\/action-items$/);

  // The demo's overdue item is there, marked as overdue.
  const demoRow = page.getByRole('row', {
    name: /Document bootstrap execute-mode guardrails/,
  });
  await expect(demoRow).toBeVisible();
  await expect(demoRow.getByTestId('due-date')).toHaveText(
    /overdue by \d+ days?/,
  );

  const title = `Publish the bootstrap rollback runbook ${Date.now()}`;
  await page.getByRole('button', { name: 'Add action item' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add action item' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Description').fill('Agreed in the monthly sync.');
  const owner = dialog.getByLabel('Owner');
  await expect(owner.locator('option', { hasText: 'QA (qa)' })).toHaveCount(1);
  await owner.selectOption('group:default/qa');
  await dialog.getByLabel('Due date').fill(dateInDays(10));
  await dialog
    .getByLabel('Source', { exact: true })
    .selectOption('monthly_sync');
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(dialog).toBeHidden();

  const row = page.getByRole('row', { name: new RegExp(title) });
  await expect(row).toBeVisible();

  await page.reload();
  await expect(
    page.getByRole('row', { name: new RegExp(title) }),
  ).toBeVisible();
  const reloaded = page.getByRole('row', { name: new RegExp(title) });
  await expect(reloaded.getByRole('link', { name: 'qa' })).toBeVisible();
  await expect(reloaded).toContainText('Monthly sync');
  await expect(reloaded.getByTestId('due-date')).toHaveText(/· in 10 days$/);

  await page.screenshot({
    path: 'e2e-test-results/devex-tab.png',
    fullPage: true,
  });
});
