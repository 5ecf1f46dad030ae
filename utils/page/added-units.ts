/**
 * Elements a page adds, under the scanner's cooldown (issue 20: the mutation storm). A page that
 * replaces a container's children over and over adds new elements: each is a unit never scanned,
 * so the units' own cooldown (due-units.ts) never holds it back, and every slice rescanned every
 * position of the container (with the ranges, observations and garbage each scan makes). Here a
 * parent that received elements in an earlier batch of records less than `cooldownMs` ago keeps
 * its later additions waiting; when due it is enumerated once, for the units in it never scanned
 * (a unit already scanned that changed is marked by its own records). The additions of one batch
 * (a feed appending its items in one task) are enumerated at once, as is an element moved from
 * elsewhere (scanned before).
 */

export class AddedUnits {
  /** When each parent's additions were last enumerated (pruned of entries past the cooldown). */
  private readonly enumeratedAt = new Map<Node, number>();
  /** Parents whose additions wait for their due time. */
  private readonly waiting = new Set<Node>();
  private batchAt = -Infinity;
  /** When the earliest waiting parent is due (as of the last `enumerateDue`), or null. */
  private dueAt: number | null = null;

  constructor(
    readonly cooldownMs: number,
    /** Enumerates the units in `node` (`onlyNew`: those never scanned). */
    private readonly enumerate: (node: Node, onlyNew: boolean) => void,
  ) {}

  /** A batch of records begins at `now`. */
  startBatch(now: number): void {
    this.batchAt = now;
    if (this.enumeratedAt.size < 64) return;
    for (const [parent, at] of this.enumeratedAt)
      if (now - at >= this.cooldownMs && !this.waiting.has(parent))
        this.enumeratedAt.delete(parent);
  }

  /**
   * `element` (`scanned`: one scanned before, moved here) was added to `parent` in this batch: it
   * is enumerated now, or waits for the parent's due time.
   */
  add(element: Element, parent: Node, scanned: boolean): void {
    const at = this.enumeratedAt.get(parent);
    if (at === undefined || at === this.batchAt || this.batchAt - at >= this.cooldownMs) {
      this.enumeratedAt.set(parent, this.batchAt);
      this.enumerate(element, false);
    } else if (scanned) this.enumerate(element, false);
    else this.waiting.add(parent);
  }

  /**
   * True when `unit` is in a waiting parent: if it was never scanned, its parent's enumeration
   * finds it (the storm page rewrites the text of the paragraphs it just added).
   */
  waits(unit: Node): boolean {
    return unit.parentNode !== null && this.waiting.has(unit.parentNode);
  }

  /** True when parents are waiting. */
  get pending(): boolean {
    return this.waiting.size > 0;
  }

  /** Enumerates the waiting parents due at `now` (for their new units): true when any was. */
  enumerateDue(now: number): boolean {
    this.dueAt = null;
    let enumerated = false;
    for (const parent of this.waiting) {
      const due = (this.enumeratedAt.get(parent) ?? -Infinity) + this.cooldownMs;
      if (due > now) {
        this.dueAt = Math.min(this.dueAt ?? Infinity, due);
        continue;
      }
      this.waiting.delete(parent);
      this.enumeratedAt.set(parent, now);
      if (!parent.isConnected) continue;
      this.enumerate(parent, true);
      enumerated = true;
    }
    return enumerated;
  }

  /** `next` (a unit, a time a unit is due, or null), or sooner the time a waiting parent is due. */
  sooner(next: Node | number | null): Node | number | null {
    if (next !== null && typeof next !== 'number') return next;
    if (this.dueAt === null) return next;
    return Math.min(next ?? Infinity, this.dueAt);
  }

  clear(): void {
    this.waiting.clear();
    this.enumeratedAt.clear();
  }
}

/** The units of `steps` never scanned (pauses kept). */
export function* unscanned(
  steps: Generator<Node | null>,
  lastScan: WeakMap<Node, number>,
): Generator<Node | null> {
  for (const unit of steps) yield unit !== null && lastScan.has(unit) ? null : unit;
}
