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

/**
 * Tab bars that do not show all their tabs: a tab scrolled out of its bar (behind a scroll
 * arrow) or outside the window. Each finding names the bar and the tabs a reader cannot see.
 */
export async function overflowingTabBars(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const bar of Array.from(document.querySelectorAll('[role=tablist]'))) {
      // the box that cuts the bar off: the bar itself or the nearest one around it that does
      // not let overflow show (MUI's scroller), else the window
      let clip: Element | null = bar;
      while (clip && getComputedStyle(clip).overflowX === 'visible')
        clip = clip.parentElement;
      const frame = (clip ?? document.documentElement).getBoundingClientRect();
      if (bar.getBoundingClientRect().width === 0) continue;
      const right = Math.min(frame.right, document.documentElement.clientWidth);
      const hidden = Array.from(bar.querySelectorAll('[role=tab]'))
        .filter(tab => {
          const box = tab.getBoundingClientRect();
          return box.left < frame.left - 1 || box.right > right + 1;
        })
        .map(tab => (tab.textContent ?? '').trim());
      if (hidden.length)
        found.push(
          `${bar.getAttribute('aria-label') ?? 'tabs'}: ${hidden.join(', ')}`,
        );
    }
    return found;
  });
}

/**
 * Text cut off at its box's edge with no ellipsis to say so: an element that hides what overflows
 * it sideways (overflow hidden or clip) and is wider inside than it shows, holding text that
 * reaches past its edge, where the block that lays out that text does not end it with an
 * ellipsis (an ellipsis on an outer box does not reach a block inside it). Text hidden for
 * screen readers only (a 1 px clipped box) is not shown, so not clipped; text in a box that
 * scrolls sideways within the clipping one is reached by scrolling. Each finding reads
 * `tag.class: "its text"`.
 */
export async function textClippedWithoutEllipsis(
  page: Page,
): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const visuallyHidden = (el: Element) => {
      for (let a: Element | null = el; a; a = a.parentElement) {
        const box = a.getBoundingClientRect();
        const style = getComputedStyle(a);
        if (a.getAttribute('aria-hidden') === 'true') return true;
        if ((box.width <= 1 || box.height <= 1) && style.overflow !== 'visible')
          return true;
        if (style.clip.startsWith('rect(0')) return true;
      }
      return false;
    };
    const blockOf = (node: Node) => {
      let el = node.parentElement!;
      while (
        el.parentElement &&
        getComputedStyle(el).display.startsWith('inline')
      )
        el = el.parentElement;
      return el;
    };
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      if (!(el instanceof HTMLElement)) continue;
      const style = getComputedStyle(el);
      if (!['hidden', 'clip'].includes(style.overflowX)) continue;
      if (el.clientWidth <= 1 || el.scrollWidth <= el.clientWidth + 1) continue;
      const box = el.getBoundingClientRect();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!(node.textContent ?? '').trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const text = range.getBoundingClientRect();
        if (
          text.width === 0 ||
          (text.right <= box.right + 1 && text.left >= box.left - 1)
        )
          continue;
        const block = blockOf(node);
        const blockStyle = getComputedStyle(block);
        if (
          blockStyle.textOverflow === 'ellipsis' &&
          blockStyle.overflowX !== 'visible'
        )
          continue;
        if (visuallyHidden(node.parentElement!)) continue;
        // text in a box that scrolls sideways inside this one is reached by scrolling
        let scrolls = false;
        for (let a = node.parentElement; a && a !== el; a = a.parentElement)
          if (['auto', 'scroll'].includes(getComputedStyle(a).overflowX))
            scrolls = true;
        if (scrolls) continue;
        found.push(
          `${el.tagName.toLowerCase()}.${
            (el.className || '').toString().split(' ')[0]
          }: "${(node.textContent ?? '').trim().slice(0, 60)}"`,
        );
        break;
      }
    }
    return found;
  });
}
