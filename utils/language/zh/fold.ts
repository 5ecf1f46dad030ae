/**
 * CJK folding: full-width ASCII (ＳＣＯ, １２３) and half-width katakana become their ordinary
 * forms. Chinese has no spaces between words, so any position between two Han characters is a
 * word boundary (`UNSPACED`). Traditional and simplified characters are not folded together: the
 * knowledge base lists both forms where it matters.
 */
import type { CodeRange } from '../language';
import type { ScriptFolder } from '../script-folder';

/** Halfwidth and Fullwidth Forms: the code units this folder folds. */
const WIDTH_FORMS: CodeRange = [0xff00, 0xffef];

/**
 * Characters of scripts written without spaces between words: Han, and kana (Japanese, which has
 * no folder of its own yet: Chinese pages quote Japanese names).
 */
export const UNSPACED: readonly CodeRange[] = [
  [0x3040, 0x30ff], // hiragana, katakana
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xf900, 0xfaff], // compatibility ideographs
  [0x31f0, 0x31ff], // katakana phonetic extensions
  [0x3005, 0x3005], // 々
  [0x3007, 0x3007], // 〇
];

/** The code units Chinese owns. */
export const CJK_SCRIPT: readonly CodeRange[] = [...UNSPACED, WIDTH_FORMS];

export const foldCjk: ScriptFolder = {
  name: 'cjk',
  fold(c) {
    if (c < WIDTH_FORMS[0] || c > WIDTH_FORMS[1]) return undefined;
    // NFKC maps full-width ASCII to ASCII and half-width katakana/hangul to full width;
    // the driver then folds the result again (case, …).
    return String.fromCharCode(c).normalize('NFKC');
  },
};
