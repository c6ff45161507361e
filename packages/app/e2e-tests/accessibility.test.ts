import { expect, runOrResumeForum, test } from './fixtures';
import { seriousViolations } from './axe';

// Every section of the tab and the page is checked with axe in both themes by sections.test.ts;
// forum mode's steps are checked here.
test('axe-core: no serious or critical violations in forum mode, on every step', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto('/devex/forum');
  // the monthly sync (the forum test runs the quarterly forum), started early when asked
  await runOrResumeForum(
    page,
    page
      .getByTestId('forum-occurrence')
      .filter({ hasText: 'Monthly DevEx sync' })
      .first(),
  );
  const steps = page.locator('.MuiStepper-root').getByRole('button');
  await expect(steps.first()).toBeVisible();
  const found: string[] = [];
  const count = await steps.count();
  for (let i = 0; i < count; i++) {
    await steps.nth(i).click();
    await page.waitForLoadState('networkidle');
    found.push(
      ...(await seriousViolations(page)).map(v => `step ${i + 1}: ${v}`),
    );
  }
  expect(found).toEqual([]);
});
