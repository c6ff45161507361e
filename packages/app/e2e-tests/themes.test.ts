import { expect, test } from './fixtures';

/** The relative luminance (0 black .. 1 white) of a CSS rgb() colour. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0'])
    .slice(0, 3)
    .map(v => Number(v) / 255)
    .map(c => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

for (const theme of ['light', 'dark'] as const) {
  test(`the DevEx tab and page in the ${theme} theme take the theme's colours`, async ({
    page,
  }) => {
    // Backstage keeps the chosen theme in local storage
    await page.addInitScript(
      t => window.localStorage.setItem('theme', t),
      theme,
    );
    await page.goto(
      '/catalog/default/component/hotpass-idp-bootstrap/devex/experiments',
    );
    const card = page
      .locator('div.MuiCard-root')
      .filter({ hasText: 'EXP-1 · Automated environment bootstrap' })
      .first();
    await expect(card).toBeVisible();
    const background = await card.evaluate(
      el => getComputedStyle(el).backgroundColor,
    );
    if (theme === 'dark') expect(luminance(background)).toBeLessThan(0.1);
    else expect(luminance(background)).toBeGreaterThan(0.8);
    await page.screenshot({
      path: `e2e-test-results/devex-tab-${theme}.png`,
      fullPage: true,
    });
    await page.goto('/devex/measures');
    await expect(
      page.getByRole('region', { name: 'Onboarding duration ≤ 90 min' }),
    ).toBeVisible();
    await page.screenshot({
      path: `e2e-test-results/devex-page-${theme}.png`,
      fullPage: true,
    });
  });
}
