/**
 * Search keys: names and queries in the form the search index compares. A search key is the
 * page-detection folding (utils/text/fold: case, accents, Arabic letter variants and marks, ё,
 * full-width forms…) plus one search-only step: separators do not matter when typing, so every run
 * of spaces, hyphens and punctuation becomes one space («Kassym-Jomart» = «Kassym Jomart»,
 * «قاسم -جومارت» = «قاسم جومارت»), and apostrophes and dots vanish («Xi'an» = «Xian», «U.S.» = «US»).
 */
import { NON_WORD, charClass } from '../text/char-class';
import { foldText, originalEnd, type FoldedText } from '../text/fold';

const SPACE = 0x20;
const APOSTROPHE = 0x27;
const DOT = 0x2e;

/**
 * Writes the search key of `folded` into `out` (and into `from`, when given, the folded index
 * each key unit came from); returns the key's length. One loop without callbacks: the index
 * build calls this for every name.
 */
function walkKey(folded: FoldedText, out: Uint16Array, from: Int32Array | null): number {
  let n = 0;
  let pendingSpace = -1; // folded index of the separator run waiting to be written
  for (let i = 0; i < folded.length; i++) {
    const c = folded.codes[i]!;
    if (c === APOSTROPHE || c === DOT) continue;
    // Surrogate halves count as letters: rare Han characters live outside the BMP.
    if ((c < 0xd800 || c > 0xdfff) && charClass(c) === NON_WORD) {
      if (n > 0 && pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      if (from) from[n] = pendingSpace;
      out[n++] = SPACE;
      pendingSpace = -1;
    }
    if (from) from[n] = i;
    out[n++] = c;
  }
  return n;
}

/** Scratch output for {@link searchKey}, grown on demand (keys are never longer than their folding). */
let scratch = new Uint16Array(256);

function toString(units: Uint16Array): string {
  // apply() takes an array-like; typed arrays qualify, TypeScript's signature just does not say so.
  // Chunked: a pasted page as a query must not overflow the argument stack.
  let s = '';
  for (let i = 0; i < units.length; i += 8192) {
    s += String.fromCharCode.apply(null, units.subarray(i, i + 8192) as unknown as number[]);
  }
  return s;
}

/** The search key of a name or query (case-folded; empty when it has no letters or digits). */
export function searchKey(text: string): string {
  const folded = foldText(text);
  if (scratch.length < folded.length) scratch = new Uint16Array(folded.length * 2);
  return toString(scratch.subarray(0, walkKey(folded, scratch, null)));
}

/** A search key with, for each key unit, the folded index it came from (to map ranges back). */
export interface KeyOffsets {
  readonly key: string;
  readonly folded: FoldedText;
  readonly foldedIndex: Int32Array;
}

/** The search key of `text` with its offset map (computed for displayed results only). */
export function keyOffsets(text: string): KeyOffsets {
  const folded = foldText(text);
  const units = new Uint16Array(folded.length);
  const from = new Int32Array(folded.length);
  const n = walkKey(folded, units, from);
  return { key: toString(units.subarray(0, n)), folded, foldedIndex: from.subarray(0, n) };
}

/**
 * The range of the original text that key units `[start, end)` came from, half-open. Marks the
 * folding removed after the last unit (a final shadda, tatweel) belong to the range, so a mark is
 * never left outside a highlight.
 */
export function originalRange(offsets: KeyOffsets, start: number, end: number): [number, number] {
  const { folded, foldedIndex } = offsets;
  const from = folded.starts[foldedIndex[start]!]!;
  return [from, originalEnd(folded, foldedIndex[end - 1]! + 1)];
}
