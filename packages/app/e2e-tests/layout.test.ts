import { expect, test } from './fixtures';
import {
  overflowingTabBars,
  textClippedWithoutEllipsis,
  wordsBrokenInTableCells,
} from './layout';

/** The layout checks themselves, on a page made to hold each fault and each lookalike that is not one. */
test('the layout checks find a broken word, a hidden tab and clipped text, and pass what only looks like them', async ({
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await page.setContent(`
    <table style="width: 30px; word-break: break-word"><tr><td>Effort 2026-12-17</td></tr></table>
    <table style="width: 300px"><tr><td>Effort 2026-12-17</td></tr></table>
    <div role="tablist" aria-label="Sections" style="display: flex; width: 200px; overflow: hidden">
      <button role="tab" style="flex: none; width: 120px">Overview</button>
      <button role="tab" style="flex: none; width: 120px">Pulse</button>
    </div>
    <div style="width: 100px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap">
      <span style="display: block">Document bootstrap execute-mode guardrails</span>
    </div>
    <div style="width: 100px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap">
      Improve mutation kill rate for quality flows
    </div>
    <div style="width: 1px; height: 1px; overflow: hidden; position: absolute">
      Opens in a new window
    </div>
    <div style="width: 100px; overflow: hidden">
      <div style="overflow-x: auto"><div style="width: 400px">A wide table that scrolls</div></div>
    </div>
  `);
  expect(await wordsBrokenInTableCells(page)).toEqual([
    'Effort 2026-12-17: "2026-12-17"',
    'Effort 2026-12-17: "Effort"',
    'Effort 2026-12-17: "2026"',
  ]);
  expect(await overflowingTabBars(page)).toEqual(['Sections: Pulse']);
  expect(await textClippedWithoutEllipsis(page)).toEqual([
    'div.: "Document bootstrap execute-mode guardrails"',
  ]);
});
