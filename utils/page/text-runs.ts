/**
 * Text runs: the text of a block, as the reader sees it flow, split at block boundaries, with
 * the text nodes it came from so that offsets map back to (node, offset) pairs.
 *
 * The page is divided into "units": block elements, shadow roots and documents. A unit's runs
 * are the inline text directly inside it (nested blocks are their own units), so a changed
 * paragraph can be rescanned alone.
 */
import { isBlock, isNotRendered, isWalkSkipped, type WalkOptions } from './dom-rules';
import { unitsIn } from './units';

/** A stretch of inline text that a mention may span. */
export interface TextRun {
  /** The unit (block element, shadow root or document element) the run belongs to. */
  unit: Node;
  /** The text nodes, in order. */
  nodes: Text[];
  /** Offset of each node's first character in `text`. */
  offsets: number[];
  /** The concatenated text of `nodes`. */
  text: string;
}

/** The runs directly inside `unit` (not those of nested blocks, shadow roots or frames). */
export function unitRuns(unit: Node, options: WalkOptions = {}): TextRun[] {
  const runs: TextRun[] = [];
  let nodes: Text[] = [];
  let offsets: number[] = [];
  let text = '';
  const flush = () => {
    if (nodes.length > 0 && /\S/.test(text)) runs.push({ unit, nodes, offsets, text });
    nodes = [];
    offsets = [];
    text = '';
  };
  const walk = (parent: Node) => {
    for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (data.length === 0) continue;
        nodes.push(child as Text);
        offsets.push(text.length);
        text += data;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (isBlock(el)) flush(); // its own unit (frames too): a boundary here
        else if (!isWalkSkipped(el, options)) walk(el);
      }
    }
  };
  walk(unit);
  flush();
  return runs;
}

export type { WalkOptions };

/** Every run inside `root`, unit by unit (for one-shot scans: tests, kb:try). */
export function collectTextRuns(root: Node, options: WalkOptions = {}): TextRun[] {
  const runs: TextRun[] = [];
  for (const unit of unitsIn(root, options)) {
    // unitsIn leaves the rendered test of a leaf unit to its scan: this is that scan.
    if (unit.nodeType === 1 && isNotRendered(unit as Element, options)) continue;
    runs.push(...unitRuns(unit, options));
  }
  if (root.nodeType === 1 && !isBlock(root as Element)) runs.unshift(...unitRuns(root, options));
  return runs;
}
