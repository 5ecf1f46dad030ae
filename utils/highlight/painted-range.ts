/**
 * The range a mention is painted with: a StaticRange where the browser has one, a live Range
 * otherwise. A live Range is updated by every later change to its document, so each one a page
 * holds makes the page's own DOM changes slower: on the storm page (`npm run bench -- --only
 * storm`) the page made 4.5× more mutations with Qarina painting static ranges than live ones. A
 * static range does not follow its text: the unit of a changed text is withdrawn until its rescan
 * (viewport-ranges.ts `withdraw`, page-mentions.ts).
 */
export interface Span {
  readonly startNode: Text;
  readonly startOffset: number;
  readonly endNode: Text;
  readonly endOffset: number;
  toRange(): Range;
}

export function paintedRange(span: Span): AbstractRange {
  if (typeof StaticRange !== 'function') return span.toRange();
  return new StaticRange({
    startContainer: span.startNode,
    startOffset: span.startOffset,
    endContainer: span.endNode,
    endOffset: span.endOffset,
  });
}
