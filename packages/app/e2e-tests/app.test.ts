import { expect, test } from './fixtures';

test('the portal opens on the catalog with the DevEx page in the sidebar', async ({
  page,
}) => {
  await page.goto('/');
  await expect(
    page
      .getByRole('navigation', { name: 'sidebar nav' })
      .getByRole('link', { name: 'DevEx', exact: true }),
  ).toBeVisible();
  await expect(
    page.locator('h2', { hasText: 'Owned Components' }),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Hotpass CLI and pipeline' }),
  ).toBeVisible();
});
