/**
 * Keeps the best hit per entry and ranks entries. One comparison decides both which name
 * represents an entry and where the entry ranks:
 * 1. kind: exact, then prefix, then word-prefix, then fuzzy;
 * 2. the query as typed before a proclitic-stripped variant of it («وانغ» before «انغ»);
 * 3. for fuzzy hits, fuse.js's score;
 * 4. shorter names first (closest to what was typed);
 * 5. display names before aliases;
 * 6. knowledge-base order (entries, then languages, then names), so ranking is stable.
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

/**
 * Criteria 1–5 as one integer (under 2^27, exact in a double), so most comparisons are one
 * subtraction: a 20k-name prefix range is scanned without building an object per name.
 */
export function rankOf(index: SearchIndex, name: number, kind: MatchKind, variant: number, score: number): number {
  const fuzzy = kind === 'fuzzy' ? Math.min(1023, Math.round(score * 1000)) : 0;
  const length = Math.min(1023, index.names.keys[name]!.length);
  const alias = index.names.position[name]! > 0 ? 1 : 0;
  return (((KIND_RANK[kind] * 8 + Math.min(variant, 7)) * 1024 + fuzzy) * 1024 + length) * 2 + alias;
}

/** Collects hits, at most one per entry. */
export class HitCollector {
  private readonly best = new Map<number, Hit>();

  constructor(private readonly index: SearchIndex) {}

  /** How many entries have a hit. */
  get size(): number {
    return this.best.size;
  }

  /** True when the entry already has a hit. */
  has(entry: number): boolean {
    return this.best.has(entry);
  }

  /** True when a hit of this rank on this name would replace the entry's current best. */
  wouldImprove(name: number, rank: number): boolean {
    const current = this.best.get(this.index.names.entry[name]!);
    return current === undefined || rank < current.rank || (rank === current.rank && name < current.name);
  }

  /** Offers a hit; it is kept if it is its entry's best so far. */
  offer(hit: Hit): void {
    if (this.wouldImprove(hit.name, hit.rank)) this.best.set(this.index.names.entry[hit.name]!, hit);
  }

  /** The best `limit` hits, best first. */
  top(limit: number): Hit[] {
    // Names are numbered in knowledge-base order, so the name breaks ties between entries too.
    return [...this.best.values()].sort((a, b) => a.rank - b.rank || a.name - b.name).slice(0, limit);
  }
}
