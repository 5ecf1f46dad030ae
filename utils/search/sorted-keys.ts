/**
 * Sorted string arrays with binary-search prefix lookup: every string a query is a prefix of lies
 * in one contiguous range, found in O(log n) without scanning the knowledge base.
 */

/** The search keys of all names in code-unit order, with the name each one belongs to. */
export interface SortedKeys {
  readonly keys: readonly string[];
  readonly name: Int32Array;
}

/** Sorts the names' keys once (ties keep name order: Array.prototype.sort is stable). */
export function buildSortedKeys(keys: readonly string[]): SortedKeys {
  const order = Array.from(keys, (_, i) => i).sort((a, b) => compare(keys[a]!, keys[b]!));
  return { keys: order.map((i) => keys[i]!), name: Int32Array.from(order) };
}

/** Code-unit order, the order {@link prefixRange}'s binary search relies on. */
export function compare(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The first position in `sorted` whose string is not below `value`. */
export function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The range `[from, to)` of `sorted` holding the strings that start with `prefix`. A string equal
 * to `prefix` comes first in it (a string sorts before its extensions).
 */
export function prefixRange(sorted: readonly string[], prefix: string): [number, number] {
  // U+FFFF is above every unit a search key can hold, so prefix + U+FFFF bounds all extensions.
  return [lowerBound(sorted, prefix), lowerBound(sorted, prefix + '\uffff')];
}
