/**
 * Short forms on a page (issue 15, family 3): the rule of utils/match/short-forms.ts applied to
 * a document whose units are scanned one by one, visible text first, and rescanned as they
 * change. A short form that needs its document (Xi, Си, شي with no title before it) is a mention
 * while the document holds a mention that names the entry: a full name or another alias, or a
 * short form after a title (President Xi). Per document, so per frame (each frame runs its own
 * content script); shadow roots belong to their host's document.
 *
 * When a name arrives later (a unit scanned later, text added by the page), the units holding
 * the entry's waiting short forms are shown again, so earlier short forms become mentions. When
 * the last name leaves the document, its short forms stop being mentions: the highlights are
 * always what the rule gives for the document as it is now, whatever order its text came in.
 *
 * Cheap: a count per entry, and a set of units per entry with waiting short forms; a unit is
 * shown again only when an entry's count goes from zero to one or back.
 */
import type { PageMention } from './unit-mentions';

/** What the rule reads of a unit's mentions (a record: unit-mentions.ts; no mention made). */
export interface MentionFacts {
  readonly length: number;
  entryIndexAt(i: number): number;
  needsDocumentAt(i: number): boolean;
}

export class DocumentNames {
  /** Mentions that name each entry for the document, by entry index. */
  private readonly names = new Map<number, number>();
  /** Units holding short forms that need the document, by entry index. */
  private readonly waiting = new Map<number, Set<Node>>();

  /** Whether the document names the entry now. */
  named(entryIndex: number): boolean {
    return (this.names.get(entryIndex) ?? 0) > 0;
  }

  /** Whether a mention is a mention of this document now. */
  confirms(mention: PageMention): boolean {
    return !mention.needsDocument || this.named(mention.entryIndex);
  }

  /**
   * A unit's mentions went from `removed` (its whole old list) to `added` (its whole new list).
   * Returns the other units whose waiting short forms changed state: an entry they wait for
   * became named, or stopped being named.
   */
  update(unit: Node, removed: MentionFacts, added: MentionFacts): Set<Node> {
    const before = new Map<number, boolean>();
    const note = (entry: number) => {
      if (!before.has(entry)) before.set(entry, this.named(entry));
    };
    for (let i = 0; i < removed.length; i++) {
      const entry = removed.entryIndexAt(i);
      note(entry);
      if (removed.needsDocumentAt(i)) this.waiting.get(entry)?.delete(unit);
      else this.names.set(entry, this.names.get(entry)! - 1);
    }
    for (let i = 0; i < added.length; i++) {
      const entry = added.entryIndexAt(i);
      note(entry);
      if (!added.needsDocumentAt(i)) this.names.set(entry, (this.names.get(entry) ?? 0) + 1);
      else {
        const units = this.waiting.get(entry);
        if (units) units.add(unit);
        else this.waiting.set(entry, new Set([unit]));
      }
    }
    const others = new Set<Node>();
    for (const [entry, was] of before) {
      if (this.names.get(entry) === 0) this.names.delete(entry);
      if (this.waiting.get(entry)?.size === 0) this.waiting.delete(entry);
      if (this.named(entry) === was) continue;
      for (const other of this.waiting.get(entry) ?? []) if (other !== unit) others.add(other);
    }
    return others;
  }

  clear(): void {
    this.names.clear();
    this.waiting.clear();
  }
}
