/**
 * Keeps the best hit per entry and ranks entries. One comparison decides both which name
 * represents an entry and where the entry ranks:
 * 1. kind: exact, then prefix, then word-prefix, then fuzzy;
 * 2. the query as typed before a proclitic-stripped variant of it («وانغ» before «انغ»);
 * 3. for fuzzy hits, fuse.js's score;
 * 4. shorter names first (closest to what was typed);
 * 5. display names before aliases;
 * 6. knowledge-base order (entries, then languages, then names), so ranking is stable.
 *
 * A one-letter query at 100k entries offers tens of thousands of names, so the per-entry state
 * lives in typed arrays reused across searches (stamped with a search number instead of being
 * cleared), and only the `limit` winners become objects.
 */
import { KIND_RANK, type MatchKind, type SearchIndex } from './types';

/** One way an entry matched: a name, how, and which key units matched (half-open). */
export interface Hit {
  readonly name: number;
  readonly kind: MatchKind;
  /** 0 for the query as typed, 1… for its proclitic-stripped variants. */
  readonly variant: number;
  readonly score: number;
  /** Matched `[start, end)` ranges in the name's search key. */
  readonly keyRanges: readonly (readonly [number, number])[];
  /** Criteria 1–5 folded into one number (see {@link rankOf}). */
  readonly rank: number;
}

/** Criteria 1–5 as one integer (under 2^27, exact in a double): one subtraction compares them. */
export function rankOf(
  index: SearchIndex,
  name: number,
  kind: MatchKind,
  variant: number,
  score: number,
): number {
  const fuzzy = kind === 'fuzzy' ? Math.min(1023, Math.round(score * 1000)) : 0;
  const length = Math.min(1023, index.names.keys[name]!.length);
  const alias = index.names.position[name]! > 0 ? 1 : 0;
  return (
    (((KIND_RANK[kind] * 8 + Math.min(variant, 7)) * 1024 + fuzzy) * 1024 + length) * 2 + alias
  );
}

/** Per-entry slots, allocated once per index. */
interface Slots {
  search: number;
  readonly stamp: Uint32Array;
  readonly rank: Float64Array;
  readonly hit: (Hit | undefined)[];
}
const slotsOf = new WeakMap<SearchIndex, Slots>();

/** Collects hits, at most one per entry. Use one collector per search. */
export class HitCollector {
  private readonly slots: Slots;
  private readonly search: number;
  private readonly touched: number[] = [];

  constructor(private readonly index: SearchIndex) {
    let slots = slotsOf.get(index);
    const n = index.entries.length;
    if (!slots)
      slotsOf.set(
        index,
        (slots = { search: 0, stamp: new Uint32Array(n), rank: new Float64Array(n), hit: [] }),
      );
    this.slots = slots;
    this.search = ++slots.search;
  }

  /** How many entries have a hit. */
  get size(): number {
    return this.touched.length;
  }

  /** True when the entry already has a hit. */
  has(entry: number): boolean {
    return this.slots.stamp[entry] === this.search;
  }

  /** True when a hit of this rank on this name would replace its entry's current best. */
  wouldImprove(name: number, rank: number): boolean {
    const entry = this.index.names.entry[name]!;
    if (!this.has(entry)) return true;
    const best = this.slots.rank[entry]!;
    return rank < best || (rank === best && name < this.slots.hit[entry]!.name);
  }

  /** Offers a hit; it is kept if it is its entry's best so far. */
  offer(hit: Hit): void {
    if (!this.wouldImprove(hit.name, hit.rank)) return;
    const entry = this.index.names.entry[hit.name]!;
    if (!this.has(entry)) this.touched.push(entry);
    this.slots.stamp[entry] = this.search;
    this.slots.rank[entry] = hit.rank;
    this.slots.hit[entry] = hit;
  }

  /** The best `limit` hits, best first (a bounded insertion: `limit` is small, entries many). */
  top(limit: number): Hit[] {
    const best: Hit[] = [];
    const before = (a: Hit, b: Hit) => a.rank < b.rank || (a.rank === b.rank && a.name < b.name);
    for (const entry of this.touched) {
      const hit = this.slots.hit[entry]!;
      if (best.length === limit && !before(hit, best[limit - 1]!)) continue;
      let at = best.length;
      while (at > 0 && before(hit, best[at - 1]!)) at--;
      best.splice(at, 0, hit);
      if (best.length > limit) best.pop();
    }
    return best;
  }
}
