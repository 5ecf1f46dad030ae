/**
 * Latin folding: letter case (unless the alias is case-sensitive) and accents (Nurtléu =
 * Nurtleu), plus the letters that have no decomposition (ø, ł, đ, ß…).
 */
import type { ScriptFolder } from './script-folder';

/** Letters NFKD does not reduce to a base letter. */
const SPECIAL: Record<string, string> = {
  ß: 'ss', ẞ: 'SS', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L',
  đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', þ: 'th', Þ: 'TH', ı: 'i', ħ: 'h', Ħ: 'H',
};

function isLatin(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x1e00 && c <= 0x1eff) || // Latin Extended Additional (Vietnamese…)
    (c >= 0x2c60 && c <= 0x2c7f) ||
    (c >= 0xa720 && c <= 0xa7ff) ||
    (c >= 0xfb00 && c <= 0xfb06) // ﬁ ﬂ ligatures
  );
}

const MARKS = /\p{M}/gu;

export const foldLatin: ScriptFolder = {
  name: 'latin',
  fold(c, caseSensitive) {
    if (!isLatin(c)) return undefined;
    let s = String.fromCharCode(c);
    if (!caseSensitive) s = s.toLowerCase();
    const special = SPECIAL[s];
    if (special !== undefined) return caseSensitive ? special : special.toLowerCase();
    return s.normalize('NFKD').replace(MARKS, '');
  },
};
