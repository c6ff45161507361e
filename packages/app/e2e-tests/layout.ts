import { Page } from '@playwright/test';

/**
 * The words of table cells the page shows broken across lines ("Effor t", "202 6-12- 17"): for
 * each word of each visible td or th, whether its characters stand on more than one line. Each
 * finding reads `cell text: "word"`.
 */
export async function wordsBrokenInTableCells(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const cell of Array.from(document.querySelectorAll('td, th'))) {
      const box = cell.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index!);
          range.setEnd(node, match.index! + match[0].length);
          const tops = new Set(
            Array.from(range.getClientRects())
              .filter(r => r.width > 0)
              .map(r => Math.round(r.top)),
          );
          if (tops.size > 1)
            found.push(
              `${(cell.textContent ?? '').trim().slice(0, 60)}: "${match[0]}"`,
            );
        }
      }
    }
    return found;
  });
}
