/**
 * The folding driver: turns text into its match form (case, accents, Arabic letter variants,
 * diacritics, spacing… folded) and keeps, for every folded code unit, the offset of the original
 * character it came from, so that a match in folded text maps back to exact original positions.
 *
 * The rules live in fold-common.ts (script-independent) and in each language's folder
 * (utils/language/<code>/fold.ts, from the registry), combined into two lazily filled 64K lookup
 * tables (fold-table.ts: case-folded and case-kept), so folding costs one table read per
 * character and allocates nothing per character. Some folders read a table installed at run
 * time (`installFoldTables`: traditional → simplified Han), which content scripts get with the
 * lexicon rather than in their bundle.
 */
import { LANGUAGES } from '../language/registry';
import { MULTI, SINGLE, SPACE, TABLES, UNKNOWN } from './fold-table';
import { sameFoldTables } from './fold-tables-equal';

/** The languages' fold tables, by language code (see `Language.foldTable`). */
export type FoldTables = Readonly<Record<string, Uint16Array>>;

let installedTables: FoldTables = {};

/**
 * Makes the languages' folders read `tables` (a language missing from it gets none). Tables equal
 * to the current ones keep the cached foldings; they are compared (~1 ms for Chinese's, cold,
 * at a frame's ready) only when some are cached, else installed at once (cheap, nothing to clear).
 */
export function installFoldTables(tables: FoldTables): void {
  if (TABLES.some((table) => table.filled) && sameFoldTables(tables, installedTables)) return;
  installedTables = tables;
  for (const language of LANGUAGES) language.foldTable?.install(tables[language.code]);
  for (const table of TABLES) table.clear();
}

/** The installed fold tables (the lexicon carries them to content scripts). */
export function installedFoldTables(): FoldTables {
  return installedTables;
}

/** Options of {@link foldText} and {@link foldKey}. */
export interface FoldOptions {
  /** Keep letter case (used to check case-sensitive aliases such as SCO). Default false. */
  caseSensitive?: boolean;
}

/**
 * Text in match form with its offset map.
 * `codes[i]` (i < length) is a folded UTF-16 code unit; `starts[i]` is the offset in `source` of
 * the original character it came from; `starts[length] === source.length`. The arrays may be
 * longer than that (scratch buffers): read them up to `length` only.
 */
export interface FoldedText {
  readonly source: string;
  readonly codes: Uint16Array;
  readonly starts: Int32Array;
  readonly length: number;
}

/**
 * Folds `source` into match form. Spaces of every kind collapse to one space; removed characters
 * (diacritics, tatweel, zero-width…) leave no trace in `codes` but stay covered by the offset map.
 */
export function foldText(source: string, options: FoldOptions = {}): FoldedText {
  return foldInto(source, options.caseSensitive === true, null);
}

/** Reusable output buffers of a fold (grown as needed). */
export interface FoldBuffers {
  codes: Uint16Array;
  starts: Int32Array;
}

const scratch: FoldBuffers = {
  codes: new Uint16Array(1024),
  starts: new Int32Array(1025),
};

/**
 * Like {@link foldText}, but into shared buffers: no allocation per call (allocating typed arrays
 * costs more than folding a short paragraph). The result is only valid until the next call:
 * for code that folds, matches and drops the result at once.
 */
export function foldTextScratch(source: string): FoldedText {
  if (scratch.codes.length < source.length + 8) {
    scratch.codes = new Uint16Array(source.length * 2 + 8);
    scratch.starts = new Int32Array(source.length * 2 + 9);
  }
  return foldInto(source, false, scratch);
}

