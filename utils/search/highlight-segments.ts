/**
 * For the popup's result list: a name cut into marked and unmarked pieces, so the component
 * renders `<mark>` elements from data and never builds markup from knowledge-base text.
 */

/** A piece of a name; `marked` pieces are the part the query matched. */
export interface HighlightSegment {
  readonly text: string;
  readonly marked: boolean;
}

/**
 * Splits `text` at the half-open `ranges` (as in `SearchResult.highlight`). Ranges may come in
 * any order, overlap or reach past the text; they are clamped and merged. Concatenating the
 * segments' texts always gives back `text`; empty segments are never returned.
 */
export function highlightSegments(
  text: string,
  ranges: readonly (readonly [number, number])[],
): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  const push = (piece: string, marked: boolean) => {
    if (piece === '') return;
    const last = segments[segments.length - 1];
    if (last && last.marked === marked)
      segments[segments.length - 1] = { text: last.text + piece, marked };
    else segments.push({ text: piece, marked });
  };
  let at = 0;
  for (const [rawStart, rawEnd] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const start = Math.max(at, Math.min(rawStart, text.length));
    const end = Math.max(start, Math.min(rawEnd, text.length));
    push(text.slice(at, start), false);
    push(text.slice(start, end), true);
    at = end;
  }
  push(text.slice(at), false);
  return segments;
}
