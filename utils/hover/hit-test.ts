/**
 * Which mention is under the pointer: the caret position at the point (the browser's
 * caretPositionFromPoint, looking into the shadow roots that hold mentions, or
 * caretRangeFromPoint), then the mention at that text position, confirmed against the
 * mention's client rects — the caret snaps to the nearest character, so a pointer beside the
 * text (past the end of a line, in a margin) must not count — and against what covers it: a
 * hit test falls through inert elements the reader sees above the text (./top-layer.ts).
 */
import type { PageMention } from '../page/run-mentions';
import type { MentionIndex } from '../page/mention-index';

export interface CaretPoint {
  node: Node;
  offset: number;
}

/** Finds the caret position at a viewport point (a seam: happy-dom has no caret APIs). */
export type CaretFinder = (
  doc: Document,
  x: number,
  y: number,
  shadowRoots: readonly ShadowRoot[],
) => CaretPoint | null;

type CaretDocument = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: readonly ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The browser's caret finder. */
export const browserCaret: CaretFinder = (doc, x, y, shadowRoots) => {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const position = d.caretPositionFromPoint(x, y, { shadowRoots: [...shadowRoots] });
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = d.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
};

/** The rects a mention occupies (a seam: happy-dom's ranges have no geometry). */
export type RectsOf = (mention: PageMention) => ArrayLike<DOMRectReadOnly>;

export const rangeRects: RectsOf = (mention) => mention.toRange().getClientRects();

/** The rect of `rects` containing the point (with `slop` px of tolerance), if any. */
export function rectAt(
  rects: ArrayLike<DOMRectReadOnly>,
  x: number,
  y: number,
  slop = 0.5,
): DOMRectReadOnly | undefined {
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (r.width === 0 && r.height === 0) continue;
    if (x >= r.left - slop && x <= r.right + slop && y >= r.top - slop && y <= r.bottom + slop)
      return r;
  }
  return undefined;
}

/** Whether the text at a caret position is hidden under something else at the point. */
export type CoveredAt = (node: Node, x: number, y: number) => boolean;

/**
 * The mentions at a caret position inside a mention the index found there: that mention, then
 * the names inside it containing the position, longest first (PageMentions.at).
 */
export type NestedAt = (mention: PageMention, node: Node, offset: number) => PageMention[];

export interface HitTestOptions {
  caret?: CaretFinder;
  rects?: RectsOf;
  covered?: CoveredAt;
  /** Names inside names (issue 15, family 6): without it, the outermost mention is the answer. */
  nested?: NestedAt;
}

/**
 * The mention under the viewport point (x, y) of `doc`, or null: the innermost name there (China
 * in «China–Kazakhstan relations»), whose chain leads to the outermost one (inner-mentions.ts).
 */
export function mentionAtPoint(
  index: MentionIndex,
  doc: Document,
  x: number,
  y: number,
  options: HitTestOptions = {},
): PageMention | null {
  if (index.size === 0) return null;
  const { caret = browserCaret, rects = rangeRects, covered, nested } = options;
  const point = caret(doc, x, y, index.shadowRoots());
  if (!point) return null;
  for (const mention of index.at(point.node, point.offset)) {
    if (!rectAt(rects(mention), x, y)) continue;
    if (covered?.(point.node, x, y)) return null;
    const at = nested?.(mention, point.node, point.offset) ?? [];
    for (let i = at.length - 1; i > 0; i--) if (rectAt(rects(at[i]!), x, y)) return at[i]!;
    return mention;
  }
  return null;
}
