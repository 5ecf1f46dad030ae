/**
 * Character classes for word boundaries, over folded code units: a match must not start or end
 * inside a longer word (SCO in Scotland, كازاخستان in كازاخستانية), except in scripts written
 * without spaces (Chinese, Japanese), where any position is a boundary.
 */
import { inRanges } from '../language/language';
import { LANGUAGES } from '../language/registry';

/** The languages' characters written without spaces between words. */
const UNSPACED = LANGUAGES.flatMap((language) => language.unspaced ?? []);

/** Not a letter, digit or mark: spaces, punctuation, apostrophes, hyphens, symbols. */
export const NON_WORD = 1;
/** A letter, digit or mark of a script that separates words. */
export const WORD = 2;
/** A letter of a script without word separators (Han, kana). */
export const BOUNDARYLESS = 3;

const classes = new Uint8Array(65536);
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** The class of a folded code unit (lazily computed, cached). Surrogates count as non-word. */
export function charClass(c: number): number {
  const k = classes[c]!;
  if (k !== 0) return k;
  let cls = NON_WORD;
  if (inRanges(c, UNSPACED)) cls = BOUNDARYLESS;
  else if ((c < 0xd800 || c > 0xdfff) && WORD_CHAR.test(String.fromCharCode(c))) cls = WORD;
  classes[c] = cls;
  return cls;
}
