/**
 * Per-key properties the matcher's boundary rules need, computed once when the lexicon is built.
 */
import { ARABIC, isArabicLetter } from '../language/ar/letters';

/** Bits of `Lexicon.patternFlags`. */
export const PatternFlag = {
  /** Matches only with the alias's letter case (SCO, UN). */
  CaseSensitive: 1,
  /** Arabic key starting with the article ال (الصين). */
  Article: 2,
  /** The لل spelling of an article key: must follow a proclitic chain ending in ل. */
  LamVariant: 4,
  /** Arabic key: proclitics (و ف ب ك ل) may precede it inside the same word. */
  Arabic: 8,
} as const;

/** The flags a folded key implies by itself. */
export function keyFlags(key: string): number {
  const first = key.charCodeAt(0);
  if (!isArabicLetter(first)) return 0;
  const article = key.length > 2 && first === ARABIC.alef && key.charCodeAt(1) === ARABIC.lam && isArabicLetter(key.charCodeAt(2));
  return PatternFlag.Arabic | (article ? PatternFlag.Article : 0);
}

/**
 * The part of an article key that follows the preposition ل on the page: ل + الصين is written
 * للصين (the article's alef drops), so «لصين» must follow that ل; ل + اللجنة is written للجنة
 * (the article's lam merges too), so «لجنه» must follow it. Undefined for other keys.
 */
export function lamVariant(key: string): string | undefined {
  if (!(keyFlags(key) & PatternFlag.Article)) return undefined;
  return key.charCodeAt(2) === ARABIC.lam ? key.slice(2) : key.slice(1);
}
