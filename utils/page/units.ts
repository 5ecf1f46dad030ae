/**
 * Units: the parts of a page that are scanned (and rescanned after a change) as a whole —
 * block elements, open shadow roots, and the root elements of same-origin frames.
 */
import { frameDocument, isBlock, isNotRendered, isSkipped, type WalkOptions } from './dom-rules';

/** Children looked at in one step of the walk before it may pause (see unitSteps). */
export const SIBLING_STEP = 32;

/** Steps of the enumeration (a unit, or a pause) the scanner takes between two reads of the clock. */
export const ENUMERATION_BATCH = 32;

/**
 * Every unit inside `root` (itself included when it is one), in document order, minus skipped
 * regions, with now and then a `null` between them: a point where the walk may pause. A
 * generator over an explicit stack (no recursion, no per-element objects), so that enumerating
 * a huge page can pause between time slices.
 *
 * A parent's children are looked at SIBLING_STEP at a time, the walk noting where to go on
 * (after the last child looked at), and it yields a pause once it has looked at that many
 * elements without a unit. Why: pushing a parent's children all at once walked the 40,000
 * paragraphs of one <main> in one call, 60–110 ms of one task (CDP trace and CPU profile of the
 * 200,000-node page's load: its only long task on a quiet machine), whatever the time slice.
 *
 * A leaf unit (a block with no unit inside: most paragraphs) is yielded without the rendered
 * test: its scan tests it anyway (page-scanner.ts startJob, collectTextRuns), since it may be
 * hidden by the time it is scanned, so a test here too was the same call twice a unit. Only
 * elements with something below them to enumerate are tested here, to leave hidden subtrees
 * (and, not knowing yet, those whose first SIBLING_STEP children hold no unit but have more).
 */
export function* unitSteps(root: Node, options: WalkOptions = {}): Generator<Node | null> {
  // The walk's stack: each entry a node to visit, or (its `after` entry set to the parent) the
  // child after which to go on looking at that parent's children.
  const stack: Node[] = [root];
  const after: (Node | null)[] = [null];
  let looked = 0;
  while (stack.length > 0) {
    if (looked >= SIBLING_STEP) {
      looked = 0;
      yield null;
    }
    const node = stack.pop()!;
    const parent = after.pop()!;
    if (parent !== null) {
      // A child removed or moved elsewhere meanwhile: its parent's children are looked at again
      // from the first (units found twice are scanned once), so none after it is missed.
      const next =
        node.parentNode === parent ? (node as Element).nextElementSibling : firstOf(parent);
      looked += lookAtChildren(next, stack, after);
      continue;
    }
    looked++;
    if (node.nodeType === 9) {
      const html = (node as Document).documentElement;
      if (html) push(stack, after, html, null);
      continue;
    }
    if (node.nodeType === 11) {
      looked = 0;
      yield node; // a shadow root scans as a unit of its own
      looked += lookAtChildren((node as ShadowRoot).firstElementChild, stack, after);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const name = el.localName; // read once (dom-rules.ts: isBlock)
    if (isSkipped(el, name)) continue;
    const frame = frameDocument(el, name);
    if (frame) {
      if (!isNotRendered(el, options)) push(stack, after, frame, null);
      continue;
    }
    const below = stack.length;
    looked += lookAtChildren(el.firstElementChild, stack, after);
    const shadow = el.shadowRoot;
    if (shadow) push(stack, after, shadow, null); // before the light children
    if (stack.length > below && isNotRendered(el, options)) {
      stack.length = after.length = below; // not rendered: nothing inside it is read
      continue;
    }
    if (isBlock(el, name)) {
      looked = 0;
      yield el;
    }
  }
}

/** Every unit inside `root`, in document order (unitSteps without its pauses). */
export function* unitsIn(root: Node, options: WalkOptions = {}): Generator<Node> {
  for (const unit of unitSteps(root, options)) if (unit !== null) yield unit;
}

function push(stack: Node[], after: (Node | null)[], node: Node, parent: Node | null): void {
  stack.push(node);
  after.push(parent);
}

const firstOf = (parent: Node): Element | null =>
  (parent as Element | ShadowRoot).firstElementChild ?? null;

/**
 * Looks at up to SIBLING_STEP children from `child` on, and pushes the first that is or may
 * hold units (with, below it, where to go on after its subtree), or where to go on looking.
 * Returns how many children it looked at.
 */
function lookAtChildren(child: Element | null, stack: Node[], after: (Node | null)[]): number {
  let n = 0;
  for (; child !== null; child = child.nextElementSibling) {
    n++;
    // An inline element with no element inside holds no unit: its text belongs to the unit
    // around it, whose runs check it (most elements of a page are such <b>, <a>, <span>).
    const found = child.firstElementChild !== null || isBlock(child);
    if (!found && n < SIBLING_STEP) continue;
    if (child.nextElementSibling !== null) push(stack, after, child, child.parentNode!);
    if (found) push(stack, after, child, null);
    break;
  }
  return n;
}

/**
 * The unit a node's text belongs to (its nearest block, shadow root or document element), or
 * null when the node is detached or inside a skipped region (code, form field, editable
 * region, the extension's UI, `hidden`) — checked all the way up, across shadow hosts.
 *
 * `clean`, when given, holds nodes already found to have no skipped region above them (nor
 * themselves skipped) in the same, unchanged DOM: the walk up stops there, and the nodes it
 * checked are added. Units share their ancestors, so a batch of units costs one level each.
 */
export function unitOf(node: Node, clean?: Set<Node>): Node | null {
  if (!node.isConnected) return null;
  let unit: Node | null = null;
  let n: Node | null = node;
  for (; n !== null;) {
    if (clean?.has(n)) {
      unit ??= unitAt(n) ?? unitOf(n);
      break;
    }
    if (n.nodeType === 1) {
      const el = n as Element;
      if (isSkipped(el)) return null;
      if (unit === null && isBlock(el)) unit = el;
      n = el.parentNode;
    } else if (n.nodeType === 11) {
      unit ??= n;
      n = (n as ShadowRoot).host ?? null;
    } else if (n.nodeType === 9) {
      if ((n as Document).designMode === 'on') return null; // the whole document is an editor
      unit ??= (n as Document).documentElement;
      n = frameElementOf(n as Document); // a frame inside a skipped region is skipped too
    } else n = n.parentNode;
  }
  if (clean) for (let m: Node | null = node; m !== null && m !== n; m = m.parentNode) clean.add(m);
  return unit;
}

/** The unit a node is itself (a block or a shadow root), or null. */
function unitAt(n: Node): Node | null {
  if (n.nodeType === 11) return n;
  return n.nodeType === 1 && isBlock(n as Element) ? n : null;
}

function frameElementOf(doc: Document): Element | null {
  try {
    return doc.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}
