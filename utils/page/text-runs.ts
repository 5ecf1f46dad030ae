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

/**
 * Nodes one step of a RunWalk visits at most. A paragraph's few dozen nodes take one step; a
 * block of 100,000 inline children (a hostile page) takes dozens, each well under a slice: the
 * bench's 40,000-child block took 19 ms in one walk (issue 20).
 */
export const WALK_STEP_NODES = 4096;

/**
 * The runs directly inside `unit` (not those of nested blocks, shadow roots or frames), collected
 * in bounded steps: the walk keeps its place (the elements entered and the next child) between
 * steps, and the runs so far.
 */
export class RunWalk {
  readonly runs: TextRun[] = [];
  /** Nodes visited so far (text nodes and elements). */
  visited = 0;
  private nodes: Text[] = [];
  private offsets: number[] = [];
  private text = '';
  /** The unit and the inline elements entered, innermost last. */
  private readonly parents: Node[];
  /** The next child of the innermost parent to visit. */
  private next: Node | null;

  constructor(
    readonly unit: Node,
    private readonly options: WalkOptions = {},
    /** False for a unit not read (detached, hidden): no runs. */
    read = true,
  ) {
    this.parents = read ? [unit] : [];
    this.next = read ? unit.firstChild : null;
  }

  /** Visits up to `limit` more nodes; true when the unit's runs are all collected. */
  step(limit = WALK_STEP_NODES): boolean {
    const { parents, options } = this;
    if (parents.length === 0) return true;
    // Between two steps the page may have moved the node the walk resumes at: the unit changed,
    // and that mutation has it scanned again, so this walk ends with what it has rather than
    // wander into another part of the page.
    if (this.next !== null && this.next.parentNode !== parents.at(-1)) return this.end();
    for (let budget = limit; ;) {
      const child = this.next;
      if (child === null) {
        const left = parents.pop()!;
        if (parents.length === 0 || left.parentNode !== parents.at(-1)) return this.end();
        this.next = left.nextSibling;
        continue;
      }
      if (budget-- <= 0) return false;
      this.visited++;
      this.next = child.nextSibling;
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (data.length === 0) continue;
        this.nodes.push(child as Text);
        this.offsets.push(this.text.length);
        this.text += data;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (isBlock(el))
          this.flush(); // its own unit (frames too): a boundary here
        else if (!isWalkSkipped(el, options)) {
          parents.push(el);
          this.next = el.firstChild;
        }
      }
    }
  }

  private end(): true {
    this.parents.length = 0;
    this.next = null;
    this.flush();
    return true;
  }

  private flush(): void {
    const { nodes, offsets, text, unit } = this;
    if (nodes.length > 0 && /\S/.test(text)) this.runs.push({ unit, nodes, offsets, text });
    this.nodes = [];
    this.offsets = [];
    this.text = '';
  }
}

/** The runs directly inside `unit`, in one go (one-shot scans, tests). */
export function unitRuns(unit: Node, options: WalkOptions = {}): TextRun[] {
  const walk = new RunWalk(unit, options);
  walk.step(Infinity);
  return walk.runs;
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
