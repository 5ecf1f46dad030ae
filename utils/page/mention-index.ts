/**
 * The mentions currently painted, kept by the unit (block, shadow root, document element) they
 * were found in, so a caret position (text node + offset) finds its mention by walking up to its
 * unit; and in document order for keyboard moves.
 *
 * Why by unit and not by text node: a page holds tens of thousands of mentions, and whatever is
 * kept per mention outlives the scan's time slice, so V8's young-generation collector copies it
 * (a scavenge's pause grows with what survives). A map entry and a one-element list per text
 * node were two of the three objects kept per mention, and made the 5 MB page's scavenges the
 * long tasks of its scan (issue 18, goal 3). A unit's list is the one the page's mentions keep
 * anyway; a hit test walks up a few ancestors and compares a paragraph's few mentions.
 */
import { arrayOf, type MentionList, type PageMention } from './unit-mentions';
import { compareComposed } from './composed-order';

/** The text nodes a mention covers, from its start node to its end node. */
export function coveredTextNodes(mention: PageMention): Text[] {
  const { startNode, endNode } = mention;
  if (startNode === endNode) return [startNode];
  const nodes: Text[] = [startNode];
  // Both ends lie in the mention's unit (a block, shadow root or document element).
  const walker = startNode.ownerDocument.createTreeWalker(
    mention.unit,
    4 /* NodeFilter.SHOW_TEXT */,
  );
  walker.currentNode = startNode;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    nodes.push(node as Text);
    if (node === endNode) break;
  }
  return nodes;
}

/** Whether (node, offset) lies within the mention, its two ends included. */
export function mentionContains(mention: PageMention, node: Node, offset: number): boolean {
  if (mention.startNode === mention.endNode) {
    // The common case, without a Range: one text node holds the whole mention.
    return (
      node === mention.startNode && offset >= mention.startOffset && offset <= mention.endOffset
    );
  }
  try {
    return mention.toRange().comparePoint(node, offset) === 0;
  } catch {
    return false; // another document or tree
  }
}

/** Above this many mentions, a unit's membership test uses a set (made when first asked). */
const LIST_SCAN = 16;

/** A unit's mentions as the page's mentions keep them: made one by one when asked (unit-mentions.ts). */
export interface UnitView extends MentionList {
  has(mention: PageMention): boolean;
}

/** One unit's indexed mentions: an array, or a unit's record (or its shown part). */
interface UnitList {
  unit: Node;
  list: readonly PageMention[] | UnitView;
  set: Set<PageMention> | null;
  /** The unit's shadow root, when it lies in one; undefined until a hit test first asks. */
  root: ShadowRoot | null | undefined;
}

function includes(entry: UnitList, mention: PageMention): boolean {
  const { list } = entry;
  if (!Array.isArray(list)) return (list as UnitView).has(mention);
  if (list.length <= LIST_SCAN) return list.includes(mention);
  entry.set ??= new Set(list);
  return entry.set.has(mention);
}

/** The entry's mentions as an array (a record's made, once: then its array changes copy it). */
function listOf(entry: UnitList): readonly PageMention[] {
  if (!Array.isArray(entry.list)) entry.list = arrayOf(entry.list);
  return entry.list as readonly PageMention[];
}

/** The next node up from `node` toward its document, across shadow hosts. */
const up = (node: Node): Node | null =>
  node.parentNode ?? (node.nodeType === 11 ? (node as ShadowRoot).host : null);

export class MentionIndex {
  private readonly units = new Map<Node, UnitList>();
  private count = 0;
  private sorted: PageMention[] | null = null;
  /**
   * How many units with mentions each shadow root holds: asked at every hit test, so kept as
   * units come and go (a getRootNode() per indexed node was 5–8 ms a pointer move on a
   * 200,000-node page), and looked up once per unit rather than per mention.
   */
  private readonly roots = new Map<ShadowRoot, number>();
  private rootList: ShadowRoot[] | null = null;
  /**
   * Entries whose root is not looked up yet: a scan indexes thousands of units, and a
   * getRootNode() each (a walk up to the document) was ~1 % of the 1 MB page's scan (README,
   * "The scan's CPU outside the matcher"). The first hit test after a scan looks them up, once
   * each; an entry replaced meanwhile is skipped.
   */
  private unrooted: UnitList[] = [];

  /**
   * A unit's mentions are now `list` (null: none): the page's mentions hand a unit's record, read
   * (and its mentions made) only when a hit test or an ordered list asks for it.
   */
  setUnit(unit: Node, list: UnitView | null): void {
    const entry = this.units.get(unit);
    if (entry !== undefined) {
      this.count -= entry.list.length;
      this.units.delete(unit);
      if (entry.root) this.countRoot(entry.root, -1);
    }
    if (list !== null && list.length > 0) this.addToUnit(unit, list);
    this.sorted = null;
  }

