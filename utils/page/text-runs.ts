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
 * block of 100,000 inline children (a hostile page) takes hundreds, each well under a slice. Not
 * 4,096: on the bench's wide page (150,000 spans) such a step took 19–26 ms, 48 ms under load
 * (traced, 6 December night: the wrappers of the nodes it passes, and their visibility), a slice
 * of twice its budget from one step (issue 18 goal 3).
 */
export const WALK_STEP_NODES = 1024;

/**
 * A run's text as the walk appends its nodes' data, joined once a step (`seal`) and once at its
 * end (`take`). Why not `text += data`: that builds a string of one piece a node, and whatever
 * reads it first flattens all the pieces at once. For a block of 150,000 spans that was the first
 * step of the unit's fold (PieceFold's first `slice`): 15–31 ms in one step (traced on the bench's
 * wide page, 6 December night). Joined a step at a time, the final join meets one part a step.
 */
export class TextParts {
  /** Earlier steps' text, each one flat string. */
  readonly parts: string[] = [];
  /** Characters appended so far. */
  length = 0;
  private readonly pieces: string[] = [];

  append(data: string): void {
    this.pieces.push(data);
    this.length += data.length;
  }

  /** Joins this step's pieces into one part. */
  seal(): void {
    const { pieces } = this;
    if (pieces.length === 0) return;
    this.parts.push(pieces.length === 1 ? pieces[0]! : pieces.join(''));
    pieces.length = 0;
  }

  /** The whole text, one flat string; the parts start again empty. */
  take(): string {
    this.seal();
    const { parts } = this;
    const text = parts.length === 1 ? parts[0]! : parts.join('');
    parts.length = 0;
    this.length = 0;
    return text;
  }
}

/**
 * The runs directly inside `unit` (not those of nested blocks, shadow roots or frames), collected
 * in bounded steps: the walk keeps its place (the elements entered and the next child) between
 * steps, and the runs so far.
 *
 * The scanner keeps one walk and `restart`s it for each unit. Why: a walk a unit was the walk,
 * its `TextParts`, their two arrays, the parents' array and two node arrays, all garbage a unit
 * later (part of the 3–6 MB of the walk's garbage a 5 MB scan, README "Per-unit tables and the
 * walk's garbage"). Only what a unit's runs keep is new each time: `runs`, and each kept run's
 * arrays.
 */
export class RunWalk {
  runs: TextRun[] = [];
  /** Nodes visited so far (text nodes and elements). */
  visited = 0;
  private nodes: Text[] = [];
  private offsets: number[] = [];
  private readonly text = new TextParts();
  /** Whether `text` holds a character other than white space (a run worth keeping). */
  private solid = false;
  /** The unit and the inline elements entered, innermost last. */
  private readonly parents: Node[] = [];
  /** The next child of the innermost parent to visit. */
  private next: Node | null = null;

  constructor(
    public unit: Node,
    private readonly options: WalkOptions = {},
    /** False for a unit not read (detached, hidden): no runs. */
    read = true,
  ) {
    this.restart(unit, read);
  }

  /** Starts over on `unit` (what a walk left unfinished is dropped), with a new `runs`. */
  restart(unit: Node, read = true): this {
    this.unit = unit;
    this.runs = [];
    this.visited = 0;
    this.nodes.length = this.offsets.length = this.parents.length = 0;
    this.text.take(); // empties the parts (a walk stopped mid-run left some)
    this.solid = false;
    if (read) this.parents.push(unit);
    this.next = read ? unit.firstChild : null;
    return this;
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
      if (budget-- <= 0) {
        this.text.seal(); // this step's pieces in one part (TextParts)
        return false;
      }
      this.visited++;
      this.next = child.nextSibling;
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (data.length === 0) continue;
        this.nodes.push(child as Text);
        this.offsets.push(this.text.length);
        this.text.append(data);
        if (!this.solid) this.solid = hasNonSpace(data);
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const name = el.localName; // read once (dom-rules.ts: isBlock)
        if (isBlock(el, name))
          this.flush(); // its own unit (frames too): a boundary here
        else if (!isWalkSkipped(el, options, name)) {
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
    const { nodes, offsets, unit } = this;
    const text = this.text.take();
    if (this.solid) {
      this.runs.push({ unit, nodes, offsets, text });
      this.nodes = [];
      this.offsets = [];
    } else if (nodes.length > 0) {
      // White space between blocks (the line breaks of a page's source): no run, arrays reused.
      nodes.length = offsets.length = 0;
    }
    this.solid = false;
  }
}

/**
 * Whether `text` holds a character `\S` matches (not white space nor a line terminator), read
 * one node's text at a time as the walk appends it. Why not `/\S/.test(run.text)` at the run's
 * end: a run of several nodes is a cons string there, which the test flattened (a copy) with a
 * regexp call a run; most nodes answer on their first character here (README, "The scan's DOM
 * side").
 */
export function hasNonSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 ? c < 0xa0 || !isWideSpace(c) : c !== 32 && (c < 9 || c > 13)) return true;
  }
  return false;
}

/** JavaScript's white space from U+00A0 up (Zs, the line and paragraph separators, BOM). */
function isWideSpace(c: number): boolean {
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
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
