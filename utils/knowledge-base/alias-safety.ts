/**
 * Which aliases are safe to highlight on any page. An alias that is also an ordinary word
 * (Arabic شي "thing", English "the") or too short to be distinctive would paint half the web;
 * such names must be marked `searchOnly` (found by search, never highlighted) or left out.
 * The words and length rules are each language's (utils/language/<code>/alias-safety.ts).
 */
import { LANGUAGES } from '../language/registry';

/** Ordinary words that must never be highlighted (folded forms), of every language. */
const COMMON_WORDS = new Set(
  LANGUAGES.flatMap((language) => language.aliasSafety?.commonWords ?? []),
);

const LENGTH_RULES = LANGUAGES.flatMap((language) => {
  const rule = language.aliasSafety?.minimumLength;
  return rule ? [rule] : [];
});

/** Script-aware minimum length of a highlighted alias (in folded characters). */
function minimumLength(letters: string, caseSensitive: boolean): number {
  for (const rule of LENGTH_RULES) {
    const minimum = rule(letters);
    if (minimum !== undefined) return minimum;
  }
  return caseSensitive ? 2 : 3; // SCO, UN in capitals are distinctive; "un" is not
}

export type AliasVerdict = { safe: true } | { safe: false; reason: string };

/**
 * Whether an alias may be highlighted on pages.
 * @param folded the alias's match key (`foldKey`), so that case and diacritics do not hide a word.
 */
export function aliasSafety(folded: string, caseSensitive: boolean): AliasVerdict {
  const letters = folded.replace(/[\s\-'’.]/g, '');
  const minimum = minimumLength(letters, caseSensitive);
  if (letters.length < minimum) {
    return { safe: false, reason: `is ${letters.length} character(s) long (minimum ${minimum})` };
  }
  if (!caseSensitive && COMMON_WORDS.has(folded.toLowerCase())) {
    return { safe: false, reason: 'is an ordinary word' };
  }
  return { safe: true };
}
