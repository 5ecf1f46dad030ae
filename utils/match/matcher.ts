/**
 * A ready matcher over a lexicon: the automaton's arrays plus a 64K table from code unit to
 * class id, the only thing built at load time (a fraction of a millisecond), so content scripts
 * are ready at once whatever the knowledge base's size.
 *
 * Design note (issue 18). Layout: an Aho–Corasick automaton over class ids (automaton-build.ts),
 * states numbered breadth-first so that a state's edges are one sorted slice of `edgeClass` and
 * edge e leads to state e + 1 (no target array: 2 bytes an edge; the slice starts at the state's
 * `childOffset`, 16-bit, read with one addition); the root, visited after every
 * character in no key, has a dense row; other states binary-search their slice (most have one or
 * two edges). Why: it is compact enough to send to every frame, and one pass visits one state per
 * character whatever the knowledge base's size. What grows with the size is the number of keys
 * ending at a position (at 100k entries, 48 million occurrences in 1 MB of text, 7.9 million at
 * word ends, for 25 thousand mentions), so the costs are cut there: namesakes (patterns with an
 * earlier pattern's key and flags, never a mention) are not outputs at all (buildLexicon: at
 * 10k entries they were 6 in 7 occurrences reported; matching 2.3–3.6× faster without them); a
 * state's "any key ends here?" is one read (`outFirst`), and the keys ending there are listed by
 * reporting state, each with its depth (automaton-build.ts: no per-state output start to build
 * at ready); the word-end check is made once per
 * reporting position before its keys are listed, the list stops at the first key that
 * starts too deep inside the word (`scanKeysAtWordEnds`: inside a word of a language without
 * clitics, none may start at all), and mentions are picked as occurrences arrive
 * (leftmost-longest.ts) instead of collected and sorted. Word checks read one 64K table per
 * letter (boundaries.ts). A whole text (a paragraph: nearly every text of a page) is folded and
 * stepped in one loop (fold-scan.ts), which notes the positions where keys end; their word
 * checks and key lists run after it (`reportKeyEnds`, shared with this file's pass, which windows
 * of huge runs use over text folded a piece at a time). The folded copy stays: the checks look
 * back over a word and, for unspaced scripts, ahead of it. With the bundled knowledge base,
 * matching the 1 MB page's 3,948 texts in Node takes 30 ms (min of 31; 39–42 before, when the
 * text was folded first and each key end was reported in a call of its own): folding 7, the
 * state steps 11, word ends and key lists 4, mention checks and picking 8 (6 December, night,
 * one stage more at a time). The steps seem bound by
 * memory latency (1.15 state visits and 2.2 search steps a character, each state's arrays read
 * apart). Measured and left out: dense rows for the root's 44 children with 8 or more edges
 * (120 KB; 40 % of the search steps gone, matching no faster in Node); a linear scan of edge
 * lists of up to 4 (no change); folding through one combined 64K table (6.4 → 4.4 ms a
 * megabyte, too little for a second table in every frame); interleaving `edgeStart` and
 * `outFirst` in one array (no gain at 1 MB bundled); interleaving each state's edge start and failure link in one array gained under 10 %
 * at 100k entries for 8 more bytes a state; a 16-byte record a state (edge start, incoming
 * class, failure link, first reporting state) with dense rows for states of 17+ edges and an
 * in-order scan of short edge lists made the pass 1.0–1.2× faster and matching no faster
 * measurably, for 16 bytes a state more in every frame and up to 0.9 s more at load (100k).
 * At 10k entries (7 December; README › The matcher at 10k entries) the visits a character are
 * the same as bundled (1.43) and what doubles is the occurrences and their checks; a byte per
 * state for "keys end here" (1.3 MB for outFirst's 5 MB) and the report arrays interleaved were
 * no faster in Node (the reads are independent and overlap), so they are left out.
 */
import { installFoldTables } from '../text/fold';
import { MAX_CLITIC_CHAIN, endsAtBoundary, hasClitics, wordStartBefore } from './boundaries';
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
  if (lexicon.format !== LEXICON_FORMAT)
    throw new Error(`lexicon format ${String(lexicon.format)}, expected ${LEXICON_FORMAT}`);
  installFoldTables(lexicon.foldTables);
  const classOf = new Uint16Array(65536);
  const { alphabet, childOffset, edgeClass } = lexicon;
  for (let i = 0; i < alphabet.length; i++) classOf[alphabet.charCodeAt(i)] = i + 1;
  const rootRow = new Int32Array(alphabet.length + 1);
  // The root's edges: 0 up to state 1's first edge (1 + childOffset[1] - 1).
  for (let e = 0; e < childOffset[1]!; e++) rootRow[edgeClass[e]!] = e + 1;
  const entryIds = lexicon.entryIds.split(FIELD_SEPARATOR);
  return { lexicon, classOf, rootRow, maxKeyLength: lexicon.maxKeyLength, entryIds };
}

/**
 * Receives a key occurrence: its pattern, end (exclusive) and start, in folded units (the start
 * comes free: every key ending at a state has the state's depth as its length, read once per
 * state, where reading each pattern's length was a cache miss per occurrence).
 */
export type KeySink = (pattern: number, end: number, start: number) => void;

