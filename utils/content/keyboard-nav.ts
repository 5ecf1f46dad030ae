/**
 * Keyboard moves between mentions: the next or previous one in document order, from the one
 * whose card is open, or — with none open — from the top of the viewport.
 */
import type { PageMention } from '../page/run-mentions';
import { compareComposed } from '../page/composed-order';

export type Direction = 'next' | 'previous';

const compare = (a: PageMention, b: PageMention) =>
  compareComposed(a.startNode, b.startNode) || a.startOffset - b.startOffset;

type Rect = { top: number; bottom: number };

export interface NavOptions {
  /** The mention's top and bottom in the viewport (a seam for tests). */
  rectOf?: (mention: PageMention) => Rect;
  viewportHeight?: number;
}

/** How many of `ordered` come first: `before` holds for a prefix of it (binary search). */
function prefixLength(
  ordered: readonly PageMention[],
  before: (m: PageMention) => boolean,
): number {
  let lo = 0;
  let hi = ordered.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(ordered[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first laid-out rect in [from, to), read at from, from + 1, from + 2, from + 4, …, to - 1. */
function laidOutFrom(from: number, to: number, rectAt: (i: number) => Rect) {
  for (let step = 0; ; step = Math.max(1, step * 2)) {
    const index = Math.min(from + step, to - 1);
    const rect = rectAt(index);
    if (rect.bottom > rect.top) return { index, rect };
    if (index === to - 1) return undefined;
  }
}

/**
 * The index of the first laid-out rect of `count` that passes `test`, or -1. A key press must not
 * read 22,000 layouts on a 1 MB page, so this is a binary search: positions grow in document order
 * (scroll containers and positioned boxes aside, where any boundary between failing and passing is
 * a fair answer). A hidden mention (display: none) has an empty rect that says nothing about where
 * it is: a probe on one reads on to the next laid-out mention at growing steps, since hiding takes
 * whole containers and hidden mentions come in runs; a range read hidden at every step is skipped.
 */
function firstLaidOut(count: number, rectAt: (i: number) => Rect, test: (r: Rect) => boolean) {
  let lo = 0;
  let hi = count;
  let found = -1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const probe = laidOutFrom(mid, hi, rectAt);
    if (probe === undefined) {
      hi = mid;
    } else if (test(probe.rect)) {
      found = probe.index;
      hi = probe.index;
    } else {
      lo = probe.index + 1;
    }
  }
  return found;
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
    // `ordered` is sorted by `compare`: a binary search, not a comparison per mention.
    if (direction === 'next') {
      return ordered[prefixLength(ordered, (m) => compare(m, current) <= 0)] ?? first;
    }
    return ordered[prefixLength(ordered, (m) => compare(m, current) < 0) - 1] ?? last;
  }
  // With no card open: the first mention below the viewport's top, or the last above its bottom.
  const rectOf = options.rectOf ?? ((m: PageMention) => m.toRange().getBoundingClientRect());
  const height = options.viewportHeight ?? globalThis.innerHeight ?? Infinity;
  const n = ordered.length;
  if (direction === 'next') {
    const below = (r: Rect) => r.top >= 0;
    const i = firstLaidOut(n, (k) => rectOf(ordered[k]!), below);
    return i < 0 ? first : ordered[i]!;
  }
  // Searched from the end: bottoms shrink in reverse document order.
  const above = (r: Rect) => r.bottom <= height;
  const i = firstLaidOut(n, (k) => rectOf(ordered[n - 1 - k]!), above);
  return i < 0 ? last : ordered[n - 1 - i]!;
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
