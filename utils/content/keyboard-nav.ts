/**
 * Keyboard moves between mentions: the next or previous one in document order, from the one
 * whose card is open, or — with none open — from the top of the viewport.
 */
import type { PageMention } from '../page/run-mentions';
import { compareComposed } from './composed-order';

export type Direction = 'next' | 'previous';

const compare = (a: PageMention, b: PageMention) =>
  compareComposed(a.startNode, b.startNode) || a.startOffset - b.startOffset;

export interface NavOptions {
  /** The mention's top and bottom in the viewport (a seam for tests). */
  rectOf?: (mention: PageMention) => { top: number; bottom: number };
  viewportHeight?: number;
}

/** The mention to move to, wrapping around the ends; null when there is none. */
export function pickMention(
  ordered: readonly PageMention[],
  current: PageMention | null,
  direction: Direction,
  options: NavOptions = {},
): PageMention | null {
  if (ordered.length === 0) return null;
  const first = ordered[0]!;
  const last = ordered[ordered.length - 1]!;
  if (current) {
    if (direction === 'next') return ordered.find((m) => compare(m, current) > 0) ?? first;
    return ordered.findLast((m) => compare(m, current) < 0) ?? last;
  }
  const rectOf = options.rectOf ?? ((m: PageMention) => m.toRange().getBoundingClientRect());
  const height = options.viewportHeight ?? globalThis.innerHeight ?? Infinity;
  if (direction === 'next') return ordered.find((m) => rectOf(m).top >= 0) ?? first;
  return ordered.findLast((m) => rectOf(m).bottom <= height) ?? last;
}

/** Scrolls the mention into view (its scroll containers, then the window) when it is not in it. */
export function revealMention(mention: PageMention): void {
  const view = mention.startNode.ownerDocument.defaultView;
  const range = mention.toRange();
  const rect = range.getBoundingClientRect();
  if (!view || (rect.top >= 0 && rect.bottom <= view.innerHeight && rect.bottom > rect.top)) return;
  mention.startNode.parentElement?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const after = range.getBoundingClientRect();
  if (after.top < 0 || after.bottom > view.innerHeight) {
    view.scrollBy({ top: after.top - view.innerHeight / 3, behavior: 'instant' });
  }
}
