/**
 * Picks mentions among key occurrences as they are found, leftmost first, longest at equal
 * start, earliest pattern at a tie, none overlapping the one picked before («منظمة شانغهاي
 * للتعاون» is one mention, not «شانغهاي» inside it). The automaton reports occurrences in order
 * of end; a start is decided once no occurrence can still start there, i.e. once the scan is
 * `maxSpan` units past it. Only the best candidate of each undecided start is kept, in a ring
 * reused across calls: a text with millions of occurrences (a large knowledge base on Chinese
 * text, where every position is a word boundary) needs no candidate list and no sort.
 */

/** Receives a picked mention: its start and end (folded positions) and pattern. */
export type PickSink = (start: number, end: number, pattern: number) => void;

let ring = new Int32Array(3 * 64).fill(-1); // per slot: start (-1: empty), end, pattern
/**
 * The undecided starts in ascending order, `queue[head, tail)`: deciding visits them alone,
 * where it visited every position up to the limit (a million a megabyte of text, since nearly
 * always some start is pending). Fewer than a ring's slots are ever pending at once.
 */
let queue = new Int32Array(128);
/**
 * True while a picker may have left slots filled: a finished picker has emptied every slot it
 * filled (deciding a start empties its slot), so the next one need not refill the ring. Each text
 * run of a page has its picker, and the refill (3 × 128 slots) was 1 % of a 1 MB page's scan.
 */
let ringDirty = false;

export class LeftmostLongest {
  private readonly mask: number;
  /** Every start below this one is decided. */
  private next = 0;
  private head = 0;
  private tail = 0;
  private lastStart = -1;
  /** The end of the last mention picked (-1: none). */
  lastEnd = -1;

  /**
   * @param maxSpan an occurrence's end minus its start is never more than this
   * @param free mentions start at or after this position (the end of an earlier window's last)
   */
  constructor(
    private readonly maxSpan: number,
    private free: number,
    private readonly onPick: PickSink,
  ) {
    let size = 64;
    while (size <= maxSpan + 1) size *= 2;
    if (ring.length < 3 * size) ring = new Int32Array(3 * size).fill(-1);
    else if (ringDirty) ring.fill(-1);
    if (queue.length < 2 * size) queue = new Int32Array(2 * size);
    ringDirty = true;
    this.mask = size - 1;
  }

  /** An occurrence from `start` to `end`; ends never decrease from one call to the next. */
  offer(start: number, end: number, pattern: number): void {
    if (end - start > this.maxSpan) throw new RangeError('occurrence longer than maxSpan');
    this.decideBelow(end - this.maxSpan);
    if (start < this.next || start < this.free) return; // decided, or inside a picked mention
    const slot = 3 * (start & this.mask);
    if (ring[slot] !== start) {
      ring[slot] = start;
      ring[slot + 1] = end;
      ring[slot + 2] = pattern;
      this.enqueue(start);
      if (start > this.lastStart) this.lastStart = start;
    } else if (end > ring[slot + 1]! || (end === ring[slot + 1] && pattern < ring[slot + 2]!)) {
      ring[slot + 1] = end;
      ring[slot + 2] = pattern;
    }
  }

  /** Decides every start still open; returns the end of the last mention picked (-1: none). */
  finish(): number {
    this.decideBelow(this.lastStart + 1);
    ringDirty = this.tail > this.head; // never: every start up to the last is decided
    return this.lastEnd;
  }

  /** Adds an undecided start to the queue, in order (most come after every pending one). */
  private enqueue(start: number): void {
    if (this.tail === queue.length) {
      queue.copyWithin(0, this.head, this.tail);
      this.tail -= this.head;
      this.head = 0;
    }
    let i = this.tail++;
    for (; i > this.head && queue[i - 1]! > start; i--) queue[i] = queue[i - 1]!;
    queue[i] = start;
  }

  /** Decides the starts below `limit`, in order. */
  private decideBelow(limit: number): void {
    while (this.head < this.tail && queue[this.head]! < limit) {
      const start = queue[this.head++]!;
      const slot = 3 * (start & this.mask);
      ring[slot] = -1;
      if (start < this.free) continue;
      const end = ring[slot + 1]!;
      this.free = this.lastEnd = end;
      this.onPick(start, end, ring[slot + 2]!);
    }
    if (limit > this.next) this.next = limit;
  }
}
