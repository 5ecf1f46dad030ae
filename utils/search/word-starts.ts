/**
 * Where inside a name a word-prefix search may start: after a space («Cooperation» finds
 * «Shanghai Cooperation Organisation»), at every Han character (Chinese writes no spaces, so
 * «组织» finds «上合组织»), and after an Arabic word's article («تعاون» finds «للتعاون»,
 * «طريق» finds «والطريق»).
 */
import { ARABIC, isArabicLetter } from '../text/fold-arabic';
import { isBoundaryless } from '../text/fold-cjk';

const SPACE = 0x20;
/** The article is only split off a word that keeps at least this many letters after it. */
const MIN_STEM = 2;

/** Offsets (> 0, ascending, distinct) of the word starts inside a search key. */
export function wordStarts(key: string): number[] {
  const starts: number[] = [];
  const push = (at: number) => {
    if (at > 0 && at < key.length && starts[starts.length - 1] !== at) starts.push(at);
  };
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    const wordStart = i === 0 || key.charCodeAt(i - 1) === SPACE;
    if (wordStart && isArabicLetter(c)) arabicStemStarts(key, i).forEach(push);
    else if (wordStart || (isBoundaryless(c) && isBoundaryless(key.charCodeAt(i - 1)))) push(i);
  }
  return starts;
}

/** The word start itself, then where it begins without و/ف and without ال or لل. */
function arabicStemStarts(key: string, at: number): number[] {
  const starts = [at];
  const c = (k: number) => key.charCodeAt(k);
  let p = at;
  // The conjunction is split off only before the article: و is also a first letter (وانغ).
  if ((c(p) === ARABIC.waw || c(p) === ARABIC.fa) && isArticleAt(key, p + 1)) starts.push(++p);
  if (isArticleAt(key, p)) starts.push(p + 2);
  return starts;
}

/** ال or لل (ل + the article) followed by a stem of at least {@link MIN_STEM} letters. */
function isArticleAt(key: string, p: number): boolean {
  const first = key.charCodeAt(p);
  if ((first !== ARABIC.alef && first !== ARABIC.lam) || key.charCodeAt(p + 1) !== ARABIC.lam) return false;
  for (let k = p + 2; k < p + 2 + MIN_STEM; k++) if (!isArabicLetter(key.charCodeAt(k))) return false;
  return true;
}
