/**
 * Latin folding: letter case (unless the alias is case-sensitive) and accents (Nurtléu =
 * Nurtleu), plus the letters that have no decomposition (ø, ł, đ, ß…).
 */
import { inRanges, type CodeRange } from '../language';
import type { ScriptFolder } from '../script-folder';

/** Letters NFKD does not reduce to a base letter. */
const SPECIAL: Record<string, string> = {
  ß: 'ss', ẞ: 'SS', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L',
  đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', þ: 'th', Þ: 'TH', ı: 'i', ħ: 'h', Ħ: 'H',
};

/** The Latin letters (the code units this folder owns). */
export const LATIN_SCRIPT: readonly CodeRange[] = [
  [0x41, 0x5a],
  [0x61, 0x7a],
  [0xc0, 0xd6], // Latin-1 and Latin Extended-A/B letters, without × and ÷
  [0xd8, 0xf6],
  [0xf8, 0x24f],
  [0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese…)
  [0x2c60, 0x2c7f],
  [0xa720, 0xa7ff],
  [0xfb00, 0xfb06], // ﬁ ﬂ ligatures
];

const MARKS = /\p{M}/gu;

export const foldLatin: ScriptFolder = {
  name: 'latin',
  fold(c, caseSensitive) {
    if (!inRanges(c, LATIN_SCRIPT)) return undefined;
    let s = String.fromCharCode(c);
    if (!caseSensitive) s = s.toLowerCase();
    const special = SPECIAL[s];
    if (special !== undefined) return caseSensitive ? special : special.toLowerCase();
    return s.normalize('NFKD').replace(MARKS, '');
  },
};
