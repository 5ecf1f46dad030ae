/**
 * Units: the parts of a page that are scanned (and rescanned after a change) as a whole —
 * block elements, open shadow roots, and the root elements of same-origin frames.
 */
import { frameDocument, isBlock, isNotRendered, isSkipped, type WalkOptions } from './dom-rules';

/**
 * Every unit inside `root` (itself included when it is one), in document order, minus skipped
 * regions. A generator over an explicit stack (no recursion, no per-element objects), so that
 * enumerating a huge page can pause between time slices.
 *
 * A leaf unit (a block with no unit inside: most paragraphs) is yielded without the rendered
 * test: its scan tests it anyway (page-scanner.ts startJob, collectTextRuns), since it may be
 * hidden by the time it is scanned, so a test here too was the same call twice a unit. Only
 * elements with something below them to enumerate are tested here, to leave hidden subtrees.
 */
export function* unitsIn(root: Node, options: WalkOptions = {}): Generator<Node> {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 9) {
      const html = (node as Document).documentElement;
      if (html) stack.push(html);
      continue;
    }
    if (node.nodeType === 11) {
      yield node; // a shadow root scans as a unit of its own
      pushChildren(node as ShadowRoot, stack);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (isSkipped(el)) continue;
    const frame = frameDocument(el);
    if (frame) {
      if (!isNotRendered(el, options)) stack.push(frame);
      continue;
    }
    const below = stack.length;
    pushChildren(el, stack);
    const shadow = el.shadowRoot;
    if (shadow) stack.push(shadow); // before the light children
    if (stack.length > below && isNotRendered(el, options)) {
      stack.length = below; // not rendered: nothing inside it is read
      continue;
    }
    if (isBlock(el)) yield el;
  }
}

/** Pushes the children of `parent` that are or may hold units, last first. */
function pushChildren(parent: Element | ShadowRoot, stack: Node[]): void {
  for (let child = parent.lastElementChild; child !== null; child = child.previousElementSibling) {
    // An inline element with no element inside holds no unit: its text belongs to the unit
    // around it, whose runs check it (most elements of a page are such <b>, <a>, <span>).
    if (child.firstElementChild !== null || isBlock(child)) stack.push(child);
  }
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
