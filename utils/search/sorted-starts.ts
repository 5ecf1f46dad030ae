/**
 * A sorted array of search-key suffixes, each beginning at a name start or a word start, for
 * prefix lookup by binary search: every suffix a query is a prefix of lies in one contiguous
 * range, found in O(log n) without scanning the knowledge base.
 */

/** Suffixes in code-unit order, with the name and key offset each one starts at. */
export interface SortedStarts {
  readonly suffixes: readonly string[];
  readonly name: Int32Array;
  readonly offset: Int32Array;
}

/** Collects (name, offset) starts, then sorts them once. */
export class SortedStartsBuilder {
  private readonly suffixes: string[] = [];
  private readonly names: number[] = [];
  private readonly offsets: number[] = [];

  /** Adds the suffix of `key` from `offset`, belonging to name number `name`. */
  add(key: string, name: number, offset: number): void {
    this.suffixes.push(offset === 0 ? key : key.slice(offset));
    this.names.push(name);
    this.offsets.push(offset);
  }

  /** The sorted index (ties keep insertion order: Array.prototype.sort is stable). */
  build(): SortedStarts {
    const { suffixes, names, offsets } = this;
    const order = Array.from(suffixes, (_, i) => i);
    // `<` compares UTF-16 code units, the same order prefixRange's binary search relies on.
    order.sort((a, b) => {
      const x = suffixes[a]!;
      const y = suffixes[b]!;
      return x < y ? -1 : x > y ? 1 : 0;
    });
    return {
      suffixes: order.map((i) => suffixes[i]!),
      name: Int32Array.from(order, (i) => names[i]!),
      offset: Int32Array.from(order, (i) => offsets[i]!),
    };
  }
}

/** The first position whose suffix is not below `value`. */
function lowerBound(suffixes: readonly string[], value: string): number {
  let lo = 0;
  let hi = suffixes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (suffixes[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The range `[from, to)` of suffixes that start with `prefix`. Suffixes equal to `prefix` come
 * first in it (a string sorts before its extensions).
 */
export function prefixRange(starts: SortedStarts, prefix: string): [number, number] {
  const from = lowerBound(starts.suffixes, prefix);
  // U+FFFF is above every unit a search key can hold, so prefix + U+FFFF bounds all extensions.
  return [from, lowerBound(starts.suffixes, prefix + '\uffff')];
}
