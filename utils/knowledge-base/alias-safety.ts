/**
 * Which aliases are safe to highlight on any page. An alias that is also an ordinary word
 * (Arabic شي "thing", English "the") or too short to be distinctive would paint half the web;
 * such names must be marked `searchOnly` (found by search, never highlighted) or left out.
 */

/** Ordinary words that must never be highlighted (folded forms). */
const COMMON_WORDS = new Set([
  // Arabic: particles and very frequent short words (شي alone means "thing").
  'شي',
  'في',
  'من',
  'علي',
  'الي',
  'عن',
  'مع',
  'ان',
  'او',
  'ما',
  'لا',
  'هذا',
  'هذه',
  'التي',
  'الذي',
  'كل',
  'بين',
  'قد',
  'هو',
  'هي',
  'يي',
  'دول',
  'الدول',
  'الجوار',
  'التعاون',
  'الرئيس',
  'وزير',
  // English
  'the',
  'and',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'is',
  'it',
  'as',
  'by',
  'with',
  'from',
  'that',
  'this',
  'new',
  'one',
  'all',
  'not',
  'but',
  'are',
  'was',
  // Russian
  'и',
  'в',
  'на',
  'с',
  'по',
  'не',
  'что',
  'как',
  'для',
  'это',
  'все',
  // Chinese single characters are caught by the length rule.
]);

/** Script-aware minimum length of a highlighted alias (in folded characters). */
function minimumLength(folded: string, caseSensitive: boolean): number {
  if (/[\u3400-\u9fff\uf900-\ufaff]/.test(folded)) return 2; // Chinese: two characters are a word
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
