/**
 * Real-layout reads of the open hover card for the overflow tests: the body's scroll state, the
 * box the card actually shows (inside its border and the body's scrollport), the last line of the
 * body's text and what is painted on it, and the "More below" cue.
 */
import type { Page } from '@playwright/test';

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface CardGeometry {
  scrollTop: number;
  clientHeight: number;
  scrollHeight: number;
  /** The card's visible box: inside its border, and within the body's scrollport vertically. */
  visible: Box;
  /** The last line box of the body's last text. */
  lastLine: Box;
  /** The border box of the element holding that text (a chip, a link). */
  lastElement: Box;
  /** The element painted at the middle of the last line belongs to that text. */
  lastLineOnTop: boolean;
  /** The cue's fade box and its button's box, when shown. */
  fade: Box | null;
  button: Box | null;
  fontSize: string;
}

export function cardGeometry(page: Page): Promise<CardGeometry> {
  return page.evaluate(() => {
    const root = document.querySelector('qarina-ui')!.shadowRoot!;
    const card = root.querySelector<HTMLElement>('.qarina-card')!;
    const body = root.querySelector<HTMLElement>('.qc-body')!;
    const box = (r: DOMRect | undefined) =>
      r ? { top: r.top, bottom: r.bottom, left: r.left, right: r.right } : null;
    const c = card.getBoundingClientRect();
    const b = body.getBoundingClientRect();
    const style = getComputedStyle(card);
    const px = (v: string) => parseFloat(v) || 0;
    const visible = {
      top: Math.max(c.top + px(style.borderTopWidth), b.top),
      bottom: Math.min(c.bottom - px(style.borderBottomWidth), b.top + body.clientHeight),
      left: c.left + px(style.borderLeftWidth),
      right: c.right - px(style.borderRightWidth),
    };
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    let last: Text | null = null;
    while (walker.nextNode())
      if ((walker.currentNode as Text).data.trim()) last = walker.currentNode as Text;
    const range = document.createRange();
    range.selectNodeContents(last!);
    const lines = [...range.getClientRects()].filter((r) => r.width > 0);
    const line = lines[lines.length - 1]!;
    const holder = last!.parentElement!.closest('button, a, li, p') ?? last!.parentElement!;
    const hit = root.elementFromPoint(line.left + line.width / 2, line.top + line.height / 2);
    return {
      scrollTop: body.scrollTop,
      clientHeight: body.clientHeight,
      scrollHeight: body.scrollHeight,
      visible,
      lastLine: box(line)!,
      lastElement: box(holder.getBoundingClientRect())!,
      lastLineOnTop: hit !== null && (holder.contains(hit) || hit.contains(holder)),
      fade: box(root.querySelector('.qc-more')?.getBoundingClientRect()),
      button: box(root.querySelector('.qc-more-button')?.getBoundingClientRect()),
      fontSize: style.fontSize,
    };
  });
}

/** Whether `inner` lies inside `outer`, allowing half a pixel for sub-pixel positions. */
export function inside(inner: Box, outer: Box): boolean {
  const e = 0.5;
  return (
    inner.top >= outer.top - e &&
    inner.bottom <= outer.bottom + e &&
    inner.left >= outer.left - e &&
    inner.right <= outer.right + e
  );
}

/** Waits until the card's body stops moving (the cue scrolls smoothly). */
export async function settledScrollTop(page: Page): Promise<number> {
  const read = () =>
    page.evaluate(
      () => document.querySelector('qarina-ui')!.shadowRoot!.querySelector('.qc-body')!.scrollTop,
    );
  let previous = await read();
  for (;;) {
    await page.waitForTimeout(150);
    const now = await read();
    if (now === previous) return now;
    previous = now;
  }
}
