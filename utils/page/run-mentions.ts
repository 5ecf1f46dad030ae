/**
 * Mentions in text runs, mapped back to the DOM: each mention's two ends become (text node,
 * offset) pairs and a live Range, ready for CSS.highlights.
 */
import { findMentionsInFolded, type Mention, type MentionWindow } from '../match/find-mentions';
import type { Matcher } from '../match/matcher';
import { foldText, foldTextScratch, type FoldedText } from '../text/fold';
import { collectTextRuns, type TextRun, type WalkOptions } from './text-runs';

/** A mention on a page. */
export interface PageMention extends Omit<Mention, 'start' | 'end'> {
  /** The text as the page shows it (proclitics included). */
  text: string;
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
  /** A live range over the mention (for CSS.highlights, positioning cards). */
  range: Range;
  /** The unit (block, shadow root, frame root) the mention was found in. */
  unit: Node;
}

/** The (node, offset) of a run offset; at a node boundary, `atEnd` picks the earlier node. */
export function locate(run: TextRun, offset: number, atEnd: boolean): [Text, number] {
  const { offsets, nodes } = run;
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    const o = offsets[mid]!;
    if (o < offset || (o === offset && !atEnd)) lo = mid;
    else hi = mid - 1;
  }
  return [nodes[lo]!, offset - offsets[lo]!];
}

/** Turns a text mention of a run into a page mention. */
export function toPageMention(run: TextRun, mention: Mention): PageMention {
  const [startNode, startOffset] = locate(run, mention.start, false);
  const [endNode, endOffset] = locate(run, mention.end, true);
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  const { start, end, ...rest } = mention;
  return { ...rest, text: run.text.slice(start, end), startNode, startOffset, endNode, endOffset, range, unit: run.unit };
}

/** The mentions of one run (optionally of a window of its folded text). */
export function runMentions(
  run: TextRun,
  matcher: Matcher,
  folded: FoldedText = foldText(run.text),
  window?: MentionWindow,
): PageMention[] {
  return findMentionsInFolded(folded, matcher, window).map((m) => toPageMention(run, m));
}

/** Scans everything under `root` at once (tests, kb:try); pages use `PageScanner`. */
export function scanRoot(root: Node, matcher: Matcher, options: WalkOptions = {}): PageMention[] {
  return collectTextRuns(root, options).flatMap((run) => runMentions(run, matcher, foldTextScratch(run.text)));
}
