/**
 * Arabic proclitics in queries. Arabic writes the conjunctions و ف and the prepositions ب ك ل
 * glued to the next word, so a reader who copies «والصين» or «للصين» from a page means الصين.
 * Page detection handles this with clitics.ts, on page text; folding never strips a query, so
 * this is the query-side mirror of the same grammar: و/ف, then ب/ك/ل, and لل for ل + the
 * article (ل + الصين → للصين, ل + اللجنة → للجنة).
 */
import { ARABIC, isArabicLetter } from './letters';

const ARTICLE = String.fromCharCode(ARABIC.alef, ARABIC.lam);

/** A stripped query shorter than this finds too much to be worth trying. */
const MIN_REST = 2;

/**
 * The forms a folded query (a search key) may have had before proclitics were glued to it,
 * fewest letters stripped first, the query itself excluded. Empty when the query does not start
 * with an Arabic proclitic.
 *
 * @example queryVariants('والصين') → ['الصين']
 * @example queryVariants('للصين') → ['الصين', 'اللصين', 'لصين']
 * @example queryVariants('وبكازاخستان') → ['بكازاخستان', 'كازاخستان']
 */
export function queryVariants(query: string): string[] {
  const variants: string[] = [];
  const add = (variant: string) => {
    if (
      variant.length >= MIN_REST &&
      isArabicLetter(variant.charCodeAt(0)) &&
      !variants.includes(variant)
    ) {
      variants.push(variant);
    }
  };
  let i = 0;
  const at = (k: number) => query.charCodeAt(k);
  if (at(0) === ARABIC.waw || at(0) === ARABIC.fa) add(query.slice(++i));
  const c = at(i);
  // لل + X is ل + ال + X with the alef dropped; X itself may start with the article's lam.
  if (c === ARABIC.lam && at(i + 1) === ARABIC.lam && query.length > i + 2) {
    add(ARTICLE + query.slice(i + 2));
    add(ARTICLE + query.slice(i + 1));
  }
  if (c === ARABIC.ba || c === ARABIC.kaf || c === ARABIC.lam) add(query.slice(i + 1));
  return variants.filter((v) => v !== query);
}
