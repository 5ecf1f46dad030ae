/**
 * The mentions currently painted, indexed by the text nodes they cover, so a caret position
 * (text node + offset) finds its mention at once; and in document order for keyboard moves.
 */
import type { PageMention } from '../page/run-mentions';
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
  try {
    return mention.toRange().comparePoint(node, offset) === 0;
  } catch {
    return false; // another document or tree
  }
}

export class MentionIndex {
  private readonly byNode = new Map<Text, PageMention[]>();
  private readonly all = new Set<PageMention>();
  private sorted: PageMention[] | null = null;
  /**
   * The shadow root of each mention inside one, and how many mentions each root holds: asked at
   * every hit test, so kept as mentions come and go rather than found from every text node (a
   * getRootNode() per indexed node was 5–8 ms a pointer move on a 200,000-node page).
   */
  private readonly rootOf = new Map<PageMention, ShadowRoot>();
  private readonly roots = new Map<ShadowRoot, number>();
  private rootList: ShadowRoot[] | null = null;

  add(mentions: readonly PageMention[]): void {
    for (const mention of mentions) {
      if (this.all.has(mention)) continue;
      this.all.add(mention);
      const root = mention.startNode.getRootNode();
      if (root.nodeType === 11) this.countRoot(mention, root as ShadowRoot);
      if (mention.startNode === mention.endNode) this.addAt(mention.startNode, mention);
      else for (const node of coveredTextNodes(mention)) this.addAt(node, mention);
    }
    this.sorted = null;
  }

  private addAt(node: Text, mention: PageMention): void {
    const list = this.byNode.get(node);
    if (list) list.push(mention);
    else this.byNode.set(node, [mention]);
  }

  remove(mentions: readonly PageMention[]): void {
    for (const mention of mentions) {
      if (!this.all.delete(mention)) continue;
      this.uncountRoot(mention);
      for (const node of coveredTextNodes(mention)) {
        const list = this.byNode.get(node)?.filter((m) => m !== mention);
        if (list && list.length > 0) this.byNode.set(node, list);
        else this.byNode.delete(node);
      }
    }
    this.sorted = null;
  }

  clear(): void {
    this.byNode.clear();
    this.all.clear();
    this.rootOf.clear();
    this.roots.clear();
    this.rootList = null;
    this.sorted = null;
  }

  private countRoot(mention: PageMention, root: ShadowRoot): void {
    this.rootOf.set(mention, root);
    this.roots.set(root, (this.roots.get(root) ?? 0) + 1);
    this.rootList = null;
  }

  private uncountRoot(mention: PageMention): void {
    const root = this.rootOf.get(mention);
    if (root === undefined) return;
    this.rootOf.delete(mention);
    const left = this.roots.get(root)! - 1;
    if (left > 0) this.roots.set(root, left);
    else this.roots.delete(root);
    this.rootList = null;
  }

  get size(): number {
    return this.all.size;
  }

  has(mention: PageMention): boolean {
    return this.all.has(mention);
  }

  /** The mentions containing the caret position (node, offset). */
  at(node: Node, offset: number): PageMention[] {
    const list = node.nodeType === 3 ? this.byNode.get(node as Text) : undefined;
    return list ? list.filter((m) => mentionContains(m, node, offset)) : [];
  }

  /** Every mention, in document order (shadow-root content where its host is). */
  ordered(): PageMention[] {
    this.sorted ??= [...this.all].sort(
      (a, b) => compareComposed(a.startNode, b.startNode) || a.startOffset - b.startOffset,
    );
    return this.sorted;
  }

  /** Shadow roots that hold mentions (for caretPositionFromPoint to look into). */
  shadowRoots(): readonly ShadowRoot[] {
    this.rootList ??= [...this.roots.keys()];
    return this.rootList;
  }
}