  add(mentions: readonly PageMention[]): void {
    let i = 0;
    while (i < mentions.length) {
      // A scan hands over one unit's list: its mentions are added in one go.
      const unit = mentions[i]!.unit;
      let j = i + 1;
      while (j < mentions.length && mentions[j]!.unit === unit) j++;
      this.addToUnit(unit, i === 0 && j === mentions.length ? mentions : mentions.slice(i, j));
      i = j;
    }
    this.sorted = null;
  }

  private addToUnit(unit: Node, mentions: readonly PageMention[] | UnitView): void {
    const entry = this.units.get(unit);
    if (entry === undefined) {
      const list = mentions; // kept as is: later changes copy it
      const added: UnitList = { unit, list, set: null, root: undefined };
      this.units.set(unit, added);
      this.count += list.length;
      this.unrooted.push(added);
      // A page rescanning units while no hit test comes (a storm) would grow the list unbounded.
      if (this.unrooted.length > 2 * this.units.size + 64)
        this.unrooted = this.unrooted.filter((e) => this.units.get(e.unit) === e);
      return;
    }
    const more = [...new Set(arrayOf(mentions))].filter((m) => !includes(entry, m));
    if (more.length === 0) return;
    entry.list = [...listOf(entry), ...more];
    for (const m of more) entry.set?.add(m);
    this.count += more.length;
  }

  remove(mentions: readonly PageMention[]): void {
    // Grouped by unit, one pass over a unit's list: a rescan removes a unit's whole old list at
    // once, and a filter per mention was quadratic in a unit of thousands (a long <pre>).
    const gone = new Map<UnitList, Set<PageMention>>();
    for (const mention of mentions) {
      const entry = this.units.get(mention.unit);
      if (entry === undefined || !includes(entry, mention)) continue;
      const set = gone.get(entry);
      if (set) set.add(mention);
      else gone.set(entry, new Set([mention]));
    }
    for (const [entry, set] of gone) {
      this.count -= set.size;
      const left = set.size === entry.list.length ? [] : listOf(entry).filter((m) => !set.has(m));
      if (left.length === 0) {
        this.units.delete(entry.unit);
        if (entry.root) this.countRoot(entry.root, -1);
      } else {
        entry.list = left;
        if (entry.set) for (const m of set) entry.set.delete(m);
      }
    }
    this.sorted = null;
  }

  clear(): void {
    this.units.clear();
    this.unrooted = [];
    this.count = 0;
    this.roots.clear();
    this.rootList = null;
    this.sorted = null;
  }

  private countRoot(root: ShadowRoot, by: number): void {
    const left = (this.roots.get(root) ?? 0) + by;
    if (left > 0) this.roots.set(root, left);
    else this.roots.delete(root);
    this.rootList = null;
  }

  get size(): number {
    return this.count;
  }

  has(mention: PageMention): boolean {
    const entry = this.units.get(mention.unit);
    return entry !== undefined && includes(entry, mention);
  }

  /**
   * The mentions containing the caret position (node, offset): those of the units above the
   * node (its own, and any unit around it whose mention spans an element holding it).
   */
  at(node: Node, offset: number): PageMention[] {
    if (node.nodeType !== 3 || this.count === 0) return [];
    const found: PageMention[] = [];
    for (let n = up(node); n !== null; n = up(n)) {
      const entry = this.units.get(n);
      if (entry === undefined) continue;
      const { list } = entry;
      for (let i = 0; i < list.length; i++) {
        const m = list.at(i)!;
        if (mentionContains(m, node, offset)) found.push(m);
      }
      if (found.length > 0) break;
    }
    return found;
  }

  /** Every mention, in document order (shadow-root content where its host is). */
  ordered(): PageMention[] {
    this.sorted ??= [...this.units.values()]
      .flatMap((entry) => listOf(entry))
      .sort((a, b) => compareComposed(a.startNode, b.startNode) || a.startOffset - b.startOffset);
    return this.sorted;
  }

  /** Shadow roots that hold mentions (for caretPositionFromPoint to look into). */
  shadowRoots(): readonly ShadowRoot[] {
    if (this.unrooted.length > 0) this.lookUpRoots();
    this.rootList ??= [...this.roots.keys()];
    return this.rootList;
  }

  /** Looks up the roots of the entries indexed since the last hit test (still indexed). */
  private lookUpRoots(): void {
    for (const entry of this.unrooted) {
      if (this.units.get(entry.unit) !== entry) continue; // replaced or removed meanwhile
      const root = entry.unit.getRootNode();
      entry.root = root.nodeType === 11 ? (root as ShadowRoot) : null;
      if (entry.root) this.countRoot(entry.root, 1);
    }
    this.unrooted = [];
  }
}
