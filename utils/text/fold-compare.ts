/**
 * Comparing a span of page text with a key without folding it into a new string: the check of
 * case-sensitive aliases, made for every occurrence of one while a page's text is matched.
 */
import { foldInto, type FoldBuffers, type FoldOptions } from './fold';
import { SINGLE, TABLES, UNKNOWN } from './fold-table';

/** Buffers of {@link foldsTo}, apart from the page and key scratch. */
const spanScratch: FoldBuffers = {
  codes: new Uint16Array(256),
  starts: new Int32Array(257),
};

/**
 * True when `source[from, to)`, folded as {@link foldKey} folds a key (spaces collapsed and
 * trimmed), equals `key`. The check of case-sensitive aliases (SCO is not sco), made for every
 * occurrence of one while a page's text is matched: folding the span into its own scratch
 * buffers allocates nothing (a slice, two typed arrays and two strings an occurrence did).
 */
export function foldsTo(
  source: string,
  from: number,
  to: number,
  key: string,
  options: FoldOptions = {},
): boolean {
  // Most spans that fail, fail at their first character (the conjunction и against a short form
  // И: 16 thousand of 27 thousand case checks on the 1 MB bench page at 10k entries). Folding is
  // per code unit, so a first character folding to one unit other than the key's settles it
  // with one table read, before the span is folded.
  if (from < to) {
    const table = TABLES[options.caseSensitive === true ? 1 : 0];
    const c = source.charCodeAt(from);
    const kind = table.kind[c] === UNKNOWN ? table.fill(c) : table.kind[c];
    if (kind === SINGLE && table.single[c] !== key.charCodeAt(0)) return false;
  }
  if (spanScratch.codes.length < to - from + 8) {
    spanScratch.codes = new Uint16Array((to - from) * 2 + 8);
    spanScratch.starts = new Int32Array((to - from) * 2 + 9);
  }
  const { codes, length } = foldInto(source, options.caseSensitive === true, spanScratch, from, to);
  // Folded text holds no space but U+0020 (every kind folds to it), so trimming is skipping those.
  let a = 0;
  let b = length;
  while (a < b && codes[a] === 0x20) a++;
  while (b > a && codes[b - 1] === 0x20) b--;
  if (b - a !== key.length) return false;
  for (let i = 0; i < key.length; i++) if (codes[a + i] !== key.charCodeAt(i)) return false;
  return true;
}
