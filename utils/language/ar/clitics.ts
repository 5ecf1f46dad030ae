/**
 * Arabic proclitics. Arabic writes the conjunctions و ف, the prepositions ب ك ل and the article
 * ال glued to the next word, in that order: وبالصين is و + ب + الصين. Before the article, ل is
 * written لل (ل + الصين → للصين; ل + اللجنة → للجنة). A name is matched inside such a word, its
 * proclitics then belonging to the mention, and the search finds a name's words past them.
 */
import { KeyFlag, type Clitics } from '../language';
import { ARABIC, isArabicLetter } from './letters';

/** Longest proclitic chain before a key: و + ب + ال (وبال). */
const MAX_CHAIN = 4;

/** A search stem is split off the article only when it keeps at least this many letters. */
const MIN_STEM = 2;

/** The key flags of a folded key starting with an Arabic letter: the article, when it has one. */
function keyFlags(key: string): number {
  const article =
    key.length > 2 &&
    key.charCodeAt(0) === ARABIC.alef &&
    key.charCodeAt(1) === ARABIC.lam &&
    isArabicLetter(key.charCodeAt(2));
  return KeyFlag.Clitics | (article ? KeyFlag.Article : 0);
}

/**
 * The part of an article key that follows the preposition ل on the page: ل + الصين is written
 * للصين (the article's alef drops), so «لصين» must follow that ل; ل + اللجنة is written للجنة
 * (the article's lam merges too), so «لجنه» must follow it. Undefined for other keys.
 */
function afterClitic(key: string): string | undefined {
  if (!(keyFlags(key) & KeyFlag.Article)) return undefined;
  return key.charCodeAt(2) === ARABIC.lam ? key.slice(2) : key.slice(1);
}

/** Checks `codes[from, to)` against the proclitic grammar for this kind of key. */
function isChain(
  codes: Uint16Array,
  from: number,
  to: number,
  flags: number,
  bareArticle: boolean,
): boolean {
  for (let k = from; k < to; k++) if (!isArabicLetter(codes[k]!)) return false;
  // Read without a closure or an array: called for every Arabic key starting inside a word
  // (32 thousand times on the 1 MB bench page at 10k entries).
  let i = from;
  const first = i < to ? codes[i]! : -1;
  if (first === ARABIC.waw || first === ARABIC.fa) i++; // conjunction
  const rest = to - i;
  const c0 = i < to ? codes[i]! : -1;
  const c1 = i + 1 < to ? codes[i + 1]! : -1;
  const c2 = i + 2 < to ? codes[i + 2]! : -1;
  const preposition = c0 === ARABIC.ba || c0 === ARABIC.kaf;
  // لل + rest of an article key: only the preposition ل may precede the variant.
  if (flags & KeyFlag.AfterClitic) return rest === 1 && c0 === ARABIC.lam;
  // Before the article, ل is written لل (the lam variant's business), so only ب and ك.
  if (flags & KeyFlag.Article) return rest === 0 || (rest === 1 && preposition);
  if (rest === 0) return true;
  if (rest === 1) return preposition || c0 === ARABIC.lam;
  if (!bareArticle) return false;
  // The article added to a bare alias: ال, لل (ل + ال), بال, كال.
  if (rest === 2) return (c0 === ARABIC.alef || c0 === ARABIC.lam) && c1 === ARABIC.lam;
  return rest === 3 && preposition && c1 === ARABIC.alef && c2 === ARABIC.lam;
}

/**
 * Pushes where the Arabic word at `at` begins without و/ف before an article, and without ال or
 * لل («طريق» and «الطريق» find «والطريق»).
 */
function pushStemStarts(key: string, at: number, starts: number[]): void {
  let p = at;
  // The conjunction is split off only before the article: و is also a first letter (وانغ).
  const c = key.charCodeAt(p);
  if ((c === ARABIC.waw || c === ARABIC.fa) && isArticleAt(key, p + 1)) starts.push(++p);
  if (isArticleAt(key, p)) starts.push(p + 2);
}

/** ال or لل (ل + the article) followed by a stem of at least {@link MIN_STEM} letters. */
function isArticleAt(key: string, p: number): boolean {
  const first = key.charCodeAt(p);
  if ((first !== ARABIC.alef && first !== ARABIC.lam) || key.charCodeAt(p + 1) !== ARABIC.lam)
    return false;
  for (let k = p + 2; k < p + 2 + MIN_STEM; k++)
    if (!isArabicLetter(key.charCodeAt(k))) return false;
  return true;
}

export const clitics: Clitics = {
  isLetter: isArabicLetter,
  maxChain: MAX_CHAIN,
  keyFlags,
  afterClitic,
  isChain,
  pushStemStarts,
};
