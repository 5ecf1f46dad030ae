/**
 * Per-entry scratch state for one search at a time: the best hit of each entry so far, in typed
 * arrays allocated once per index and reused by every keystroke. Slots are never cleared: a slot
 * counts only when stamped with the current search's number.
 */
import type { Hit } from './hit-collector';
import type { SearchIndex } from './types';

/** Per-entry slots, allocated once per index; a slot is live when stamped with this search. */
export class Slots {
  search = 0;
  readonly stamp: Uint32Array;
  readonly rank: Float64Array;
  readonly name: Int32Array;
  readonly kind: Uint8Array;
  readonly variant: Uint8Array;
  /** Span hits: where the query starts in the key and how long it is. */
  readonly offset: Int32Array;
  readonly length: Int32Array;
  /** Fuzzy hits carry their own ranges. */
  readonly fuzzy: (Hit | undefined)[] = [];

  constructor(entries: number) {
    this.stamp = new Uint32Array(entries);
    this.rank = new Float64Array(entries);
    this.name = new Int32Array(entries);
    this.kind = new Uint8Array(entries);
    this.variant = new Uint8Array(entries);
    this.offset = new Int32Array(entries);
    this.length = new Int32Array(entries);
  }
}
const slotsOf = new WeakMap<SearchIndex, Slots>();

/** The slots of an index, allocated on its first search. */
export function slotsFor(index: SearchIndex): Slots {
  let slots = slotsOf.get(index);
  if (!slots) slotsOf.set(index, (slots = new Slots(index.entries.length)));
  return slots;
}