/**
 * Runs the automaton over `codes[from, to)` and reports every occurrence of a pattern in its
 * outputs (all but the namesakes buildLexicon leaves out) as
 * `onMatch(pattern, end, start)`, in order of end position.
 */
export function scanKeys(
  matcher: Matcher,
  codes: Uint16Array,
  from: number,
  to: number,
  onMatch: KeySink,
): void {
  scan(matcher, codes, from, to, -1, onMatch);
}

/**
 * Like {@link scanKeys}, but only the occurrences that may be mentions in the text
 * `codes[0, textLength)`: those ending at a word boundary and starting at most MAX_CLITIC_CHAIN
 * letters inside their word. Both are checked once per end, not once per key ending there (a
 * large knowledge base has dozens of keys ending at a position, most positions end no word, and
 * at a word end most keys are short suffixes of it).
 */
export function scanKeysAtWordEnds(
  matcher: Matcher,
  codes: Uint16Array,
  textLength: number,
  from: number,
  to: number,
  onMatch: KeySink,
): void {
  scan(matcher, codes, from, to, textLength, onMatch);
}

/** The automaton's pass; `textLength` -1: every occurrence. */
function scan(
  matcher: Matcher,
  codes: Uint16Array,
  from: number,
  to: number,
  textLength: number,
  onMatch: KeySink,
): void {
  const { classOf, rootRow } = matcher;
  const { childOffset, edgeClass, fail, outFirst } = matcher.lexicon;
  const ends = keyEnds;
  ends.count = 0;
  let state = 0;
  for (let i = from; i < to; i++) {
    const cls = classOf[codes[i]!]!;
    // A character in no key: no key can span it.
    state = cls === 0 ? 0 : step(state, cls, rootRow, childOffset, edgeClass, fail);
    // No key ends here (the root included): one read a character.
    const r = outFirst[state]!;
    if (r !== 0) ends.add(i + 1, r);
  }
  reportKeyEnds(matcher, codes, textLength, ends, onMatch);
}

/**
 * Where keys end in the text a pass just stepped through, in order: per end, its position
 * (exclusive) and first reporting state (`outFirst`). Their checks and key lists come after the pass, in one loop
 * over the ends (a few in a hundred positions) that reads the lexicon's arrays once: made per
 * end, in a call of its own, they cost more in Chromium than the checks themselves.
 */
export class KeyEnds {
  at = new Int32Array(1024);
  count = 0;

  add(end: number, report: number): void {
    if (this.count + 2 > this.at.length) {
      const bigger = new Int32Array(this.at.length * 2);
      bigger.set(this.at);
      this.at = bigger;
    }
    this.at[this.count++] = end;
    this.at[this.count++] = report;
  }
}

/**
 * The ends of the last pass (this file's or fold-scan.ts's), one buffer reused from text to text.
 * A sink must not start another pass while they are reported.
 */
export const keyEnds = new KeyEnds();

/**
 * Reports the keys ending at each of `ends`; with `textLength` ≥ 0, only where a word ends, and
 * only those starting at most a clitic chain inside the word.
 */
export function reportKeyEnds(
  matcher: Matcher,
  codes: Uint16Array,
  textLength: number,
  ends: KeyEnds,
  onMatch: KeySink,
): void {
  const { reportStart, reportNext, reportDepth, outPattern } = matcher.lexicon;
  const { maxKeyLength } = matcher;
  const { at, count } = ends;
  for (let h = 0; h < count; h += 2) {
    const end = at[h]!;
    // Keys ending here come longest first: once one starts more than a clitic chain inside the
    // last word, so do all the shorter ones (a mention starts at a word start or after clitics).
    let latestStart = end;
    if (textLength >= 0) {
      if (!endsAtBoundary(codes, textLength, end)) continue;
      // Only a language with clitics lets a key start inside its word (after them).
      const wordStart = wordStartBefore(codes, end, end - 1 - maxKeyLength);
      latestStart = wordStart + (hasClitics(codes[wordStart]!) ? MAX_CLITIC_CHAIN : 0);
    }
    for (let r = at[h + 1]!; r !== 0; r = reportNext[r]!) {
      const start = end - reportDepth[r]!;
      if (start > latestStart) break;
      const last = reportStart[r + 1]!;
      for (let o = reportStart[r]!; o < last; o++) onMatch(outPattern[o]!, end, start);
    }
  }
}

/**
 * The automaton's transition from `state` on class `cls` (not 0), following failure links until
 * a state has an edge for it (the root always "has" one). Small enough to be inlined into the
 * loops that call it (this one, and fold-scan.ts's, which folds and steps at once).
 */
export function step(
  state: number,
  cls: number,
  rootRow: Int32Array,
  childOffset: ArrayLike<number>,
  edgeClass: ArrayLike<number>,
  fail: ArrayLike<number>,
): number {
  for (;;) {
    if (state === 0) return rootRow[cls]!;
    // Its edges: from its first child's edge to the next state's first child's (exclusive).
    let lo = state + childOffset[state]! - 1;
    let hi = state + childOffset[state + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = edgeClass[mid]!;
      if (c === cls) return mid + 1; // breadth-first state ids: edge e leads to state e + 1
      if (c < cls) lo = mid + 1;
      else hi = mid - 1;
    }
    state = fail[state]!;
  }
}
