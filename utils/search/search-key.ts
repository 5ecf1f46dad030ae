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
 * Walks the folded text once and calls `emit(code, foldedIndex)` for every unit of the search
 * key. Shared by {@link searchKey} (index build, no offset map kept) and {@link keyOffsets}.
 */
function walkKey(folded: FoldedText, emit: (code: number, foldedIndex: number) => void): void {
  let pendingSpace = -1; // folded index of the separator run waiting to be emitted
  let started = false;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.codes[i]!;
    if (c === APOSTROPHE || c === DOT) continue;
    // Surrogate halves count as letters: rare Han characters live outside the BMP.
    if ((c < 0xd800 || c > 0xdfff) && charClass(c) === NON_WORD) {
      if (started && pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) emit(SPACE, pendingSpace);
    pendingSpace = -1;
    started = true;
    emit(c, i);
  }
}

/** The search key of a name or query (case-folded; empty when it has no letters or digits). */
export function searchKey(text: string): string {
  const units: number[] = [];
  walkKey(foldText(text), (c) => units.push(c));
  return String.fromCharCode(...units);
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
  const units: number[] = [];
  const indices: number[] = [];
  walkKey(folded, (c, i) => {
    units.push(c);
    indices.push(i);
  });
  return { key: String.fromCharCode(...units), folded, foldedIndex: Int32Array.from(indices) };
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
