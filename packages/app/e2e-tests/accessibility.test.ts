import { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { signInAsGuest } from './signIn';

/** axe-core, injected into each page as it is (no wrapper package). */
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

type Violation = {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{
    target: string[];
    any: Array<{
      data?: { fgColor?: string; bgColor?: string; contrastRatio?: number };
    }>;
  }>;
};

/** Serious and critical WCAG 2.1 A/AA violations on the page as shown. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations: Violation[] = await page.evaluate(async () => {
    const result = await (window as any).axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'],
      },
    });
    return result.violations;
  });
  return violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .map(
      v =>
        `${v.impact} ${v.id}: ${v.help} (${v.nodes
          .slice(0, 3)
          .map(n => {
            const data = n.any?.[0]?.data;
            return data?.contrastRatio
              ? `${n.target.join(' ')} ${data.fgColor} on ${data.bgColor}: ${
                  data.contrastRatio
                }`
              : n.target.join(' ');
          })
          .join('; ')})`,
    );
}

const tab = '/catalog/default/component/hotpass/devex';
const sections = [
  `${tab}`,
  `${tab}/experiments`,
  `${tab}/action-items`,
  `${tab}/calendar`,
  `${tab}/compliance`,
  `${tab}/backlog-and-risks`,
  '/devex',
  '/devex/forum',
  '/devex/experiments',
  '/devex/action-items',
  '/devex/compliance',
  '/devex/backlog-and-risks',
  '/devex/pulse',
];

for (const path of sections) {
  test(`axe-core: no serious or critical violations at ${path}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1400, height: 1000 });
    await signInAsGuest(page);
    await page.goto(path);
    await expect(page.getByRole('tablist').first()).toBeVisible();
    // the section's own requests have answered
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('axe-core: no serious or critical violations in forum mode, on every step', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1400, height: 1000 });
  await signInAsGuest(page);
  await page.goto('/devex/forum');
  // the monthly sync (the forum test runs the quarterly forum)
  await page
    .getByRole('button', { name: /^Run forum: Monthly/ })
    .first()
    .click();
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

test('axe-core: no serious or critical violations in the dark theme', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await signInAsGuest(page);
  await page.evaluate(() => localStorage.setItem('theme', 'dark'));
  const found: string[] = [];
  for (const path of [tab, '/devex']) {
    await page.goto(path);
    await expect(page.getByRole('tablist').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    found.push(...(await seriousViolations(page)).map(v => `${path}: ${v}`));
  }
  expect(found).toEqual([]);
});
