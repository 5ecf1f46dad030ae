/**
 * Keeps the best hit per entry and ranks entries. One comparison decides both which name
 * represents an entry and where the entry ranks:
 * 1. kind: exact, then prefix, then word-prefix, then fuzzy;
 * 2. the query as typed before a proclitic-stripped variant of it («وانغ» before «انغ»);
 * 3. for fuzzy hits, fuse.js's score;
 * 4. shorter names first (closest to what was typed);
 * 5. display names before aliases;
 * 6. names the data lists before forms the language's rules generate from them (another entry's
 *    «é» before the «é» generated from «éّ-وَ»);
 * 7. knowledge-base order (entries, then languages, then names), so ranking is stable.
 *
 * A one-letter query at 100k entries offers tens of thousands of names, so the per-entry state
 * lives in typed arrays reused across searches (stamped with a search number instead of being
 * cleared), and only the `limit` winners become objects.
 */
import { slotsFor, type Slots } from './entry-slots';
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
  /** Criteria 1–6 folded into one number (see {@link rankOf}). */
  readonly rank: number;
}

/** Criteria 1–6 as one integer (under 2^27, exact in a double): one subtraction compares them. */
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
  const generated = index.names.generated[name]!;
  const typed = ((KIND_RANK[kind] * 8 + Math.min(variant, 7)) * 1024 + fuzzy) * 1024 + length;
  return (typed * 2 + alias) * 2 + generated;
}

const KINDS: readonly MatchKind[] = ['exact', 'prefix', 'word-prefix', 'fuzzy'];

/** Collects hits, at most one per entry. Use one collector per search. */
export class HitCollector {
  private readonly slots: Slots;
  private readonly search: number;
  private readonly touched: number[] = [];

  constructor(private readonly index: SearchIndex) {
    this.slots = slotsFor(index);
    this.search = ++this.slots.search;
  }

  /** How many entries have a hit. */
  get size(): number {
    return this.touched.length;
  }

  /** True when the entry already has a hit. */
  has(entry: number): boolean {
    return this.slots.stamp[entry] === this.search;
  }

  /**
   * Offers a hit where the query form (`length` units) starts at `offset` of the name's key;
   * kept, without allocating, if it is its entry's best so far.
   */
  offerSpan(name: number, kind: MatchKind, variant: number, offset: number, length: number): void {
    const rank = rankOf(this.index, name, kind, variant, 0);
    const entry = this.claim(name, rank);
    if (entry < 0) return;
    const { slots } = this;
    slots.kind[entry] = KIND_RANK[kind];
    slots.variant[entry] = variant;
    slots.offset[entry] = offset;
    slots.length[entry] = length;
  }

  /** Offers a fuzzy hit; it is kept if it is its entry's best so far. */
  offer(hit: Hit): void {
    const entry = this.claim(hit.name, hit.rank);
    if (entry < 0) return;
    this.slots.kind[entry] = KIND_RANK[hit.kind];
    this.slots.fuzzy[entry] = hit;
  }

  /** Makes the hit its entry's best and returns the entry, or -1 when it is not better. */
  private claim(name: number, rank: number): number {
    const { slots } = this;
    const entry = this.index.names.entry[name]!;
    if (this.has(entry)) {
      const best = slots.rank[entry]!;
      if (rank > best || (rank === best && name >= slots.name[entry]!)) return -1;
    } else {
      this.touched.push(entry);
      slots.stamp[entry] = this.search;
    }
    slots.rank[entry] = rank;
    slots.name[entry] = name;
    return entry;
  }

  /** The best `limit` hits, best first (a bounded insertion: `limit` is small, entries many). */
  top(limit: number): Hit[] {
    const { rank, name } = this.slots;
    const before = (a: number, b: number) =>
      rank[a]! < rank[b]! || (rank[a] === rank[b] && name[a]! < name[b]!);
    const best: number[] = [];
    for (const entry of this.touched) {
      if (best.length === limit && !before(entry, best[limit - 1]!)) continue;
      let at = best.length;
      while (at > 0 && before(entry, best[at - 1]!)) at--;
      best.splice(at, 0, entry);
      if (best.length > limit) best.pop();
    }
    return best.map((entry) => this.hitOf(entry));
  }

  private hitOf(entry: number): Hit {
    const { slots, index } = this;
    const kind = KINDS[slots.kind[entry]!]!;
    if (kind === 'fuzzy') return slots.fuzzy[entry]!;
    const name = slots.name[entry]!;
    const [offset, length] = [slots.offset[entry]!, slots.length[entry]!];
    const score = 1 - length / index.names.keys[name]!.length;
    const keyRanges = [[offset, offset + length] as const];
    return {
      name,
      kind,
      variant: slots.variant[entry]!,
      score,
      keyRanges,
      rank: slots.rank[entry]!,
    };
  }
}
