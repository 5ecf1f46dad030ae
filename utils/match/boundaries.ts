/**
 * Where a key occurrence may start and end: never inside a longer word (SCO in Scotland, UN in
 * UNESCO, كازاخستان in كازاخستانية), except that an Arabic key may be preceded, inside its
 * word, by a chain of proclitics — و/ف, then ب/ك/ل, then (for keys with the article) the
 * article itself, or لل for ل + ال — which then belongs to the mention's span.
 */
import { WORD, charClass } from '../text/char-class';
import { ARABIC, isArabicLetter } from '../language/ar/letters';
import { PatternFlag } from './pattern-flags';

/** Longest proclitic chain before a key: و + ب + ال (وبال). */
const MAX_CHAIN = 4;

/** True when the key ending at `end` (exclusive) is not followed by more of the same word. */
export function endsAtBoundary(codes: Uint16Array, length: number, end: number): boolean {
  if (end >= length) return true;
  return !glued(codes[end - 1]!, codes[end]!);
}

/** Two letters of one word: both word characters of the same script family (بـUN is two words). */
function glued(a: number, b: number): boolean {
  return charClass(a) === WORD && charClass(b) === WORD && isArabicLetter(a) === isArabicLetter(b);
}

/**
 * Where the mention of a key occurrence starting at `start` begins (its proclitics included),
 * or -1 when the occurrence starts inside another word.
 */
export function mentionStart(codes: Uint16Array, start: number, flags: number, bareArticle: boolean): number {
  const needsLam = (flags & PatternFlag.LamVariant) !== 0;
  if (start === 0) return needsLam ? -1 : 0;
  // Not glued to a preceding letter: a word starts here (the lam variant needs its ل, though).
  if (!glued(codes[start - 1]!, codes[start]!)) return needsLam ? -1 : start;
  if (!(flags & PatternFlag.Arabic)) return -1;
  // Inside an Arabic word: the letters before the key must all be proclitics.
  let wordStart = start;
  while (wordStart > 0 && start - wordStart <= MAX_CHAIN && charClass(codes[wordStart - 1]!) === WORD) wordStart--;
  if (start - wordStart > MAX_CHAIN) return -1;
  return isProcliticChain(codes, wordStart, start, flags, bareArticle) ? wordStart : -1;
}

/** Checks `codes[from, to)` against the proclitic grammar for this kind of key. */
function isProcliticChain(codes: Uint16Array, from: number, to: number, flags: number, bareArticle: boolean): boolean {
  for (let k = from; k < to; k++) if (!isArabicLetter(codes[k]!)) return false;
  const at = (k: number) => (k < to ? codes[k] : -1);
  let i = from;
  if (at(i) === ARABIC.waw || at(i) === ARABIC.fa) i++; // conjunction
  const rest = to - i;
  const [c0, c1, c2] = [at(i), at(i + 1), at(i + 2)];
  const preposition = c0 === ARABIC.ba || c0 === ARABIC.kaf;
  // لل + rest of an article key: only the preposition ل may precede the variant.
  if (flags & PatternFlag.LamVariant) return rest === 1 && c0 === ARABIC.lam;
  // Before the article, ل is written لل (the lam variant's business), so only ب and ك.
  if (flags & PatternFlag.Article) return rest === 0 || (rest === 1 && preposition);
  if (rest === 0) return true;
  if (rest === 1) return preposition || c0 === ARABIC.lam;
  if (!bareArticle) return false;
  // The article added to a bare alias: ال, لل (ل + ال), بال, كال.
  if (rest === 2) return (c0 === ARABIC.alef || c0 === ARABIC.lam) && c1 === ARABIC.lam;
  return rest === 3 && preposition && c1 === ARABIC.alef && c2 === ARABIC.lam;
}
