/**
 * Per-key properties the matcher's boundary rules need, computed once when the lexicon is built.
 */
import { KeyFlag } from '../language/language';
import { cliticsOf } from '../language/registry';

/** Bits of `Lexicon.patternFlags`: the matcher's own, and those of the clitic rules. */
export const PatternFlag = {
  /** Matches only with the alias's letter case (SCO, UN). */
  CaseSensitive: 1,
  ...KeyFlag,
  /**
   * A short form that names its entry only in context (Xi, Си, شي): after a title word, or in a
   * document that names the entry in full (short-forms.ts).
   */
  ShortForm: 16,
} as const;

/** The flags a folded key implies by itself (its first letter's clitic rules decide). */
export function keyFlags(key: string): number {
  return cliticsOf(key.charCodeAt(0))?.keyFlags(key) ?? 0;
}

/**
 * The key as spelt right after a clitic that merges with it (ل + الصين → للصين: «لصين»), or
 * undefined.
 */
export function afterClitic(key: string): string | undefined {
  return cliticsOf(key.charCodeAt(0))?.afterClitic(key);
}
