/**
 * A ready matcher over a lexicon: the automaton's arrays plus a 64K table from code unit to
 * class id, the only thing built at load time (a fraction of a millisecond), so content scripts
 * are ready at once whatever the knowledge base's size.
 */
import { installFoldTables } from '../text/fold';
import { FIELD_SEPARATOR, LEXICON_FORMAT, type Lexicon } from './lexicon-format';

/** A lexicon prepared for matching. */
export interface Matcher {
  readonly lexicon: Lexicon;
  /** Code unit → class id (0: the character occurs in no key). */
  readonly classOf: Uint16Array;
  /** Dense transitions of the root state by class id (the busiest state). */
  readonly rootRow: Int32Array;
  /** Length of the longest key, in folded code units. */
  readonly maxKeyLength: number;
  /** Entry ids by entry index. */
  readonly entryIds: readonly string[];
}

/**
 * Makes a matcher from a lexicon (built here, structured-cloned, or restored from JSON), and
 * installs the fold tables its keys were folded with, so that pages fold alike.
 */
export function createMatcher(lexicon: Lexicon): Matcher {
  if (lexicon.format !== LEXICON_FORMAT) throw new Error(`lexicon format ${String(lexicon.format)}, expected ${LEXICON_FORMAT}`);
  installFoldTables(lexicon.foldTables);
  const classOf = new Uint16Array(65536);
  const { alphabet, edgeStart, edgeClass } = lexicon;
  for (let i = 0; i < alphabet.length; i++) classOf[alphabet.charCodeAt(i)] = i + 1;
  const rootRow = new Int32Array(alphabet.length + 1);
  for (let e = edgeStart[0]!; e < edgeStart[1]!; e++) rootRow[edgeClass[e]!] = e + 1;
  const entryIds = lexicon.entryIds.split(FIELD_SEPARATOR);
  return { lexicon, classOf, rootRow, maxKeyLength: lexicon.maxKeyLength, entryIds };
}

/**
 * Runs the automaton over `codes[from, to)` and reports every key occurrence as
 * `onMatch(pattern, end)` (end exclusive, in folded units), in order of end position.
 */
export function scanKeys(
  matcher: Matcher,
  codes: Uint16Array,
  from: number,
  to: number,
  onMatch: (pattern: number, end: number) => void,
): void {
  const { classOf, rootRow } = matcher;
  const { edgeStart, edgeClass, fail, outStart, outPattern, outLink } = matcher.lexicon;
  let state = 0;
  for (let i = from; i < to; i++) {
    const cls = classOf[codes[i]!]!;
    if (cls === 0) {
      state = 0; // a character in no key: no key can span it
      continue;
    }
    // Follow failure links until a state has an edge for this class (the root always "has" one).
    for (;;) {
      if (state === 0) {
        state = rootRow[cls]!;
        break;
      }
      let lo = edgeStart[state]!;
      let hi = edgeStart[state + 1]! - 1;
      let next = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const c = edgeClass[mid]!;
        if (c === cls) {
          next = mid + 1; // breadth-first state ids: edge e leads to state e + 1
          break;
        }
        if (c < cls) lo = mid + 1;
        else hi = mid - 1;
      }
      if (next >= 0) {
        state = next;
        break;
      }
      state = fail[state]!;
    }
    if (state === 0) continue;
    for (let s = outStart[state] === outStart[state + 1] ? outLink[state]! : state; s > 0; s = outLink[s]!) {
      for (let o = outStart[s]!; o < outStart[s + 1]!; o++) onMatch(outPattern[o]!, i + 1);
    }
  }
}
