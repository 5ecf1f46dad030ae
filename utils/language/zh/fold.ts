/**
 * CJK folding: full-width ASCII (ＳＣＯ, １２３) and half-width katakana become their ordinary
 * forms; traditional Han characters become simplified ones (中國 → 中国, from OpenCC's table: see
 * han-variants.ts and simplified.ts), and CJK compatibility ideographs their unified forms, one code unit for one.
 * Chinese has no spaces between words, so any position between two Han characters is a word
 * boundary (`UNSPACED`).
 */
import type { CodeRange } from '../language';
import type { ScriptFolder } from '../script-folder';
import { simplifiedOf } from './simplified';

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

/** CJK Compatibility Ideographs: most are canonically equal to a unified ideograph. */
const COMPATIBILITY: CodeRange = [0xf900, 0xfaff];
/** CJK Unified Ideographs and Extension A: where traditional characters are. */
const HAN: CodeRange = [0x3400, 0x9fff];

/** The code units Chinese owns. */
export const CJK_SCRIPT: readonly CodeRange[] = [...UNSPACED, WIDTH_FORMS];

export const foldCjk: ScriptFolder = {
  name: 'cjk',
  fold(c) {
    // NFKC maps full-width ASCII to ASCII and half-width katakana/hangul to full width;
    // the driver then folds the result again (case, …).
    if (c >= WIDTH_FORMS[0] && c <= WIDTH_FORMS[1]) return String.fromCharCode(c).normalize('NFKC');
    if (c >= COMPATIBILITY[0] && c <= COMPATIBILITY[1]) {
      // 兩 (U+F978) → 兩 (U+5169), which the driver folds again (→ 两); the few whose unified
      // form lies outside the BMP stay as they are (one code unit in, one out).
      const unified = String.fromCharCode(c).normalize('NFC');
      return unified.length === 1 ? unified : undefined;
    }
    if (c < HAN[0] || c > HAN[1]) return undefined;
    const simplified = simplifiedOf(c);
    return simplified === undefined ? undefined : String.fromCharCode(simplified);
  },
};
