/**
 * The word-prefix index: the distinct words of all names, sorted, each with the places (name,
 * offset) it starts at. Words repeat across names far more than names do («Cooperation»,
 * «الصيني», «Республика»), so sorting distinct words is several times cheaper than sorting every
 * word occurrence. A query is looked up by its first word; the rest of a multi-word query
 * («cooperation org») is checked against the name's key at that place.
 */
import { compare, lowerBound, prefixRange } from './sorted-keys';
import { wordStarts } from './word-starts';

/** Distinct words in code-unit order; the places of word `w` are `[start[w], start[w + 1])`. */
export interface WordIndex {
  readonly words: readonly string[];
  readonly start: Uint32Array;
  readonly name: Int32Array;
  readonly offset: Int32Array;
}

/** Indexes every inner word start of every key (see word-starts.ts). */
export function buildWordIndex(keys: readonly string[]): WordIndex {
  const ids = new Map<string, number>();
  const distinct: string[] = [];
  const occurrence: number[] = []; // (word id, name, offset) triples
  keys.forEach((key, name) => {
    for (const offset of wordStarts(key)) {
      const end = key.indexOf(' ', offset);
      const word = key.slice(offset, end < 0 ? key.length : end);
      let id = ids.get(word);
      if (id === undefined) ids.set(word, (id = distinct.push(word) - 1));
      occurrence.push(id, name, offset);
    }
  });
  const order = Array.from(distinct, (_, i) => i).sort((a, b) =>
    compare(distinct[a]!, distinct[b]!),
  );
  const rank = new Int32Array(distinct.length);
  order.forEach((id, r) => (rank[id] = r));
  // Places grouped by word rank (counting sort), in name order within a word.
  const start = new Uint32Array(distinct.length + 1);
  for (let i = 0; i < occurrence.length; i += 3) start[rank[occurrence[i]!]! + 1]!++;
  for (let r = 0; r < distinct.length; r++) start[r + 1]! += start[r]!;
  const fill = start.slice(0, distinct.length);
  const name = new Int32Array(occurrence.length / 3);
  const offset = new Int32Array(occurrence.length / 3);
  for (let i = 0; i < occurrence.length; i += 3) {
    const at = fill[rank[occurrence[i]!]!]!++;
    name[at] = occurrence[i + 1]!;
    offset[at] = occurrence[i + 2]!;
  }
  return { words: order.map((id) => distinct[id]!), start, name, offset };
}

/**
 * Calls `visit(name, offset)` for every place inside a name where `query` starts a word: its
 * first word is a prefix of the word there (or, when more words follow, equal to it) and the
 * name's key continues with the rest of the query.
 */
export function forEachWordPrefix(
  index: WordIndex,
  keys: readonly string[],
  query: string,
  visit: (name: number, offset: number) => void,
): void {
  const space = query.indexOf(' ');
  const first = space < 0 ? query : query.slice(0, space);
  const [from, to] = space < 0 ? prefixRange(index.words, first) : exactRange(index.words, first);
  for (let p = index.start[from]!, end = index.start[to]!; p < end; p++) {
    const name = index.name[p]!;
    const offset = index.offset[p]!;
    if (space < 0 || keys[name]!.startsWith(query, offset)) visit(name, offset);
  }
}

/** The range of `sorted` equal to `word` (at most one: the words are distinct). */
function exactRange(sorted: readonly string[], word: string): [number, number] {
  const from = lowerBound(sorted, word);
  return [from, sorted[from] === word ? from + 1 : from];
}
