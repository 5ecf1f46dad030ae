/**
 * Where inside a name a word-prefix search may start: after a space («Cooperation» finds
 * «Shanghai Cooperation Organisation»), at every Han character (Chinese writes no spaces, so
 * «组织» finds «上合组织»), and after an Arabic word's article («تعاون» finds «للتعاون»,
 * «طريق» finds «والطريق»).
 */
import { ARABIC, isArabicLetter } from '../language/ar/letters';
import { BOUNDARYLESS, charClass } from '../text/char-class';

const SPACE = 0x20;
/** The article is only split off a word that keeps at least this many letters after it. */
const MIN_STEM = 2;

/** Offsets (> 0, ascending, distinct) of the word starts inside a search key. */
export function wordStarts(key: string): number[] {
  const starts: number[] = [];
  let prev = SPACE; // the key's start counts as following a space
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (prev === SPACE) {
      if (i > 0) starts.push(i);
      if (isArabicLetter(c)) pushArabicStems(key, i, starts);
    } else if (charClass(c) === BOUNDARYLESS && charClass(prev) === BOUNDARYLESS) {
      starts.push(i);
    }
    prev = c;
  }
  return starts;
}

/** Pushes where the Arabic word at `at` begins without و/ف before an article, and without ال or لل. */
function pushArabicStems(key: string, at: number, starts: number[]): void {
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
