import type { HighlightSegment } from '../../utils/search/highlight-segments';

/** Props of {@link MarkedText}. */
export interface MarkedTextProps {
  segments: readonly HighlightSegment[];
}

/** Text with the matched pieces in `<mark>`; knowledge-base text stays text, never markup. */
export function MarkedText({ segments }: MarkedTextProps) {
  return (
    <>
      {segments.map((segment, i) =>
        segment.marked ? <mark key={i}>{segment.text}</mark> : segment.text,
      )}
    </>
  );
}
