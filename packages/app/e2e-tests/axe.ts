import { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

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
export async function seriousViolations(page: Page): Promise<string[]> {
  // once per document: the sections of a page are checked one after the other without a reload
  if (!(await page.evaluate(() => 'axe' in window)))
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