/** Folds `source[from, to)` (the whole string by default); offsets stay those of `source`. */
export function foldInto(
  source: string,
  caseSensitive: boolean,
  buffers: FoldBuffers | null,
  from = 0,
  to = source.length,
): FoldedText {
  const table = TABLES[caseSensitive ? 1 : 0];
  const { kind, single, multi } = table;
  const n = to;
  // Expansions (ß → ss) are rare: size for one unit per character and grow if needed.
  let codes: Uint16Array = buffers?.codes ?? new Uint16Array(n - from + 8);
  let starts: Int32Array = buffers?.starts ?? new Int32Array(n - from + 9);
  let length = 0;
  let lastSpace = false;
  for (let i = from; i < n; i++) {
    const c = source.charCodeAt(i);
    let k = kind[c]!;
    if (k === UNKNOWN) k = table.fill(c);
    if (k === SINGLE) {
      codes[length] = single[c]!;
      starts[length++] = i;
      lastSpace = false;
    } else if (k === SPACE) {
      if (lastSpace) continue;
      codes[length] = 0x20;
      starts[length++] = i;
      lastSpace = true;
    } else if (k === MULTI) {
      const out = multi.get(c)!;
      if (length + out.length >= codes.length) {
        const bigger = new Uint16Array(codes.length * 2 + out.length);
        bigger.set(codes);
        codes = bigger;
        const biggerStarts = new Int32Array(codes.length + 1);
        biggerStarts.set(starts);
        starts = biggerStarts;
      }
      for (let j = 0; j < out.length; j++) {
        codes[length] = out.charCodeAt(j);
        starts[length++] = i;
      }
      lastSpace = false;
    }
  }
  starts[length] = n;
  if (buffers) {
    buffers.codes = codes; // keep the grown buffers
    buffers.starts = starts;
    return { source, codes, starts, length };
  }
  return {
    source,
    codes: codes.subarray(0, length),
    starts: starts.subarray(0, length + 1),
    length,
  };
}

/** The folded text as a string (for tests, keys and debugging; the matcher reads `codes`). */
export function foldedString(folded: FoldedText): string {
  let s = '';
  for (let i = 0; i < folded.length; i += 8192) {
    s += String.fromCharCode(...folded.codes.subarray(i, Math.min(folded.length, i + 8192)));
  }
  return s;
}

/** Original offset where folded position `start` begins. */
export function originalStart(folded: FoldedText, start: number): number {
  return folded.starts[start]!;
}

/**
 * Original offset (exclusive) where a folded span ending at `end` ends: just before the next
 * kept character, so marks the fold removed after the last letter (a final damma, tatweel)
 * belong to the span; an end inside an expansion (ß → s|s) extends to the whole character.
 */
export function originalEnd(folded: FoldedText, end: number): number {
  const { starts, length } = folded;
  if (end <= 0) return starts[0] ?? 0;
  const last = starts[end - 1]!;
  let j = end;
  while (j < length && starts[j] === last) j++;
  return starts[j]!;
}

/** Buffers of {@link foldKey}, apart from the page scratch. */
const keyScratch: FoldBuffers = {
  codes: new Uint16Array(256),
  starts: new Int32Array(257),
};

/**
 * The match key of an alias, exactly as the automaton stores it: folded like page text, spaces
 * collapsed and trimmed. Arabic proclitics and the article are NOT stripped: «الصين» keys as
 * «الصين» (the matcher itself accepts و ف ب ك ل and لل in front of it on the page).
 *
 * Keys are always compared case-folded; with `caseSensitive: true` this returns the
 * case-kept form the matcher additionally requires (SCO ≠ sco). Two aliases therefore collide on
 * pages when their case-folded keys are equal, unless both are case-sensitive with different
 * case-kept keys (see {@link keysCollide}).
 */
export function foldKey(alias: string, options: FoldOptions = {}): string {
  // Its own scratch buffers: keys are folded by the million when a large lexicon is built (two
  // typed arrays a key were garbage), and case-sensitive keys are folded while a page's text,
  // in the page scratch, is being matched.
  if (keyScratch.codes.length < alias.length + 8) {
    keyScratch.codes = new Uint16Array(alias.length * 2 + 8);
    keyScratch.starts = new Int32Array(alias.length * 2 + 9);
  }
  return foldedString(foldInto(alias, options.caseSensitive === true, keyScratch)).trim();
}

/** True when two aliases would match the same page text (see {@link foldKey}). */
export function keysCollide(
  a: { text: string; caseSensitive?: boolean },
  b: { text: string; caseSensitive?: boolean },
): boolean {
  if (foldKey(a.text) !== foldKey(b.text)) return false;
  if (a.caseSensitive && b.caseSensitive) {
    return foldKey(a.text, { caseSensitive: true }) === foldKey(b.text, { caseSensitive: true });
  }
  return true;
}

/** The first folded position whose original offset is at or after `offset` (length if none). */
export function foldIndexOf(folded: FoldedText, offset: number): number {
  let lo = 0;
  let hi = folded.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (folded.starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
