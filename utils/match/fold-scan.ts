/**
 * Folding a text and running the automaton over it in one loop (issue 18 goal 1): each
 * character is folded through the fold table and the automaton steps on it at once, where
 * folding first and matching after read and wrote every folded unit twice. The folded copy and
 * its offset map are still written (into buffers reused from text to text): the word checks
 * that follow a key's end look back over the word and, for unspaced scripts, ahead of it. So the
 * loop only notes where keys end (a few positions in a hundred) and the checks run after it,
 * over those positions alone, exactly as the separate pass makes them (matcher.ts: reportKeyEnds).
 */
import { type FoldedText } from '../text/fold';
import { MULTI, SINGLE, SPACE, TABLES, UNKNOWN } from '../text/fold-table';
import { keyEnds, reportKeyEnds, step, type KeySink, type Matcher } from './matcher';

/** The folded text's buffers, reused from text to text (fresh typed arrays are costly to touch). */
let codes = new Uint16Array(1024);
let starts = new Int32Array(1025);

/**
 * Folds `source` (case-folded, as foldText does) into buffers reused by the next call, stepping
 * the automaton on each folded unit and noting where keys end; {@link reportHits} then reports
 * them. The folded text is valid until the next call.
 */
export function foldAndStep(source: string, matcher: Matcher): FoldedText {
  const n = source.length;
  if (codes.length < n + 8) {
    codes = new Uint16Array(n * 2 + 8);
    starts = new Int32Array(n * 2 + 9);
  }
  const table = TABLES[0];
  const { kind, single } = table;
  const { classOf, rootRow } = matcher;
  const { childOffset, edgeClass, fail, outFirst } = matcher.lexicon;
  const ends = keyEnds;
  ends.count = 0;
  let length = 0;
  let state = 0;
  let lastSpace = false;
  for (let i = 0; i < n; i++) {
    const c = source.charCodeAt(i);
    let k = kind[c]!;
    if (k === UNKNOWN) k = table.fill(c);
    let f: number;
    if (k === SINGLE) {
      f = single[c]!;
      lastSpace = false;
    } else if (k === SPACE) {
      if (lastSpace) continue;
      f = 0x20;
      lastSpace = true;
    } else if (k === MULTI) {
      // Rare (ß → ss): each unit but the last steps here, the last below.
      const out = table.multi.get(c)!;
      // Room for it and for the rest of the text a unit a character.
      if (length + out.length + n - i + 8 > codes.length) grow(length, out.length + n - i);
      for (let j = 0; j < out.length - 1; j++) {
        const u = out.charCodeAt(j);
        codes[length] = u;
        starts[length++] = i;
        const cls = classOf[u]!;
        state = cls === 0 ? 0 : step(state, cls, rootRow, childOffset, edgeClass, fail);
        const r = outFirst[state]!;
        if (r !== 0) ends.add(length, r);
      }
      f = out.charCodeAt(out.length - 1);
      lastSpace = false;
    } else continue; // removed: no trace in the folded text
    codes[length] = f;
    starts[length++] = i;
    const cls = classOf[f]!;
    // A character in no key: no key can span it.
    state = cls === 0 ? 0 : step(state, cls, rootRow, childOffset, edgeClass, fail);
    // Its first reporting state noted with the end: read here anyway, and read again after the
    // pass it was a cache miss per end at 10k entries (outFirst: 5 MB).
    const r = outFirst[state]!;
    if (r !== 0) ends.add(length, r);
  }
  starts[length] = n;
  return { source, codes, starts, length };
}

/**
 * Reports the key occurrences of the text {@link foldAndStep} folded last that may be mentions,
 * as `scanKeysAtWordEnds` over the whole folded text would.
 */
export function reportHits(matcher: Matcher, folded: FoldedText, onMatch: KeySink): void {
  reportKeyEnds(matcher, folded.codes, folded.length, keyEnds, onMatch);
}

/** Makes room for `more` units after `length` (an expansion outgrew the buffers). */
function grow(length: number, more: number): void {
  const biggerCodes = new Uint16Array(codes.length * 2 + more + 8);
  biggerCodes.set(codes.subarray(0, length));
  const biggerStarts = new Int32Array(biggerCodes.length + 1);
  biggerStarts.set(starts.subarray(0, length));
  codes = biggerCodes;
  starts = biggerStarts;
}
