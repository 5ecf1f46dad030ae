/**
 * Candidate filtering for the fuzzy stage: an inverted index from character bigrams to the names
 * containing them. fuse.js scores a few dozen names that share the most bigrams with the query
 * instead of every name in the knowledge base. Bigrams, not trigrams: a typo in a short word
 * («Wnag») leaves no trigram in common but still two bigrams. Keys are padded with a space so
 * word edges count (« t» and «v » for Tokaev). Bigrams are hashed into a power-of-two table;
 * a collision only adds a candidate that fuse.js then rejects.
 */

/** Bigram postings in compressed-row form: names of bucket b are `names[start[b], start[b+1])`. */
export interface GramIndex {
  /** 32 − log2(bucket count): a bucket is the top bits of a multiplicative hash. */
  readonly shift: number;
  readonly start: Uint32Array;
  readonly names: Int32Array;
  /** How many names were indexed. */
  readonly nameCount: number;
}

function bucket(a: number, b: number, shift: number): number {
  return Math.imul((a << 16) | b, 0x9e3779b1) >>> shift;
}

/** Calls `visit(bucket)` for each padded bigram of `key` (repeats included). */
function forEachGram(key: string, shift: number, visit: (bucket: number) => void): void {
  let prev = 0x20;
  for (let i = 0; i <= key.length; i++) {
    const c = i < key.length ? key.charCodeAt(i) : 0x20;
    visit(bucket(prev, c, shift));
    prev = c;
  }
}

/** Builds the postings of all keys in two passes (count, then fill), without per-gram objects. */
export function buildGramIndex(keys: readonly string[]): GramIndex {
  let units = 0;
  for (const key of keys) units += key.length + 1;
  let bits = 10;
  while (1 << bits < units && bits < 18) bits++;
  const size = 1 << bits;
  const shift = 32 - bits;
  const lastName = new Int32Array(size).fill(-1); // a name is listed once per bucket
  const start = new Uint32Array(size + 1);
  keys.forEach((key, n) =>
    forEachGram(key, shift, (b) => {
      if (lastName[b] === n) return;
      lastName[b] = n;
      start[b + 1]!++;
    }),
  );
  for (let b = 0; b < size; b++) start[b + 1]! += start[b]!;
  const fill = start.slice(0, size);
  const names = new Int32Array(start[size]!);
  lastName.fill(-1);
  keys.forEach((key, n) =>
    forEachGram(key, shift, (b) => {
      if (lastName[b] === n) return;
      lastName[b] = n;
      names[fill[b]!++] = n;
    }),
  );
  return { shift, start, names, nameCount: keys.length };
}

/** The distinct buckets of a query's padded bigrams. */
export function queryGrams(index: GramIndex, query: string): number[] {
  const grams = new Set<number>();
  forEachGram(query, index.shift, (b) => grams.add(b));
  return [...grams];
}

/** Posting lists shorter than this are always scanned: below it, pruning saves nothing. */
const ALWAYS_SCANNED = 5000;

/**
 * The query's bigrams without the commonest ones: a bigram found in more than `maxShare` of all
 * names («a », « m» in a 100k-entry base) costs a long scan and tells names apart poorly. The
 * `minKept` rarest bigrams are always kept; small knowledge bases keep every bigram.
 */
export function selectiveGrams(
  index: GramIndex,
  grams: readonly number[],
  maxShare = 0.05,
  minKept = 3,
): number[] {
  const size = (g: number) => index.start[g + 1]! - index.start[g]!;
  const cap = Math.max(ALWAYS_SCANNED, maxShare * index.nameCount);
  return [...grams]
    .sort((a, b) => size(a) - size(b))
    .filter((g, i) => i < minKept || size(g) <= cap);
}

/**
 * The names `accept`ed that share at least `minShared` of `grams`, most shared first, at most
 * `max` of them. `counts` is caller-owned scratch space (one slot per name, all zero; left so);
 * bytes suffice because a query has fewer than 256 distinct bigrams (longer ones are cut).
 */
export function topCandidates(
  index: GramIndex,
  grams: readonly number[],
  minShared: number,
  max: number,
  counts: Uint8Array,
  accept: (name: number) => boolean = () => true,
): number[] {
  const { start, names } = index;
  if (grams.length > 255) grams = grams.slice(0, 255);
  // Pass 1: count; a name qualifies the moment it reaches minShared (so it is listed once).
  const qualified: number[] = [];
  for (const g of grams) {
    for (let p = start[g]!, end = start[g + 1]!; p < end; p++) {
      const n = names[p]!;
      const c = ++counts[n]!;
      if (c === minShared && accept(n)) qualified.push(n);
    }
  }
  // The lowest count that still fits in `max` (counts are small: a histogram suffices)…
  const histogram = new Uint32Array(grams.length + 1);
  for (const n of qualified) histogram[counts[n]!]!++;
  let cutoff = grams.length;
  for (let taken = histogram[cutoff]!; cutoff > minShared && taken < max;)
    taken += histogram[--cutoff]!;
  // …then the names above it, and names at it until `max`, most shared first.
  const out = qualified
    .filter((n) => counts[n]! > cutoff)
    .sort((a, b) => counts[b]! - counts[a]! || a - b);
  for (const n of qualified) if (out.length < max && counts[n] === cutoff) out.push(n);
  // Pass 2: leave the scratch counters zeroed without a list of every name touched.
  for (const g of grams)
    for (let p = start[g]!, end = start[g + 1]!; p < end; p++) counts[names[p]!] = 0;
  return out.slice(0, max);
}
