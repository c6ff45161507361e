import { Page } from '@playwright/test';

/**
 * What the page's table cells show broken across lines: a run of letters or digits split
 * ("Effor t", "in pro gre ss", "202 6") or a date that does not stand on one line
 * ("2026-12- 17"). A line may still break at a hyphen of a compound ("Supply-/chain"), as
 * typesetting does. Each finding reads `cell text: "word"`.
 */
export async function wordsBrokenInTableCells(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const onOneLine = (node: Node, start: number, end: number) => {
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      const tops = new Set(
        Array.from(range.getClientRects())
          .filter(r => r.width > 0)
          .map(r => Math.round(r.top)),
      );
      return tops.size <= 1;
    };
    for (const cell of Array.from(document.querySelectorAll('td, th'))) {
      const box = cell.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const wholes = [
          ...text.matchAll(/\d{4}-\d{2}-\d{2}/g),
          ...text.matchAll(/[\p{L}\p{N}]+/gu),
        ];
        for (const match of wholes) {
          if (!onOneLine(node, match.index!, match.index! + match[0].length))
            found.push(
              `${(cell.textContent ?? '').trim().slice(0, 60)}: "${match[0]}"`,
            );
        }
      }
    }
    return found;
  });
}
