/**
 * CJK folding: full-width ASCII (ＳＣＯ, １２３) and half-width katakana become their ordinary
 * forms. Chinese has no spaces between words, so CJK characters never need a word boundary
 * (`isBoundaryless`). Traditional and simplified characters are not folded together: the
 * knowledge base lists both forms where it matters.
 */
import type { ScriptFolder } from './script-folder';

export const foldCjk: ScriptFolder = {
  name: 'cjk',
  fold(c) {
    if (c < 0xff00 || c > 0xffef) return undefined;
    // NFKC maps full-width ASCII to ASCII and half-width katakana/hangul to full width;
    // the driver then folds the result again (case, …).
    return String.fromCharCode(c).normalize('NFKC');
  },
};

/** True for characters of scripts written without spaces between words (Han, kana). */
export function isBoundaryless(c: number): boolean {
  return (
    (c >= 0x3040 && c <= 0x30ff) || // hiragana, katakana
    (c >= 0x3400 && c <= 0x4dbf) || // CJK extension A
    (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
    (c >= 0xf900 && c <= 0xfaff) || // compatibility ideographs
    (c >= 0x31f0 && c <= 0x31ff) || // katakana phonetic extensions
    c === 0x3005 || c === 0x3007 // 々 〇
  );
}
